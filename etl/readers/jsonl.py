"""JSON Lines (one article object per line) and JSON (one object or an array of them)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from eventdb.etl.readers.base import ReadError, Record, build

FIELDS = ("id", "date", "title", "source", "url", "text")
MAX_DEPTH = 4


def _depth(value: object, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def record_from_object(path: str, line: int | None, obj: object) -> Record:
    if not isinstance(obj, dict):
        return ReadError(path, line, f"expected a JSON object, got {type(obj).__name__}")
    unknown = sorted(set(obj) - set(FIELDS))
    if unknown:
        return ReadError(path, line, f"unknown field(s) {unknown}; known: {list(FIELDS)}")
    if _depth(obj) > 1:
        return ReadError(path, line, "fields must be strings, not nested objects or arrays")
    return build(path, line, obj)


def read_jsonl(path: str, text: str) -> Iterator[Record]:
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield ReadError(path, number, f"invalid JSON: {exc}")
            continue
        yield record_from_object(path, number, obj)


def read_json(path: str, text: str) -> Iterator[Record]:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        yield ReadError(path, getattr(exc, "lineno", None), f"invalid JSON: {exc}")
        return
    items = data if isinstance(data, list) else [data]
    for item in items:
        yield record_from_object(path, None, item)
