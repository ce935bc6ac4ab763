"""GET /v1/articles/{id} (an article with its sentences and events) and POST /v1/articles."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Request, Response, Router, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from eventdb.api.auth import require_key
from eventdb.api.context import Context
from eventdb.api.problems import Problem
from eventdb.api.requests import EVENT_COLUMNS

_EVENT_SELECT = ", ".join(EVENT_COLUMNS)


def _rows(cur, sql: str, params: list[object]) -> list[dict[str, object]]:
    return cur.sql(sql, params=params).to_arrow_table().to_pylist()


@get("/{article_id:str}", sync_to_thread=True, summary="One article, its sentences and events")
def get_article(ctx: NamedDependency[Context], article_id: FromPath[str]) -> Response:
    with ctx.db.cursor() as cur:
        cur.execute("BEGIN TRANSACTION")  # one snapshot for all three reads
        try:
            article = _rows(cur, "SELECT * FROM articles WHERE article_id = ?", [article_id])
            if not article:
                raise Problem(
                    404, "Article not found", f"no article {article_id!r}", kind="not-found"
                )
            sentences = _rows(
                cur,
                "SELECT sentence_index, text, char_start, char_end FROM sentences"
                " WHERE article_id = ? ORDER BY sentence_index",
                [article_id],
            )
            events = _rows(
                cur,
                f"SELECT {_EVENT_SELECT} FROM events WHERE article_id = ?"
                " ORDER BY sentence_index, event_id",
                [article_id],
            )
        finally:
            cur.execute("ROLLBACK")
    body = msgspec.json.encode({"article": article[0], "sentences": sentences, "events": events})
    return Response(body, media_type="application/json")


@post(
    "/",
    sync_to_thread=True,
    status_code=200,
    summary="Ingest articles: validate, code and store them",
    description=(
        "Body: one article object or a list of them ({id?, date, text, title?, source?, url?}). "
        "Each is stored in its own transaction and visible at once; the response gives a "
        "status per article (stored, duplicate or error with a reason). Needs the API key."
    ),
    security=[{"apiKey": []}, {"bearer": []}],
)
def post_articles(
    ctx: NamedDependency[Context], request: Request, data: JSONBody[dict[str, Any] | list[Any]]
) -> Response:
    require_key(request, ctx.settings.api_key)
    items = data if isinstance(data, list) else [data]
    if not items:
        raise Problem(400, "No articles", "the body holds an empty list", kind="invalid-request")
    if len(items) > ctx.settings.max_articles:
        raise Problem(
            413,
            "Too many articles",
            f"{len(items)} articles in one request; the limit is {ctx.settings.max_articles}",
            kind="too-many-articles",
        )
    results = ctx.articles.ingest(items)
    summary = {
        status: sum(r.status == status for r in results)
        for status in ("stored", "duplicate", "error")
    }
    body = msgspec.json.encode({**summary, "results": results})
    return Response(body, media_type="application/json")


router = Router("/v1/articles", route_handlers=[get_article, post_articles], tags=["articles"])
