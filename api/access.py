"""The outermost layer: one JSON log line per request, and a cap on query-string length.

It wraps the whole application, so requests that never reach a route (404, 405, 413) are
logged too, and an oversized query string is refused before anything parses it.
"""

from __future__ import annotations

import logging
import time

import msgspec
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from eventdb.api.problems import Problem

log = logging.getLogger("eventdb.access")


class AccessLog:
    def __init__(self, app: ASGIApp, max_query_bytes: int) -> None:
        self.app = app
        self.max_query_bytes = max_query_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        state = {"status": 500, "bytes": 0}

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
            elif message["type"] == "http.response.body":
                state["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            query = scope.get("query_string", b"")
            if len(query) > self.max_query_bytes:
                await _refuse(sending, len(query), self.max_query_bytes)
            else:
                await self.app(scope, receive, sending)
        finally:
            line = {
                "method": scope.get("method"),
                "path": scope.get("path"),
                "status": state["status"],
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                "bytes": state["bytes"],
                "client": (scope.get("client") or [None])[0],
            }
            log.info(msgspec.json.encode(line).decode())


async def _refuse(send: Send, length: int, limit: int) -> None:
    problem = Problem(
        414,
        "Query string too long",
        f"the query string has {length} bytes; the limit is {limit}. "
        "Send long SQL with POST /v1/sql.",
    )
    body = problem.body()
    await send(
        {
            "type": "http.response.start",
            "status": 414,
            "headers": [
                (b"content-type", b"application/problem+json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
