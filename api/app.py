"""The Litestar application: routes, error shape, OpenAPI docs, CORS and limits."""

from __future__ import annotations

from litestar import Litestar
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import (
    JsonRenderPlugin,
    RedocRenderPlugin,
    SwaggerRenderPlugin,
    YamlRenderPlugin,
)
from litestar.openapi.spec import Components, SecurityScheme

from eventdb import __version__
from eventdb.api import (
    http_articles,
    http_counts,
    http_dyads,
    http_events,
    http_health,
    http_reference,
    http_sql,
)
from eventdb.api.access import AccessLog
from eventdb.api.context import Context, provide_context
from eventdb.api.database import Database
from eventdb.api.ingestion import ArticleService
from eventdb.api.problems import EXCEPTION_HANDLERS
from eventdb.api.settings import Settings

DESCRIPTION = """Political events coded on the CAMEO scheme: who did what to whom, when.

Every event endpoint takes the same filters (dates, actors, countries, roles, codes,
QuadClass, Goldstein range, dataset, location, text). Errors are RFC 9457 problem
documents. Tables come as json, csv, parquet or arrow (an Arrow IPC stream)."""


def _openapi(settings: Settings) -> OpenAPIConfig:
    return OpenAPIConfig(
        title="eventdb",
        version=__version__,
        description=DESCRIPTION,
        path="/docs",
        render_plugins=[
            SwaggerRenderPlugin(path="/"),
            RedocRenderPlugin(path="/redoc"),
            JsonRenderPlugin(),
            YamlRenderPlugin(),
        ],
        components=Components(
            security_schemes={
                "apiKey": SecurityScheme(
                    type="apiKey", name="X-API-Key", security_scheme_in="header"
                ),
                "bearer": SecurityScheme(type="http", scheme="bearer"),
            }
        ),
    )


def create_app(settings: Settings) -> Litestar:
    """Open (and lock down) the database and build the app; the app closes it on shutdown."""
    db = Database(settings.db, memory_limit=settings.memory_limit)
    context = Context(settings, db, ArticleService(db, settings.coder_factory))
    cors = None
    if settings.cors_origins:
        cors = CORSConfig(
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "X-API-Key"],
            expose_headers=["Link", "X-Next-Cursor", "X-Row-Count", "X-Truncated"],
        )
    app = Litestar(
        route_handlers=[
            http_events.router,
            http_counts.router,
            http_dyads.router,
            http_reference.actors_router,
            http_reference.codes_router,
            http_articles.router,
            http_sql.router,
            http_health.health,
        ],
        dependencies={"ctx": Provide(provide_context, sync_to_thread=False)},
        exception_handlers=EXCEPTION_HANDLERS,
        openapi_config=_openapi(settings),
        cors_config=cors,
        request_max_body_size=settings.max_body_bytes,
        state=State({"context": context}),
        on_shutdown=[db.close],
    )
    # Wrapping the whole handler (not a route middleware) also logs requests that match no
    # route, and refuses long query strings before routing.
    app.asgi_handler = AccessLog(app.asgi_handler, settings.max_query_bytes)
    return app
