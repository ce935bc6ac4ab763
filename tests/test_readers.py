"""Every reader, both seed files, and the errors they report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from eventdb.etl.readers import ReadError, ReadRecord, read_file, read_paths

from conftest import SEEDS


def _records(path: Path, **kw) -> list:
    return list(read_file(str(path), **kw))


def test_seed_with_text_on_header_line():
    (rec,) = _records(SEEDS / "000_cfdfa1bb2d51612f.txt")
    assert isinstance(rec, ReadRecord)
    assert rec.article.date == dt.date(2025, 3, 21)
    assert rec.article.text.startswith("The United States has minimized")


def test_seed_with_text_on_following_lines():
    (rec,) = _records(SEEDS / "003_826d54d813a8dbd1.txt")
    assert rec.article.date == dt.date(2023, 4, 7)
    assert rec.article.text.startswith("While China and Russia")


def test_seed_header_variants(tmp_path):
    for name, content in {
        "a.txt": "date 2024-01-02\nBody here.",
        "b.txt": "   date 2024-01-02   Body here.",
        "c.txt": "\n\n date 2024-01-02 \n\n\nBody here.",
    }.items():
        (tmp_path / name).write_text(content)
        (rec,) = _records(tmp_path / name)
        assert rec.article.date == dt.date(2024, 1, 2), name
        assert rec.article.text == "Body here.", name


def test_bad_seed_date_names_file_and_field(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text(" date 2024-13-45 Body.")
    (err,) = _records(path)
    assert isinstance(err, ReadError)
    assert err.path == str(path) and err.line == 1
    assert "date" in err.reason


def test_front_matter(tmp_path):
    path = tmp_path / "fm.md"
    path.write_text(
        "---\ntitle: Sanctions widen\nsource: Reuters\nurl: https://example.org/a\n"
        "date: 2024-05-06\n---\nThe EU imposed sanctions on Iran.\n"
    )
    (rec,) = _records(path)
    a = rec.article
    assert (a.title, a.source, a.url, a.date) == (
        "Sanctions widen",
        "Reuters",
        "https://example.org/a",
        dt.date(2024, 5, 6),
    )
    assert a.text == "The EU imposed sanctions on Iran."


def test_plain_text_needs_a_date(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("The EU imposed sanctions on Iran.")
    (err,) = _records(path)
    assert isinstance(err, ReadError) and "no publication date" in err.reason
    (rec,) = _records(path, default_date=dt.date(2020, 1, 1))
    assert rec.article.date == dt.date(2020, 1, 1)


def test_front_matter_unknown_key(tmp_path):
    path = tmp_path / "fm.txt"
    path.write_text("---\ndate: 2024-05-06\nauthor: me\n---\nText.")
    (err,) = _records(path)
    assert err.line == 3 and "author" in err.reason


def test_jsonl_good_and_bad_lines(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a1",
                "date": "2024-01-01",
                "title": "T",
                "source": "AP",
                "url": "u",
                "text": "One.",
            }
        ),
        "{not json",
        json.dumps({"id": "a3", "date": "yesterday", "text": "Three."}),
        "",
        json.dumps({"id": 4, "date": "2024-01-04", "text": "Four."}),
        json.dumps({"id": "a5", "date": "2024-01-05", "text": "Five.", "extra": 1}),
        json.dumps(["list"]),
        json.dumps({"id": "a7", "date": "2024-01-07", "text": {"nested": "x"}}),
    ]
    path.write_text("\n".join(lines))
    out = _records(path)
    ok = [r for r in out if isinstance(r, ReadRecord)]
    bad = {r.line: r.reason for r in out if isinstance(r, ReadError)}
    assert [r.article.id for r in ok] == ["a1", "4"]
    assert ok[0].origin == f"{path}:1"
    assert set(bad) == {2, 3, 6, 7, 8}
    assert "invalid JSON" in bad[2]
    assert bad[3].startswith("date:")
    assert "extra" in bad[6]


def test_json_array(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(
        json.dumps([{"date": "2024-01-01", "text": "One."}, {"date": "2024-01-02", "text": "Two."}])
    )
    assert [r.article.text for r in _records(path)] == ["One.", "Two."]


def test_csv(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "id,date,title,source,url,text\n"
        'c1,2024-02-01,T1,AFP,http://x,"Multi-line\nbody, with comma."\n'
        "c2,2024-02-31,T2,AFP,,Bad date.\n"
        "c3,2024-02-03,T3\n"
        "c4,2024-02-04,T4,AFP,,Fine.\n"
    )
    out = _records(path)
    ok = [r for r in out if isinstance(r, ReadRecord)]
    bad = {r.line: r.reason for r in out if isinstance(r, ReadError)}
    assert [r.article.id for r in ok] == ["c1", "c4"]
    assert ok[0].article.text == "Multi-line\nbody, with comma."
    assert set(bad) == {4, 5}
    assert "columns" in bad[5]


def test_csv_bad_header(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("when,body\n2024-01-01,x\n")
    (err,) = _records(path)
    assert err.line == 1 and "missing" in err.reason


def test_not_utf8(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b" date 2024-01-01\nCaf\xe9 talks.\n")
    (err,) = _records(path)
    assert isinstance(err, ReadError) and err.line == 2 and "UTF-8" in err.reason


def test_directories_globs_and_mixes(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text(" date 2024-01-01 X.")
    (tmp_path / "y.jsonl").write_text('{"date": "2024-01-02", "text": "Y."}\n')
    (tmp_path / ".hidden.txt").write_text(" date 2024-01-03 H.")
    out = list(
        read_paths([str(tmp_path), str(tmp_path / "*.jsonl"), str(tmp_path / "missing.txt")])
    )
    texts = sorted(r.article.text for r in out if isinstance(r, ReadRecord))
    assert texts == ["X.", "Y."]  # y.jsonl only once, hidden file skipped
    errors = [r for r in out if isinstance(r, ReadError)]
    assert len(errors) == 1 and "no such file" in errors[0].reason
