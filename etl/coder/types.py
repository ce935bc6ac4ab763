"""Plain data passed between the coder and storage (dataclasses: this is the hot loop)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Actor:
    code: str
    name: str
    country: str | None = None
    group: str | None = None
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CodedEvent:
    source: Actor
    target: Actor
    code: str
    event_date: dt.date
    date_precision: str
    trigger_text: str
    trigger_start: int
    trigger_end: int
    modality: str = "asserted"
    is_negated: bool = False
    pattern: str = ""


@dataclass(frozen=True, slots=True)
class SentenceInput:
    text: str
    pub_date: dt.date
    #: surname -> full-name key of people named in full earlier in the same article
    aliases: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class CoderInfo:
    name: str
    version: str
    dictionary_version: str
    extra: dict[str, str] = field(default_factory=dict)


class EventCoder(Protocol):
    """Anything that turns sentences into events can plug into ingestion."""

    info: CoderInfo

    def code_sentences(self, sentences: list[SentenceInput]) -> list[list[CodedEvent]]:
        """One list of events per input sentence, in input order."""
        ...
