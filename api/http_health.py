"""GET /health: is the server up, which database does it serve, how much is in it."""

from __future__ import annotations

import msgspec
from litestar import Response, get
from litestar.di import NamedDependency

from eventdb import __version__
from eventdb.api.context import Context
from eventdb.schema import current_version


@get("/health", sync_to_thread=True, summary="Liveness, database and row counts", tags=["meta"])
def health(ctx: NamedDependency[Context]) -> Response:
    with ctx.db.cursor() as cur:
        counts = cur.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences),"
            " (SELECT count(*) FROM events)"
        ).fetchall()[0]
        version = current_version(cur)
    body = {
        "status": "ok",
        "version": __version__,
        "db": str(ctx.db.path.resolve()),
        "schema_version": version,
        "counts": dict(zip(("articles", "sentences", "events"), counts, strict=True)),
        "writes": "enabled" if ctx.settings.api_key else "disabled",
    }
    return Response(msgspec.json.encode(body), media_type="application/json")
