"""ICEWS import: names and sectors to codes, NA as missing, dates in both spellings, the
Event ID + date identity, malformed rows, re-imports and overlapping files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from eventdb.cli import app
from eventdb.etl.importers import icews

from conftest import event

FIXTURES = Path(__file__).parent / "fixtures" / "import" / "icews"
EVENTS = FIXTURES / "events.2018.tab"
MDY = FIXTURES / "events.2017.tab"
MALFORMED = FIXTURES / "malformed.tab"


def test_fields_land_in_their_columns(con):
    report = icews.import_files(con, [str(EVENTS)])
    assert (report.rows_read, report.rows_stored, report.errors) == (6, 6, [])

    a = event(con, "icews-1001-20180601-5001-2")
    expected = {
        "dataset": "icews",
        "external_id": "1001",
        "event_date": dt.date(2018, 6, 1),
        "date_precision": "day",
        "source_name": "Foreign Affairs (Russia)",
        "source_country": "RUS",  # "Russian Federation", through the alias table
        "source_roles": ["GOV"],  # Executive, Foreign Ministry, Government
        "source_code": "RUSGOV",
        "target_name": "Military (Ukraine)",
        "target_country": "UKR",
        "target_roles": ["GOV", "MIL"],  # government ranks before military
        "target_code": "UKRGOV",
        "event_code": "040",
        "base_code": "040",
        "root_code": "04",
        "quad_class": 1,
        "goldstein": 1.0,
        "num_mentions": 1,
        "geo_type": 4,
        "geo_name": "Moscow, Moskva, Russian Federation",
        "geo_admin1": "Moskva",
        "geo_country": "Russian Federation",  # as the dataset gives it
        "geo_lat": 55.7522,
        "geo_lon": 37.6156,
        "source_url": None,  # the publisher is a name, not a URL
        "coder": "icews",
        "source_geo": None,
        "avg_tone": None,
    }
    assert {k: a[k] for k in expected} == expected

    un = event(con, "icews-1002-20180601-5002-1")
    assert (un["source_code"], un["source_country"], un["source_roles"]) == ("IGO", None, ["IGO"])
    assert (un["target_code"], un["target_roles"]) == ("SYRCVL", ["CVL"])
    assert un["source_url"] == "https://news.example.org/un-syria"
    assert (un["geo_type"], un["geo_name"], un["geo_admin1"]) == (1, "Syria", None)

    protest = event(con, "icews-1003-20180602-5003-4")
    assert (protest["source_code"], protest["target_code"]) == ("INDOPP", "INDCOP")
    assert (protest["event_code"], protest["root_code"], protest["quad_class"]) == ("141", "14", 4)
    assert protest["goldstein"] == -6.5
    assert (protest["geo_type"], protest["geo_name"]) == (5, "State of Jammu and Kashmir, India")

    leader = event(con, "icews-1004-20180602-5004-1")
    assert leader["source_country"] == "CIV"  # "Côte d'Ivoire"
    assert leader["source_roles"] == ["GOV", "PTY", "ELI"]
    assert (leader["target_code"], leader["target_country"]) == ("ROUBUS", "ROU")
    assert leader["geo_type"] == 3  # a US city
    assert leader["geo_name"] == "Washington, District of Columbia, United States"

    unknown = event(con, "icews-1005-20180602-5005-3")
    # a country name nobody knows and a sector with no role leave the codes empty
    assert (unknown["source_name"], unknown["source_country"]) == ("Traveller (Atlantis)", None)
    assert (unknown["source_code"], unknown["source_roles"]) == (None, [])
    assert (unknown["target_name"], unknown["target_code"], unknown["target_roles"]) == (
        None,
        None,
        [],
    )
    assert (unknown["geo_type"], unknown["geo_name"], unknown["geo_lat"]) == (None, None, None)


def test_event_id_is_unique_only_with_the_date(con):
    icews.import_files(con, [str(EVENTS)])
    rows = con.execute(
        "SELECT event_id, event_date FROM events WHERE external_id = '1004' ORDER BY event_date"
    ).fetchall()
    assert rows == [
        ("icews-1004-20180602-5004-1", dt.date(2018, 6, 2)),
        ("icews-1004-20180603-5010-7", dt.date(2018, 6, 3)),
    ]


def test_month_day_year_dates(con):
    report = icews.import_files(con, [str(MDY)])
    assert (report.rows_stored, report.errors) == (2, [])
    dates = con.execute("SELECT event_date FROM events ORDER BY event_date").fetchall()
    assert dates == [(dt.date(2017, 6, 1),), (dt.date(2017, 12, 31),)]


def test_malformed_rows_are_reported_and_skipped(con):
    report = icews.import_files(con, [str(MALFORMED)])
    assert {e.line: e.reason for e in report.errors} == {
        3: "Event Date '2018-13-01' is not a date (YYYY-MM-DD)",
        4: "Intensity is missing",
        5: "CAMEO Code '999' is not a CAMEO event code",
        6: "19 columns, expected 20",
        7: "Latitude 'north' is not a number",
    }
    assert (report.rows_read, report.rows_stored, report.rows_rejected) == (7, 2, 5)
    ids = con.execute("SELECT external_id FROM events ORDER BY 1").fetchall()
    assert ids == [("2001",), ("2007",)]
    assert event(con, "icews-2007-20180606-6007-2")["target_code"] == "MLIREB"


def test_a_file_without_the_header_is_refused(con, tmp_path):
    headless = tmp_path / "headless.tab"
    headless.write_text("".join(EVENTS.read_text().splitlines(keepends=True)[1:]))
    report = icews.import_files(con, [str(headless)])
    assert len(report.errors) == 1
    assert report.errors[0].line == 1
    assert report.errors[0].reason.startswith("not an ICEWS event table")
    assert con.execute("SELECT count(*) FROM events").fetchall() == [(0,)]


def test_reimport_and_overlap_store_each_event_once(con, tmp_path):
    icews.import_files(con, [str(EVENTS)])
    again = icews.import_files(con, [str(EVENTS)])
    assert (again.files_skipped, again.rows_stored) == (1, 0)
    lines = EVENTS.read_text().splitlines(keepends=True)
    overlap = tmp_path / "overlap.tab"
    new = MALFORMED.read_text().splitlines(keepends=True)[1]
    overlap.write_text(lines[0] + lines[1] + new)
    report = icews.import_files(con, [str(overlap)])
    assert (report.rows_read, report.rows_stored, report.rows_duplicate) == (2, 1, 1)
    assert con.execute("SELECT count(*) FROM events").fetchall() == [(7,)]


def test_a_publisher_name_goes_to_publisher_and_a_url_to_source_url(con):
    icews.import_files(con, [str(EVENTS)])
    rows = con.execute(
        "SELECT external_id, publisher, source_url FROM events"
        " WHERE external_id IN ('1001', '1002') ORDER BY 1"
    ).fetchall()
    assert rows == [
        ("1001", "Interfax News Service", None),
        ("1002", None, "https://news.example.org/un-syria"),
    ]


def test_cli_imports_icews(tmp_path):
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["import", "icews", str(EVENTS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "icews: 1 file, 6 rows read: 6 stored" in result.output
