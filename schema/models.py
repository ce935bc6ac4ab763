"""Row models at the edges: what readers hand to ingestion and what the API returns.

Inside the coder's hot loop plain dataclasses are used instead (see eventdb.etl.coder).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_ARTICLE_CHARS = 5_000_000


class ArticleIn(BaseModel):
    """An article as any reader (or POST /v1/articles) delivers it, before normalisation."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str | None = Field(default=None, max_length=512, description="the input's own id")
    date: dt.date = Field(description="publication date, ISO 8601 (YYYY-MM-DD)")
    text: str = Field(min_length=1, max_length=MAX_ARTICLE_CHARS)
    title: str | None = Field(default=None, max_length=2_000)
    source: str | None = Field(default=None, max_length=512, description="publisher")
    url: str | None = Field(default=None, max_length=4_000)

    @field_validator("date")
    @classmethod
    def _plausible_date(cls, value: dt.date) -> dt.date:
        if not dt.date(1900, 1, 1) <= value <= dt.date.today() + dt.timedelta(days=2):
            raise ValueError(f"publication date {value} is outside 1900-01-01..today")
        return value

    @field_validator("id", "title", "source", "url", mode="before")
    @classmethod
    def _scalar_or_none(cls, value: object) -> object:
        if value is None or value == "":
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return value


class Article(BaseModel):
    article_id: str
    external_id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    pub_date: dt.date
    text: str
    origin: str | None = None
    ingested_at: dt.datetime


class Sentence(BaseModel):
    article_id: str
    sentence_index: int
    text: str
    char_start: int
    char_end: int


class Event(BaseModel):
    """One coded mention of an event; the columns of the `events` table (docs/schema.md)."""

    event_id: str
    article_id: str | None = None
    sentence_index: int | None = None
    trigger_text: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    event_date: dt.date
    date_precision: str
    source_code: str | None = None
    source_name: str | None = None
    source_country: str | None = None
    source_group: str | None = None
    source_roles: list[str] | None = None
    target_code: str | None = None
    target_name: str | None = None
    target_country: str | None = None
    target_group: str | None = None
    target_roles: list[str] | None = None
    event_code: str
    base_code: str
    root_code: str
    quad_class: int
    goldstein: float
    is_negated: bool = False
    modality: str = "asserted"
    num_mentions: int = 1
    num_sources: int = 1
    num_articles: int = 1
    avg_tone: float | None = None
    coder: str
    coder_version: str | None = None
    dictionary_version: str | None = None
    created_at: dt.datetime
