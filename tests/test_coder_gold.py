"""The shipped coder against our gold set (a floor, so regressions fail) and on the seeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventdb.etl.coder import load_coder
from eventdb.etl.coder.stream import CodingRecord, code_records, event_json
from eventdb.etl.evaluate import load_gold, score
from eventdb.etl.ingest import Ingestor
from eventdb.etl.readers import read_paths
from eventdb.schema import connect
from eventdb.schema.codes import CodeBook

from conftest import SEEDS

GOLD = Path(__file__).parent / "gold"
# Floors sit a little under the scores in README's table: a drop below them is a regression.
ROOT_F1_FLOOR = 0.85
FULL_F1_FLOOR = 0.765
NO_EVENT_CEILING = 0.02  # events per sentence that expects none


@pytest.fixture(scope="module")
def coder():
    return load_coder()


def test_gold_sets_are_well_formed():
    codebook = CodeBook.shipped()
    for path in GOLD.glob("*.jsonl"):
        records = load_gold(path)
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids)), path
        for r in records:
            dt.date.fromisoformat(r["date"])
            for e in r["events"]:
                assert e["code"] in codebook, (path, r["id"], e)
    dev = load_gold(GOLD / "dev.jsonl")
    assert len(dev) >= 250
    assert sum(1 for r in dev if not r["events"]) >= 25
    roots = {e["code"][:2] for r in dev for e in r["events"]}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_dev_set_scores_stay_above_the_floor(coder):
    records = load_gold(GOLD / "dev.jsonl")
    inputs = [CodingRecord(r["id"], dt.date.fromisoformat(r["date"]), r["text"]) for r in records]
    codebook = CodeBook.shipped()
    predicted = [
        [event_json(e, i, codebook) for i, evs in enumerate(per) for e in evs]
        for _, per in code_records(coder, inputs)
    ]
    result = score(zip(records, predicted, strict=True))
    assert result.root.f1 >= ROOT_F1_FLOOR, result.as_dict()
    assert result.full.f1 >= FULL_F1_FLOOR, result.as_dict()
    assert result.junk_rate <= NO_EVENT_CEILING, result.as_dict()


def test_seed_articles_main_events(coder, tmp_path):
    con = connect(tmp_path / "seeds.duckdb")
    report = Ingestor(con, coder).run(read_paths([str(SEEDS)]))
    assert report.stored == 2
    rows = con.execute("SELECT source_code, event_code, target_code FROM events").fetchall()
    got = set(rows)
    # the US and allies sanctioning a Chinese satellite company
    assert ("USA", "163", "CHNBUS") in got
    # Nelson to Switzerland, Italy, Austria and Germany; Rosenberg to Kazakhstan
    for country in ("CHE", "ITA", "AUT", "DEU", "KAZ"):
        assert ("USAGOV", "042", country) in got, country
    # the US will not lift sanctions unless Moscow changes course
    assert ("USA", "1244", "RUS") in got
    # the White House weighing an easing of sanctions
    assert ("USAGOV", "014", "RUS") in got
    # Washington pulling out of the sanction-monitoring working groups
    assert any(s.startswith("USA") and c.startswith("16") for s, c, _ in got)
    # every event keeps its provenance
    missing = con.execute(
        "SELECT count(*) FROM events e LEFT JOIN sentences s USING (article_id, sentence_index)"
        " WHERE s.text IS NULL OR e.trigger_text IS NULL OR e.dictionary_version IS NULL"
    ).fetchall()[0][0]
    assert missing == 0
    con.close()
