"""What the rule modules share: the match a rule returns and the coder's attributes it reads.

The rules are mixins of one class (`extract.SentenceCoder`) and call each other through
`self`; declaring what they read on a common base types each rule module on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventdb.etl.coder.actors import ActorFinder, Mention
from eventdb.etl.coder.dictionary import Dictionaries, VerbPattern
from eventdb.etl.coder.types import Actor


@dataclass(slots=True)
class Match:
    """A trigger with the pattern that fits it and the arguments found for it."""

    trigger: Token
    pattern: VerbPattern
    sources: list[Actor]
    targets: list[Actor]
    code: str
    negated: bool = False
    modality: str = "asserted"
    consumed: set[int] = field(default_factory=set)
    #: the sides act on each other ("soldiers were killed in a clash with troops")
    mutual: bool = False


class RuleBase:
    """The coder's attributes every rule reads, set by `SentenceCoder.__init__`, and
    the look-ups of `compose.yaml` that rules of every kind make."""

    d: Dictionaries
    finder: ActorFinder
    reparse: Callable[[Doc, dict[int, Mention]], Doc | None] | None
    compose: dict[str, dict[str, object]]
    _reject_default: str
    _accusation_bases: set[str]
    _protest_lemmas: frozenset[str]
    _grounds_phrases: list[tuple[str, str]]
    _probe_topics: list[tuple[str, str]]
    _reaction_lemmas: frozenset[str]
    _negated_reaction_lemmas: frozenset[str]
    _compose_verbs: frozenset[str]
    _compose_nouns: dict[str, list[VerbPattern]]

    def _has_compose(self, verb: Token) -> bool:
        return verb.lemma_.lower() in self._compose_verbs

    def _lookup(self, kind: str, code: str) -> str | None:
        table = self.compose.get(kind, {}).get("map", {})
        for n in range(len(code), 1, -1):
            hit = table.get(code[:n])
            if hit:
                return str(hit)
        return None
