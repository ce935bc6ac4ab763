"""Synthetic events with the shape of GDELT, so the API and queries can be measured at scale.

Real GDELT cannot be shipped with the project, and benchmarks on a few hundred coded seed
articles say nothing about a table of 100 million rows. The generator reproduces what makes
queries on real data slow or fast: skewed CAMEO code frequencies (statements and
consultations dominate, mass violence is rare), a few actors in most events (Zipf), dyads
whose cooperation/conflict mix differs, weekday and seasonal rhythm, news bursts, and
heavy-tailed mention counts.

Every value is computed inside DuckDB from a counter-based hash of (row number, seed, draw),
never from `random()`, so a seed gives the same rows whatever the thread count and chunking,
and ten million rows take well under a minute where a Python loop would take an hour. Rows are
generated in date order, as real feeds arrive, which keeps DuckDB's zone maps useful for
date filters. Coordinates are stable pseudo-locations per country, not real centroids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import duckdb

DATASET = "synth"
CHUNK_ROWS = 5_000_000
#: resolution of the weighted draws: a choice gets a share of buckets matching its weight
ROOT_BUCKETS = 2_048
CODE_BUCKETS = 200
ROLE_BUCKETS = 1_000

#: share of all events per CAMEO root, roughly GDELT 1.0 over 2015-2020
ROOT_WEIGHTS: dict[str, float] = {
    "01": 19.0,
    "02": 6.5,
    "03": 7.5,
    "04": 22.0,
    "05": 9.0,
    "06": 2.5,
    "07": 2.5,
    "08": 3.5,
    "09": 2.0,
    "10": 2.5,
    "11": 5.0,
    "12": 2.5,
    "13": 2.5,
    "14": 2.0,
    "15": 1.0,
    "16": 1.5,
    "17": 4.5,
    "18": 1.5,
    "19": 2.5,
    "20": 0.1,
}

#: codes far more frequent than their siblings in real feeds (visits, meetings, accusations)
CODE_BOOSTS: dict[str, float] = {
    "010": 5.0,
    "036": 4.0,
    "040": 3.0,
    "042": 6.0,
    "043": 6.0,
    "046": 3.0,
    "051": 3.0,
    "057": 2.0,
    "111": 2.0,
    "112": 4.0,
    "173": 3.0,
    "190": 4.0,
    "193": 2.0,
}

#: the actors that dominate news coverage, most frequent first; the rest follow in hash order
HEAD_ACTORS = [
    "USA", "GBR", "RUS", "CHN", "IGOUNO", "ISR", "IRN", "IGOEEC", "FRA", "DEU", "UKR", "IND",
    "PAK", "TUR", "SYR", "JPN", "IGONAT", "AUS", "CAN", "AFG", "IRQ", "EGY", "PSE", "PRK",
    "KOR", "SAU", "NGA", "ZAF", "MEX", "BRA", "ITA", "ESP", "LBN", "YEM", "LBY", "PHL", "IDN",
    "VEN", "IGOIMF", "POL", "BLR", "QAT", "ARE", "GRC",
]  # fmt: skip

#: inter-governmental organisations (CAMEO group codes, see docs/coding-conventions.md)
IGOS: dict[str, str] = {
    "UNO": "United Nations",
    "EEC": "European Union",
    "NAT": "NATO",
    "GOS": "G7",
    "GTW": "G20",
    "IMF": "International Monetary Fund",
    "WBK": "World Bank",
    "WTO": "World Trade Organization",
    "ICC": "International Criminal Court",
    "IAE": "International Atomic Energy Agency",
    "SCE": "OSCE",
    "OAU": "African Union",
    "ASN": "ASEAN",
    "OPC": "OPEC",
    "ARL": "Arab League",
    "GCC": "Gulf Cooperation Council",
    "HCR": "UNHCR",
    "WHO": "World Health Organization",
}

#: role appended to a country actor ("" = the bare country), with its share of mentions
ROLE_WEIGHTS: dict[str, float] = {
    "": 42.0,
    "GOV": 28.0,
    "MIL": 8.0,
    "BUS": 4.0,
    "OPP": 3.0,
    "COP": 3.0,
    "MED": 2.5,
    "CVL": 2.5,
    "JUD": 2.0,
    "LEG": 2.0,
    "REB": 1.0,
    "EDU": 0.8,
    "HLH": 0.7,
    "LAB": 0.3,
    "SPY": 0.2,
}

#: news volume by month (summer and December are quieter)
MONTH_FACTORS = [1.0, 1.0, 1.05, 1.0, 1.0, 0.97, 0.92, 0.88, 1.0, 1.05, 1.03, 0.9]

ZIPF_EXPONENT = 1.05
SOURCE_MISSING = 0.04
TARGET_MISSING = 0.12
DOMESTIC_SHARE = 0.2


def _draw(key: int, row_hash: str) -> str:
    """Draw number `key` for a row whose seeded hash is `row_hash`: uniform in [0, 1).

    DuckDB combines the hashes of several arguments weakly (draws for nearby keys would be
    correlated), so the row hash is mixed with the key and hashed once more.
    """
    return f"((hash(xor({row_hash}, {key}::UBIGINT)) >> 11)::DOUBLE / 9007199254740992.0)"


def _u(key: int, over: str) -> str:
    """Draw number `key` for the value `over` (a day, an actor code)."""
    return _draw(key, f"hash({over}, $seed)")


def _zipf_rank(draw: str) -> str:
    """Actor rank 1..$actors for a uniform draw, with P(rank k) falling off like k^-$zipf.

    The inverse of the continuous power-law CDF on [1, actors + 1), floored: a closed form,
    so picking an actor costs no join.
    """
    return (
        f"least(floor(pow(1 + {draw} * (pow($actors + 1, 1 - $zipf) - 1), 1 / (1 - $zipf))),"
        " $actors)::SMALLINT"
    )


_DAYS_SQL = f"""
CREATE OR REPLACE TEMP TABLE _synth_days AS
WITH series AS (
    SELECT g::DATE AS d
    FROM generate_series($start::TIMESTAMP, $end::TIMESTAMP, INTERVAL 1 DAY) AS t(g)
),
weighted AS (
    SELECT d,
        (CASE dayofweek(d) WHEN 0 THEN 0.62 WHEN 6 THEN 0.70 ELSE 1.0 END)
        * list_extract($months::DOUBLE[], month(d))
        * (0.8 + 0.4 * (d - $start::DATE) / greatest($end::DATE - $start::DATE, 1))
        * (CASE WHEN {_u(1, "d")} < 0.01 THEN 2.5 WHEN {_u(1, "d")} < 0.05 THEN 1.4 ELSE 1.0 END)
        * (0.9 + 0.2 * {_u(2, "d")}) AS w
    FROM series
),
cumulative AS (
    SELECT d,
        CASE WHEN d = $end::DATE THEN $n
             ELSE least(round($n * sum(w) OVER (ORDER BY d) / sum(w) OVER ()), $n)::BIGINT
        END AS hi
    FROM weighted
)
SELECT d, coalesce(lag(hi) OVER (ORDER BY d), 0) AS lo, hi FROM cumulative
"""

_ROOTS_SQL = """
CREATE OR REPLACE TEMP TABLE _synth_roots AS
WITH roots AS (
    SELECT unnest($roots::VARCHAR[]) AS root_code, unnest($root_weights::DOUBLE[]) AS w
),
sided AS (
    SELECT r.root_code, r.w, q.quad_class >= 3 AS conflict,
        (row_number() OVER (ORDER BY r.root_code) - 1)::SMALLINT AS root_idx
    FROM roots AS r JOIN cameo_codes AS q ON q.code = r.root_code
),
cumulative AS (
    SELECT *, sum(w) OVER (PARTITION BY conflict ORDER BY root_code)
        / sum(w) OVER (PARTITION BY conflict) AS hi
    FROM sided
),
bounds AS (
    SELECT *, coalesce(lag(hi) OVER (PARTITION BY conflict ORDER BY root_code), 0) AS lo
    FROM cumulative
)
SELECT (b.conflict::INTEGER * $root_buckets + r.range)::INTEGER AS key, b.root_idx
FROM bounds AS b
JOIN range($root_buckets) AS r
  ON (r.range + 0.5) / $root_buckets >= b.lo AND (r.range + 0.5) / $root_buckets < b.hi
"""

_CODES_SQL = """
CREATE OR REPLACE TEMP TABLE _synth_codes AS
WITH roots AS (
    SELECT unnest($roots::VARCHAR[]) AS root_code
),
indexed AS (
    SELECT root_code, (row_number() OVER (ORDER BY root_code) - 1)::SMALLINT AS root_idx
    FROM roots
),
boosts AS (
    SELECT unnest($boost_codes::VARCHAR[]) AS code, unnest($boost_weights::DOUBLE[]) AS boost
),
weighted AS (
    SELECT c.code, c.base_code, c.root_code, c.quad_class, c.goldstein, i.root_idx,
        (CASE WHEN c.level = 4 THEN 0.25 WHEN right(c.code, 1) = '0' THEN 4.0 ELSE 1.0 END)
            * coalesce(b.boost, 1.0) AS w
    FROM cameo_codes AS c
    JOIN indexed AS i USING (root_code)
    LEFT JOIN boosts AS b USING (code)
    WHERE c.level >= 3
),
cumulative AS (
    SELECT *, sum(w) OVER (PARTITION BY root_idx ORDER BY code)
        / sum(w) OVER (PARTITION BY root_idx) AS hi
    FROM weighted
),
bounds AS (
    SELECT *, coalesce(lag(hi) OVER (PARTITION BY root_idx ORDER BY code), 0) AS lo
    FROM cumulative
)
SELECT (b.root_idx * $code_buckets + r.range)::INTEGER AS key, b.code AS event_code,
    b.base_code, b.root_code, b.quad_class, b.goldstein
FROM bounds AS b
JOIN range($code_buckets) AS r
  ON (r.range + 0.5) / $code_buckets >= b.lo AND (r.range + 0.5) / $code_buckets < b.hi
"""

_ACTORS_SQL = f"""
CREATE OR REPLACE TEMP TABLE _synth_actors AS
WITH igos AS (
    SELECT unnest($igo_groups::VARCHAR[]) AS grp, unnest($igo_names::VARCHAR[]) AS name
),
base AS (
    SELECT code, name, code AS country, NULL::VARCHAR AS grp FROM countries WHERE kind = 'country'
    UNION ALL
    SELECT 'IGO' || grp, name, NULL, grp FROM igos
),
head AS (
    SELECT unnest($head::VARCHAR[]) AS code, generate_subscripts($head::VARCHAR[], 1) AS pos
)
SELECT (row_number() OVER (ORDER BY h.pos NULLS LAST, hash(b.code, $seed)))::SMALLINT AS idx,
    b.code, b.name, b.country, b.grp,
    CASE WHEN b.country IS NOT NULL THEN round(-45 + 110 * {_u(11, "b.code")}, 4) END AS lat,
    CASE WHEN b.country IS NOT NULL THEN round(-170 + 340 * {_u(12, "b.code")}, 4) END AS lon
FROM base AS b LEFT JOIN head AS h USING (code)
"""

_ROLES_SQL = """
CREATE OR REPLACE TEMP TABLE _synth_roles AS
WITH roles AS (
    SELECT unnest($roles::VARCHAR[]) AS role, unnest($role_weights::DOUBLE[]) AS w,
        generate_subscripts($roles::VARCHAR[], 1) AS pos
),
cumulative AS (
    SELECT *, sum(w) OVER (ORDER BY pos) / sum(w) OVER () AS hi FROM roles
),
bounds AS (
    SELECT *, coalesce(lag(hi) OVER (ORDER BY pos), 0) AS lo FROM cumulative
)
SELECT r.range::INTEGER AS bucket, nullif(b.role, '') AS role
FROM range($role_buckets) AS r
JOIN bounds AS b
  ON (r.range + 0.5) / $role_buckets >= b.lo AND (r.range + 0.5) / $role_buckets < b.hi
"""

# The row numbers of one chunk with their dates, as a table: scanning a table runs on every
# core, while unnesting the small day table straight into the query would run on one.
_ROWS_SQL = """
CREATE OR REPLACE TEMP TABLE _synth_rows AS
SELECT d AS event_date, unnest(range(greatest(lo, $lo), least(hi, $hi))) AS i
FROM _synth_days
WHERE hi > $lo AND lo < $hi

"""

# Joins carry as few columns as possible (wide probe rows make hash joins slow); every other
# draw is recomputed from the row number in the final projection. Every lookup finds its row,
# so LEFT JOIN changes no result; it keeps DuckDB's row estimate at the chunk's size, which
# makes the INSERT run on all cores (with inner joins the estimate collapses and DuckDB
# inserts on one thread: 9 s instead of 3.6 s for two million rows).
_SELECT_SQL = f"""
WITH idx AS (
    SELECT event_date, i, hash(i, $seed) AS h FROM _synth_rows
),
ranked AS (
    SELECT x.*,
        {_zipf_rank(_draw(1, "x.h"))} AS s_idx,
        {_zipf_rank(_draw(2, "x.h"))} AS t_pick
    FROM idx AS x
),
dyads AS (
    SELECT r.event_date, r.i, r.h, r.s_idx,
        CASE WHEN s.country IS NOT NULL AND {_draw(7, "r.h")} < $domestic THEN r.s_idx
             ELSE r.t_pick END AS t_idx
    FROM ranked AS r
    LEFT JOIN _synth_actors AS s ON s.idx = r.s_idx
),
rooted AS (
    SELECT y.*, r.root_idx
    FROM dyads AS y
    LEFT JOIN _synth_roots AS r ON r.key = (
        (({_draw(8, "y.h")} < 0.05 + 0.55 * pow(
            (hash(xor(hash(least(y.s_idx, y.t_idx), greatest(y.s_idx, y.t_idx)), $seed))
                >> 11)::DOUBLE / 9007199254740992.0,
            1.5))::INTEGER * $root_buckets)
        + floor({_draw(9, "y.h")} * $root_buckets)::INTEGER)
),
coded AS (
    SELECT z.event_date, z.i, z.h, z.s_idx, z.t_idx, c.event_code, c.base_code, c.root_code,
        c.quad_class, c.goldstein
    FROM rooted AS z
    LEFT JOIN _synth_codes AS c
      ON c.key = z.root_idx * $code_buckets + floor({_draw(10, "z.h")} * $code_buckets)::INTEGER
),
named AS (
    SELECT k.*,
        {_draw(5, "k.h")} < $source_missing AS src_missing,
        {_draw(6, "k.h")} < $target_missing AS tgt_missing,
        s.code AS s_base, s.name AS s_name, s.country AS s_country, s.grp AS s_grp,
        s.lat AS s_lat, s.lon AS s_lon,
        t.code AS t_base, t.name AS t_name, t.country AS t_country, t.grp AS t_grp,
        t.lat AS t_lat, t.lon AS t_lon,
        CASE WHEN s.country IS NOT NULL THEN sr.role END AS s_role,
        CASE WHEN t.country IS NOT NULL THEN tr.role END AS t_role,
        least(floor(pow(1 - {_draw(13, "k.h")}, -1 / 1.2)), 20000)::INTEGER AS mentions,
        {_draw(14, "k.h")} AS u_geo,
        {_draw(15, "k.h")} AS u_time
    FROM coded AS k
    LEFT JOIN _synth_actors AS s ON s.idx = k.s_idx
    LEFT JOIN _synth_actors AS t ON t.idx = k.t_idx
    LEFT JOIN _synth_roles AS sr ON sr.bucket = floor({_draw(3, "k.h")} * $role_buckets)::INTEGER
    LEFT JOIN _synth_roles AS tr ON tr.bucket = floor({_draw(4, "k.h")} * $role_buckets)::INTEGER
),
counted AS (
    SELECT *,
        (1 + floor((mentions - 1) * pow({_draw(16, "h")}, 1.5)))::INTEGER AS articles,
        CASE WHEN u_geo < 0.5 AND NOT tgt_missing AND t_country IS NOT NULL THEN 't'
             WHEN u_geo < 0.85 AND NOT src_missing AND s_country IS NOT NULL THEN 's'
             WHEN u_geo < 0.9 AND NOT tgt_missing AND t_country IS NOT NULL THEN 't'
        END AS geo_side,
        event_date + to_microseconds((86400 * 1e6 * (1 + u_time))::BIGINT) AS added
    FROM named
)
SELECT
    'synth-' || $seed || '-' || i AS event_id,
    event_date,
    'day' AS date_precision,
    CASE WHEN NOT src_missing THEN s_base || coalesce(s_role, '') END AS source_code,
    CASE WHEN NOT src_missing THEN
        s_name || CASE WHEN s_role IS NOT NULL THEN ' (' || s_role || ')' ELSE '' END
    END AS source_name,
    CASE WHEN NOT src_missing THEN s_country END AS source_country,
    CASE WHEN NOT src_missing THEN s_grp END AS source_group,
    CASE WHEN src_missing THEN NULL
         WHEN s_grp IS NOT NULL THEN ['IGO']
         WHEN s_role IS NOT NULL THEN [s_role]
         ELSE []::VARCHAR[] END AS source_roles,
    CASE WHEN NOT tgt_missing THEN t_base || coalesce(t_role, '') END AS target_code,
    CASE WHEN NOT tgt_missing THEN
        t_name || CASE WHEN t_role IS NOT NULL THEN ' (' || t_role || ')' ELSE '' END
    END AS target_name,
    CASE WHEN NOT tgt_missing THEN t_country END AS target_country,
    CASE WHEN NOT tgt_missing THEN t_grp END AS target_group,
    CASE WHEN tgt_missing THEN NULL
         WHEN t_grp IS NOT NULL THEN ['IGO']
         WHEN t_role IS NOT NULL THEN [t_role]
         ELSE []::VARCHAR[] END AS target_roles,
    event_code, base_code, root_code, quad_class, goldstein,
    false AS is_negated,
    'asserted' AS modality,
    mentions AS num_mentions,
    (1 + floor((articles - 1) * pow({_draw(17, "h")}, 2)))::INTEGER AS num_sources,
    articles AS num_articles,
    round(greatest(least(
        -2.5 + 0.45 * goldstein
            + 6 * ({_draw(18, "h")} + {_draw(19, "h")} + {_draw(20, "h")} - 1.5),
        30), -30), 3) AS avg_tone,
    'synth' AS coder,
    '1' AS coder_version,
    added AS created_at,
    'synth' AS dataset,
    {_draw(21, "h")} < 0.55 AS is_root_event,
    CASE WHEN geo_side IS NOT NULL THEN 1 END::TINYINT AS geo_type,
    CASE geo_side WHEN 't' THEN t_name WHEN 's' THEN s_name END AS geo_name,
    CASE geo_side WHEN 't' THEN t_country WHEN 's' THEN s_country END AS geo_country,
    round(CASE geo_side WHEN 't' THEN t_lat WHEN 's' THEN s_lat END
        + 3 * ({_draw(22, "h")} - 0.5), 4) AS geo_lat,
    round(CASE geo_side WHEN 't' THEN t_lon WHEN 's' THEN s_lon END
        + 3 * ({_draw(23, "h")} - 0.5), 4) AS geo_lon,
    added AS date_added
FROM counted
"""

_TEMP_TABLES = (
    "_synth_rows",
    "_synth_days",
    "_synth_roots",
    "_synth_codes",
    "_synth_actors",
    "_synth_roles",
)


def _prepare(
    con: duckdb.DuckDBPyConnection, events: int, seed: int, start: dt.date, end: dt.date
) -> None:
    con.execute(
        _DAYS_SQL, {"start": start, "end": end, "n": events, "seed": seed, "months": MONTH_FACTORS}
    )
    roots = {"roots": list(ROOT_WEIGHTS), "root_weights": list(ROOT_WEIGHTS.values())}
    con.execute(_ROOTS_SQL, {**roots, "root_buckets": ROOT_BUCKETS})
    con.execute(
        _CODES_SQL,
        {
            "roots": list(ROOT_WEIGHTS),
            "boost_codes": list(CODE_BOOSTS),
            "boost_weights": list(CODE_BOOSTS.values()),
            "code_buckets": CODE_BUCKETS,
        },
    )
    con.execute(
        _ACTORS_SQL,
        {
            "igo_groups": list(IGOS),
            "igo_names": list(IGOS.values()),
            "head": HEAD_ACTORS,
            "seed": seed,
        },
    )
    con.execute(
        _ROLES_SQL,
        {
            "roles": list(ROLE_WEIGHTS),
            "role_weights": list(ROLE_WEIGHTS.values()),
            "role_buckets": ROLE_BUCKETS,
        },
    )


def _chunk_params(seed: int, actors: int) -> dict[str, object]:
    return {
        "seed": seed,
        "actors": actors,
        "zipf": ZIPF_EXPONENT,
        "root_buckets": ROOT_BUCKETS,
        "code_buckets": CODE_BUCKETS,
        "role_buckets": ROLE_BUCKETS,
        "source_missing": SOURCE_MISSING,
        "target_missing": TARGET_MISSING,
        "domestic": DOMESTIC_SHARE,
    }


def generate(
    con: duckdb.DuckDBPyConnection,
    *,
    events: int,
    seed: int,
    start: dt.date,
    end: dt.date,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert `events` synthetic rows (dataset 'synth'); return how many were written.

    Rows from an earlier run with the same seed are replaced, so rerunning is idempotent.
    Chunks commit one by one to bound memory; `progress` gets the rows of each chunk.
    """
    if events < 1:
        raise ValueError("events must be positive")
    if start > end:
        raise ValueError(f"start {start} is after end {end}")
    _prepare(con, events, seed, start, end)
    try:
        actors = con.execute("SELECT count(*) FROM temp._synth_actors").fetchall()[0][0]
        con.execute(
            "DELETE FROM events WHERE dataset = ? AND starts_with(event_id, ?)",
            [DATASET, f"synth-{seed}-"],
        )
        written = 0
        for lo in range(0, events, CHUNK_ROWS):
            hi = min(lo + CHUNK_ROWS, events)
            con.execute(_ROWS_SQL, {"lo": lo, "hi": hi})
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(
                    f"INSERT INTO events BY NAME {_SELECT_SQL}", _chunk_params(seed, actors)
                )
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            written += hi - lo
            if progress:
                progress(hi - lo)
        return written
    finally:
        for table in _TEMP_TABLES:
            con.execute(f"DROP TABLE IF EXISTS temp.{table}")
