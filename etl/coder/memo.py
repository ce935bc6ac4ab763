"""Per-sentence memory for pure look-ups on the parse.

spaCy makes a new `Token` object on every visit, so the grammar asks the same question of the
same token many times while it codes one sentence ("what is the object of this verb?",
"is it passive?"). Answers depend only on the parse, so they are kept until the sentence is
done. `forget()` is called when coding of a sentence starts and ends.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from spacy.tokens import Token

P = ParamSpec("P")
R = TypeVar("R")

_MEMORY: dict[tuple, object] = {}


def forget() -> None:
    _MEMORY.clear()


def per_sentence(fn: Callable[P, R]) -> Callable[P, R]:
    """Remember `fn(token, *args)` for the token's sentence. Keys hold the document's
    identity, so answers never leak from one sentence to the next even without `forget()`:
    the remembered tokens keep their document alive, and with it its identity."""
    name = fn.__qualname__

    @functools.wraps(fn)
    def remembered(token: Token, *args, **kwargs):  # type: ignore[no-untyped-def]
        key = (name, id(token.doc), token.i, args, tuple(kwargs.items()) if kwargs else ())
        try:
            return _MEMORY[key]
        except KeyError:
            value = _MEMORY[key] = fn(token, *args, **kwargs)
            return value

    return remembered  # type: ignore[return-value]
