"""Scoring the coder against a gold set: precision, recall and F1 at three levels.

- root: (root code, source country, target country), the level most analyses aggregate at;
- full: (full CAMEO code, full source actor code, full target actor code);
- no-event sentences: how many events the coder emits where the gold expects none.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: Counter, predicted: Counter) -> None:
        overlap = sum((gold & predicted).values())
        self.tp += overlap
        self.fp += sum(predicted.values()) - overlap
        self.fn += sum(gold.values()) - overlap

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class Evaluation:
    records: int = 0
    root: Score = field(default_factory=Score)
    full: Score = field(default_factory=Score)
    no_event_sentences: int = 0
    no_event_emitted: int = 0
    no_event_sentences_with_output: int = 0
    errors: list[dict[str, object]] = field(default_factory=list)

    @property
    def junk_rate(self) -> float:
        """Events emitted per sentence that expects none."""
        return self.no_event_emitted / self.no_event_sentences if self.no_event_sentences else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "records": self.records,
            "root": self.root.as_dict(),
            "full": self.full.as_dict(),
            "no_event": {
                "sentences": self.no_event_sentences,
                "events_emitted": self.no_event_emitted,
                "sentences_with_events": self.no_event_sentences_with_output,
                "events_per_sentence": round(self.junk_rate, 4),
            },
        }


def actor_base(code: str) -> str:
    """The country (or organisation) part of an actor code: RUSMIL -> RUS, IGOUNO -> IGOUNO."""
    if code.startswith(("IGO", "NGO", "IMG", "MNC")):
        return code[:6]
    return code[:3]


def root_key(event: dict) -> tuple[str, str, str]:
    return (
        str(event["code"])[:2],
        actor_base(str(event["source"])),
        actor_base(str(event["target"])),
    )


def full_key(event: dict) -> tuple[str, str, str]:
    return (str(event["code"]), str(event["source"]), str(event["target"]))


def score(pairs: Iterable[tuple[dict, list[dict]]]) -> Evaluation:
    """`pairs`: (gold record with `events`, predicted events) per record."""
    result = Evaluation()
    for gold, predicted in pairs:
        result.records += 1
        expected = gold.get("events") or []
        if not expected:
            result.no_event_sentences += 1
            result.no_event_emitted += len(predicted)
            result.no_event_sentences_with_output += bool(predicted)
        g_full = Counter(full_key(e) for e in expected)
        p_full = Counter(full_key(e) for e in predicted)
        result.root.add(
            Counter(root_key(e) for e in expected), Counter(root_key(e) for e in predicted)
        )
        result.full.add(g_full, p_full)
        if g_full != p_full:
            result.errors.append(
                {
                    "id": gold.get("id"),
                    "text": gold.get("text"),
                    "missing": sorted("/".join(k) for k in (g_full - p_full).elements()),
                    "extra": sorted("/".join(k) for k in (p_full - g_full).elements()),
                }
            )
    return result


def load_gold(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON: {exc}") from None
            for key in ("date", "text", "events"):
                if key not in record:
                    raise ValueError(f"{path}:{number}: missing field {key!r}")
            records.append(record)
    return records


def format_report(name: str, result: Evaluation) -> str:
    lines = [
        f"{name}: {result.records} sentences",
        f"{'level':<34}{'precision':>10}{'recall':>10}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}",
    ]
    for label, s in (
        ("root code + source/target country", result.root),
        ("full code + full actor codes", result.full),
    ):
        lines.append(
            f"{label:<34}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>8.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}"
        )
    lines.append(
        f"no-event sentences: {result.no_event_sentences}, events emitted on them: "
        f"{result.no_event_emitted} ({result.junk_rate:.3f} per sentence, "
        f"{result.no_event_sentences_with_output} sentences affected)"
    )
    return "\n".join(lines)
