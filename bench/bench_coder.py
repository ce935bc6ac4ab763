"""Coder speed: sentences per second for `eventdb code` on one core and on all cores, and the
cost of coding over bare spaCy parsing of the same sentences.

    python bench/bench_coder.py [--sentences 6000] [--repeat 3]

The corpus is every sentence of the gold sets and the seed articles, repeated to the size
asked for. Bare parsing and coding are timed alternately `--repeat` times and the medians
compared, so that a slow moment of a shared machine does not land on one side only.
`eventdb code` is timed as a user runs it, start-up included, and also on a quarter of the
corpus: the difference between the two runs gives its steady rate, start-up excluded.
Writes bench/results/coder.json and coder.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"


def corpus(n: int) -> list[dict]:
    from eventdb.etl.normalize import normalize_text
    from eventdb.etl.readers import ReadRecord, read_paths
    from eventdb.etl.sentences import split_sentences

    base: list[dict] = []
    for path in sorted((REPO / "tests" / "gold").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                rec = json.loads(line)
                base.append({"date": rec["date"], "text": rec["text"]})
    for rec in read_paths([str(REPO / "seeds")]):
        if isinstance(rec, ReadRecord):
            for s in split_sentences(normalize_text(rec.article.text)):
                base.append({"date": rec.article.date.isoformat(), "text": s.text})
    out = []
    while len(out) < n:
        for rec in base:
            out.append({"id": f"s{len(out)}", **rec})
            if len(out) >= n:
                break
    return out


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=6000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from eventdb.etl.coder import load_coder
    from eventdb.etl.coder.types import SentenceInput

    records = corpus(args.sentences)
    words = sum(len(r["text"].split()) for r in records)
    coder = load_coder()
    nlp = coder.nlp
    inputs = [SentenceInput(r["text"], dt.date.fromisoformat(r["date"])) for r in records]
    texts = [r["text"] for r in records]
    # warm up both paths once
    list(nlp.pipe(texts[:200], batch_size=256))
    coder.code_sentences(inputs[:200])

    parse_runs, code_runs = [], []
    for _ in range(args.repeat):
        parse_runs.append(timed(lambda: list(nlp.pipe(texts, batch_size=coder.batch_size))))
        code_runs.append(timed(lambda: coder.code_sentences(inputs)))
    parse_s, code_s = statistics.median(parse_runs), statistics.median(code_runs)
    # the grammar alone over sentences parsed beforehand: the coding cost without the noise
    # of two parses timed apart
    pairs = list(zip(nlp.pipe(texts, batch_size=coder.batch_size), inputs, strict=True))
    grammar = coder.sentence_coder

    def grammar_only() -> None:
        for doc, item in pairs:
            grammar.code(doc, item.pub_date, item.aliases, item.text)

    grammar_s = statistics.median(timed(grammar_only) for _ in range(args.repeat))
    pairs.clear()
    events = sum(len(e) for e in coder.code_sentences(inputs[:2000]))

    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records))
        exe = [sys.executable, "-m", "eventdb"]

        quarter = Path(tmp) / "quarter.jsonl"
        small = records[: len(records) // 4]
        quarter.write_text("".join(json.dumps(r) + "\n" for r in small))

        def run_cli(processes: int, source: Path = src, expect: int = len(records)) -> float:
            out = Path(tmp) / f"out{processes}.jsonl"
            start = time.perf_counter()
            subprocess.run(
                [*exe, "code", str(source), "-o", str(out), "-j", str(processes)], check=True
            )
            seconds = time.perf_counter() - start
            assert sum(1 for _ in out.open()) == expect
            return seconds

        cli_one = run_cli(1)
        cli_one_quarter = run_cli(1, quarter, len(small))
        cli_all = run_cli(cores)
        cli_all_quarter = run_cli(cores, quarter, len(small))

    n = len(records)
    result = {
        "sentences": n,
        "words": words,
        "cores": cores,
        "model": coder.info.extra.get("model"),
        "dictionary_version": coder.info.dictionary_version,
        "bare_parse_sentences_per_s": round(n / parse_s, 1),
        "coder_in_process_sentences_per_s": round(n / code_s, 1),
        "coding_overhead_vs_parse": round(code_s / parse_s - 1, 4),
        "grammar_only_ms_per_sentence": round(grammar_s / n * 1000, 3),
        "grammar_only_vs_parse": round(grammar_s / parse_s, 4),
        "cli_one_core_sentences_per_s": round(n / cli_one, 1),
        "cli_all_cores_sentences_per_s": round(n / cli_all, 1),
        "cli_one_core_steady_sentences_per_s": round(
            (n - len(small)) / (cli_one - cli_one_quarter), 1
        ),
        "cli_all_cores_steady_sentences_per_s": round(
            (n - len(small)) / (cli_all - cli_all_quarter), 1
        ),
        "cli_startup_s_estimate": round(
            cli_one - (cli_one - cli_one_quarter) * n / (n - len(small)), 2
        ),
        "cli_one_core_seconds_incl_startup": round(cli_one, 2),
        "cli_all_cores_seconds_incl_startup": round(cli_all, 2),
        "events_per_1000_sentences": round(events / min(n, 2000) * 1000, 1),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "coder.json").write_text(json.dumps(result, indent=2) + "\n")
    md = [
        "| measure | value |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in result.items()],
    ]
    (RESULTS / "coder.md").write_text("\n".join(md) + "\n")
    print("\n".join(md))


if __name__ == "__main__":
    main()
