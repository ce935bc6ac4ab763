"""Phoenix event files (Open Event Data Alliance, `phoenix_pipeline` output): tab-separated,
no header, 26 columns, zipped or not.

Phoenix splits each PETRARCH actor code into the full code, its entity (a country code or
IGO/NGO/IMG/MNC), one primary role and the remaining three-letter codes as `;`-separated
attributes. Entity and role map onto country and roles directly; attributes that are CAMEO
roles (`actor_roles`) join the roles, a religion code becomes the religion, and the first
other code is taken as the known group (`IMGMUSISI`: religion MUS, group ISI).

The provenance columns are lists: `SentenceID` (one per mention), `URLs` and `NewsSources`
(one per story). Their lengths give the mention, article and source counts; the first URL
is the source URL. `PentaClass` is Phoenix's own five-way split and is validated but not
stored: `quad_class` follows GDELT's mapping from `cameo_codes`, as for every dataset.
`Issues` has no column.
"""

from __future__ import annotations

import duckdb

from eventdb.etl.importers import common
from eventdb.etl.importers.common import Plan, cameo_enum
from eventdb.etl.importers.layout import Field, Layout, enum_type
from eventdb.etl.importers.report import ImportReport
from eventdb.etl.importers.sources import Source
from eventdb.etl.readers.base import ReadError

DATASET = "phoenix"
COLUMNS = (
    "EventID",
    "Date",
    "Year",
    "Month",
    "Day",
    "SourceActorFull",
    "SourceActorEntity",
    "SourceActorRole",
    "SourceActorAttribute",
    "TargetActorFull",
    "TargetActorEntity",
    "TargetActorRole",
    "TargetActorAttribute",
    "EventCode",
    "EventRootCode",
    "PentaClass",
    "GoldsteinScore",
    "Issues",
    "Lat",
    "Lon",
    "LocationName",
    "StateName",
    "CountryCode",
    "SentenceID",
    "URLs",
    "NewsSources",
)
#: entities that are not countries (phoenix_pipeline's `root_actors`)
INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC")
#: CAMEO religion codes, plus MUS, which PETRARCH's Phoenix dictionaries use for Muslim
RELIGIONS = [
    "ADR",
    "ALE",
    "ATH",
    "BAH",
    "BUD",
    "CHR",
    "CON",
    "CPT",
    "CTH",
    "DOX",
    "DRZ",
    "HIN",
    "HSD",
    "ITR",
    "JAN",
    "JEW",
    "JHW",
    "LDS",
    "MOS",
    "MRN",
    "MUS",
    "NRM",
    "PAG",
    "PRO",
    "SFI",
    "SHI",
    "SHN",
    "SIK",
    "SUN",
    "TAO",
    "UDX",
    "ZRO",
]


def fields(cameo: str) -> tuple[Field, ...]:
    code = "a CAMEO event code"
    types = {
        "Date": Field("Date", "DATE", required=True),
        "Year": Field("Year", "INTEGER", required=True),
        "Month": Field("Month", "INTEGER", required=True),
        "Day": Field("Day", "INTEGER", required=True),
        "EventCode": Field("EventCode", cameo, required=True, expect=code),
        "EventRootCode": Field("EventRootCode", cameo, required=True, expect=code),
        "PentaClass": Field(
            "PentaClass", enum_type(["0", "1", "2", "3", "4"]), required=True, expect="0 to 4"
        ),
        "GoldsteinScore": Field("GoldsteinScore", "DOUBLE", required=True),
        "Lat": Field("Lat", "DOUBLE"),
        "Lon": Field("Lon", "DOUBLE"),
    }
    return tuple(types.get(name, Field(name)) for name in COLUMNS)


def _count(column: str) -> str:
    """Distinct non-empty entries of a `;`-separated list, at least 1 (the row itself)."""
    items = f"list_filter(string_split(coalesce({column}, ''), ';'), lambda x: x <> '')"
    return f"greatest(length(list_distinct({items})), 1)"


def _actor(prefix: str, side: str) -> str:
    entity, role = f"{prefix}ActorEntity", f"{prefix}ActorRole"
    attributes = f"string_split(coalesce({prefix}ActorAttribute, ''), ';')"
    international = ", ".join(f"'{x}'" for x in INTERNATIONAL)
    generic = f"CASE WHEN {entity} IN ({international}) THEN {entity} END"
    extra_roles = f"list_filter({attributes}, lambda a: list_contains($roles, a))"
    others = (
        f"list_filter({attributes}, lambda a: a <> '' AND NOT list_contains($roles, a)"
        " AND NOT list_contains($religions, a))"
    )
    return f"""
        {prefix}ActorFull AS {side}_code,
        CASE WHEN {entity} NOT IN ({international}) THEN {entity} END AS {side}_country,
        list_filter([{generic}, {role}] || {extra_roles}, lambda r: r IS NOT NULL) AS {side}_roles,
        {others}[1] AS {side}_group,
        list_filter({attributes}, lambda a: list_contains($religions, a))[1]
            AS {side}_religion,"""


SELECT = f"""
    SELECT
        'phoenix-' || EventID AS event_id,
        EventID AS external_id,
        "Date" AS event_date,
        'day' AS date_precision,{_actor("Source", "source")}{_actor("Target", "target")}
        k.code AS event_code,
        k.base_code AS base_code,
        k.root_code AS root_code,
        k.quad_class AS quad_class,
        GoldsteinScore AS goldstein,
        {_count("SentenceID")} AS num_mentions,
        {_count("NewsSources")} AS num_sources,
        {_count("URLs")} AS num_articles,
        LocationName AS geo_name,
        StateName AS geo_admin1,
        CountryCode AS geo_country,
        Lat AS geo_lat,
        Lon AS geo_lon,
        NULLIF(split_part(URLs, ';', 1), '') AS source_url,
        NULLIF(split_part(NewsSources, ';', 1), '') AS publisher,
        'phoenix' AS coder,
        NULLIF(regexp_extract(EventID, '_(v[0-9][0-9.]*)$', 1), '') AS coder_version
    FROM {{scan}} AS raw
    JOIN cameo_codes AS k ON k.code = raw.EventCode::VARCHAR"""


def import_files(
    con: duckdb.DuckDBPyConnection, paths: list[str], progress: common.Progress | None = None
) -> ImportReport:
    """Import Phoenix event files (plain or zipped) into `events`."""
    layout = Layout(fields(cameo_enum(con)), dateformat="%Y%m%d")
    roles = [row[0] for row in con.execute("SELECT code FROM actor_roles").fetchall()]
    params: dict[str, object] = {"roles": roles, "religions": RELIGIONS}
    query = SELECT

    def plan(_: duckdb.DuckDBPyConnection, source: Source) -> Plan | ReadError:
        return Plan(layout, query, params)

    return common.import_files(
        con, paths, dataset=DATASET, planner=plan, progress=progress, text_id=True
    )
