"""An ingest killed with SIGKILL at random points loses nothing and leaves no partial article;
a rerun ends with exactly the counts of a clean run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventdb.schema import connect

KILLS = 10
ACTORS = ["Russia", "Ukraine", "the United States", "China", "Iran", "Turkey", "France", "NATO"]
VERBS = ["criticized", "attacked", "visited", "sanctioned", "praised", "accused", "met"]


def _corpus(path: Path, articles: int) -> None:
    rng = random.Random(7)
    with path.open("w") as handle:
        for n in range(articles):
            sentences = []
            for _ in range(rng.randint(3, 8)):
                a, b = rng.sample(ACTORS, 2)
                sentences.append(
                    f"{a} {rng.choice(VERBS)} {b} on Tuesday over issue {rng.randint(0, 10**6)}."
                )
            record = {
                "id": f"a{n}",
                "date": f"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                "text": " ".join(sentences),
            }
            handle.write(json.dumps(record) + "\n")


def _ingest(db: Path, corpus: Path) -> subprocess.Popen:
    env = {**os.environ, "EVENTDB_DB": str(db)}
    return subprocess.Popen(
        [sys.executable, "-m", "eventdb", "ingest", "--no-progress", str(corpus)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _snapshot(db: Path) -> dict[str, tuple[int, int]]:
    con = connect(db)
    rows = con.execute(
        "SELECT a.article_id,"
        " (SELECT count(*) FROM sentences s WHERE s.article_id = a.article_id),"
        " (SELECT count(*) FROM events e WHERE e.article_id = a.article_id)"
        " FROM articles a"
    ).fetchall()
    orphans = con.execute(
        "SELECT (SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT article_id FROM articles)),"
        " (SELECT count(*) FROM events WHERE article_id NOT IN (SELECT article_id FROM articles))"
    ).fetchall()[0]
    con.close()
    assert orphans == (0, 0), "sentences or events without their article"
    return {r[0]: (r[1], r[2]) for r in rows}


@pytest.mark.slow
def test_sigkill_at_random_points(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, 400)
    clean_db = tmp_path / "clean.duckdb"
    start = time.monotonic()
    assert _ingest(clean_db, corpus).wait(timeout=300) == 0
    clean_seconds = time.monotonic() - start
    clean = _snapshot(clean_db)
    assert len(clean) == 400 and sum(e for _, e in clean.values()) > 0

    db = tmp_path / "killed.duckdb"
    rng = random.Random(11)
    survived = 0
    for _ in range(KILLS):
        proc = _ingest(db, corpus)
        time.sleep(rng.uniform(0.5, clean_seconds))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        state = _snapshot(db)  # opens, recovers from the WAL, holds no partial article
        for article_id, counts in state.items():
            assert counts == clean[article_id], (
                f"partial article {article_id}: {counts} != {clean[article_id]}"
            )
        survived += 1
    assert survived == KILLS
    assert _ingest(db, corpus).wait(timeout=300) == 0
    assert _snapshot(db) == clean
