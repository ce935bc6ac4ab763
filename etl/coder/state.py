"""What the rules learn about one sentence while coding it: its actors and its dates.

Resolving an actor reads the dictionaries and the whole noun phrase, and the rules ask for
the same phrase many times, so each answer is kept for the sentence; so are the sentence's
dates, read once for the day of each event and the day its actors hold their roles on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventdb.etl.coder.actors import ActorFinder, Mention, conjuncts
from eventdb.etl.coder.clauses import _clause_head, _told_past
from eventdb.etl.coder.context import governing_verb
from eventdb.etl.coder.dates import DateMention, find_dates
from eventdb.etl.coder.tree import _prep_object
from eventdb.etl.coder.types import Actor
from eventdb.etl.coder.vocabulary import (
    FRAMED_DEPS,
    FREQUENTING_VERBS,
    HOUSING_VERBS,
    PAIR_NOUNS,
    SUBJECT_DEPS,
)


class _State:
    """Per-sentence caches: actor resolution and date expressions."""

    def __init__(
        self,
        doc: Doc,
        pub: dt.date,
        mentions: dict[int, Mention],
        finder: ActorFinder,
        owner_of_pronoun: Callable[[Token, _State], Actor | None] | None = None,
        text: str | None = None,
    ) -> None:
        self.doc = doc
        self.pub = pub
        self.mentions = mentions
        self._actors: dict[tuple[int, bool, bool, bool, dt.date], list[Actor]] = {}
        #: the day dated roles are resolved at: the event's own date when its clause names
        #: one ("in 2015, Zelensky ..."), else the publication date
        self.day = pub
        self._dates: dict[bool, list[DateMention]] = {}
        self.finder = finder
        self.owner_of_pronoun = owner_of_pronoun
        self._resolving: set[int] = set()
        #: targets lent by the clause above to a participle that names none of its own
        self.context: list[Actor] = []
        self.text = doc.text if text is None else text
        #: whether any actor named here holds a role only between dates; when none does, the
        #: day never matters and the sentence's dates need not be read for it
        self._dated = any(
            m.actor.codes and any(c.start or c.end for c in m.actor.codes)
            for m in mentions.values()
        )

    def actors(
        self,
        token: Token | None,
        lenient: bool = False,
        place: bool = False,
        venues: bool = False,
    ) -> list[Actor]:
        if token is None:
            return []
        key = (token.i, lenient, place, venues, self.day)
        cached = self._actors.get(key)
        if cached is not None:
            return cached
        occupants = _occupants(token) if lenient else None
        if occupants is not None:
            found = self.actors(occupants, lenient, place, venues)
            if found:
                # "bases housing US troops": the attack is aimed at those housed there
                self._actors[key] = found
                return found
        out: list[Actor] = []
        items = _listed(token, self.mentions)
        for item in items:
            found = self.finder.resolve_all(item, self.mentions, self.day, lenient, place, venues)
            if len(found) == 1 and not found[0].roles and item.i != items[-1].i:
                elided = self.finder.elided_head(item, items[-1], self.mentions, self.day)
                found = [elided] if elided is not None else found
            if not found and item.i != items[0].i:
                # "Russian politicians, oligarchs and companies": one adjective for all
                shared = self.finder.shared_modifier(items[0], item, self.mentions, self.day)
                found = [shared] if shared is not None else []
            for actor in found:
                if actor.code not in {a.code for a in out}:
                    out.append(actor)
        if not out and _is_pair_phrase(token):
            out = self._pair(token)
        if not out and self.owner_of_pronoun is not None and token.i not in self._resolving:
            self._resolving.add(token.i)
            owner = self.owner_of_pronoun(token, self)
            self._resolving.discard(token.i)
            out = [owner] if owner is not None else []
        self._actors[key] = out
        return out

    def _pair(self, phrase: Token) -> list[Actor]:
        """The two actors "both sides", "the two leaders" stand for: the last coordinated
        actors before the phrase, else the only two countries named before it."""
        singles: list[Actor] = []
        pair: list[Actor] = []
        verb = governing_verb(phrase)
        own = (
            {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
            if verb is not None
            else set()
        )
        for token in self.doc[: phrase.i]:
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "conj" or token.i in own:
                continue
            if _is_pair_phrase(token):
                continue
            found = self.actors(token)
            if len({a.code for a in found}) >= 2:
                pair = found
            for actor in found:
                if actor.code[:3] not in {a.code[:3] for a in singles}:
                    singles.append(actor)
        if pair:
            return pair
        return singles if len(singles) == 2 else []

    def targets(
        self, token: Token | None, place: bool = False, venues: bool = False
    ) -> list[Actor]:
        """Actors an event is aimed at; `place` for violence, whose victims named without a
        country are of the place it happens in ("killed civilians in a village in Mali");
        `venues` for acts between sides, which a city only hosts ("a treaty in Pyongyang")."""
        return self.actors(token, lenient=True, place=place, venues=venues)

    def role_day(self, trigger: Token) -> dt.date:
        """The day a trigger's actors hold their roles on. A date named only as a year or
        month stands for its middle, so that a role begun on 20 January still covers "in
        2021"; never after publication, when nobody's role is known yet."""
        if not self._dated or not self._has_dates():
            return self.pub
        day, precision = self.date_for(trigger, "asserted")
        if day == self.pub:
            return day
        if precision == "year":
            day = dt.date(day.year, 7, 1)
        elif precision in ("month", "quarter"):
            day = day.replace(day=15)
        return min(day, self.pub)

    def _has_dates(self) -> bool:
        if False not in self._dates:
            self._dates[False] = find_dates(self.text, self.pub, False)
        return bool(self._dates[False])

    def date_for(self, trigger: Token, modality: str) -> tuple[dt.date, str]:
        future = modality in ("future", "intent")
        if future not in self._dates:
            self._dates[future] = find_dates(self.text, self.pub, future)
        mentions = self._dates[future]
        if not mentions:
            return self.pub, "day"
        best = self._clause_date(_clause_head(trigger), mentions)
        if best is None:
            return self.pub, "day"
        return best.date, best.precision

    def _clause_date(self, own: Token, mentions: list[DateMention]) -> DateMention | None:
        """The first date the sentence gives inside the clause headed by `own`."""
        for mention in mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and _clause_head(span.root).i == own.i:
                return mention
        return None

    def framing_date(self, trigger: Token) -> dt.date | None:
        """The date of the past clause an undated past clause hangs on: "fought a war in 1995
        before signing a treaty three years later", "invaded Kuwait in 1990, prompting a
        coalition to expel" date the signing and the expelling too."""
        mentions = self._dates.get(False)
        if mentions is None:
            mentions = self._dates[False] = find_dates(self.text, self.pub, False)
        clause = _clause_head(trigger)
        for _ in range(3):
            if (
                clause.dep_ not in FRAMED_DEPS
                or clause.head.i == clause.i
                or not _told_past(clause)
            ):
                return None
            clause = _clause_head(clause.head)
            mention = self._clause_date(clause, mentions)
            if mention is not None:
                return mention.date
        return None


def _occupants(token: Token) -> Token | None:
    """The people a place is said to hold: "two Iraqi bases housing US troops"."""
    for child in token.children:
        if child.dep_ == "acl" and child.lemma_.lower() in HOUSING_VERBS:
            return next((c for c in child.children if c.dep_ == "dobj"), None)
        if child.dep_ == "acl" and child.lemma_.lower() in FREQUENTING_VERBS:
            # "a hotel frequented by government officials": those who use it
            return _prep_object(child, ("by",), deps=("agent", "prep"))
    return None


def _is_pair_phrase(token: Token) -> bool:
    """ "both sides", "the two countries", "both leaders"."""
    if token.lemma_.lower() not in PAIR_NOUNS:
        return False
    return any(c.lower_ in ("both", "two") for c in token.children if c.i < token.i)


def _listed(token: Token, mentions: dict[int, Mention]) -> list[Token]:
    """The token's conjuncts, with countries the parser hung on it as appositions: in "The
    United States, Britain, Canada and the EU agreed" Britain is read as apposition."""
    items = conjuncts(token)
    extra: list[Token] = []
    for item in items:
        own = mentions.get(item.i)
        if own is None or own.actor.kind != "country":
            continue
        for child in item.children:
            named = mentions.get(child.i)
            if child.dep_ == "appos" and named is not None and named.actor.kind == "country":
                extra.extend(conjuncts(child))
    if not extra:
        return items
    return sorted({*items, *extra}, key=lambda t: t.i)
