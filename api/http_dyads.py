"""GET /v1/dyads: the actor pairs with most events, split into cooperation and conflict."""

from __future__ import annotations

from litestar import Request, Response, Router, get
from litestar.di import NamedDependency

from eventdb.api import queries
from eventdb.api.context import Context
from eventdb.api.execute import fetch_table
from eventdb.api.openapi import documented
from eventdb.api.params import FILTER_SPECS
from eventdb.api.requests import OPTION_SPECS, parse_dyads
from eventdb.api.responses import raw_query, table_response


@get(
    "/",
    sync_to_thread=True,
    summary="Top source-target pairs",
    description=(
        "Directed pairs by event count, with cooperation (QuadClass 1-2) and conflict (3-4) "
        "counts and the net (summed) Goldstein score; level=country pairs countries."
    ),
)
def top_dyads(ctx: NamedDependency[Context], request: Request) -> Response:
    req = parse_dyads(raw_query(request), ctx.db.vocabulary)
    with ctx.db.cursor() as cur:
        table = fetch_table(cur, queries.dyads(req), ctx.settings.query_timeout)
    meta = {"count": table.num_rows, "level": req.level}
    return table_response(table, req.format, "dyads", meta)


router = Router(
    "/v1/dyads",
    parameters=documented((*FILTER_SPECS, *OPTION_SPECS["dyads"])),
    route_handlers=[top_dyads],
    tags=["events"],
)
