"""ICEWS event tables (Harvard Dataverse): tab-separated with a header line, `NA` for a missing
value, one row per coded event.

ICEWS names countries and sectors in words where the schema wants codes. Countries become
ISO alpha-3 codes through the `countries` table's names plus `icews_countries.tsv` for the
names ICEWS spells differently ("Russian Federation"); a name neither knows leaves the
country empty rather than failing the row. Sectors become CAMEO roles through
`icews_sectors.tsv`, best effort: ICEWS has hundreds of sectors, most of them ideological
or religious qualifiers with no role, so unmapped sectors are simply dropped. Roles are
listed in the order the file first names them (government before military before parties),
and the actor code is the country code plus the first role, as CAMEO writes it (`JPNGOV`);
an actor with no country but an international role (`IGO`) is coded by that role.

ICEWS's `Event ID` is not unique on its own (it is with the event date), so the event id
joins it with the date, and with the story and sentence the event was coded from, which
keeps that provenance: `icews-<Event ID>-<YYYYMMDD>-<Story ID>-<Sentence Number>`.
`external_id` is the Event ID as given. Publisher goes to `source_url` only when it is a
URL; otherwise to `publisher`.
"""

from __future__ import annotations

import csv
from importlib.resources import files

import duckdb

from eventdb.etl.importers import common
from eventdb.etl.importers.common import Plan, cameo_enum
from eventdb.etl.importers.layout import Field, Layout, ident
from eventdb.etl.importers.report import ImportReport
from eventdb.etl.importers.sources import Source
from eventdb.etl.readers.base import ReadError

DATASET = "icews"
HEADER = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)
#: roles that identify an actor without a country (CAMEO writes IGOUNO, NGOAMN)
INTERNATIONAL = ("IGO", "NGO", "MNC", "IMG", "INT", "NGM", "UIS")
COUNTRY_TABLE = "_icews_countries"


def fields(cameo: str) -> tuple[Field, ...]:
    types = {
        "Event ID": ("BIGINT", True),
        "Event Date": ("DATE", True),
        "CAMEO Code": (cameo, True),
        "Intensity": ("DOUBLE", True),
        "Story ID": ("BIGINT", False),
        "Sentence Number": ("INTEGER", False),
        "Latitude": ("DOUBLE", False),
        "Longitude": ("DOUBLE", False),
    }
    out = []
    for name in HEADER:
        kind, required = types.get(name, ("VARCHAR", False))
        expect = "a CAMEO event code" if name == "CAMEO Code" else None
        out.append(Field(name, kind, required=required, expect=expect))
    return tuple(out)


def _data(name: str) -> list[dict[str, str]]:
    resource = files("eventdb.etl.importers").joinpath(name)
    with resource.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def sector_roles() -> dict[str, str]:
    """Sector (lower case) -> role, each role prefixed by its rank so sorting orders them."""
    rows = _data("icews_sectors.tsv")
    rank: dict[str, int] = {}
    for row in rows:
        rank.setdefault(row["role"], len(rank))
    return {row["sector"].strip().lower(): f"{rank[row['role']]:02d}{row['role']}" for row in rows}


def load_countries(con: duckdb.DuckDBPyConnection) -> None:
    """Country name (lower case) -> code: the aliases first, then `countries`, current
    countries before historical codes that share a name (Romania is ROU, not ROM)."""
    aliases = _data("icews_countries.tsv")
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {COUNTRY_TABLE} AS
        SELECT key, arg_min(code, (rank, code)) AS code FROM (
            SELECT lower(unnest($names)) AS key, unnest($codes) AS code, 0 AS rank
            UNION ALL
            SELECT lower(name), code, CASE kind WHEN 'country' THEN 1 ELSE 2 END
            FROM countries
        ) GROUP BY key""",
        {"names": [r["name"] for r in aliases], "codes": [r["code"] for r in aliases]},
    )


def _roles(column: str) -> str:
    sectors = f"string_split(raw.{ident(column)}, ',')"
    ranked = (
        f"list_transform({sectors}, lambda s: MAP($sector_keys, $sector_roles)[lower(trim(s))])"
    )
    known = f"list_distinct(list_filter({ranked}, lambda r: r IS NOT NULL))"
    return f"coalesce(list_transform(list_sort({known}), lambda r: r[3:]), [])"


def _actor(side: str, alias: str) -> str:
    roles = f"_{side}_roles"
    international = ", ".join(f"'{r}'" for r in INTERNATIONAL)
    return f"""
        r.{ident(side.title() + " Name")} AS {side}_name,
        {alias}.code AS {side}_country,
        r.{roles} AS {side}_roles,
        CASE
            WHEN {alias}.code IS NOT NULL THEN {alias}.code || coalesce(r.{roles}[1], '')
            ELSE list_filter(r.{roles}, lambda x: x IN ({international}))[1]
        END AS {side}_code,"""


def select() -> str:
    url = "regexp_matches(r.Publisher, '^https?://')"
    us = "r.Country = 'United States'"
    return f"""
    WITH r AS (
        SELECT raw.*,
            {_roles("Source Sectors")} AS _source_roles,
            {_roles("Target Sectors")} AS _target_roles
        FROM {{scan}} AS raw
    )
    SELECT
        'icews-' || r."Event ID" || '-' || strftime(r."Event Date", '%Y%m%d')
            || '-' || coalesce(r."Story ID"::VARCHAR, '')
            || '-' || coalesce(r."Sentence Number"::VARCHAR, '') AS event_id,
        r."Event ID"::VARCHAR AS external_id,
        r."Event Date" AS event_date,
        'day' AS date_precision,{_actor("source", "sc")}{_actor("target", "tc")}
        k.code AS event_code,
        k.base_code AS base_code,
        k.root_code AS root_code,
        k.quad_class AS quad_class,
        r.Intensity AS goldstein,
        CASE
            WHEN r.City IS NOT NULL OR r.District IS NOT NULL THEN CASE WHEN {us} THEN 3 ELSE 4 END
            WHEN r.Province IS NOT NULL THEN CASE WHEN {us} THEN 2 ELSE 5 END
            WHEN r.Country IS NOT NULL THEN 1
        END AS geo_type,
        NULLIF(concat_ws(', ', r.City, r.District, r.Province, r.Country), '') AS geo_name,
        r.Province AS geo_admin1,
        r.Country AS geo_country,
        r.Latitude AS geo_lat,
        r.Longitude AS geo_lon,
        CASE WHEN {url} THEN r.Publisher END AS source_url,
        CASE WHEN NOT {url} THEN r.Publisher END AS publisher,
        'icews' AS coder
    FROM r
    JOIN cameo_codes AS k ON k.code = r."CAMEO Code"::VARCHAR
    LEFT JOIN {COUNTRY_TABLE} AS sc ON sc.key = lower(r."Source Country")
    LEFT JOIN {COUNTRY_TABLE} AS tc ON tc.key = lower(r."Target Country")"""


def check_header(source: Source) -> str | ReadError:
    """The date format of this file, or why it is not an ICEWS event table.

    Dataverse files write dates as YYYY-MM-DD, except a few yearly files that use M/D/YYYY.
    """
    sample = source.sample(2)
    if not sample:
        return "%Y-%m-%d"
    if tuple(sample[0].split("\t")) != HEADER:
        return ReadError(
            source.name,
            1,
            "not an ICEWS event table: the first line should be the header " + " | ".join(HEADER),
        )
    first_date = sample[1].split("\t")[1] if len(sample) > 1 and "\t" in sample[1] else ""
    return "%m/%d/%Y" if "/" in first_date else "%Y-%m-%d"


def import_files(
    con: duckdb.DuckDBPyConnection, paths: list[str], progress: common.Progress | None = None
) -> ImportReport:
    """Import ICEWS event tables (plain or zipped) into `events`."""
    cameo = cameo_enum(con)
    load_countries(con)
    roles = sector_roles()
    params: dict[str, object] = {
        "sector_keys": list(roles),
        "sector_roles": list(roles.values()),
    }
    query = select()

    def plan(_: duckdb.DuckDBPyConnection, source: Source) -> Plan | ReadError:
        dateformat = check_header(source)
        if isinstance(dateformat, ReadError):
            return dateformat
        layout = Layout(fields(cameo), header=True, dateformat=dateformat, nullstr=("NA", ""))
        return Plan(layout, query, params)

    return common.import_files(con, paths, dataset=DATASET, planner=plan, progress=progress)
