"""Protests and shows of force: whom protesters face, what they demand, who moves troops.

Protesters are seldom named with a country and a target: a protest is aimed at the
protesters' own government unless it names someone else, takes CAMEO's fourth digit from its
demand, and a show of force is the military's.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdb.etl.coder.actors import conjuncts
from eventdb.etl.coder.clauses import _is_negated, _modality
from eventdb.etl.coder.context import governing_verb
from eventdb.etl.coder.dictionary import VerbPattern, most_specific
from eventdb.etl.coder.rule_base import Match, RuleBase
from eventdb.etl.coder.state import _State
from eventdb.etl.coder.tree import (
    _is_passive,
    _object_fits,
    _object_of,
    _pattern_fits,
    _prep_object,
)
from eventdb.etl.coder.types import Actor
from eventdb.etl.coder.vocabulary import (
    AIM_PREPS,
    AIM_VERBS,
    HUNGER_STRIKE_CODE,
    MILITARY_NOUNS,
    OPPOSITION_ROLE,
    PLACE_KINDS,
    POSTURE_CODE,
    PROTEST_AIMS,
    PROTEST_BASES,
    PROTEST_CODE,
    PROTEST_PLACE_PREPS,
    PROTEST_PLACES,
    PROTEST_ROOT,
    SIGNAL_NOUNS,
    SITE_PREPS,
    STATE_ROLES,
    STRIKE_CODE,
    STRIKE_VERBS,
    SUBJECT_DEPS,
    THREAT_CODE,
    UNREST_NOUNS,
)


class ProtestRules(RuleBase):
    """Rules for protests and shows of force."""

    def _protesting(self, trigger: Token) -> bool:
        """Whether a demand is what a protest is held for: "blocked roads to demand",
        "launched a general strike to demand", "took to the streets ..., demanding"."""
        verb = trigger
        for _ in range(3):
            if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.pos_ != "VERB":
                return False
            verb = verb.head
            if self._protest_act(verb):
                return True
        return False

    def _protest_act(self, verb: Token) -> bool:
        """A verb of protest ("rallied", "blocked roads") or one whose object or phrase
        names a protest ("launched a strike", "took to the streets")."""
        obj = _object_of(verb, _is_passive(verb))
        for pattern in self.d.verbs.get(verb.lemma_.lower(), ()):
            if pattern.code.startswith(PROTEST_ROOT) and not pattern.particles:
                if not pattern.objects or _object_fits(obj, pattern.objects):
                    return True
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        nouns += [p for c in verb.children if c.dep_ == "prep" for p in c.children]
        for noun in nouns:
            lemma = noun.lemma_.lower()
            if lemma in PROTEST_PLACES or any(
                p.code.startswith(PROTEST_ROOT) for p in self.d.nouns.get(lemma, ())
            ):
                return True
        return False

    def _posture(self, matches: list[Match], state: _State) -> list[Match]:
        """Shows of force: troops and ships moved are the military's ("Russia massed troops"
        RUSMIL); "ahead of an opposition march" names whom police are deployed against;
        "sent warships ... as a warning to Taipei" is a show of force aimed at Taipei, not
        aid to where the ships went."""
        shown: set[int] = set()
        for match in matches:
            if match.code == THREAT_CODE and match.trigger.lemma_.lower() in SIGNAL_NOUNS:
                verb = _shown_by(match.trigger)
                if verb is not None and self._military_object(verb):
                    match.code = POSTURE_CODE
                    shown.add(verb.i)
            if not match.code.startswith("15"):
                continue
            verb = (
                match.trigger if match.trigger.pos_ in ("VERB", "AUX") else _shown_by(match.trigger)
            )
            if verb is None:
                continue
            if self._military_object(verb):
                match.sources = [_military(a) for a in match.sources]
            facing = _ahead_of(verb)
            if facing is not None:
                targets = state.targets(facing) or _opposition_of(facing, match.sources)
                if targets:
                    match.targets = targets
        if not shown:
            return matches
        return [m for m in matches if m.trigger.i not in shown]

    def _military_object(self, verb: Token) -> bool:
        obj = _object_of(verb, _is_passive(verb))
        if obj is None:
            return False
        return obj.lemma_.lower() in MILITARY_NOUNS

    def _protests(
        self, verbs: list[Token], matches: list[Match], consumed: set[int], state: _State
    ) -> list[Match]:
        """A protest is aimed at the protesters' own government unless it names someone
        else, and what it demands makes it specific: "marched demanding the resignation of
        the government" 1411, "a strike against the pension reform" 1432. The demand it
        makes is part of the protest, not an event of its own."""
        done = {m.trigger.i for m in matches} | consumed
        # what a protest demands, and a protest named in its aim ("rallied to protest
        # against ..."), are that protest itself
        demands = {m.trigger.i: m for m in matches if m.code.startswith(("10", "14"))}
        found: list[Match] = []
        dropped: set[int] = set()
        for match in matches:
            if match.code.startswith("14"):
                self._aim_protest(match, demands, dropped, state)
        for verb in verbs:
            if verb.i in done or not self._protest_verb(verb):
                continue
            state.day = state.role_day(verb)
            match = (
                self._struck(verb, state)
                or self._placed_protest(verb, state)
                or self._untargeted_protest(verb, demands, state)
            )
            if match is not None:
                demands[verb.i] = match
                found.append(match)
        for match in found:
            self._aim_protest(match, demands, dropped, state)
        for match in (*matches, *found):
            if match.code == PROTEST_CODE:
                match.code = _strike_kind(match.trigger) or match.code
        if not dropped:
            return matches + found
        return [m for m in matches + found if m.trigger.i not in dropped]

    def _protest_verb(self, verb: Token) -> bool:
        return verb.lemma_.lower() in self._protest_lemmas

    def _placed_protest(self, verb: Token, state: _State) -> Match | None:
        """ "Anti-Japanese protesters rallied outside Japan's embassy in Beijing": protesters
        named without a country are of the place where they protest."""
        sources = self._placed(verb, state)
        if not sources:
            return None
        match = self._match_verb(verb, state, sources)
        return match if match is not None and match.code.startswith("14") else None

    def _placed(self, verb: Token, state: _State) -> list[Actor]:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or self._subjects(verb, state, _is_passive(verb)):
            return []
        role = self.finder.role_of(subject)
        if role is None or role in STATE_ROLES or role == "BASE":
            return []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                # "in Beijing", or "outside Japan's embassy in Beijing"
                place = pobj if prep.lower_ in PROTEST_PLACE_PREPS else None
                place = place or _prep_object(pobj, PROTEST_PLACE_PREPS)
                mention = state.mentions.get(place.i) if place is not None else None
                if mention is None or mention.actor.kind not in PLACE_KINDS:
                    continue
                country = next((a.country for a in state.actors(place) if a.country), None)
                if country is not None:
                    return [Actor(country + role, subject.text, country, None, (role,))]
        return []

    def _untargeted_protest(
        self, verb: Token, demands: dict[int, Match], state: _State
    ) -> Match | None:
        """ "French unions staged a strike against the pension reform": a protest with an
        aim but no target of its own is aimed at whom its demand addresses, else at the
        protesters' own government."""
        aim = _aim_words(verb)
        if _aim_digit(aim) is None or _is_negated(verb):
            return None
        sources = self._protesters(verb, self._subjects(verb, state, _is_passive(verb)), state)
        sources = sources or self._placed(verb, state)
        demand = next((demands[t.i] for t in aim if t.i in demands), None)
        own = _own_government(sources)
        # a demand aimed back at the protesters names no one ("to demand the withdrawal
        # of a bill"): the protest then goes to their own government
        codes = {a.code for a in sources}
        asked = [a for a in demand.targets if a.code not in codes] if demand is not None else []
        targets = asked or ([own] if own is not None else [])
        obj = _object_of(verb, _is_passive(verb))
        best = most_specific(
            p
            for p in self.d.verbs.get(verb.lemma_.lower(), ())
            if p.code.startswith("14")
            and not (p.compose or p.sources)
            and _pattern_fits(p, verb, obj)
        )
        if best is None or not sources or not targets:
            return None
        if obj is not None and not best.objects:
            return None  # "workers assembled iPhones for export": no protest at all
        used = {obj.i} if obj is not None and best.objects else set()
        return Match(
            verb, best, sources, targets, best.code, False, _modality(verb), used | {verb.i}
        )

    def _struck(self, verb: Token, state: _State) -> Match | None:
        """ "went on hunger strike", "are on strike": striking named by a phrase, not a
        verb or object; aimed like any other protest."""
        if verb.lemma_.lower() not in STRIKE_VERBS:
            return None
        strike = _prep_object(verb, ("on",))
        if strike is None or strike.lemma_.lower() != "strike":
            return None
        hunger = any(c.lower_ == "hunger" for c in strike.lefts)
        aim = _aim_words(verb)
        sources = self._subjects(verb, state, _is_passive(verb))
        own = _own_government(sources)
        targets = [own] if own is not None and _aim_digit(aim) is not None else []
        if not targets:
            # "went on hunger strike against the government": whom the strike is against
            against = _prep_object(verb, ("against",)) or _prep_object(strike, ("against",))
            targets = state.targets(against) if against is not None else []
        if not sources or not targets:
            return None
        pattern = VerbPattern(
            trigger=verb.lemma_.lower(),
            is_noun=False,
            code=HUNGER_STRIKE_CODE if hunger else STRIKE_CODE,
            origin="grammar:strike",
        )
        code = pattern.code
        return Match(verb, pattern, sources, targets, code, False, _modality(verb), {verb.i})

    def _protesters(self, trigger: Token, sources: list[Actor], state: _State) -> list[Actor]:
        """ "Thousands of Cubans took to the streets": a people named as protesting are the
        country's opposition, not the country."""
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb else None
        if subject is None:
            return sources
        peoples = {
            mention.actor.code_on(state.day)
            for t in subject.subtree
            if (mention := state.mentions.get(t.i)) is not None and mention.actor.kind == "people"
        }
        return [
            Actor(a.code + OPPOSITION_ROLE, a.name, a.country, a.group, (OPPOSITION_ROLE,))
            if a.code in peoples and not a.roles
            else a
            for a in sources
        ]

    def _aim_protest(
        self, match: Match, demands: dict[int, Match], dropped: set[int], state: _State
    ) -> None:
        aim = _aim_words(match.trigger)
        for token in aim:
            demand = demands.get(token.i)
            if demand is not None:
                dropped.add(token.i)
        match.sources = self._protesters(match.trigger, match.sources, state)
        own = _own_government(match.sources)
        if own is not None:
            # "rallied in Tbilisi against the bill": the own country stands for its government
            match.targets = [own if t.code == own.country else t for t in match.targets]
        digit = _aim_digit(aim)
        if match.code[:3] in PROTEST_BASES and digit is not None:
            match.code = match.code[:3] + digit


def _strike_kind(trigger: Token) -> str | None:
    """ "went on a hunger strike to protest against the government": a protest told as the
    purpose of a strike is that strike (142 hunger strike, 143 strike)."""
    if trigger.dep_ not in ("advcl", "xcomp"):
        return None
    holder = trigger.head
    strike = _prep_object(holder, ("on",)) or _object_of(holder, False)
    if strike is None or strike.lemma_.lower() != "strike":
        return None
    return HUNGER_STRIKE_CODE if any(c.lower_ == "hunger" for c in strike.lefts) else STRIKE_CODE


def _aim_words(trigger: Token) -> list[Token]:
    """The words by which a protest names what it wants: a clause of demanding ("demanding
    the resignation", "to demand their release") or an `against`/`for` phrase on the
    trigger or its object ("a strike against the pension reform")."""
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = governing_verb(trigger)
        if verb is not None:
            heads.append(verb)
    else:
        obj = _object_of(trigger, False)
        if obj is not None:
            heads.append(obj)
    words: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in AIM_PREPS:
                words.extend(child.subtree)
            elif child.dep_ in ("advcl", "xcomp", "acl"):
                # "chanting slogans and demanding the resignation": the demanding one
                for clause in conjuncts(child):
                    if clause.lemma_.lower() in AIM_VERBS:
                        words.extend(clause.subtree)
    return words


def _shown_by(noun: Token) -> Token | None:
    """The verb a noun is the stated purpose of: "deployed a carrier as a warning"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _military(actor: Actor) -> Actor:
    """A country that moves troops or ships acts as its military."""
    if len(actor.code) != 3 or actor.country is None:
        return actor
    return Actor(actor.code + "MIL", actor.name, actor.country, actor.group, ("MIL",))


def _ahead_of(verb: Token) -> Token | None:
    """The unrest a deployment comes before: "ahead of an opposition march"."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "ahead":
            found = _prep_object(child, ("of",))
        elif child.dep_ == "prep" and child.lower_ == "before":
            found = _prep_object(verb, ("before",))
        else:
            continue
        if found is not None and found.lemma_.lower() in UNREST_NOUNS:
            return found
    return None


def _opposition_of(unrest: Token, sources: list[Actor]) -> list[Actor]:
    """Those who march or rally without a country of their own are the deploying
    country's opposition."""
    countries = {a.country for a in sources}
    if len(countries) != 1 or None in countries:
        return []
    country = next(iter(countries))
    assert country is not None
    return [Actor(country + "OPP", unrest.text, country, None, ("OPP",))]


def _aim_digit(aim: list[Token]) -> str | None:
    """CAMEO's fourth protest digit for what the aim words demand, if they name it."""
    lemmas = {t.lemma_.lower() for t in aim} | {t.lower_ for t in aim}
    for digit, words in PROTEST_AIMS:
        if not lemmas.isdisjoint(words):
            return digit
    return None


def _own_government(sources: list[Actor]) -> Actor | None:
    """The government of protesters, unionists or activists of one country."""
    countries = {a.country for a in sources}
    if len(countries) != 1 or None in countries:
        return None
    if not all(a.roles and not STATE_ROLES & set(a.roles) for a in sources):
        return None
    country = next(iter(countries))
    assert country is not None
    return Actor(country + "GOV", "government", country, None, ("GOV",))
