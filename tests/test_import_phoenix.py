"""Phoenix import: split actor codes back into country, roles, group and religion; list
columns into counts; malformed rows; re-imports."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from eventdb.etl.importers import phoenix

from conftest import event

FIXTURES = Path(__file__).parent / "fixtures" / "import" / "phoenix"
EVENTS = FIXTURES / "events.full.20140620.txt"
MALFORMED = FIXTURES / "malformed.txt"


def test_fields_land_in_their_columns(con):
    report = phoenix.import_files(con, [str(EVENTS)])
    assert (report.rows_read, report.rows_stored, report.errors) == (4, 4, [])

    first = event(con, "phoenix-0_v0.2.0")
    expected = {
        "dataset": "phoenix",
        "external_id": "0_v0.2.0",
        "event_date": dt.date(2014, 6, 20),
        "date_precision": "day",
        "source_code": "THA",
        "source_country": "THA",
        "source_roles": [],
        "source_group": None,
        "source_name": None,
        "target_code": "USA",
        "target_country": "USA",
        "event_code": "043",
        "base_code": "043",
        "root_code": "04",
        "quad_class": 1,
        "goldstein": 2.8,
        "num_mentions": 1,
        "num_sources": 1,
        "num_articles": 1,
        "geo_name": "Bangkok",
        "geo_admin1": "Bangkok",
        "geo_country": "Thailand",
        "geo_lat": 13.75,
        "geo_lon": 100.5,
        "source_url": "http://news.example.com/th/1",
        "publisher": "bangkok_post",
        "coder": "phoenix",
        "coder_version": "v0.2.0",
    }
    assert {k: first[k] for k in expected} == expected

    isis = event(con, "phoenix-1_v0.2.0")
    assert (isis["source_code"], isis["source_country"]) == ("IMGMUSISI", None)
    assert isis["source_roles"] == ["IMG"]
    assert (isis["source_religion"], isis["source_group"]) == ("MUS", "ISI")
    assert (isis["target_code"], isis["target_country"]) == ("TURGOVLEG", "TUR")
    assert isis["target_roles"] == ["GOV", "LEG"]
    assert (isis["event_code"], isis["quad_class"], isis["goldstein"]) == ("190", 4, -10.0)
    # three mentions, in two distinct stories from two distinct sources
    assert (isis["num_mentions"], isis["num_articles"], isis["num_sources"]) == (3, 2, 2)
    assert (isis["source_url"], isis["publisher"]) == ("http://x.example/1", "bbc")
    assert (isis["geo_name"], isis["geo_lat"]) == (None, None)

    party = event(con, "phoenix-2_v0.2.0")
    assert (party["source_code"], party["source_roles"]) == ("INDPTY", ["PTY"])
    assert (party["target_code"], party["target_country"], party["target_group"]) == (
        "IGOUNO",
        None,
        "UNO",
    )
    assert party["target_roles"] == ["IGO"]
    assert (party["event_code"], party["base_code"], party["root_code"]) == ("0254", "025", "02")

    military = event(con, "phoenix-3_v0.2.0")
    assert (military["event_code"], military["base_code"], military["root_code"]) == (
        "1721",
        "172",
        "17",
    )
    assert (military["geo_admin1"], military["geo_country"]) == ("Donetsk Oblast", "Ukraine")


def test_malformed_rows_are_reported_and_skipped(con):
    report = phoenix.import_files(con, [str(MALFORMED)])
    assert {e.line: e.reason for e in report.errors} == {
        2: "25 columns, expected 26",
        3: "Date '2014-06-21' is not a date (YYYYMMDD)",
        4: "EventCode '099' is not a CAMEO event code",
        5: "PentaClass '7' is not 0 to 4",
        6: "GoldsteinScore 'high' is not a number",
        7: "the first field (the event id) is missing",
    }
    assert (report.rows_read, report.rows_stored, report.rows_rejected) == (8, 2, 6)
    ids = con.execute("SELECT external_id FROM events ORDER BY 1").fetchall()
    assert ids == [("10_v0.2.0",), ("17_v0.2.0",)]


def test_reimport_of_a_zipped_file_changes_nothing(con, tmp_path):
    archive = tmp_path / "events.full.20140620.txt.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.write(EVENTS, EVENTS.name)
    first = phoenix.import_files(con, [str(archive)])
    again = phoenix.import_files(con, [str(archive)])
    plain = phoenix.import_files(con, [str(EVENTS)])  # same events, different bytes
    assert first.rows_stored == 4
    assert (again.files_skipped, again.rows_read) == (1, 0)
    assert (plain.files_skipped, plain.rows_stored, plain.rows_duplicate) == (0, 0, 4)
    assert con.execute("SELECT count(*) FROM events").fetchall() == [(4,)]


def test_an_empty_required_field_is_missing_and_an_empty_optional_one_is_null(con, tmp_path):
    first = EVENTS.read_text().splitlines()[0].split("\t")
    no_goldstein = first.copy()
    no_goldstein[0], no_goldstein[16] = "20_v0.2.0", ""
    no_place = first.copy()
    no_place[0], no_place[18], no_place[19] = "21_v0.2.0", "", ""
    path = tmp_path / "gaps.txt"
    path.write_text("\t".join(no_goldstein) + "\n" + "\t".join(no_place) + "\n")
    report = phoenix.import_files(con, [str(path)])
    assert [(e.line, e.reason) for e in report.errors] == [(1, "GoldsteinScore is missing")]
    stored = event(con, "phoenix-21_v0.2.0")
    assert (stored["geo_lat"], stored["geo_lon"], stored["goldstein"]) == (None, None, 2.8)
