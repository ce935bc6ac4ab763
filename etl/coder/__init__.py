"""The event coder: sentences in, CAMEO events out."""

from __future__ import annotations

from eventdb.etl.coder.types import Actor, CodedEvent, CoderInfo, EventCoder, SentenceInput

__all__ = ["Actor", "CodedEvent", "CoderInfo", "EventCoder", "SentenceInput", "load_coder"]


def load_coder(n_process: int = 1, dictionaries: list[str] | None = None):
    """The default coder (spaCy + our dictionaries), loaded once per process."""
    from eventdb.etl.coder.dictionary import load_dictionaries
    from eventdb.etl.coder.pipeline import SpacyCoder

    return SpacyCoder(load_dictionaries(dictionaries), n_process=n_process)
