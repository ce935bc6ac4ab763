"""What every handler needs: the settings, the database and the article service."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.datastructures import State

from eventdb.api.database import Database
from eventdb.api.ingestion import ArticleService
from eventdb.api.settings import Settings


@dataclass(frozen=True)
class Context:
    settings: Settings
    db: Database
    articles: ArticleService


def provide_context(state: State) -> Context:
    return state.context
