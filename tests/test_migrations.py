"""A database made by the first release upgrades in place, keeping its data."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from eventdb.schema import SchemaError, connect, current_version, latest_version, migrate


def test_fresh_database_is_current(db_path):
    con = connect(db_path)
    assert current_version(con) == latest_version() >= 2
    versions = [
        r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
    ]
    assert versions == list(range(1, latest_version() + 1))
    con.close()
    again = connect(db_path)  # reopening applies nothing
    assert current_version(again) == latest_version()
    again.close()


def test_version_1_database_upgrades_with_data(db_path):
    raw = duckdb.connect(str(db_path))
    migrate(raw, target=1)
    assert current_version(raw) == 1
    now = dt.datetime(2024, 1, 1)
    raw.execute(
        "INSERT INTO articles VALUES ('a1', NULL, 't', 's', 'u', DATE '2024-01-01', 'Text.', 'f', ?)",
        [now],
    )
    raw.execute(
        "INSERT INTO events (event_id, article_id, sentence_index, event_date, date_precision,"
        " source_code, target_code, event_code, base_code, root_code, quad_class, goldstein,"
        " coder, created_at) VALUES ('e1', 'a1', 0, DATE '2024-01-01', 'day', 'USA', 'RUS',"
        " '163', '163', '16', 4, -8.0, 'eventdb', ?)",
        [now],
    )
    raw.close()

    con = connect(db_path)
    assert current_version(con) == latest_version()
    row = con.execute("SELECT event_id, dataset, geo_lat FROM events").fetchall()
    assert row == [("e1", "eventdb", None)]
    assert con.execute("SELECT count(*) FROM event_summary").fetchall()[0][0] == 1
    assert con.execute("SELECT count(*) FROM imports").fetchall()[0][0] == 0
    con.close()


def test_read_only_refuses_old_schema(db_path):
    raw = duckdb.connect(str(db_path))
    migrate(raw, target=1)
    raw.close()
    with pytest.raises(SchemaError, match="schema version 1"):
        connect(db_path, read_only=True)
