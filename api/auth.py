"""The API key that guards writing endpoints.

Without a configured key the server cannot be written to at all (403), so a server started
without thought is read-only. Keys are compared in constant time.
"""

from __future__ import annotations

import hmac

from litestar import Request

from eventdb.api.problems import Problem


def presented_key(request: Request) -> str | None:
    key = request.headers.get("x-api-key")
    if key:
        return key
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def require_key(request: Request, configured: str | None) -> None:
    if not configured:
        raise Problem(
            403,
            "Writing is disabled",
            "this server has no API key configured, so POST /v1/articles is disabled; "
            "start it with EVENTDB_API_KEY set",
            kind="writes-disabled",
        )
    given = presented_key(request)
    if given is None or not hmac.compare_digest(given.encode(), configured.encode()):
        raise Problem(
            401,
            "API key required",
            "send the key in the X-API-Key header or as Authorization: Bearer <key>",
            kind="unauthorized",
            headers={"WWW-Authenticate": 'Bearer realm="eventdb"'},
        )
