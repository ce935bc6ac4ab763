"""Sentence boundaries for messy translated news text.

spaCy's rule-based sentencizer over its tokenizer already knows abbreviations ("U.S.",
"Gen."); on top of it, paragraphs always end a sentence, a "sentence" that starts in lower
case is a bad split of a mistranslated clause ("...of Russian defense. basis and set...")
and rejoins the one before, and fragments of bare punctuation rejoin too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy

_PARAGRAPH = re.compile(r"\n\s*\n")
_MIN_CHARS = 3


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    index: int
    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _splitter() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10_000_000
    return nlp


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def split_sentences(text: str) -> list[SentenceSpan]:
    """Split normalised article text into sentences with character offsets into `text`."""
    bounds: list[list[int]] = []
    nlp = _splitter()
    for p_start, p_end in _paragraphs(text):
        doc = nlp(text[p_start:p_end])
        first_in_paragraph = True
        for sent in doc.sents:
            s, e = p_start + sent.start_char, p_start + sent.end_char
            chunk = text[s:e].strip()
            if not chunk:
                continue
            joins_previous = (
                bounds
                and not first_in_paragraph
                and (
                    chunk[0].islower()
                    or len(chunk) < _MIN_CHARS
                    or not any(c.isalnum() for c in chunk)
                )
            )
            if joins_previous:
                bounds[-1][1] = e
            else:
                bounds.append([s, e])
            first_in_paragraph = False
    out = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append(SentenceSpan(len(out), text[s:e], s, e))
    return out
