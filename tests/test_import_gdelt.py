"""GDELT import: every field in its column for the 2.0 and both 1.0 layouts, zipped files,
malformed rows, re-imports, overlapping files and the `eventdb import gdelt` command."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventdb.cli import app
from eventdb.etl.importers import common, gdelt

from conftest import event

FIXTURES = Path(__file__).parent / "fixtures" / "import" / "gdelt"
V2 = FIXTURES / "20150218230000.export.CSV"
V2_OVERLAP = FIXTURES / "20150218231500.export.CSV"
V1_DAILY = FIXTURES / "20130401.export.CSV"
V1_HISTORICAL = FIXTURES / "1979.csv"
MALFORMED = FIXTURES / "malformed.export.CSV"


def count(con: duckdb.DuckDBPyConnection, where: str = "true") -> int:
    return con.execute(f"SELECT count(*) FROM events WHERE {where}").fetchall()[0][0]


def test_v2_export_fields_land_in_their_columns(con):
    report = gdelt.import_files(con, [str(V2)])
    assert (report.rows_read, report.rows_stored, report.rows_rejected) == (4, 4, 0)
    assert report.errors == []

    a = event(con, "gdelt-410412347")
    expected = {
        "dataset": "gdelt",
        "external_id": "410412347",
        "article_id": None,
        "event_date": dt.date(2015, 2, 18),
        "date_precision": "day",
        "source_code": "USAGOV",
        "source_name": "UNITED STATES",
        "source_country": "USA",
        "source_group": None,
        "source_ethnic": None,
        "source_religion": None,
        "source_roles": ["GOV"],
        "target_code": "AFGREBTAL",
        "target_name": "TALIBAN",
        "target_country": "AFG",
        "target_group": "TAL",
        "target_ethnic": "pas",
        "target_religion": "MOS",
        "target_roles": ["REB", "MIL", "RAD"],
        "is_root_event": True,
        "event_code": "0254",
        "base_code": "025",
        "root_code": "02",
        "quad_class": 1,
        "goldstein": -0.3,
        "num_mentions": 10,
        "num_sources": 2,
        "num_articles": 8,
        "avg_tone": -3.25,
        "geo_type": 1,
        "geo_name": "Afghanistan",
        "geo_admin1": "AF",
        "geo_country": "AF",
        "geo_lat": 33.0,
        "geo_lon": 65.0,
        "geo_feature": "AF",
        "source_geo": {
            "type": 2,
            "name": "District of Columbia, United States",
            "country": "US",
            "admin1": "USDC",
            "lat": 38.8951,
            "lon": -77.0364,
            "feature": "531871",
        },
        "target_geo": {
            "type": 4,
            "name": "Kabul, Kabol, Afghanistan",
            "country": "AF",
            "admin1": "AF13",
            "lat": 34.5167,
            "lon": 69.1833,
            "feature": "-3378435",
        },
        "source_url": "https://example.org/world/2015/02/18/talks.html",
        "date_added": dt.datetime(2015, 2, 18, 23, 0, 0),
        "coder": "gdelt",
        "coder_version": "2.0",
        "is_negated": False,
        "modality": "asserted",
    }
    assert {k: a[k] for k in expected} == expected
    assert isinstance(a["created_at"], dt.datetime)

    b = event(con, "gdelt-410412348")
    assert b["event_date"] == dt.date(2015, 2, 17)
    assert (b["source_code"], b["source_name"], b["source_country"]) == (None, None, None)
    assert b["source_roles"] == []
    assert b["source_geo"] is None  # Actor1Geo_Type 0: GDELT located nothing
    assert (b["target_code"], b["target_country"], b["target_roles"]) == ("IND", "IND", [])
    assert b["target_geo"]["type"] == 1 and b["target_geo"]["name"] == "India"
    assert b["is_root_event"] is False
    assert (b["event_code"], b["base_code"], b["root_code"]) == ("043", "043", "04")
    assert (b["geo_type"], b["geo_name"], b["geo_admin1"]) == (
        4,
        "Mumbai, Maharashtra, India",
        "IN16",
    )
    assert (b["geo_lat"], b["geo_lon"], b["geo_feature"]) == (18.975, 72.8258, "-2092174")

    c = event(con, "gdelt-410412349")
    assert c["event_date"] == dt.date(2014, 2, 18)  # SQLDATE, not DATEADDED
    assert c["source_roles"] == ["MIL", "COP", "GOV"]
    assert (c["event_code"], c["quad_class"], c["goldstein"]) == ("190", 4, -10.0)
    assert c["source_url"] == 'https://example.net/a?b=1&c="2"'  # quotes are data, not quoting

    d = event(con, "gdelt-410412350")
    assert (d["source_code"], d["source_country"], d["source_group"]) == ("IGOUNO", None, "UNO")
    assert d["source_roles"] == ["IGO"]
    assert (d["event_code"], d["base_code"], d["root_code"], d["quad_class"]) == (
        "1056",
        "105",
        "10",
        3,
    )
    assert d["source_geo"]["type"] == 3


def test_v1_daily_file_with_58_columns(con):
    report = gdelt.import_files(con, [str(V1_DAILY)])
    assert (report.rows_read, report.rows_stored, report.errors) == (2, 2, [])
    a = event(con, "gdelt-250000001")
    assert a["coder_version"] == "1.0"
    assert a["date_added"] == dt.datetime(2013, 4, 1)  # v1 DATEADDED is a day
    assert a["source_url"] == "https://example.org/world/2015/02/18/talks.html"
    assert a["target_roles"] == ["REB", "MIL", "RAD"]
    # without the ADM2 columns of 2.0, the geographies still line up
    assert a["source_geo"] == {
        "type": 2,
        "name": "District of Columbia, United States",
        "country": "US",
        "admin1": "USDC",
        "lat": 38.8951,
        "lon": -77.0364,
        "feature": "531871",
    }
    assert (a["geo_type"], a["geo_name"], a["geo_lat"], a["geo_feature"]) == (
        1,
        "Afghanistan",
        33.0,
        "AF",
    )
    assert (a["num_mentions"], a["num_sources"], a["num_articles"], a["avg_tone"]) == (
        10,
        2,
        8,
        -3.25,
    )


def test_v1_historical_file_with_57_columns(con):
    report = gdelt.import_files(con, [str(V1_HISTORICAL)])
    assert (report.rows_read, report.rows_stored, report.errors) == (2, 2, [])
    first = event(con, "gdelt-1")
    assert first["event_date"] == dt.date(1979, 1, 1)
    assert first["source_url"] is None  # the historical files predate SOURCEURL
    assert first["date_added"] == dt.datetime(2013, 2, 3)
    assert first["source_roles"] == ["MIL", "COP", "GOV"]
    assert first["geo_name"] == "Dimashq, Syria" and first["geo_lon"] == 36.3
    second = event(con, "gdelt-2")
    assert (second["event_code"], second["source_code"]) == ("1056", "IGOUNO")


def test_zipped_export_imports_like_the_plain_file(con, tmp_path):
    archive = tmp_path / "20150218230000.export.CSV.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.write(V2, V2.name)
    report = gdelt.import_files(con, [str(archive)])
    assert (report.rows_read, report.rows_stored, report.errors) == (4, 4, [])
    assert event(con, "gdelt-410412347")["target_geo"]["feature"] == "-3378435"
    ledger = con.execute("SELECT path, rows_stored FROM imports").fetchall()
    assert ledger == [(str(archive), 4)]


def test_zipped_malformed_rows_name_the_member(con, tmp_path):
    archive = tmp_path / "bad.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(MALFORMED, "inner.export.CSV")
    report = gdelt.import_files(con, [str(archive)])
    assert report.rows_rejected == 6
    assert str(report.errors[0]) == f"{archive}:inner.export.CSV:2: 60 columns, expected 61"


def test_malformed_rows_are_reported_with_file_and_line_and_skipped(con):
    report = gdelt.import_files(con, [str(MALFORMED)])
    reasons = {e.line: e.reason for e in report.errors}
    assert reasons == {
        2: "60 columns, expected 61",
        3: "SQLDATE '20151345' is not a date (YYYYMMDD)",
        4: "GoldsteinScale 'abc' is not a number",
        5: "EventCode '999' is not a CAMEO event code",
        7: "NumMentions is missing",
        8: "GLOBALEVENTID is missing",
    }
    assert all(e.path == str(MALFORMED) for e in report.errors)
    assert (report.rows_read, report.rows_stored, report.rows_rejected) == (8, 2, 6)
    stored = con.execute("SELECT event_id FROM events ORDER BY event_id").fetchall()
    assert stored == [("gdelt-510000001",), ("gdelt-510000006",)]
    # nothing was coerced: the good rows keep their own values
    assert event(con, "gdelt-510000006")["event_code"] == "190"
    ledger = con.execute("SELECT rows_read, rows_stored, rows_rejected FROM imports").fetchall()
    assert ledger == [(8, 2, 6)]


def test_reimporting_a_file_changes_nothing(con):
    first = gdelt.import_files(con, [str(V2), str(MALFORMED)])
    before = con.execute("SELECT * FROM events ORDER BY event_id").fetchall()
    again = gdelt.import_files(con, [str(V2), str(MALFORMED)])
    assert (again.files, again.files_skipped) == (2, 2)
    assert (again.rows_read, again.rows_stored, again.rows_rejected) == (0, 0, 0)
    assert again.errors == []
    assert con.execute("SELECT * FROM events ORDER BY event_id").fetchall() == before
    assert count(con) == first.rows_stored == 6
    assert con.execute("SELECT count(*) FROM imports").fetchall()[0][0] == 2


def test_overlapping_file_stores_only_new_events(con):
    gdelt.import_files(con, [str(V2)])
    report = gdelt.import_files(con, [str(V2_OVERLAP)])
    assert (report.rows_read, report.rows_stored, report.rows_duplicate) == (3, 1, 2)
    assert count(con) == 5
    assert count(con, "event_id = 'gdelt-410412351'") == 1
    repeated = con.execute(
        "SELECT count(*) FROM (SELECT event_id FROM events GROUP BY 1 HAVING count(*) > 1)"
    ).fetchall()
    assert repeated == [(0,)]


def test_an_event_repeated_within_a_file_is_stored_once(con, tmp_path):
    lines = V2.read_text().splitlines(keepends=True)
    doubled = tmp_path / "doubled.export.CSV"
    doubled.write_text(lines[0] + lines[1] + lines[0])
    report = gdelt.import_files(con, [str(doubled)])
    assert (report.rows_read, report.rows_stored, report.rows_duplicate) == (3, 2, 1)
    assert count(con, "event_id = 'gdelt-410412347'") == 1


def test_other_files_are_not_taken_for_gdelt(con):
    icews = Path(__file__).parent / "fixtures" / "import" / "icews" / "events.2018.tab"
    report = gdelt.import_files(con, [str(icews)])
    assert len(report.errors) == 1
    assert "not a GDELT event file" in report.errors[0].reason
    assert "20 tab-separated columns" in report.errors[0].reason
    assert count(con) == 0
    assert con.execute("SELECT count(*) FROM imports").fetchall() == [(0,)]


def test_a_failing_file_leaves_nothing_behind(con, monkeypatch):
    def fail(*args, **kwargs):
        raise duckdb.ConversionException("disk trouble")

    monkeypatch.setattr(common, "_drop_repeats", fail)
    report = gdelt.import_files(con, [str(V2)])
    assert [str(e) for e in report.errors] == [f"{V2}: not imported: disk trouble"]
    assert report.rows_stored == 0
    assert count(con) == 0
    assert con.execute("SELECT count(*) FROM imports").fetchall() == [(0,)]
    monkeypatch.undo()
    assert gdelt.import_files(con, [str(V2)]).rows_stored == 4


def test_progress_gets_rows_read_per_file(con):
    seen: list[int] = []
    gdelt.import_files(con, [str(V2), str(V1_DAILY), str(V2)], progress=seen.append)
    assert seen == [4, 2, 0]


def test_summary_is_one_line(con):
    report = gdelt.import_files(con, [str(V2), str(V2_OVERLAP)])
    text = report.summary()
    assert "\n" not in text
    assert text.startswith("gdelt: 2 files, 7 rows read: 5 stored, 0 rejected, 2 already present;")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_imports_gdelt(runner, tmp_path):
    db = tmp_path / "cli.duckdb"
    result = runner.invoke(app, ["import", "gdelt", str(V2), str(V1_DAILY), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "6 stored, 0 rejected" in result.output
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM events").fetchall() == [(6,)]
    finally:
        con.close()


def test_cli_exits_1_when_rows_were_rejected(runner, tmp_path):
    db = tmp_path / "cli.duckdb"
    result = runner.invoke(app, ["import", "gdelt", str(MALFORMED), "--db", str(db)])
    assert result.exit_code == 1
    assert "2 stored, 6 rejected" in result.output
    assert f"{MALFORMED}:5: EventCode '999' is not a CAMEO event code" in result.output
