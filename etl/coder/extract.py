"""From a dependency parse to events: triggers, their arguments, and the grammar around them.

The verb dictionary says which trigger with which object and preposition means which code;
the rules find subjects and objects through the parse: passive voice, conjoined actors,
coordinated verbs, relative clauses, participles, infinitive complements (composed with the
governing verb: "agreed to send tanks" 0332), reported speech (the reported clause is coded,
"said" is not), negation and modality.

Each kind of rule has its module (`verb_rules`, `noun_rules`, `compose_rules`,
`argument_rules`, `reaction_rules`, `protest_rules`) and is a mixin of `SentenceCoder`, which
runs them over a sentence and screens what they find (`screening`) before it becomes events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc

from eventdb.etl.coder.actors import ActorFinder, Mention
from eventdb.etl.coder.argument_rules import ArgumentRules, _as_place
from eventdb.etl.coder.clauses import _bare_participle, _complement, _halted, _purposes
from eventdb.etl.coder.compose_rules import ComposeRules
from eventdb.etl.coder.context import (
    as_victim,
    business_force,
    company_service,
    described_event,
    home_visit,
    supposed_event,
)
from eventdb.etl.coder.dictionary import Dictionaries
from eventdb.etl.coder.memo import forget
from eventdb.etl.coder.noun_rules import NounRules
from eventdb.etl.coder.parsed import ParsedSentence
from eventdb.etl.coder.protest_rules import ProtestRules
from eventdb.etl.coder.reaction_rules import ReactionRules
from eventdb.etl.coder.rule_base import Match
from eventdb.etl.coder.screening import (
    _abduction,
    _armed_backing,
    _believed,
    _breaks_truce,
    _commerce,
    _deployed,
    _fights_back,
    _in_condition,
    _leisure_context,
    _names_as,
    _not_news,
    _past,
    _personnel,
    _private_contact,
    _repression,
    _restates,
    _sides_are_sources,
    _spoken,
    _unarmed,
)
from eventdb.etl.coder.state import _State
from eventdb.etl.coder.types import CodedEvent
from eventdb.etl.coder.verb_rules import VerbRules, _fighting_purpose, _probe_topics
from eventdb.etl.coder.vocabulary import (
    ADJECTIVE_COMPOSE,
    CRITICIZE_CODE,
    DEMAND_ROOT,
    FIGHT_ROOT,
    FOLLOWING_VERBS,
    FORCE_ROOTS,
    HALT_KIND,
    INFLICTING_VERBS,
    LEISURE_NOUNS,
    MEET_CODE,
    MEET_ROOT,
    MILITARY_AID_CODE,
    PERSONAL_CODES,
    PROBE_CODE,
    PROTECTION_CODE,
    RETREAT_CODE,
    RETREAT_TRIGGERS,
    STANCE_NOUNS,
    STRIKE_VERBS,
    SUMMONING_VERBS,
    SUPPORT_CODE,
    TERRITORY_CODES,
    TRUCE_BREACH_CODE,
    UNREPORTED_COMPOSE,
    VISIT_CODE,
    WITHDRAWAL_CODE,
)


class SentenceCoder(VerbRules, ComposeRules, NounRules, ArgumentRules, ReactionRules, ProtestRules):
    """One coder per set of dictionaries: the rule modules are its mixins, and `code`
    runs them over one sentence at a time."""

    def __init__(
        self,
        dictionaries: Dictionaries,
        finder: ActorFinder,
        reparse: Callable[[ParsedSentence, dict[int, Mention]], Doc | None] | None = None,
    ) -> None:
        self.d = dictionaries
        self.finder = finder
        #: a second parse for a sentence whose names threw the parser (`reparse.Reparser`)
        self.reparse = reparse
        self.compose = dictionaries.compose
        self._reject_default = str(self.compose.get("reject", {}).get("default") or "")
        #: the codes an accusation's grounds refine ("112" for 1121-1125)
        self._accusation_bases = {code[:3] for code in dictionaries.accusations}
        #: verbs with a protest pattern (14), or that take "on strike"
        self._protest_lemmas = STRIKE_VERBS | {
            lemma
            for lemma, patterns in dictionaries.verbs.items()
            if any(p.code.startswith("14") for p in patterns)
        }
        #: longest phrases first: "war crime" 1124 before "crime" 1121
        self._grounds_phrases = sorted(
            ((f" {p} ", c) for c, phrases in dictionaries.accusations.items() for p in phrases),
            key=lambda item: -len(item[0].split()),
        )
        self._probe_topics = _probe_topics(dictionaries)
        #: verbs that can code a reaction (11-15), alone or through what they govern: only
        #: these are worth aiming at the clause before
        self._reaction_lemmas = frozenset(
            lemma
            for lemma, patterns in dictionaries.verbs.items()
            if any(self._may_react(p, False) for p in patterns)
        )
        self._negated_reaction_lemmas = frozenset(
            lemma
            for lemma, patterns in dictionaries.verbs.items()
            if any(self._may_react(p, True) for p in patterns)
        )
        #: verbs that govern an action ("agree to", "urge to"), looked up per verb per sentence
        self._compose_verbs = frozenset(
            lemma
            for lemma, patterns in dictionaries.verbs.items()
            if any(p.compose for p in patterns)
        )
        #: nouns that govern an action as "demand" does: "its demand to lift sanctions"
        self._compose_nouns = {
            lemma: [p for p in patterns if p.compose]
            for lemma, patterns in dictionaries.nouns.items()
            if any(p.compose for p in patterns)
        }

    def code(
        self,
        doc: Doc,
        pub: dt.date,
        aliases: tuple[tuple[str, str], ...] = (),
        text: str | None = None,
    ) -> list[CodedEvent]:
        """`text` is the text `doc` was made from, when the caller has it: spaCy joins it
        anew, token by token, on every `doc.text`."""
        forget()
        try:
            return self._code(doc, pub, aliases, doc.text if text is None else text)
        finally:
            forget()  # the remembered tokens hold the document: let it go

    def _code(
        self, doc: Doc, pub: dt.date, aliases: tuple[tuple[str, str], ...], text: str
    ) -> list[CodedEvent]:
        mentions = self.finder.mentions(doc, aliases, text)
        if not mentions:
            return []  # no actor, no event: cheap exit for most non-political text
        parsed = ParsedSentence(doc, text)  # the grammar reads plain words from here on
        syntax = self.reparse(parsed, mentions) if self.reparse is not None else None
        doc = parsed if syntax is None else ParsedSentence(doc, text, syntax)
        state = _State(doc, pub, mentions, self.finder, self._owner_of_pronoun, text)
        tokens = list(doc)
        # each token's part of speech and lemma read once: the passes below only look these up
        words = [(t, t.pos_, t.lemma_.lower()) for t in tokens]
        predicates = [t for t, pos, _ in words if pos in ("VERB", "AUX")]
        nominals = [(t, pos, lemma) for t, pos, lemma in words if pos in ("NOUN", "PROPN")]
        matches: list[Match] = []
        consumed: set[int] = set()
        for token in tokens:
            if token.lower_ in ADJECTIVE_COMPOSE:
                match = self._match_adjective(token, state)
            elif token.lower_ in STANCE_NOUNS:
                match = self._match_stance(token, state)
            else:
                continue
            if match:
                matches.append(match)
                consumed |= match.consumed
        for token, pos, lemma in nominals if self._compose_nouns else ():
            if pos == "NOUN" and lemma in self._compose_nouns:
                state.day = state.role_day(token)
                match = self._compose_noun(token, state)
                if match:
                    matches.append(match)
                    consumed |= match.consumed
        matches.extend(self._judgements(predicates, state, consumed))
        for token in predicates:
            if token.pos_ == "VERB" and token.lemma_.lower() in INFLICTING_VERBS:
                state.day = state.role_day(token)
                match = self._inflicted(token, state)
                if match:
                    matches.append(match)
                    consumed |= match.consumed
        verbs = [t for t in predicates if t.lemma_.lower() in self.d.verbs]
        # matrix verbs first, so their complements are consumed before standing alone
        verbs.sort(key=lambda t: (not self._has_compose(t), t.i))
        for verb in verbs:
            if verb.i in consumed:
                continue
            state.day = state.role_day(verb)
            match = self._conjoined_compose(verb, state) or self._match_verb(verb, state)
            if match:
                matches.append(match)
                consumed |= match.consumed
        matches.extend(self._allegations(nominals, state, consumed))
        triggers = {m.trigger.i for m in matches}
        for token, _, lemma in nominals:
            if lemma not in self.d.nouns:
                continue
            if described_event(token, self.d.light_verbs) or supposed_event(token):
                continue  # "the ceasefire has held since November", "fears of a war"
            if _restates(token, triggers):
                continue  # "accused Israel ..., in his harshest criticism of Israel"
            state.day = state.role_day(token)
            # "rejected Seoul's offer of talks": the rejection and the offer are both events
            match = self._noun_compose(token, state)
            if match is None and token.i not in consumed:
                match = (
                    self._drawn(token, state)
                    or self._match_noun(token, state)
                    or self._call_frame(token, state)
                )
                if match is not None and (
                    self._described_ties(match) or self._praised_support(match)
                ):
                    match = None
            if match:
                matches.append(match)
        state.day = pub
        matches.extend(self._participles(verbs, matches, consumed, state))
        matches = self._reacting(predicates, verbs, matches, consumed, state)
        events: list[CodedEvent] = []
        seen: set[tuple[str, str, str]] = set()
        leisure = any(lemma in LEISURE_NOUNS for _, _, lemma in words)
        #: purpose clauses that an event has taken in ("sent troops to Russia to support")
        absorbed: set[int] = set()
        for match in matches:
            if match.trigger.lemma_.lower() in SUMMONING_VERBS:
                absorbed.update(_purposes(match.trigger))
        for match in matches:
            if match.trigger.i in absorbed:
                continue
            if (
                match.code.startswith("01")
                and match.trigger.pos_ != "ADJ"
                and match.pattern.compose not in UNREPORTED_COMPOSE
                and _complement(match.trigger) is not None
            ):
                continue  # "X told Y that ...": the reported clause is the event, not the telling
            if match.code.startswith("04") and _names_as(match.trigger):
                continue  # "called Netanyahu a disgrace": naming, not a phone call
            if match.trigger.pos_ == "VERB" and not match.negated and _halted(match.trigger):
                # "will no longer send weapons", "stopped supplying gas": the giving ends
                halted = self._lookup(HALT_KIND, match.code)
                if halted is None:
                    continue
                match.code = halted
            if match.code.startswith(DEMAND_ROOT) and self._protesting(match.trigger):
                continue  # "blocked roads to demand ...": the protest is the event
            if _in_condition(match.trigger) or _believed(match.trigger):
                continue  # "if Russia used ...", "optimistic that they would agree": no event
            if leisure and _leisure_context(match.trigger, state.mentions):
                continue  # "France hosted Brazil in a friendly": a match, not a state visit
            if (
                match.trigger.lemma_.lower() in FOLLOWING_VERBS
                and not match.pattern.objects
                and _bare_participle(match.trigger)
            ):
                continue  # "recognised Palestine, joining Ireland and Norway": did as they did
            if self._agreed_to_event(match):
                continue  # "agreed to a four-day truce": the truce is coded as the event
            if match.code == VISIT_CODE and _personnel(match) and not _deployed(match):
                continue  # "Russian military instructors arrived in Burkina Faso": no visit
            if match.code.startswith("04") and self._purpose_of_trip(match.trigger):
                continue  # "flew to Sochi to meet Putin": the meeting is only planned
            if match.code == MEET_CODE:
                if self._met_for_talks(match.trigger):
                    continue  # "met in Istanbul for peace talks": the talks are the event
                match.code = self._third_venue(match, state) or match.code
            if match.negated and match.pattern.code.startswith(MEET_ROOT) and _past(match.trigger):
                continue  # "did not meet as planned": no meeting, and no refusal either
            if _not_news(match.trigger, state):
                continue  # "the 1979 Soviet invasion", "Could China blockade Taiwan?"
            if match.code.startswith(FORCE_ROOTS):
                match.targets = self._named_victims(match, state) or match.targets
            else:
                match.sources = self._announced(match, state)
            if match.code.startswith(FORCE_ROOTS) and _spoken(match.trigger):
                match.code = CRITICIZE_CODE  # an attack in a speech is criticism
            elif match.code in self.d.refine_codes:
                match.code = self._refine(match.trigger) or match.code
            elif self.d.accusations and match.code in self._accusation_bases:
                match.code = self._grounds(match) or match.code
            elif (
                match.code in (WITHDRAWAL_CODE, RETREAT_CODE)
                and match.trigger.lemma_.lower() in RETREAT_TRIGGERS
            ):
                self._retreat(match, state)
            elif match.code == SUPPORT_CODE and _armed_backing(match):
                match.code = MILITARY_AID_CODE
            elif match.code == VISIT_CODE and _deployed(match):
                match.code = PROTECTION_CODE
            elif (
                match.code in (PROTECTION_CODE, self._lookup("negate", PROTECTION_CODE))
                and _fighting_purpose(match.trigger) is not None
            ):
                # "sent 1,500 troops to Russia to support its war": the support is the aid
                absorbed.add(_fighting_purpose(match.trigger).i)
                aid = self._lookup("negate", MILITARY_AID_CODE) if match.negated else None
                match.code = aid or MILITARY_AID_CODE
            elif match.code == PROBE_CODE and self._probe_topics:
                match.code = self._probe_topic(match.trigger) or match.code
            elif match.code == self._reject_default and match.trigger.pos_ == "VERB":
                match.code = self._refused(match.trigger) or match.code
            if match.code.startswith(FIGHT_ROOT) and _breaks_truce(match.trigger):
                match.code = TRUCE_BREACH_CODE  # "shelled ... in violation of the ceasefire"
            place = self.d.is_place_target(match.code)
            if _sides_are_sources(match):
                match.targets = match.sources  # "X and Y pledged to stabilise relations between
                # their two countries": each side toward the other, as the actors named
            pairs = [(s, t) for s in match.sources for t in match.targets]
            if match.mutual or _fights_back(match):
                pairs += [(t, s) for s in match.sources for t in match.targets]
            for source, target in pairs:
                if _private_contact(source, match.code) or _commerce(source, target):
                    continue
                if company_service(source, match.trigger, match.code):
                    continue
                if business_force(source, target, match.code):
                    continue
                if match.code.startswith(TERRITORY_CODES) and _unarmed(source):
                    continue  # "Sudanese refugees have crossed into Chad": no one is occupied
                if match.code.startswith(FORCE_ROOTS):
                    target = as_victim(target)
                personal = match.code in PERSONAL_CODES  # "tried to assassinate Putin"
                if place and not personal and len(target.code) > 3 and target.code[3:] == "GOV":
                    if not self._officials(target):
                        target = _as_place(target)
                if home_visit(source, target, match.code):
                    continue
                if source.code == target.code:
                    continue
                code = _abduction(source, target, _repression(source, target, match.code))
                key = (source.code, target.code, code)
                if key in seen:
                    continue
                seen.add(key)
                day, precision = state.date_for(match.trigger, match.modality)
                t = match.trigger
                events.append(
                    CodedEvent(
                        source=source,
                        target=target,
                        code=code,
                        event_date=day,
                        date_precision=precision,
                        trigger_text=t.text,
                        trigger_start=t.idx,
                        trigger_end=t.idx + len(t.text),
                        modality=match.modality,
                        is_negated=match.negated,
                        pattern=match.pattern.origin,
                    )
                )
        return events
