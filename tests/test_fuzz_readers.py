"""Bad input never crashes a reader or ingestion: arbitrary bytes, wrong encodings, impossible
dates, empty and very large articles, deeply nested or oversized JSON. Every failure is a
clear error naming the file (and line), and nothing is half-stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventdb.etl.ingest import Ingestor
from eventdb.etl.readers import ReadError, ReadRecord, read_file, read_paths
from eventdb.schema import connect

SUFFIXES = [".txt", ".jsonl", ".json", ".csv", ".tsv", ".md", ""]
FUZZ = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _check(records: list, path: Path) -> None:
    for record in records:
        assert isinstance(record, ReadRecord | ReadError)
        if isinstance(record, ReadError):
            assert record.path == str(path)
            assert record.reason and "\n" not in str(record)[:2000]


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_crash(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    _check(list(read_file(str(path))), path)


@FUZZ
@given(
    header=st.sampled_from(
        ["", " date ", "date 2024-01-01", " date 2024-02-30 ", "---\ndate: x\n---\n", "---\n"]
    ),
    body=st.text(max_size=2000),
    suffix=st.sampled_from([".txt", ".jsonl", ".csv"]),
)
def test_arbitrary_text_never_crashes(tmp_path, header, body, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_text(header + body, encoding="utf-8")
    _check(list(read_file(str(path))), path)


@FUZZ
@given(
    record=st.dictionaries(
        st.sampled_from(["id", "date", "text", "title", "source", "url", "other"]),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(allow_nan=True),
            st.text(max_size=50),
            st.lists(st.integers(), max_size=3),
            st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
            st.dates().map(str),
        ),
    )
)
def test_arbitrary_json_records_never_crash(tmp_path, record):
    path = tmp_path / "input.jsonl"
    path.write_text(json.dumps(record, default=str) + "\n")
    _check(list(read_file(str(path))), path)


@pytest.mark.parametrize("encoding", ["utf-16", "latin-1", "cp1252", "shift_jis"])
def test_wrong_encodings_are_named(tmp_path, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(
        " date 2024-01-01\nThe café in Zürich – “talks” ✓ 東京.".encode(encoding, errors="replace")
    )
    (err,) = list(read_file(str(path)))
    assert isinstance(err, ReadError) and "UTF-8" in err.reason and err.line >= 1


@pytest.mark.parametrize(
    "date, reason",
    [
        ("2024-02-30", "date"),
        ("", "date"),
        ("1850-01-01", "outside"),
        ("2999-01-01", "outside"),
        ("yesterday", "date"),
        (None, "date"),
    ],
)
def test_missing_or_impossible_dates(tmp_path, date, reason):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"date": date, "text": "The EU imposed sanctions."}) + "\n")
    (err,) = list(read_file(str(path)))
    assert isinstance(err, ReadError) and err.line == 1 and reason in err.reason


def test_empty_and_whitespace_articles(tmp_path, db_path):
    (tmp_path / "a.txt").write_text(" date 2024-01-01 ")
    (tmp_path / "b.txt").write_text(" date 2024-01-01 \n\n  \u00a0\u200b \n")
    (tmp_path / "c.jsonl").write_text('{"date": "2024-01-01", "text": ""}\n')
    (tmp_path / "d.txt").write_text("")
    con = connect(db_path)
    report = Ingestor(con).run(read_paths([str(tmp_path)]))
    assert report.stored == 0 and report.failed == 4
    assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 0
    con.close()


def test_fifty_megabyte_article_is_refused_clearly_and_batch_goes_on(tmp_path, db_path):
    big = tmp_path / "big.txt"
    with big.open("w") as handle:
        handle.write(" date 2024-01-01\n")
        sentence = "The EU imposed sanctions on Iran over its nuclear programme. "
        handle.write(sentence * (50 * 1024 * 1024 // len(sentence)))
    (tmp_path / "small.txt").write_text(" date 2024-01-01 Small article.")
    con = connect(db_path)
    report = Ingestor(con).run(read_paths([str(tmp_path)]))
    assert report.stored == 1 and report.failed == 1
    (err,) = report.errors
    assert err.path == str(big) and "text" in err.reason and "at most" in err.reason
    assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 1
    con.close()


def test_deeply_nested_and_oversized_json(tmp_path):
    deep = tmp_path / "deep.jsonl"
    deep.write_text(
        "[" * 200_000
        + "]" * 200_000
        + "\n"
        + '{"date": "2024-01-01", "text": "'
        + "x" * 6_000_000
        + '"}\n'
        + '{"date": "2024-01-01", "text": {"a": {"b": {"c": {"d": 1}}}}}\n'
        + '{"date": "2024-01-01", "text": "fine"}\n'
    )
    out = list(read_file(str(deep)))
    assert [type(r).__name__ for r in out] == ["ReadError", "ReadError", "ReadError", "ReadRecord"]
    assert out[0].line == 1 and "JSON" in out[0].reason
    assert out[1].line == 2 and "at most" in out[1].reason
    assert out[2].line == 3 and "nested" in out[2].reason
    whole = tmp_path / "deep.json"
    whole.write_text("{" * 100_000)
    (err,) = list(read_file(str(whole)))
    assert isinstance(err, ReadError) and "JSON" in err.reason


@FUZZ
@given(texts=st.lists(st.text(min_size=0, max_size=300), min_size=1, max_size=5))
def test_ingest_of_arbitrary_text_is_consistent(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("batch")
    for n, text in enumerate(texts):
        (folder / f"{n}.jsonl").write_text(json.dumps({"date": "2024-01-01", "text": text}) + "\n")
    con = connect(folder / "db.duckdb")
    report = Ingestor(con).run(read_paths([str(folder)]))
    assert len(report.errors) == report.failed
    articles, orphan = con.execute(
        "SELECT (SELECT count(*) FROM articles),"
        " (SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT article_id FROM articles))"
    ).fetchall()[0]
    assert articles == report.stored and orphan == 0
    assert report.stored + report.duplicates + report.failed == len(texts)
    con.close()
