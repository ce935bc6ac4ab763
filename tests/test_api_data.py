"""A small database with known contents for the API tests, and checks of that database.

Imported events are made row by row from a seeded generator, so every filter can be checked
against a plain-Python reading of the same rows; coded events come from two articles run
through the real Ingestor with a keyword coder, so sentence search and article lookups
have real sentences behind them.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pyarrow as pa
import pytest
from litestar.testing import TestClient

from eventdb.api.app import create_app
from eventdb.api.settings import Settings
from eventdb.etl.coder.types import Actor, CodedEvent, CoderInfo, SentenceInput
from eventdb.etl.ingest import Ingestor
from eventdb.etl.readers import ReadRecord
from eventdb.schema import connect
from eventdb.schema.codes import CodeBook
from eventdb.schema.models import ArticleIn

ACTORS = [
    "IGOEEC",
    "IGOUNO",
    "RUS",
    "RUSGOV",
    "RUSMIL",
    "RUSBUS",
    "USA",
    "USAGOV",
    "USAMIL",
    "UKR",
    "UKRMIL",
    "CHNGOV",
    "CHN",
    None,
]
CODES = ["010", "036", "042", "051", "057", "0874", "112", "1121", "163", "172", "190", "193"]
DATASETS = ["gdelt", "icews", "phoenix"]
MODALITIES = ["asserted", "asserted", "future", "intent", "conditional", "possible"]
GEO = ["UKR", "RUS", "USA", None, "Korea, South"]
IMPORTED = 240

ARTICLES = [
    {
        "id": "a1",
        "date": "2023-03-02",
        "title": "Sanctions",
        "source": "Wire",
        "text": "The EU imposed new sanctions on Russia. Russian forces attacked Kharkiv. "
        "Officials met in Brussels.",
    },
    {
        "id": "a2",
        "date": "2023-04-11",
        "text": "Brussels widened the SANCTIONS list against Moscow. Talks 100% stalled_today.",
    },
]


class KeywordCoder:
    """Codes 'sanction' as EU->RUS 163 and 'attack' as RUSMIL->UKR 190; nothing else."""

    info = CoderInfo("keywords", "1", "test")

    def code_sentences(self, sentences: list[SentenceInput]) -> list[list[CodedEvent]]:
        eu, rus = (
            Actor("IGOEEC", "European Union", None, "EEC", ("IGO",)),
            Actor("RUS", "Russia", "RUS"),
        )
        rusmil = Actor("RUSMIL", "Russian forces", "RUS", None, ("MIL",))
        ukr = Actor("UKR", "Ukraine", "UKR")
        out = []
        for s in sentences:
            text = s.text.lower()
            events = []
            if "sanction" in text:
                events.append(CodedEvent(eu, rus, "163", s.pub_date, "day", "sanctions", 0, 9))
            if "attack" in text:
                events.append(CodedEvent(rusmil, ukr, "190", s.pub_date, "day", "attacked", 0, 8))
            out.append(events)
        return out


def _country(code: str | None) -> str | None:
    return None if code is None or code.startswith("IGO") else code[:3]


def _roles(code: str | None) -> list[str] | None:
    if code is None:
        return None
    if code.startswith("IGO"):
        return ["IGO"]
    return [code[3:]] if len(code) > 3 else []


def imported_rows() -> list[dict[str, object]]:
    """The imported events, as dicts with the events table's column names."""
    rng = random.Random(20240607)
    book = CodeBook.shipped()
    rows = []
    for n in range(IMPORTED):
        source = rng.choice(ACTORS)
        target = rng.choice([a for a in ACTORS if a != source])
        code = book.get(rng.choice(CODES))
        day = dt.date(2022, 11, 1) + dt.timedelta(days=rng.randrange(0, 500))
        geo = rng.choice(GEO)
        rows.append(
            {
                "event_id": f"imp-{n:04d}",
                "event_date": day,
                "date_precision": "day",
                "source_code": source,
                "source_name": source and f"name of {source}",
                "source_country": _country(source),
                "source_roles": _roles(source),
                "target_code": target,
                "target_name": target and f"name of {target}",
                "target_country": _country(target),
                "target_roles": _roles(target),
                "event_code": code.code,
                "base_code": code.base_code,
                "root_code": code.root_code,
                "quad_class": code.quad_class,
                "goldstein": code.goldstein,
                "modality": rng.choice(MODALITIES),
                "num_mentions": rng.choice([1, 1, 2, 3, 8, 40]),
                "num_sources": 1,
                "num_articles": rng.choice([1, 1, 2, 5]),
                "avg_tone": round(rng.uniform(-8, 5), 2),
                "coder": "import",
                "created_at": dt.datetime(2024, 1, 1),
                "dataset": rng.choice(DATASETS),
                "geo_country": geo,
                "geo_lat": None if geo is None else round(rng.uniform(-50, 60), 3),
                "geo_lon": None if geo is None else round(rng.uniform(-120, 120), 3),
            }
        )
    return rows


def build_database(path: Path) -> None:
    con = connect(path)
    try:
        table = pa.Table.from_pylist(imported_rows())
        con.register("imported", table)
        con.execute("INSERT INTO events BY NAME SELECT * FROM imported")
        con.unregister("imported")
        records = [
            ReadRecord(ArticleIn.model_validate(a), f"test:{i}") for i, a in enumerate(ARTICLES)
        ]
        report = Ingestor(con, KeywordCoder()).run(records)
        assert report.stored == len(ARTICLES)
    finally:
        con.close()


def all_events(path: Path) -> list[dict[str, object]]:
    """Every event with the text of its sentence (None for imported rows)."""
    con = connect(path, read_only=True)
    try:
        table = con.sql(
            "SELECT e.*, s.text AS sentence FROM events AS e"
            " LEFT JOIN sentences AS s USING (article_id, sentence_index)"
        ).to_arrow_table()
        return table.to_pylist()
    finally:
        con.close()


@pytest.fixture(scope="module")
def api_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    build_database(path)
    return path


@pytest.fixture(scope="module")
def rows(api_db) -> list[dict[str, object]]:
    return all_events(api_db)


@pytest.fixture(scope="module")
def client(api_db, rows):
    app = create_app(Settings(db=api_db, sql_timeout=2.0, sql_max_rows=50))
    with TestClient(app=app) as test_client:
        yield test_client


def test_database_has_both_kinds_of_event(rows):
    coded = [r for r in rows if r["dataset"] == "eventdb"]
    assert len(rows) == IMPORTED + len(coded)
    # two sanction sentences and one attack sentence were coded
    assert sorted(r["event_code"] for r in coded) == ["163", "163", "190"]
    assert all(r["sentence"] for r in coded)
    assert {r["dataset"] for r in rows} == {*DATASETS, "eventdb"}


def test_imported_rows_are_deterministic():
    assert imported_rows() == imported_rows()
