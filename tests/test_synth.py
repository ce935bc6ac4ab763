"""The synthetic generator: exact size, determinism, consistency with CAMEO, GDELT-like shape."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdb.etl.importers import synth
from eventdb.schema import connect

START, END = dt.date(2020, 1, 1), dt.date(2022, 12, 31)
N = 60_000


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    connection = connect(tmp_path_factory.mktemp("synth") / "s.duckdb")
    chunks: list[int] = []
    written = synth.generate(
        connection, events=N, seed=5, start=START, end=END, progress=chunks.append
    )
    assert written == N and sum(chunks) == N
    yield connection
    connection.close()


def one(con, sql, params=None):
    return con.execute(sql, params).fetchall()[0]


def test_size_ids_dates_and_fixed_columns(con):
    n, ids, first, last = one(
        con,
        "SELECT count(*), count(DISTINCT event_id), min(event_date), max(event_date) FROM events",
    )
    assert (n, ids) == (N, N)
    assert (
        START <= first <= START + dt.timedelta(days=3) and END - dt.timedelta(days=3) <= last <= END
    )
    assert one(con, "SELECT count(*) FROM events WHERE event_id NOT LIKE 'synth-5-%'") == (0,)
    assert one(con, "SELECT DISTINCT dataset, coder, article_id FROM events") == (
        "synth",
        "synth",
        None,
    )
    # no temporary tables are left behind
    assert one(con, "SELECT count(*) FROM duckdb_tables() WHERE temporary") == (0,)


def test_codes_agree_with_the_cameo_table(con):
    mismatched = one(
        con,
        "SELECT count(*) FROM events AS e LEFT JOIN cameo_codes AS c ON c.code = e.event_code"
        " WHERE c.code IS NULL OR c.base_code <> e.base_code OR c.root_code <> e.root_code"
        " OR c.quad_class <> e.quad_class OR c.goldstein <> e.goldstein",
    )
    assert mismatched == (0,)


def test_gdelt_like_code_shape(con):
    quads = dict(
        con.execute("SELECT quad_class, count(*) / ? FROM events GROUP BY 1", [N]).fetchall()
    )
    assert quads[1] == max(quads.values()) and 0.45 < quads[1] < 0.7  # verbal cooperation leads
    assert all(0.05 < quads[q] < 0.3 for q in (2, 3, 4))
    roots = dict(
        con.execute("SELECT root_code, count(*) / ? FROM events GROUP BY 1", [N]).fetchall()
    )
    top = sorted(roots, key=roots.get, reverse=True)[:2]
    assert set(top) == {"01", "04"}
    assert (
        roots["05"] > roots["18"]
        and roots["20"] < 0.005
        and roots["20"] < roots["19"] < roots["04"]
    )
    assert len(roots) == 20


def test_actors_are_zipf_like_and_coded_sensibly(con):
    bases = con.execute(
        "SELECT left(source_code, 3) AS b, count(*) AS n FROM events WHERE source_code IS NOT NULL"
        " AND NOT starts_with(source_code, 'IGO') GROUP BY 1 ORDER BY n DESC"
    ).fetchall()
    assert bases[0][0] == "USA"
    assert bases[0][1] > 1.5 * bases[4][1] > 3 * bases[40][1]  # heavy head, long tail
    assert len(bases) > 150
    bad_country = one(
        con,
        "SELECT count(*) FROM events WHERE source_country IS NOT NULL"
        " AND (left(source_code, 3) <> source_country"
        " OR source_country NOT IN (SELECT code FROM countries WHERE kind = 'country'))",
    )
    assert bad_country == (0,)
    igo = con.execute(
        "SELECT DISTINCT source_group, source_roles, source_country FROM events"
        " WHERE starts_with(source_code, 'IGO')"
    ).fetchall()
    assert all(g and roles == ["IGO"] and c is None for g, roles, c in igo)
    roles = {
        r for (r,) in con.execute("SELECT DISTINCT unnest(source_roles) FROM events").fetchall()
    }
    assert {"GOV", "MIL", "BUS", "IGO"} <= roles
    known = {r for (r,) in con.execute("SELECT code FROM actor_roles").fetchall()}
    assert roles <= known
    missing = one(
        con, "SELECT avg((source_code IS NULL)::INT), avg((target_code IS NULL)::INT) FROM events"
    )
    assert 0.02 < missing[0] < 0.07 and 0.08 < missing[1] < 0.17


def test_dyads_differ_in_conflict_share(con):
    shares = [
        s
        for (s,) in con.execute(
            "SELECT avg((quad_class >= 3)::INT) FROM events WHERE source_code IS NOT NULL"
            " AND target_code IS NOT NULL GROUP BY left(source_code, 3), left(target_code, 3)"
            " HAVING count(*) >= 150"
        ).fetchall()
    ]
    assert len(shares) > 5 and max(shares) - min(shares) > 0.2


def test_time_shape(con):
    by_weekday = dict(
        con.execute("SELECT dayofweek(event_date), count(*) FROM events GROUP BY 1").fetchall()
    )
    weekday = sum(by_weekday[d] for d in range(1, 6)) / 5
    assert by_weekday[0] < 0.8 * weekday and by_weekday[6] < 0.85 * weekday
    years = dict(con.execute("SELECT year(event_date), count(*) FROM events GROUP BY 1").fetchall())
    assert years[2020] < years[2022]  # coverage grows over time
    days = one(con, "SELECT count(DISTINCT event_date) FROM events")[0]
    assert days == (END - START).days + 1


def test_heavy_tailed_counts_and_geography(con):
    ones, big, top, mean = one(
        con,
        "SELECT avg((num_mentions = 1)::INT), avg((num_mentions >= 20)::INT), max(num_mentions),"
        " avg(num_mentions) FROM events",
    )
    assert 0.45 < ones < 0.7 and 0.01 < big < 0.1 and top > 500 and mean > 2
    assert one(
        con,
        "SELECT count(*) FROM events WHERE NOT (1 <= num_sources AND num_sources <= num_articles AND num_articles <= num_mentions)",
    ) == (0,)
    tone = one(con, "SELECT corr(avg_tone, goldstein), min(avg_tone), max(avg_tone) FROM events")
    assert tone[0] > 0.3 and tone[1] >= -30 and tone[2] <= 30
    geo = one(
        con,
        "SELECT avg((geo_country IS NOT NULL)::INT), count(*) FILTER (WHERE geo_country IS NOT NULL"
        " AND geo_country NOT IN (source_country, target_country)), min(geo_lat), max(geo_lat)"
        " FROM events",
    )
    assert 0.75 < geo[0] < 0.98 and geo[1] == 0 and geo[2] >= -50 and geo[3] <= 70


def test_same_seed_same_rows_and_rerun_replaces(tmp_path):
    def digest(con):
        return one(
            con,
            "SELECT count(*), sum(hash(event_id, event_date, source_code, target_code, event_code, num_mentions, avg_tone, geo_lat)) FROM events",
        )

    a, b = connect(tmp_path / "a.duckdb"), connect(tmp_path / "b.duckdb")
    try:
        synth.generate(a, events=5_000, seed=9, start=START, end=END)
        synth.CHUNK_ROWS, saved = 1_234, synth.CHUNK_ROWS  # chunking must not matter
        try:
            synth.generate(b, events=5_000, seed=9, start=START, end=END)
        finally:
            synth.CHUNK_ROWS = saved
        assert digest(a) == digest(b)
        synth.generate(a, events=5_000, seed=9, start=START, end=END)
        assert digest(a) == digest(b)  # rerunning replaced, not doubled
        synth.generate(a, events=3_000, seed=10, start=START, end=END)
        assert one(a, "SELECT count(*) FROM events")[0] == 8_000
        other = one(a, "SELECT count(*) FROM events WHERE starts_with(event_id, 'synth-10-')")
        assert other == (3_000,)
    finally:
        a.close()
        b.close()


def test_one_day_and_bad_arguments(tmp_path):
    con = connect(tmp_path / "d.duckdb")
    try:
        synth.generate(con, events=100, seed=1, start=START, end=START)
        assert one(con, "SELECT count(*), min(event_date), max(event_date) FROM events") == (
            100,
            START,
            START,
        )
        with pytest.raises(ValueError):
            synth.generate(con, events=0, seed=1, start=START, end=END)
        with pytest.raises(ValueError):
            synth.generate(con, events=10, seed=1, start=END, end=START)
    finally:
        con.close()


def test_cli_synth(tmp_path):
    from typer.testing import CliRunner

    from eventdb.cli import app

    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["synth", "--events", "2000", "--seed", "3", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "generated 2000 synthetic events" in result.output
