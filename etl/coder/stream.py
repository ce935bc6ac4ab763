"""Coding a stream of records ({id, date, text}) in order, with bounded memory.

Each record's text is normalised and split into sentences; all sentences flow through one
`nlp.pipe` so batching spans records, and events are regrouped per record on the way out.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from eventdb.etl.coder.types import CodedEvent, SentenceInput
from eventdb.etl.normalize import normalize_text
from eventdb.etl.sentences import split_sentences


@dataclass(slots=True)
class CodingRecord:
    id: object
    date: dt.date | None
    text: str
    error: str | None = None
    sentences: list[str] = field(default_factory=list)


def parse_line(number: int, line: str) -> CodingRecord:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return CodingRecord(None, None, "", f"line {number}: invalid JSON: {exc}")
    if not isinstance(obj, dict):
        return CodingRecord(None, None, "", f"line {number}: expected a JSON object")
    rid = obj.get("id")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return CodingRecord(
            rid, None, "", f"line {number}: field `text` must be a non-empty string"
        )
    try:
        day = dt.date.fromisoformat(str(obj.get("date")))
    except ValueError:
        return CodingRecord(
            rid,
            None,
            "",
            f"line {number}: field `date` must be YYYY-MM-DD, got {obj.get('date')!r}",
        )
    return CodingRecord(rid, day, text)


def read_records(lines: Iterable[str]) -> Iterator[CodingRecord]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield parse_line(number, line)


def code_records(
    coder, records: Iterable[CodingRecord]
) -> Iterator[tuple[CodingRecord, list[list[CodedEvent]]]]:
    """Yields (record, events per sentence) in input order."""
    pending: deque[CodingRecord] = deque()

    dictionaries = getattr(coder, "dictionaries", None)

    def sentences() -> Iterator[SentenceInput]:
        for record in records:
            aliases: tuple[tuple[str, str], ...] = ()
            if record.error is None:
                text = normalize_text(record.text)
                record.sentences = [s.text for s in split_sentences(text)]
                if dictionaries is not None:
                    aliases = dictionaries.article_aliases(text)
            pending.append(record)
            for sentence in record.sentences:
                yield SentenceInput(sentence, record.date, aliases)  # type: ignore[arg-type]

    buffer: list[list[CodedEvent]] = []
    for events in coder.iter_code(sentences()):
        while pending and not pending[0].sentences:
            yield pending.popleft(), []
        buffer.append(events)
        if len(buffer) == len(pending[0].sentences):
            yield pending.popleft(), buffer
            buffer = []
    while pending:  # only records without sentences (errors) can be left
        yield pending.popleft(), []


def event_json(event: CodedEvent, sentence_index: int, codebook) -> dict[str, object]:
    code = codebook.get(event.code)
    return {
        "source": event.source.code,
        "target": event.target.code,
        "code": event.code,
        "root_code": code.root_code,
        "quad_class": code.quad_class,
        "goldstein": code.goldstein,
        "source_name": event.source.name,
        "target_name": event.target.name,
        "date": event.event_date.isoformat(),
        "date_precision": event.date_precision,
        "modality": event.modality,
        "negated": event.is_negated,
        "sentence": sentence_index,
        "trigger": event.trigger_text,
        "trigger_span": [event.trigger_start, event.trigger_end],
    }
