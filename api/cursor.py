"""Keyset page tokens: where the previous page ended, for the same query only.

A token records the sort, the direction, a digest of the filter and the last row's
(sort value, event_id). Resuming strictly after that key needs no OFFSET, so a page costs
the same at row ten million as at row one, and rows inserted meanwhile cannot shift pages.
Tokens are opaque to clients but not secret: they hold no more than the query does.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

import msgspec

from eventdb.api.params import EventFilter

VERSION = 1


class Cursor(msgspec.Struct, frozen=True, array_like=True):
    version: int
    sort: str
    order: str
    digest: str
    value: object
    event_id: str


class CursorError(ValueError):
    pass


def filter_digest(f: EventFilter) -> str:
    return hashlib.sha256(msgspec.json.encode(f)).hexdigest()[:12]


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def encode(sort: str, order: str, f: EventFilter, value: object, event_id: str) -> str:
    cursor = Cursor(VERSION, sort, order, filter_digest(f), _plain(value), event_id)
    return base64.urlsafe_b64encode(msgspec.json.encode(cursor)).decode().rstrip("=")


def decode(token: str, sort: str, order: str, f: EventFilter) -> Cursor:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        cursor = msgspec.json.decode(raw, type=Cursor)
    except (ValueError, msgspec.DecodeError):
        raise CursorError("not a cursor this API issued") from None
    if cursor.version != VERSION:
        raise CursorError("issued by another version of the API; start again without cursor")
    if (cursor.sort, cursor.order, cursor.digest) != (sort, order, filter_digest(f)):
        raise CursorError("belongs to a query with other filters or sort order")
    return cursor
