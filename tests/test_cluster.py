"""Clustering `events`: the same rows, definition and views afterwards, in key order, with the
unsorted tail measured."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from typer.testing import CliRunner

from eventdb.cli import app
from eventdb.etl.importers import synth
from eventdb.schema import cluster_events, connect, unclustered


def _snapshot(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * FROM events ORDER BY event_id").fetchall()


def _columns(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(
        "SELECT column_name, data_type, is_nullable, column_default"
        " FROM information_schema.columns WHERE table_name = 'events' ORDER BY ordinal_position"
    ).fetchall()


@pytest.fixture
def filled(db_path):
    con = connect(db_path)
    synth.generate(con, events=5_000, seed=2, start=dt.date(2019, 1, 1), end=dt.date(2021, 12, 31))
    yield con
    con.close()


def test_rows_definition_and_views_survive(filled):
    rows, columns = _snapshot(filled), _columns(filled)
    summary = filled.execute("SELECT count(*), sum(num_mentions) FROM event_summary").fetchall()
    assert unclustered(filled) == 5_000

    report = cluster_events(filled)

    assert report.rows == 5_000
    assert _snapshot(filled) == rows
    assert _columns(filled) == columns
    assert (
        filled.execute("SELECT count(*), sum(num_mentions) FROM event_summary").fetchall()
        == summary
    )
    assert unclustered(filled) == 0
    tables = filled.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()
    assert ("events__clustered",) not in tables


def test_physical_order_follows_the_key(filled):
    cluster_events(filled)
    keys = filled.execute(
        "SELECT year(event_date), source_code, target_code, event_date, event_id"
        " FROM events ORDER BY rowid"
    ).fetchall()
    assert keys == sorted(keys, key=lambda k: tuple((v is None, v) for v in k))
    years = [k[0] for k in keys]
    assert years == sorted(years) and len(set(years)) == 3


def test_constraints_still_hold(filled):
    cluster_events(filled)
    with pytest.raises(duckdb.ConstraintException):
        filled.execute("INSERT INTO events (event_id) VALUES ('x')")


def test_appended_rows_are_the_unclustered_tail(filled):
    cluster_events(filled)
    synth.generate(filled, events=700, seed=9, start=dt.date(2022, 1, 1), end=dt.date(2022, 2, 1))
    assert unclustered(filled) == 700
    cluster_events(filled)
    assert unclustered(filled) == 0
    assert filled.execute("SELECT count(*) FROM events").fetchall()[0][0] == 5_700


def test_an_empty_table_and_a_reopened_database(db_path):
    con = connect(db_path)
    assert cluster_events(con).rows == 0
    con.close()
    con = connect(db_path)  # migrations and views apply to the rebuilt table
    assert unclustered(con) == 0
    assert con.execute("SELECT count(*) FROM event_summary").fetchall() == [(0,)]
    con.close()


def test_a_failed_rewrite_keeps_the_old_table(filled, monkeypatch):
    from eventdb.schema import cluster

    rows = _snapshot(filled)
    monkeypatch.setattr(cluster, "CLUSTER_KEY", ("no_such_column",))
    with pytest.raises(duckdb.BinderException):
        cluster.cluster_events(filled)
    assert _snapshot(filled) == rows
    assert unclustered(filled) == 5_000


def test_cli_optimize_and_info(db_path):
    runner = CliRunner()
    made = runner.invoke(app, ["synth", "--events", "3000", "--db", str(db_path)])
    assert made.exit_code == 0, made.output
    before = runner.invoke(app, ["info", "--db", str(db_path)])
    assert "unclustered:     3000 events" in before.output
    done = runner.invoke(app, ["optimize", "--db", str(db_path)])
    assert done.exit_code == 0, done.output
    assert "clustered 3000 events" in done.output
    after = runner.invoke(app, ["info", "--db", str(db_path)])
    assert "unclustered:     0 events" in after.output


def test_synth_and_import_suggest_optimizing_a_large_unsorted_tail(db_path, monkeypatch):
    from eventdb import cli

    runner = CliRunner()
    small = runner.invoke(app, ["synth", "--events", "3000", "--db", str(db_path)])
    assert "eventdb optimize" not in small.output
    monkeypatch.setattr(cli, "_HINT_ROWS", 1000)
    large = runner.invoke(app, ["synth", "--events", "3000", "--seed", "1", "--db", str(db_path)])
    assert large.exit_code == 0, large.output
    assert "6000 of 6000 events are unclustered" in large.output.replace("\n", " ")
