"""Ingestion: records in, articles + sentences + coded events stored, one transaction each.

An article is stored whole or not at all: its row, its sentences and its events commit
together, so a crash or an error halfway leaves nothing of it behind and readers never see
half an article. The same article (same normalised text) is stored once however often it
arrives. A bad record is reported and skipped; the batch goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from eventdb.etl.coder.types import CodedEvent, EventCoder, SentenceInput
from eventdb.etl.normalize import article_id, normalize_text
from eventdb.etl.readers import ReadError, ReadRecord, Record
from eventdb.etl.sentences import SentenceSpan, split_sentences
from eventdb.schema.codes import CodeBook

BATCH_ARTICLES = 64


@dataclass(slots=True)
class PreparedArticle:
    article_id: str
    record: ReadRecord
    text: str
    sentences: list[SentenceSpan]
    events: list[list[CodedEvent]] = field(default_factory=list)


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    sentences: int = 0
    events: int = 0
    errors: list[ReadError] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


def prepare(record: ReadRecord) -> PreparedArticle | ReadError:
    text = normalize_text(record.article.text)
    if not text:
        path, _, line = record.origin.rpartition(":")
        return ReadError(
            path or record.origin, int(line) if line.isdigit() else None, "text is empty"
        )
    return PreparedArticle(article_id(text), record, text, split_sentences(text))


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Ingestor:
    """Stores articles into an open connection; optionally codes them first."""

    def __init__(self, con: duckdb.DuckDBPyConnection, coder: EventCoder | None = None) -> None:
        self.con = con
        self.coder = coder
        self.codebook = CodeBook.from_connection(con)

    def run(
        self,
        records: Iterable[Record],
        progress: Callable[[int], None] | None = None,
        batch_size: int = BATCH_ARTICLES,
    ) -> IngestReport:
        report = IngestReport()
        seen: set[str] = set()
        for chunk in _chunks(records, batch_size):
            ready: list[PreparedArticle] = []
            for record in chunk:
                if isinstance(record, ReadError):
                    report.failed += 1
                    report.errors.append(record)
                    continue
                report.read += 1
                prepared = prepare(record)
                if isinstance(prepared, ReadError):
                    report.failed += 1
                    report.errors.append(prepared)
                    continue
                if prepared.article_id in seen or self._exists(prepared.article_id):
                    report.duplicates += 1
                    continue
                seen.add(prepared.article_id)
                ready.append(prepared)
            self._code(ready)
            for prepared in ready:
                try:
                    self.store(prepared)
                except duckdb.Error as exc:
                    report.failed += 1
                    report.errors.append(
                        ReadError(prepared.record.origin, None, f"not stored: {exc}")
                    )
                    continue
                report.stored += 1
                report.stored_ids.append(prepared.article_id)
                report.sentences += len(prepared.sentences)
                report.events += sum(len(e) for e in prepared.events)
            if progress:
                progress(len(chunk))
        return report

    def _exists(self, aid: str) -> bool:
        rows = self.con.execute("SELECT 1 FROM articles WHERE article_id = ?", [aid]).fetchall()
        return bool(rows)

    def _code(self, ready: list[PreparedArticle]) -> None:
        if not self.coder or not ready:
            for prepared in ready:
                prepared.events = [[] for _ in prepared.sentences]
            return
        dictionaries = getattr(self.coder, "dictionaries", None)
        inputs = []
        for p in ready:
            names = dictionaries.article_aliases(p.text) if dictionaries is not None else ()
            inputs.extend(SentenceInput(s.text, p.record.article.date, names) for s in p.sentences)
        coded = self.coder.code_sentences(inputs)
        position = 0
        for prepared in ready:
            n = len(prepared.sentences)
            prepared.events = coded[position : position + n]
            position += n

    def store(self, prepared: PreparedArticle) -> None:
        """Write one article with all its rows in a single transaction."""
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        article = prepared.record.article
        sentences = pa.table(
            {
                "article_id": [prepared.article_id] * len(prepared.sentences),
                "sentence_index": pa.array([s.index for s in prepared.sentences], pa.int32()),
                "text": [s.text for s in prepared.sentences],
                "char_start": pa.array([s.start for s in prepared.sentences], pa.int32()),
                "char_end": pa.array([s.end for s in prepared.sentences], pa.int32()),
            }
        )
        events = self.event_table(prepared, now)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                "INSERT INTO articles (article_id, external_id, title, source, url, pub_date,"
                " text, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    prepared.article_id,
                    article.id,
                    article.title,
                    article.source,
                    article.url,
                    article.date,
                    prepared.text,
                    prepared.record.origin,
                    now,
                ],
            )
            self.insert_sentences(sentences)
            if events.num_rows:
                self.insert_events(events)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def insert_sentences(self, table: pa.Table) -> None:
        self._insert("sentences", table)

    def insert_events(self, table: pa.Table) -> None:
        self._insert("events", table)

    def _insert(self, name: str, table: pa.Table) -> None:
        self.con.register("_eventdb_rows", table)
        try:
            self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _eventdb_rows")
        finally:
            self.con.unregister("_eventdb_rows")

    def event_table(self, prepared: PreparedArticle, now: dt.datetime) -> pa.Table:
        rows: list[dict[str, object]] = []
        info = self.coder.info if self.coder else None
        for sentence, coded in zip(prepared.sentences, prepared.events, strict=True):
            for n, event in enumerate(coded):
                code = self.codebook.get(event.code)
                rows.append(
                    {
                        "event_id": f"{prepared.article_id}-{sentence.index}-{n}",
                        "article_id": prepared.article_id,
                        "sentence_index": sentence.index,
                        "trigger_text": event.trigger_text,
                        "trigger_start": event.trigger_start,
                        "trigger_end": event.trigger_end,
                        "event_date": event.event_date,
                        "date_precision": event.date_precision,
                        "source_code": event.source.code,
                        "source_name": event.source.name,
                        "source_country": event.source.country,
                        "source_group": event.source.group,
                        "source_roles": list(event.source.roles),
                        "target_code": event.target.code,
                        "target_name": event.target.name,
                        "target_country": event.target.country,
                        "target_group": event.target.group,
                        "target_roles": list(event.target.roles),
                        "event_code": code.code,
                        "base_code": code.base_code,
                        "root_code": code.root_code,
                        "quad_class": code.quad_class,
                        "goldstein": code.goldstein,
                        "is_negated": event.is_negated,
                        "modality": event.modality,
                        "coder": info.name if info else "none",
                        "coder_version": info.version if info else None,
                        "dictionary_version": info.dictionary_version if info else None,
                        "created_at": now,
                    }
                )
        return pa.Table.from_pylist(rows, schema=EVENT_ARROW_SCHEMA)


EVENT_ARROW_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("sentence_index", pa.int32()),
        ("trigger_text", pa.string()),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("event_date", pa.date32()),
        ("date_precision", pa.string()),
        ("source_code", pa.string()),
        ("source_name", pa.string()),
        ("source_country", pa.string()),
        ("source_group", pa.string()),
        ("source_roles", pa.list_(pa.string())),
        ("target_code", pa.string()),
        ("target_name", pa.string()),
        ("target_country", pa.string()),
        ("target_group", pa.string()),
        ("target_roles", pa.list_(pa.string())),
        ("event_code", pa.string()),
        ("base_code", pa.string()),
        ("root_code", pa.string()),
        ("quad_class", pa.int8()),
        ("goldstein", pa.float64()),
        ("is_negated", pa.bool_()),
        ("modality", pa.string()),
        ("coder", pa.string()),
        ("coder_version", pa.string()),
        ("dictionary_version", pa.string()),
        ("created_at", pa.timestamp("us")),
    ]
)
