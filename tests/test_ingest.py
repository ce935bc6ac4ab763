"""Ingestion: idempotency, a failing file in a batch, and per-article atomicity."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdb.etl.coder.types import Actor, CodedEvent, CoderInfo, SentenceInput
from eventdb.etl.ingest import Ingestor
from eventdb.etl.readers import read_paths

from conftest import SEEDS


def _counts(con) -> tuple[int, int, int]:
    return con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences),"
        " (SELECT count(*) FROM events)"
    ).fetchall()[0]


def test_seeds_ingest_once(con):
    first = Ingestor(con).run(read_paths([str(SEEDS)]))
    assert (first.stored, first.duplicates, first.failed) == (2, 0, 0)
    dates = [
        r[0] for r in con.execute("SELECT pub_date FROM articles ORDER BY pub_date").fetchall()
    ]
    assert dates == [dt.date(2023, 4, 7), dt.date(2025, 3, 21)]
    before = _counts(con)
    second = Ingestor(con).run(read_paths([str(SEEDS)]))
    assert (second.stored, second.duplicates) == (0, 2)
    assert _counts(con) == before


def test_same_article_in_one_batch_and_other_format(con, tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-01-01 The EU  imposed sanctions on Iran.")
    (tmp_path / "b.jsonl").write_text(
        '{"date": "2024-01-01", "text": "The EU imposed sanctions on Iran. "}\n'
    )
    report = Ingestor(con).run(read_paths([str(tmp_path)]))
    assert (report.stored, report.duplicates) == (1, 1)


def test_failed_file_in_batch_others_stored(con, tmp_path):
    (tmp_path / "1.txt").write_text(" date 2024-01-01 First article.")
    (tmp_path / "2.txt").write_bytes(b"\xff\xfe garbage")
    (tmp_path / "3.jsonl").write_text(
        '{"date": "2024-01-03", "text": "Third."}\n{"date": "bad", "text": "x"}\n'
    )
    report = Ingestor(con).run(read_paths([str(tmp_path)]))
    assert report.stored == 2
    assert report.failed == 2
    assert not report.ok
    reasons = {str(e) for e in report.errors}
    assert any(r.startswith(f"{tmp_path / '2.txt'}:1: not valid UTF-8") for r in reasons)
    assert any(r.startswith(f"{tmp_path / '3.jsonl'}:2: date:") for r in reasons)
    assert _counts(con)[0] == 2


class _FakeCoder:
    """Emits one event per sentence; used to check events are stored with their article."""

    info = CoderInfo("fake", "1", "d1")

    def code_sentences(self, sentences: list[SentenceInput]) -> list[list[CodedEvent]]:
        usa, rus = Actor("USA", "United States", "USA"), Actor("RUS", "Russia", "RUS")
        return [[CodedEvent(usa, rus, "163", s.pub_date, "day", "x", 0, 1)] for s in sentences]


def test_events_stored_with_reference_fields(con, tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-01-01 One. Two.")
    report = Ingestor(con, _FakeCoder()).run(read_paths([str(tmp_path)]))
    assert report.events == 2
    rows = con.execute(
        "SELECT event_code, base_code, root_code, quad_class, goldstein, coder, source_roles"
        " FROM events ORDER BY sentence_index"
    ).fetchall()
    assert rows == [("163", "163", "16", 4, -8.0, "fake", [])] * 2
    summary = con.execute(
        "SELECT num_mentions, num_sentences, num_articles FROM event_summary"
    ).fetchall()
    assert summary == [(2, 2, 1)]


def test_error_in_middle_of_article_leaves_nothing(con, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(" date 2024-01-01 Alpha one. Alpha two.")
    (tmp_path / "b.txt").write_text(" date 2024-01-02 Beta one. Beta two.")
    ingestor = Ingestor(con, _FakeCoder())
    real_insert = ingestor.insert_events
    calls = {"n": 0}

    def failing_insert(table):
        calls["n"] += 1
        if calls["n"] == 1:  # the article row and its sentences are already written
            raise RuntimeError("disk on fire")
        real_insert(table)

    monkeypatch.setattr(ingestor, "insert_events", failing_insert)
    with pytest.raises(RuntimeError):
        ingestor.run(read_paths([str(tmp_path / "a.txt")]))
    assert _counts(con) == (0, 0, 0)
    # the connection is still usable and the next article goes in whole
    report = ingestor.run(read_paths([str(tmp_path / "b.txt")]))
    assert report.stored == 1
    assert _counts(con) == (1, 2, 2)
    # and the failed one can be ingested again afterwards
    assert ingestor.run(read_paths([str(tmp_path / "a.txt")])).stored == 1
    assert _counts(con) == (2, 4, 4)


def test_database_error_on_one_article_is_reported_not_fatal(con, tmp_path, monkeypatch):
    import duckdb

    (tmp_path / "a.txt").write_text(" date 2024-01-01 Alpha.")
    (tmp_path / "b.txt").write_text(" date 2024-01-02 Beta.")
    ingestor = Ingestor(con)
    real = ingestor.insert_sentences

    def flaky(table):
        if "Alpha." in table.column("text").to_pylist():
            raise duckdb.ConstraintException("simulated constraint failure")
        real(table)

    monkeypatch.setattr(ingestor, "insert_sentences", flaky)
    report = ingestor.run(read_paths([str(tmp_path)]))
    assert (report.stored, report.failed) == (1, 1)
    assert "simulated" in str(report.errors[0])
    assert _counts(con) == (1, 1, 0)
