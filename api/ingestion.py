"""Articles posted to the running server: validated, coded and stored one by one.

The server owns the database file, so this is the only way to add articles while it runs.
Each article is its own transaction (through the same Ingestor the command line uses) and
is visible to queries as soon as its response line says "stored". A bad article gets an
error line of its own; the others in the request are stored regardless.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import msgspec
from pydantic import ValidationError

from eventdb.api.database import Database
from eventdb.etl.coder.types import EventCoder
from eventdb.etl.ingest import Ingestor
from eventdb.etl.normalize import article_id, normalize_text
from eventdb.etl.readers import ReadRecord
from eventdb.etl.readers.base import describe_validation
from eventdb.schema.models import ArticleIn

log = logging.getLogger("eventdb.api")


class ArticleResult(msgspec.Struct, omit_defaults=True):
    index: int
    status: str  # stored | duplicate | error
    article_id: str | None = None
    sentences: int | None = None
    events: int | None = None
    reason: str | None = None


class ArticleService:
    def __init__(self, db: Database, coder_factory: Callable[[], EventCoder] | None) -> None:
        self.db = db
        self._factory = coder_factory
        self._coder: EventCoder | None = None
        self._coder_lock = threading.Lock()

    def coder(self) -> EventCoder:
        """Loaded on the first POST, once: spaCy takes seconds and most servers only read."""
        with self._coder_lock:
            if self._coder is None:
                if self._factory is not None:
                    self._coder = self._factory()
                else:
                    from eventdb.etl.coder import load_coder

                    self._coder = load_coder()
            return self._coder

    def ingest(self, items: list[object]) -> list[ArticleResult]:
        results: list[ArticleResult] = []
        records: list[tuple[int, ReadRecord]] = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                results.append(ArticleResult(index, "error", reason="not a JSON object"))
                continue
            try:
                article = ArticleIn.model_validate(item)
            except ValidationError as exc:
                results.append(ArticleResult(index, "error", reason=describe_validation(exc)))
                continue
            records.append((index, ReadRecord(article, f"POST /v1/articles [{index}]")))
        if records:
            coder = self.coder()
            with self.db.write_lock, self.db.cursor() as cur:
                ingestor = Ingestor(cur, coder)
                results += [self._store(ingestor, index, record) for index, record in records]
        return sorted(results, key=lambda r: r.index)

    @staticmethod
    def _store(ingestor: Ingestor, index: int, record: ReadRecord) -> ArticleResult:
        aid = article_id(normalize_text(record.article.text))
        try:
            report = ingestor.run([record])
        except Exception as exc:  # a coder failure must not cost the other articles
            log.exception("coding article %s failed", index)
            return ArticleResult(index, "error", article_id=aid, reason=f"not coded: {exc}")
        if report.stored:
            return ArticleResult(
                index,
                "stored",
                article_id=report.stored_ids[0],
                sentences=report.sentences,
                events=report.events,
            )
        if report.duplicates:
            return ArticleResult(index, "duplicate", article_id=aid)
        reason = report.errors[0].reason if report.errors else "not stored"
        return ArticleResult(index, "error", reason=reason)
