"""What each endpoint accepts beyond the shared filter, parsed from a raw query.

One parse function per endpoint; each reads the filter vocabulary plus its own options and
raises InvalidParameters listing every problem. The HTTP routes, `eventdb.connect` and
`eventdb.Client` all call these, so an option means the same in each.
"""

from __future__ import annotations

from enum import StrEnum

import msgspec

from eventdb.api import cursor as cursors
from eventdb.api.params import (
    FILTER_NAMES,
    MAX_TEXT,
    EventFilter,
    QueryReader,
    RawQuery,
    Spec,
    Vocabulary,
    read_filter,
)

MAX_PAGE = 10_000
DEFAULT_PAGE = 100


class Format(StrEnum):
    json = "json"
    csv = "csv"
    parquet = "parquet"
    arrow = "arrow"


FORMATS = tuple(f.value for f in Format)

#: the columns /v1/events returns, in order (GET /v1/sql reaches the rest)
EVENT_COLUMNS = (
    "event_id",
    "dataset",
    "event_date",
    "date_precision",
    "source_code",
    "source_name",
    "source_country",
    "source_group",
    "source_roles",
    "target_code",
    "target_name",
    "target_country",
    "target_group",
    "target_roles",
    "event_code",
    "base_code",
    "root_code",
    "quad_class",
    "goldstein",
    "is_negated",
    "modality",
    "num_mentions",
    "num_sources",
    "num_articles",
    "avg_tone",
    "article_id",
    "sentence_index",
    "trigger_text",
    "geo_type",
    "geo_name",
    "geo_country",
    "geo_lat",
    "geo_lon",
    "source_url",
    "publisher",
    "external_id",
    "coder",
    "coder_version",
)

#: sortable columns (all NOT NULL, so a keyset comparison never meets a NULL) and their types
SORTS = {
    "event_date": "DATE",
    "goldstein": "DOUBLE",
    "num_mentions": "INTEGER",
    "num_sources": "INTEGER",
    "num_articles": "INTEGER",
    "quad_class": "TINYINT",
    "event_code": "VARCHAR",
    "event_id": "VARCHAR",
}

TIME_BUCKETS = ("day", "week", "month", "quarter", "year")
#: grouping keys of /v1/events/counts -> the output columns they add
DIMENSIONS = {
    "root": ("root_code",),
    "base": ("base_code",),
    "code": ("event_code",),
    "quad_class": ("quad_class",),
    "source_country": ("source_country",),
    "target_country": ("target_country",),
    "source": ("source_code",),
    "target": ("target_code",),
    "dyad": ("source_code", "target_code"),
    "dataset": ("dataset",),
    "geo_country": ("geo_country",),
}
MAX_JSON_ROWS = 100_000
MAX_FILL_PERIODS = 100_000


class EventsRequest(msgspec.Struct, frozen=True, kw_only=True):
    filter: EventFilter
    sort: str = "event_date"
    order: str = "desc"
    limit: int | None = DEFAULT_PAGE
    cursor: cursors.Cursor | None = None
    fields: tuple[str, ...] = EVENT_COLUMNS
    format: Format = Format.json
    ordered: bool = True

    @property
    def streaming(self) -> bool:
        return self.limit is None


class CountsRequest(msgspec.Struct, frozen=True, kw_only=True):
    filter: EventFilter
    bucket: str | None = None
    dimensions: tuple[str, ...] = ()
    fill: bool = False
    format: Format = Format.json


class DyadsRequest(msgspec.Struct, frozen=True, kw_only=True):
    filter: EventFilter
    level: str = "actor"
    limit: int = 20
    format: Format = Format.json


class ActorsRequest(msgspec.Struct, frozen=True, kw_only=True):
    filter: EventFilter
    search: str | None = None
    limit: int = 50
    format: Format = Format.json


OPTION_SPECS: dict[str, tuple[Spec, ...]] = {
    "events": (
        Spec("sort", "Sort column: " + ", ".join(SORTS) + ".", "event_date", False),
        Spec("order", "asc or desc (default desc).", "asc", False),
        Spec("limit", f"Page size 1..{MAX_PAGE} (default {DEFAULT_PAGE} for JSON).", "500", False),
        Spec("cursor", "The next_cursor of the previous page.", "", False),
        Spec(
            "all",
            "true: the whole result, unpaged (csv, parquet, arrow; also the default for those "
            "formats when no limit is given). Unsorted unless sort is given.",
            "true",
            False,
        ),
        Spec("fields", "Columns to return (default all).", "event_id,event_date,event_code"),
        Spec("format", "json, csv, parquet or arrow (Arrow IPC stream).", "parquet", False),
    ),
    "counts": (
        Spec(
            "by",
            "Grouping: at most one of "
            + ", ".join(TIME_BUCKETS)
            + ", plus any of "
            + ", ".join(DIMENSIONS)
            + ".",
            "month,root",
        ),
        Spec(
            "fill", "true: every period of the range, zero where nothing happened.", "true", False
        ),
        Spec("format", "json, csv, parquet or arrow.", "csv", False),
    ),
    "dyads": (
        Spec("level", "actor (full codes) or country.", "country", False),
        Spec("limit", "How many pairs, 1..1000 (default 20).", "50", False),
        Spec("format", "json, csv, parquet or arrow.", "json", False),
    ),
    "actors": (
        Spec("search", "Actor code prefix or name substring (case-insensitive).", "russia", False),
        Spec("limit", "How many actors, 1..1000 (default 50).", "20", False),
        Spec("format", "json, csv, parquet or arrow.", "json", False),
    ),
}


def _reader(raw: RawQuery, endpoint: str) -> QueryReader:
    names = FILTER_NAMES | {s.name for s in OPTION_SPECS[endpoint]}
    return QueryReader(raw, frozenset(names))


def _format(reader: QueryReader) -> Format:
    return Format(reader.choice("format", FORMATS, Format.json.value))


def parse_events(raw: RawQuery, vocabulary: Vocabulary) -> EventsRequest:
    reader = _reader(raw, "events")
    f = read_filter(reader, vocabulary)
    sort = reader.choice("sort", tuple(SORTS), "event_date")
    order = reader.choice("order", ("asc", "desc"), "desc")
    fmt = _format(reader)
    limit = reader.integer("limit", 1, MAX_PAGE, None)
    everything = reader.flag("all")
    token = reader.one("cursor")
    fields = reader.each("fields", _column, ", ".join(EVENT_COLUMNS)) or EVENT_COLUMNS
    if everything and limit is not None:
        reader.fail("all", "cannot be combined with limit", "either all=true or a limit")
    if everything and fmt is Format.json:
        reader.fail("all", "JSON comes in pages", "format=csv, parquet or arrow with all=true")
    if limit is None and (fmt is Format.json or token):
        limit = DEFAULT_PAGE if not everything else None
    position = None
    if token:
        try:
            position = cursors.decode(token, sort, order, f)
        except cursors.CursorError as exc:
            reader.fail("cursor", str(exc), "the next_cursor of the previous page", token[:40])
    reader.finish()
    return EventsRequest(
        filter=f,
        sort=sort,
        order=order,
        limit=limit,
        cursor=position,
        fields=fields,
        format=fmt,
        ordered=limit is not None or "sort" in raw or "order" in raw or position is not None,
    )


def _column(text: str) -> str:
    if text not in EVENT_COLUMNS:
        raise ValueError("no such column")
    return text


def parse_counts(raw: RawQuery, vocabulary: Vocabulary) -> CountsRequest:
    reader = _reader(raw, "counts")
    f = read_filter(reader, vocabulary)
    keys = reader.each("by", _grouping, ", ".join((*TIME_BUCKETS, *DIMENSIONS)))
    buckets = [k for k in keys if k in TIME_BUCKETS]
    if len(buckets) > 1:
        reader.fail("by", "more than one time bucket", "one of " + ", ".join(TIME_BUCKETS))
    fill = reader.flag("fill")
    bucket = buckets[0] if buckets else None
    if fill and bucket is None:
        reader.fail("fill", "needs a time bucket in by", "by=" + "|".join(TIME_BUCKETS))
    if fill and bucket == "day" and f.start and f.end and (f.end - f.start).days > MAX_FILL_PERIODS:
        reader.fail("fill", "the range has too many days", f"at most {MAX_FILL_PERIODS} periods")
    fmt = _format(reader)
    reader.finish()
    dimensions = tuple(k for k in keys if k not in TIME_BUCKETS)
    return CountsRequest(filter=f, bucket=bucket, dimensions=dimensions, fill=fill, format=fmt)


def _grouping(text: str) -> str:
    key = text.lower()
    if key not in TIME_BUCKETS and key not in DIMENSIONS:
        raise ValueError("not a grouping key")
    return key


def parse_dyads(raw: RawQuery, vocabulary: Vocabulary) -> DyadsRequest:
    reader = _reader(raw, "dyads")
    f = read_filter(reader, vocabulary)
    level = reader.choice("level", ("actor", "country"), "actor")
    limit = reader.integer("limit", 1, 1000, 20)
    fmt = _format(reader)
    reader.finish()
    return DyadsRequest(filter=f, level=level, limit=limit or 20, format=fmt)


def parse_actors(raw: RawQuery, vocabulary: Vocabulary) -> ActorsRequest:
    reader = _reader(raw, "actors")
    f = read_filter(reader, vocabulary)
    search = reader.single("search", _search, f"text of 1..{MAX_TEXT} characters")
    limit = reader.integer("limit", 1, 1000, 50)
    fmt = _format(reader)
    reader.finish()
    return ActorsRequest(filter=f, search=search, limit=limit or 50, format=fmt)


def _search(text: str) -> str:
    if len(text) > MAX_TEXT:
        raise ValueError("too long")
    return text
