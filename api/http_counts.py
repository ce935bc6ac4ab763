"""GET /v1/events/counts: event counts and Goldstein sums by period and any grouping."""

from __future__ import annotations

from litestar import Request, Response, Router, get
from litestar.di import NamedDependency
from litestar.response import Stream

from eventdb.api import queries
from eventdb.api.context import Context
from eventdb.api.execute import fetch_capped
from eventdb.api.openapi import documented
from eventdb.api.params import FILTER_SPECS
from eventdb.api.requests import MAX_JSON_ROWS, OPTION_SPECS, Format, parse_counts
from eventdb.api.responses import raw_query, stream_response, table_response


@get(
    "/",
    sync_to_thread=True,
    summary="Counts by time bucket and grouping",
    description=(
        "count, goldstein_sum, goldstein_mean, mentions and articles per group; with fill=true "
        "every period of the range appears, zero where nothing happened."
    ),
)
def event_counts(ctx: NamedDependency[Context], request: Request) -> Response | Stream:
    req = parse_counts(raw_query(request), ctx.db.vocabulary)
    query = queries.counts(req)
    if req.format is not Format.json:
        return stream_response(ctx.db, query, req.format, "counts")
    with ctx.db.cursor() as cur:
        table, truncated = fetch_capped(
            cur, query.sql, query.params, MAX_JSON_ROWS, ctx.settings.query_timeout
        )
    meta = {
        "count": table.num_rows,
        "by": [b for b in (req.bucket, *req.dimensions) if b],
        "truncated": truncated,
    }
    return table_response(table, req.format, "counts", meta)


router = Router(
    "/v1/events/counts",
    parameters=documented((*FILTER_SPECS, *OPTION_SPECS["counts"])),
    route_handlers=[event_counts],
    tags=["events"],
)
