"""GET /v1/events: filtered events, a keyset-paged page or the whole result streamed."""

from __future__ import annotations

from urllib.parse import urlencode

import pyarrow as pa
from litestar import Request, Response, Router, get
from litestar.di import NamedDependency
from litestar.response import Stream

from eventdb.api import cursor as cursors
from eventdb.api import queries
from eventdb.api.context import Context
from eventdb.api.execute import fetch_table
from eventdb.api.openapi import documented
from eventdb.api.params import FILTER_SPECS
from eventdb.api.requests import OPTION_SPECS, EventsRequest, Format, parse_events
from eventdb.api.responses import raw_query, stream_response, table_response


def page_of(table: pa.Table, req: EventsRequest) -> tuple[pa.Table, str | None]:
    """The rows to return and the cursor after the last of them (None on the last page)."""
    limit = req.limit or table.num_rows
    more = table.num_rows > limit
    page = table.slice(0, limit)
    token = None
    if more and page.num_rows:
        last = page.num_rows - 1
        token = cursors.encode(
            req.sort,
            req.order,
            req.filter,
            page.column(queries.SORT_KEY)[last].as_py(),
            page.column(queries.ID_KEY)[last].as_py(),
        )
    return page.drop_columns([queries.SORT_KEY, queries.ID_KEY]), token


def _next_link(request: Request, token: str) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
    params.append(("cursor", token))
    return f'<{request.url.path}?{urlencode(params)}>; rel="next"'


@get(
    "/",
    sync_to_thread=True,
    summary="Events matching the filters",
    description=(
        "JSON pages of up to 10000 events with a next_cursor; csv, parquet and arrow give a "
        "page when limit is set and otherwise the whole result, streamed."
    ),
)
def list_events(ctx: NamedDependency[Context], request: Request) -> Response | Stream:
    req = parse_events(raw_query(request), ctx.db.vocabulary)
    query = queries.events(req)
    if req.streaming:
        return stream_response(ctx.db, query, req.format, "events")
    with ctx.db.cursor() as cur:
        table = fetch_table(cur, query, ctx.settings.query_timeout)
    page, token = page_of(table, req)
    headers = {}
    if token:
        headers = {"X-Next-Cursor": token, "Link": _next_link(request, token)}
    meta = {
        "count": page.num_rows,
        "limit": req.limit,
        "sort": req.sort,
        "order": req.order,
        "next_cursor": token,
    }
    return table_response(
        page, req.format, "events", meta if req.format is Format.json else None, headers
    )


router = Router(
    "/v1/events",
    parameters=documented((*FILTER_SPECS, *OPTION_SPECS["events"])),
    route_handlers=[list_events],
    tags=["events"],
)
