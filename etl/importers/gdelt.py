"""GDELT event files: 2.0 exports (61 columns) and 1.0 daily files (58 columns, 57 in the
historical backfiles that predate SOURCEURL); tab-separated, no header, zipped or not.

The three layouts differ only in columns GDELT added over time (the ADM2 codes of the three
geographies in 2.0, SOURCEURL in 1.0 daily files) and in DATEADDED, a date in 1.0 and a
UTC timestamp in 2.0, so the variant is recognised by the column count of the first lines.
A line with another count is a malformed row, reported and skipped like any other.

Every field the schema can hold is kept as GDELT gives it, event codes as strings with their
leading zeros. `cameo_codes` is used only to validate: a code it lacks rejects the row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import duckdb

from eventdb.etl.importers import common
from eventdb.etl.importers.common import Plan, cameo_enum
from eventdb.etl.importers.layout import Field, Layout, enum_type
from eventdb.etl.importers.report import ImportReport
from eventdb.etl.importers.sources import Source
from eventdb.etl.readers.base import ReadError

DATASET = "gdelt"
ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
GEOGRAPHIES = ("Actor1Geo", "Actor2Geo", "ActionGeo")
#: small code sets are ENUMs, which validate them; their values are in order, so
#: `enum_code` (the position) gives the number without a string conversion
GEO_TYPE = enum_type(["0", "1", "2", "3", "4", "5"])
ROOT_EVENT = enum_type(["0", "1"])
QUAD_CLASS = enum_type(["1", "2", "3", "4"])


@dataclass(frozen=True, slots=True)
class Variant:
    columns: int
    version: str  # stored as coder_version
    adm2: bool  # geographies carry an ADM2 code (2.0)
    url: bool  # SOURCEURL is the last column
    added_type: str  # DATEADDED: YYYYMMDDHHMMSS in 2.0, YYYYMMDD in 1.0


VARIANTS = {
    61: Variant(61, "2.0", adm2=True, url=True, added_type="TIMESTAMP"),
    58: Variant(58, "1.0", adm2=False, url=True, added_type="DATE"),
    57: Variant(57, "1.0", adm2=False, url=False, added_type="DATE"),
}


def fields(variant: Variant, cameo: str) -> tuple[Field, ...]:
    """The columns of a variant in file order, as the published codebook lists them."""
    code = "a CAMEO event code"
    out = [
        Field("GLOBALEVENTID", "BIGINT", required=True),
        Field("SQLDATE", "DATE", required=True),
        Field("MonthYear", "INTEGER", required=True),
        Field("Year", "INTEGER", required=True),
        Field("FractionDate", "DOUBLE", required=True),
    ]
    for actor in ("Actor1", "Actor2"):
        out += [Field(actor + name) for name in ACTOR_FIELDS]
    out += [
        Field("IsRootEvent", ROOT_EVENT, required=True, expect="0 or 1"),
        Field("EventCode", cameo, required=True, expect=code),
        Field("EventBaseCode", cameo, required=True, expect=code),
        Field("EventRootCode", cameo, required=True, expect=code),
        Field("QuadClass", QUAD_CLASS, required=True, expect="1 to 4"),
        Field("GoldsteinScale", "DOUBLE", required=True),
        Field("NumMentions", "INTEGER", required=True),
        Field("NumSources", "INTEGER", required=True),
        Field("NumArticles", "INTEGER", required=True),
        Field("AvgTone", "DOUBLE", required=True),
    ]
    for geo in GEOGRAPHIES:
        out += [
            Field(f"{geo}_Type", GEO_TYPE, expect="a geography type (0 to 5)"),
            Field(f"{geo}_FullName"),
            Field(f"{geo}_CountryCode"),
            Field(f"{geo}_ADM1Code"),
        ]
        if variant.adm2:
            out.append(Field(f"{geo}_ADM2Code"))
        out += [
            Field(f"{geo}_Lat", "DOUBLE"),
            Field(f"{geo}_Long", "DOUBLE"),
            Field(f"{geo}_FeatureID"),
        ]
    out.append(Field("DATEADDED", variant.added_type, required=True))
    if variant.url:
        out.append(Field("SOURCEURL"))
    assert len(out) == variant.columns
    return tuple(out)


def _actor(actor: str, side: str) -> str:
    types = ", ".join(f"{actor}Type{n}Code" for n in (1, 2, 3))
    return f"""
        {actor}Code AS {side}_code,
        {actor}Name AS {side}_name,
        {actor}CountryCode AS {side}_country,
        {actor}KnownGroupCode AS {side}_group,
        {actor}EthnicCode AS {side}_ethnic,
        {actor}Religion1Code AS {side}_religion,
        list_filter([{types}], lambda t: t IS NOT NULL) AS {side}_roles,"""


def _place(geo: str) -> str:
    """An actor's location as a struct; NULL when GDELT located nothing (type 0)."""
    return f"""CASE WHEN enum_code({geo}_Type) > 0 THEN {{
            'type': enum_code({geo}_Type)::TINYINT,
            'name': {geo}_FullName,
            'country': {geo}_CountryCode,
            'admin1': {geo}_ADM1Code,
            'lat': {geo}_Lat,
            'lon': {geo}_Long,
            'feature': {geo}_FeatureID}} END"""


def select(variant: Variant) -> str:
    url = "SOURCEURL" if variant.url else "NULL::VARCHAR"
    return f"""
    SELECT
        'gdelt-' || GLOBALEVENTID AS event_id,
        GLOBALEVENTID::VARCHAR AS external_id,
        SQLDATE AS event_date,
        'day' AS date_precision,{_actor("Actor1", "source")}{_actor("Actor2", "target")}
        enum_code(IsRootEvent) = 1 AS is_root_event,
        EventCode::VARCHAR AS event_code,
        EventBaseCode::VARCHAR AS base_code,
        EventRootCode::VARCHAR AS root_code,
        (enum_code(QuadClass) + 1)::TINYINT AS quad_class,
        GoldsteinScale AS goldstein,
        NumMentions AS num_mentions,
        NumSources AS num_sources,
        NumArticles AS num_articles,
        AvgTone AS avg_tone,
        NULLIF(enum_code(ActionGeo_Type), 0)::TINYINT AS geo_type,
        ActionGeo_FullName AS geo_name,
        ActionGeo_ADM1Code AS geo_admin1,
        ActionGeo_CountryCode AS geo_country,
        ActionGeo_Lat AS geo_lat,
        ActionGeo_Long AS geo_lon,
        ActionGeo_FeatureID AS geo_feature,
        {_place("Actor1Geo")} AS source_geo,
        {_place("Actor2Geo")} AS target_geo,
        {url} AS source_url,
        DATEADDED::TIMESTAMP AS date_added,
        'gdelt' AS coder,
        '{variant.version}' AS coder_version
    FROM {{scan}}"""


def detect(source: Source) -> Variant | ReadError:
    """The variant most of the first lines match; stray malformed lines do not mislead it."""
    counts = Counter(line.count("\t") + 1 for line in source.sample())
    for columns, _ in counts.most_common():
        if columns in VARIANTS:
            return VARIANTS[columns]
    if not counts:
        return VARIANTS[61]  # an empty file: nothing to read either way
    found = counts.most_common(1)[0][0]
    return ReadError(
        source.name,
        None,
        f"not a GDELT event file: its lines have {found} tab-separated columns "
        "(2.0 exports have 61, 1.0 daily files 58 or 57)",
    )


def import_files(
    con: duckdb.DuckDBPyConnection, paths: list[str], progress: common.Progress | None = None
) -> ImportReport:
    """Import GDELT 1.0 or 2.0 event files (plain or zipped) into `events`."""
    cameo = cameo_enum(con)

    def plan(_: duckdb.DuckDBPyConnection, source: Source) -> Plan | ReadError:
        variant = detect(source)
        if isinstance(variant, ReadError):
            return variant
        layout = Layout(
            fields(variant, cameo),
            dateformat="%Y%m%d",
            timestampformat="%Y%m%d%H%M%S",
        )
        return Plan(layout, select(variant))

    return common.import_files(con, paths, dataset=DATASET, planner=plan, progress=progress)
