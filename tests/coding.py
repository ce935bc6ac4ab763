"""What the coder makes of one sentence, in the shapes the coder's tests compare."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from eventdb.etl.coder.pipeline import SpacyCoder
from eventdb.etl.coder.types import SentenceInput

Triple = tuple[str, str, str]


def coded(pub: dt.date) -> tuple[Callable[..., set[Triple]], Callable[..., set[str]], Callable]:
    """`triples`, `codes` and `roots` for sentences published on `pub` unless told otherwise."""

    def triples(coder: SpacyCoder, sentence: str, when: dt.date = pub) -> set[Triple]:
        (events,) = coder.code_sentences([SentenceInput(sentence, when)])
        return {(e.source.code, e.code, e.target.code) for e in events}

    def codes(coder: SpacyCoder, sentence: str, when: dt.date = pub) -> set[str]:
        return {code for _, code, _ in triples(coder, sentence, when)}

    def roots(coder: SpacyCoder, sentence: str, when: dt.date = pub) -> set[Triple]:
        """Country, root and country: "USAGOV 163 RUSBUS" is ("USA", "16", "RUS")."""
        return {(s[:3], c[:2], t[:3]) for s, c, t in triples(coder, sentence, when)}

    return triples, codes, roots
