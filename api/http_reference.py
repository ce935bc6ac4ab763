"""GET /v1/actors and GET /v1/codes: who appears in the data, and the CAMEO code tree."""

from __future__ import annotations

import msgspec
from litestar import Request, Response, Router, get
from litestar.di import NamedDependency

from eventdb.api import queries
from eventdb.api.context import Context
from eventdb.api.execute import fetch_table
from eventdb.api.openapi import documented
from eventdb.api.params import FILTER_SPECS, QueryReader, Spec
from eventdb.api.queries import Query
from eventdb.api.requests import FORMATS, OPTION_SPECS, Format, parse_actors
from eventdb.api.responses import raw_query, table_response

CODE_SPECS = (
    Spec("shape", "nested (roots > base codes > leaves, JSON only) or flat.", "flat", False),
    Spec("format", "json, csv, parquet or arrow (flat shape).", "csv", False),
)


@get(
    "/",
    sync_to_thread=True,
    summary="Actors by code prefix or name, with event counts",
)
def list_actors(ctx: NamedDependency[Context], request: Request) -> Response:
    req = parse_actors(raw_query(request), ctx.db.vocabulary)
    with ctx.db.cursor() as cur:
        table = fetch_table(cur, queries.actors(req), ctx.settings.query_timeout)
    return table_response(table, req.format, "actors", {"count": table.num_rows})


def _tree(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Roots holding their base codes holding their leaves, in code order."""
    nodes = {r["code"]: {**r, "children": []} for r in rows}
    roots = []
    for row in rows:
        node = nodes[row["code"]]
        parent = nodes.get(row["parent_code"]) if row["parent_code"] else None
        (parent["children"] if parent else roots).append(node)
    return roots


@get("/", sync_to_thread=True, summary="The CAMEO event code tree")
def list_codes(ctx: NamedDependency[Context], request: Request) -> Response:
    reader = QueryReader(raw_query(request), frozenset({"shape", "format"}))
    shape = reader.choice("shape", ("nested", "flat"), "nested")
    fmt = Format(reader.choice("format", FORMATS, "json"))
    if shape == "nested" and fmt is not Format.json:
        reader.fail("shape", "nested codes come as JSON only", "shape=flat for csv/parquet/arrow")
    reader.finish()
    with ctx.db.cursor() as cur:
        table = fetch_table(cur, Query(queries.CODES_SQL, []))
    if shape == "flat":
        return table_response(table, fmt, "cameo_codes", {"count": table.num_rows})
    body = msgspec.json.encode({"count": table.num_rows, "data": _tree(table.to_pylist())})
    return Response(body, media_type="application/json")


actors_router = Router(
    "/v1/actors",
    parameters=documented((*FILTER_SPECS, *OPTION_SPECS["actors"])),
    route_handlers=[list_actors],
    tags=["reference"],
)
codes_router = Router(
    "/v1/codes", parameters=documented(CODE_SPECS), route_handlers=[list_codes], tags=["reference"]
)
