"""Composing a governing verb or noun with the action it governs: intent, appeal, demand,
refusal, threat ("agreed to send tanks" 0332, "rejected the demand to lift sanctions" 1244).

The governed action is found as any trigger is; what the governing word makes of it comes
from `compose.yaml`. A meeting that is only what a trip is for, or talks that a meeting is
for, are told apart here too.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdb.etl.coder.actors import VENUE_KINDS
from eventdb.etl.coder.clauses import (
    _complement,
    _is_infinitive,
    _is_negated,
    _modality,
    _noun_infinitive,
    _reports_to,
)
from eventdb.etl.coder.context import governing_verb
from eventdb.etl.coder.dictionary import VerbPattern, most_specific
from eventdb.etl.coder.rule_base import Match, RuleBase
from eventdb.etl.coder.state import _State
from eventdb.etl.coder.tree import (
    _asked_for,
    _has_particles,
    _is_passive,
    _object_fits,
    _object_of,
    _prep_object,
)
from eventdb.etl.coder.types import Actor
from eventdb.etl.coder.vocabulary import (
    ACCORD_CODE,
    ANSWERING_VERBS,
    CESSATION_VERBS,
    CONDITIONAL_MARKS,
    DEESCALATE_CODE,
    ENDING_VERBS,
    ESCALATION_ROOTS,
    NEGOTIATE_CODE,
    PASSIVE_SUBJECT_DEPS,
    POLICY_CHANGE_CODE,
    POSSESSIVE_PRONOUNS,
    READINESS_NOUNS,
    REQUEST_LEMMA,
    RETREAT_CODE,
    RETREAT_TRIGGERS,
    SCENE_PREPS,
    SUBJECT_DEPS,
    THIRD_VENUE_CODE,
    VENUE_PREPS,
    VISIT_CODE,
    WITHDRAWAL_CODE,
)


class ComposeRules(RuleBase):
    """Rules for governing verbs and nouns and the actions they govern."""

    def _refused(self, verb: Token) -> str | None:
        """ "rejected North Korea's demand to lift sanctions" 1244, "rejected an offer of
        talks" 125: what the refused proposal asks for makes the refusal specific."""
        proposal = _object_of(verb, _is_passive(verb))
        if proposal is None or proposal.pos_ != "NOUN":
            return None
        inner = _noun_infinitive(proposal)
        if inner is None:
            inner = _prep_object(proposal, ("of", "for"))
            if inner is None or inner.lemma_.lower() not in self.d.nouns:
                return None
        bare = self._bare_code(inner)
        return self._lookup("reject", bare) if bare else None

    def _compose(
        self,
        verb: Token,
        pattern: VerbPattern,
        state: _State,
        subjects: list[Actor] | None,
        depth: int,
        governed: Token | None = None,
    ) -> Match | None:
        """A governing verb plus the action it governs: intent, appeal, demand, refusal, threat."""
        kind = str(pattern.compose)
        complement = governed if governed is not None else _complement(verb)
        if kind in ("appeal", "demand") and _reports_to(verb, complement):
            return None
        noun = None
        requested: str | None = None
        purpose: set[int] = set()
        if kind == "appeal" and complement is not None:
            if self._requested(_prep_object(verb, ("for",))) is not None:
                # "asked allies for air defence systems to protect cities": the infinitive
                # says what the thing asked for is for
                purpose = {t.i for t in complement.subtree}
                complement = None
        if complement is None:
            # "threatened Russia with sanctions", "called for a ceasefire"
            noun = _prep_object(verb, ("with", "for", "of"))
            if noun is None and kind == "appeal":
                noun = _asked_for(verb)
            if noun is None and kind == "intent":
                noun = _assured_of(verb)
            if noun is None and state.context:
                noun = _object_noun(verb)  # "pledging $500 million in military aid"
            requested = self._requested(noun) if kind == "appeal" else None
            if noun is None or (noun.lemma_.lower() not in self.d.nouns and requested is None):
                return None
        passive = _is_passive(verb)
        matrix_subjects = subjects if subjects is not None else self._subjects(verb, state, passive)
        if not matrix_subjects:
            return None
        addressees: list[Actor] = []
        addressee = _object_of(verb, passive)
        if kind in ("appeal", "demand"):
            if addressee is None and complement is not None:
                addressee = next((c for c in complement.children if c.dep_ in SUBJECT_DEPS), None)
            if addressee is None:
                addressee = _prep_object(verb, ("on", "to", "upon"))
        # "assured Zelensky of continued support": the one assured receives what is promised
        # "invited Trump to visit Ukraine": the one invited is the target
        promised = kind == "intent" and (
            noun is not None or (complement is not None and complement.dep_ == "xcomp")
        )
        if addressee is not None and (kind in ("appeal", "demand", "threaten") or promised):
            addressees = state.targets(addressee) or self._antecedent(verb, addressee, state)
        inner_subjects = addressees or None if kind in ("appeal", "demand") else matrix_subjects
        if complement is not None:
            action = self._action(complement, state, inner_subjects, depth)
        elif noun.lemma_.lower() in self.d.nouns:
            action = self._match_noun(noun, state, inner_subjects)
        else:
            action = None
        negated = _is_negated(verb)
        if kind == "threaten" and not addressees:
            if action is None or not _names_actor(complement, state):
                # "threatened to close the strait if the US blocked its exports"
                addressees = self._condition_subjects(verb, state)
        if action is None and addressees and not negated:
            # "urged Iran to release the detainees": the governed action names no actor,
            # the addressee is the target
            bare = self._bare_code(complement if complement is not None else noun)
            if bare is not None or requested is not None:
                code = (
                    _finer(requested, self._lookup(kind, bare)) if bare is not None else requested
                ) or self.compose.get(kind, {}).get("default")
                if code:
                    consumed = {verb.i, (complement if complement is not None else noun).i}
                    consumed |= purpose
                    return Match(
                        verb,
                        pattern,
                        matrix_subjects,
                        addressees,
                        str(code),
                        False,
                        _modality(verb),
                        consumed,
                    )
        if action is None:
            if complement is None:
                return None
            if kind in ("appeal", "demand") and addressees and pattern.code and not negated:
                return Match(
                    verb,
                    pattern,
                    matrix_subjects,
                    addressees,
                    pattern.code,
                    False,
                    _modality(verb),
                    {verb.i, complement.i},
                )
            if kind == "intent" and not negated:
                return self._accord(verb, pattern, complement, matrix_subjects, state)
            return None
        if action.negated:
            return None
        if negated:
            if kind != "intent":
                return None
            kind = "reject"
        code = self._lookup(kind, action.code) or self.compose.get(kind, {}).get("default")
        if not code:
            return None
        if complement is None:
            code = _finer(requested, str(code))
        elif kind == "intent" and code == self.compose.get(kind, {}).get("default"):
            # "agreed that the talks had been useful": a shared view, not an intention
            return self._accord(verb, pattern, complement, matrix_subjects, state)
        targets = (
            addressees
            if (kind in ("appeal", "demand", "threaten") or promised) and addressees
            else action.targets
        )
        modality = "intent" if kind == "intent" else _modality(verb)
        consumed = {verb.i, *action.consumed, *purpose}
        if complement is not None:
            consumed.add(complement.i)
        return Match(
            verb, pattern, matrix_subjects, targets, str(code), negated, modality, consumed
        )

    def _accord(
        self,
        verb: Token,
        pattern: VerbPattern,
        complement: Token,
        subjects: list[Actor],
        state: _State,
    ) -> Match | None:
        """ "Moscow and Beijing agreed that NATO should not expand": agreeing that something
        is so expresses accord (019) with the one agreed with, or between the agreeing sides."""
        if complement.dep_ != "ccomp" or _is_infinitive(complement):
            return None
        if not any(p.code == ACCORD_CODE for p in self.d.verbs.get(verb.lemma_.lower(), ())):
            return None
        partner = _prep_object(verb, ("with",))
        targets = state.targets(partner) if partner is not None else []
        if not targets and len(subjects) > 1:
            targets = subjects
        if not targets:
            return None
        consumed = {verb.i, complement.i}
        return Match(
            verb, pattern, subjects, targets, ACCORD_CODE, False, _modality(verb), consumed
        )

    def _conjoined_compose(self, verb: Token, state: _State) -> Match | None:
        """ "agreed to resume talks and to allow inspectors in": an infinitive coordinated
        with a governed one is governed by the same verb, not asserted on its own."""
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VB" or head.dep_ != "xcomp" or head.i == verb.i:
            return None
        if any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
            return None
        governor = head.head
        pattern = next(
            (
                p
                for p in self.d.verbs.get(governor.lemma_.lower(), ())
                if p.compose and not (p.particles and not _has_particles(governor, p.particles))
            ),
            None,
        )
        if pattern is None:
            return None
        match = self._compose(governor, pattern, state, None, 0, governed=verb)
        if match is None or match.code == self.compose.get(str(pattern.compose), {}).get("default"):
            return None  # the second action codes nothing of its own
        return match

    def _agreed_to_event(self, match: Match) -> bool:
        """A bare intention whose `to` / `on` phrase names an event noun: the noun is coded."""
        if match.pattern.compose != "intent" or match.code != match.pattern.code:
            return False
        if match.trigger.pos_ != "VERB" or _complement(match.trigger) is not None:
            return False
        noun = _prep_object(match.trigger, ("to", "on"))
        return noun is not None and noun.lemma_.lower() in self.d.nouns

    def _purpose_of_trip(self, trigger: Token) -> bool:
        """ "travelled to Russia's Far East to meet Putin", "arrived in Beirut for talks with
        Lebanese leaders": a meeting named as the purpose of a journey is what the traveller
        means to do, told before it happens."""
        head = trigger.head
        if trigger.dep_ == "pobj" and head.lower_ == "for":
            # "travelled to Washington for meetings with US officials": the same
            journey = head.head
            return journey.pos_ == "VERB" and any(
                p.code == VISIT_CODE for p in self.d.verbs.get(journey.lemma_.lower(), ())
            )
        if trigger.dep_ != "advcl" or trigger.pos_ != "VERB" or head.i == trigger.i:
            return False
        if not _is_infinitive(trigger):
            return False
        return any(p.code == VISIT_CODE for p in self.d.verbs.get(head.lemma_.lower(), ()))

    def _met_for_talks(self, trigger: Token) -> bool:
        """Whether a meeting verb's `for` phrase names negotiations, coded on their own."""
        if trigger.pos_ != "VERB":
            return False
        noun = _prep_object(trigger, ("for",))
        if noun is None:
            return False
        return any(
            p.code.startswith(NEGOTIATE_CODE) for p in self.d.nouns.get(noun.lemma_.lower(), ())
        )

    def _third_venue(self, match: Match, state: _State) -> str | None:
        """ "Trump and Kim met in Singapore" 044: a meeting in a country that is neither
        side's own is a meeting at a third location."""
        sides = {a.country for a in (*match.sources, *match.targets)}
        if not sides or any(not c or len(c) != 3 or c.startswith("IGO") for c in sides):
            return None
        heads = [match.trigger]
        if match.trigger.pos_ in ("NOUN", "PROPN"):
            governor = governing_verb(match.trigger)
            if governor is not None:
                heads.append(governor)
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in SCENE_PREPS:
                    continue
                # "met on the sidelines of the G20 meeting in New Delhi": the place may be
                # named inside the occasion
                for pobj in prep.subtree:
                    if pobj.dep_ != "pobj" or pobj.head.lower_ not in VENUE_PREPS:
                        continue
                    mention = state.mentions.get(pobj.i)
                    if mention is None or mention.actor.kind not in (*VENUE_KINDS, "country"):
                        continue
                    code = mention.actor.code_on(state.day)
                    if not code or code.startswith("IGO"):
                        return None
                    return THIRD_VENUE_CODE if code[:3] not in sides else None
        return None

    def _requested(self, noun: Token | None) -> str | None:
        """ "asked Germany for more tanks" 0232, "appealed to China for economic assistance"
        0231: what is asked for names the kind of appeal as it does for "requested tanks"."""
        if noun is None:
            return None
        best = most_specific(
            p
            for p in self.d.verbs.get(REQUEST_LEMMA, ())
            if p.objects and _object_fits(noun, p.objects)
        )
        if best is None:
            # "appealed to its allies for air defence systems": the aid the goods are
            aid = self._aid_kind(noun)
            return self._lookup("appeal", aid) if aid else None
        return best.code

    def _compose_noun(self, noun: Token, state: _State) -> Match | None:
        """ "rejected North Korea's demand to lift sanctions" 1054, "repeated its demand for
        a permanent ceasefire" 1056: a demand noun composes with the action it asks for as
        the verb does. Whoever rejects, meets or ignores the demand is the one it is made of;
        else the action's own target is."""
        pattern = self._compose_nouns[noun.lemma_.lower()][-1]
        kind = str(pattern.compose)
        inner = _noun_infinitive(noun)
        asked = None if inner is not None else _prep_object(noun, ("for",))
        if inner is None and (asked is None or asked.lemma_.lower() not in self.d.nouns):
            return None
        sources = self._own_sources(noun, state)
        addressees: list[Actor] = []
        verb = noun.head
        if (
            noun.dep_ in ("dobj", "nsubjpass")
            and verb.lemma_.lower() in ANSWERING_VERBS
            and sources
        ):
            codes = {a.code for a in sources}
            addressees = [
                a for a in self._subjects(verb, state, _is_passive(verb)) if a.code not in codes
            ]
        if not sources and (
            any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)
            or (noun.dep_ == "dobj" and noun.lemma_.lower() in READINESS_NOUNS)
        ):
            sources = self._subjects(verb, state, _is_passive(verb))  # "repeated its demand"
        if not sources:
            sources = self._noun_sources(noun, state)
        if not sources or _is_negated(verb):
            return None
        # "Turkey's willingness to mediate": the one who intends an act is who would do it
        doers = sources if kind == "intent" and not addressees else addressees or None
        if inner is not None:
            action = self._action(inner, state, doers, 0)
        else:
            action = self._match_noun(asked, state, addressees or None)
        governed = inner if inner is not None else asked
        if action is not None and not action.negated:
            if action.code == WITHDRAWAL_CODE and governed.lemma_.lower() in RETREAT_TRIGGERS:
                action.code = RETREAT_CODE  # a withdrawal one demands is from territory
            code = self._lookup(kind, action.code)
            # "its demand for an Israeli withdrawal": asked of the one who is to withdraw
            own = self._own_sources(asked, state) if asked is not None else []
            targets = addressees or own or action.targets
            consumed = {noun.i, governed.i, *action.consumed}
        else:
            bare = self._bare_code(governed)
            code = self._lookup(kind, bare) if bare else None
            targets = addressees or (self._noun_targets(asked, state) if asked is not None else [])
            consumed = {noun.i, governed.i}
        if not code or not targets:
            return None
        if noun.dep_ == "dobj" and noun.lemma_.lower() in READINESS_NOUNS:
            consumed.add(verb.i)  # "signalled readiness to talk": one intention, not two
        return Match(noun, pattern, sources, targets, code, False, _modality(verb), consumed)

    def _noun_targets(self, noun: Token, state: _State) -> list[Actor]:
        """Whom an event noun names as its target, whoever does it: "the lifting of US
        sanctions" names the US."""
        for pattern in self.d.nouns.get(noun.lemma_.lower(), ()):
            if not pattern.objects:
                found = self._prep_actors(noun, None, pattern.targets, state, lenient=True)
                if found:
                    return found
        return []

    def _condition_subjects(self, verb: Token, state: _State) -> list[Actor]:
        """ "Iran threatened to close the strait if the US blocked its exports": a threat
        with no addressee is aimed at whoever must not meet its condition."""
        complement = _complement(verb)
        heads = [verb] if complement is None else [verb, complement]
        for child in (c for head in heads for c in head.children):
            if child.dep_ in ("advcl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in child.children
            ):
                return self._subjects(child, state, _is_passive(child))
        return []

    def _action(
        self, token: Token, state: _State, subjects: list[Actor] | None, depth: int
    ) -> Match | None:
        """The coded action a complement clause expresses, following "continue to", "seek to"."""
        ceasing = False
        for _ in range(3):
            if token.lemma_.lower() in CESSATION_VERBS and _complement(token) is not None:
                ceasing = True
                token = _complement(token) or token
                continue
            if token.lemma_.lower() in self.d.verbs:
                match = self._match_verb(token, state, subjects, depth + 1)
                if match:
                    return _ceased(match) if ceasing else match
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.d.nouns:
                return self._match_noun(token, state, subjects)
            match = self._coordinated_action(token, state, subjects, depth)
            if match:
                return match
            nxt = _complement(token)
            if nxt is None:
                obj = _object_of(token, False)
                if obj is not None and obj.lemma_.lower() in self.d.nouns:
                    match = self._match_noun(obj, state, subjects)
                    if match and token.lemma_.lower() in ENDING_VERBS:
                        return _ceased(match)  # "end its joint drills", "stop its attacks"
                    return match
                return None
            token = nxt
        return None

    def _coordinated_action(
        self, verb: Token, state: _State, subjects: list[Actor] | None, depth: int
    ) -> Match | None:
        """ "agreed to abandon its weapons programmes and to allow inspectors into the
        country": when the first of coordinated infinitives codes nothing, the next does."""
        for other in verb.children:
            if (
                other.dep_ == "conj"
                and other.pos_ == "VERB"
                and other.tag_ == "VB"  # an infinitive, as the first one is
                and other.lemma_.lower() in self.d.verbs
                and not any(c.dep_ in SUBJECT_DEPS for c in other.children)
            ):
                match = self._match_verb(other, state, subjects, depth + 1)
                if match:
                    return match
        return None


def _names_actor(clause: Token | None, state: _State) -> bool:
    """Whether a clause's object or prepositional objects name an actor by themselves, not
    only a place ("the Strait of Hormuz", "operations in Gaza")."""
    if clause is None:
        return False
    words = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
    words += [
        p
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ not in VENUE_PREPS
        for p in c.children
    ]
    return any(w.dep_ in ("dobj", "dative", "pobj") and state.actors(w) for w in words)


def _object_noun(verb: Token) -> Token | None:
    """The event noun a verb's object names, through an amount: "$500 million in aid"."""
    obj = _object_of(verb, False)
    if obj is None:
        return None
    if obj.pos_ == "NUM" or obj.lemma_.lower() in ("million", "billion"):
        inner = _prep_object(obj, ("in", "of"))
        return inner if inner is not None else obj
    return obj


def _ceased(match: Match) -> Match | None:
    """ "stop arming Taiwan": to end an act is to change a policy (0832), or to
    de-escalate (087) when the act is one of force. A negated act does not end."""
    if match.negated:
        return None
    match.code = DEESCALATE_CODE if match.code.startswith(ESCALATION_ROOTS) else POLICY_CHANGE_CODE
    return match


def _finer(refined: str | None, code: str | None) -> str | None:
    """The more specific of two codes when one refines the other ("0231" under "023")."""
    if refined and (code is None or (refined.startswith(code) and len(refined) > len(code))):
        return refined
    return code


def _assured_of(verb: Token) -> Token | None:
    """ "assured Zelensky of continued support": what a person is assured of, parsed on
    the person."""
    obj = _object_of(verb, False)
    if obj is None or obj.pos_ not in ("PROPN", "PRON"):
        return None
    return _prep_object(obj, ("of",))
