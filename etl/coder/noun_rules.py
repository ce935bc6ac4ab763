"""Coding event nouns: "an Israeli air strike", "Seoul's offer of talks", "a phone call".

A noun names its sides otherwise than a verb does (possessives, `by` and `between` phrases,
the verb it is the subject or object of), so nominal triggers have rules of their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdb.etl.coder.argument_rules import _bare_places
from eventdb.etl.coder.clauses import _is_negated, _modality, _noun_infinitive
from eventdb.etl.coder.compose_rules import _finer
from eventdb.etl.coder.context import governing_verb
from eventdb.etl.coder.dictionary import VerbPattern, most_specific
from eventdb.etl.coder.rule_base import Match, RuleBase
from eventdb.etl.coder.state import _State
from eventdb.etl.coder.tree import (
    _asked_for,
    _contents,
    _is_measure,
    _is_passive,
    _object_fits,
    _object_of,
    _prep_object,
    _titles,
    _unwrap,
)
from eventdb.etl.coder.types import Actor
from eventdb.etl.coder.vocabulary import (
    AID_CODE,
    AID_VERB,
    AMOUNT_NOUNS,
    BACKGROUND_PREPS,
    CALL_FRAME_PREPS,
    CAUSE_PREPS,
    COERCE_ROOT,
    DISAPPROVE_ROOT,
    FORCE_ROOTS,
    FRAME_PREPS,
    GROUND_PREPS,
    HARMING_VERBS,
    IMPACT_VERBS,
    LIGHT_VERB_DEPS,
    MEDIATED_PREPS,
    NOUN_OBJECT_PREPS,
    OCCURRING_VERBS,
    OWNING_VERBS,
    PARTY_PREPS,
    PHONE_CODE,
    PHONE_WORDS,
    SERIES_NOUNS,
    STOPPAGE_MODIFIERS,
    SUPPORT_CODE,
    TIES_CODE,
)


class NounRules(RuleBase):
    """Rules for event nouns and the sides they name."""

    def _match_noun(
        self, noun: Token, state: _State, subjects: list[Actor] | None = None
    ) -> Match | None:
        if _is_measure(noun) or (_background(noun) and not self._own_sources(noun, state)):
            return None  # "after talks": background; "after Israeli strikes": still news
        if self._arresting_raid(noun):
            return None  # "arrested 25 Palestinians in overnight raids": the arrest is the act
        best: tuple[int, VerbPattern, list[Actor]] | None = None
        host = _occurrence(noun)
        stoppage = _stoppage(noun)
        for pattern in self.d.nouns.get(noun.lemma_.lower(), []):
            if stoppage and pattern.code.startswith(FORCE_ROOTS):
                continue  # "went on hunger strike against the government": no attack
            if pattern.objects:
                # "the pause of military aid to Ukraine": what is paused decides the code
                inner = next(
                    (t for t in _noun_objects(noun) if _object_fits(t, pattern.objects)), None
                )
                tgts = self._prep_actors(noun, inner, pattern.targets, state, lenient=True)
                if inner is None or not tgts:
                    continue
            else:
                tgts = self._prep_actors(noun, host, pattern.targets, state, lenient=True)
            if tgts and (best is None or pattern.specificity >= best[0]):
                best = (pattern.specificity, pattern, tgts)
        if best is None or _bare_places(best[2]):
            best = self._patient_event(noun, state) or best
        if best is None:
            best = self._domestic_noun(noun, state, subjects)
        srcs: list[Actor] | None = None
        if best is None and state.context and subjects is not None:
            plain = [p for p in self.d.nouns.get(noun.lemma_.lower(), []) if not p.objects]
            if plain:
                best = (plain[-1].specificity, plain[-1], state.context)
        if best is None and subjects is None:
            best, srcs = self._mediation(noun, state)
        if best is None:
            best = self._subject_event(noun, state)
        if best is None:
            # "US and Philippine troops began joint exercises": reciprocal, no target named
            reciprocal = [
                p
                for p in self.d.nouns.get(noun.lemma_.lower(), [])
                if not p.objects and self.d.is_reciprocal(p.code)
            ]
            if not reciprocal or self._names_counterpart(noun, state):
                return None  # "agreements to normalise relations with Israel": not each other
            srcs = subjects if subjects is not None else self._noun_sources(noun, state)
            if len(srcs) < 2:
                return None
            best = (0, reciprocal[0], srcs)
        _, pattern, tgts = best
        if srcs is None:
            srcs = subjects if subjects is not None else self._noun_sources(noun, state)
        if (
            len(tgts) > 1
            and any(_prep_object(t, ("between",)) is not None for t in (noun, host) if t)
            and not any(c.dep_ == "poss" for c in noun.children)
            and (not srcs or self.d.is_reciprocal(pattern.code))
        ):
            # "fighting between the army and the RSF", "Egypt brokered a truce between
            # Israel and Hamas": the sides act towards each other
            srcs = tgts
        mutual = False
        if not srcs and self.d.is_reciprocal(pattern.code):
            srcs = self._passive_side(noun, state)
            mutual = bool(srcs)
        if not srcs:
            return None
        governor = governing_verb(noun)
        if governor is not None and _is_negated(governor):
            return None
        modality = _modality(governor) if governor is not None else "asserted"
        code = pattern.code
        if code == AID_CODE:
            code = self._aid_kind(noun) or code
        return Match(noun, pattern, srcs, tgts, code, False, modality, {noun.i}, mutual)

    def _aid_kind(self, noun: Token) -> str | None:
        """The kind of aid an aid noun names, read as what "provide" would take as object:
        "emergency food aid" 073, "the delivery of Eurofighter jets" 072, "humanitarian
        assistance" 073. One table of goods serves the verb and its nouns."""
        found: VerbPattern | None = None
        goods = [noun, *_noun_objects(noun)]
        for pattern in self.d.verbs.get(AID_VERB, ()):
            if pattern.code == AID_CODE or not pattern.objects:
                continue
            if found is not None and pattern.specificity < found.specificity:
                continue
            if any(_object_fits(g, pattern.objects) for g in goods):
                found = pattern
        return found.code if found is not None else None

    def _domestic_noun(
        self, noun: Token, state: _State, subjects: list[Actor] | None
    ) -> tuple[int, VerbPattern, list[Actor]] | None:
        """ "Iran's deadly crackdown on protesters": the people a state's coercion falls on,
        named without a country, are its own."""
        patterns = self.d.nouns.get(noun.lemma_.lower(), [])
        for pattern in patterns:
            if pattern.objects or not pattern.code.startswith(COERCE_ROOT):
                continue
            people = _prep_object(noun, pattern.targets)
            if people is None:
                continue
            srcs = subjects if subjects is not None else self._noun_sources(noun, state)
            tgts = self._domestic_opponents(people, srcs, state, pattern.code)
            if tgts:
                return (pattern.specificity, pattern, tgts)
        return None

    def _call_frame(self, noun: Token, state: _State) -> Match | None:
        """ "urged Zelensky in a phone call to investigate", "In a phone call with Erdogan,
        Putin thanked ...": a call named as the frame of another act is a contact of its
        own, between the act's subject and whom it speaks to."""
        pattern = next(
            (p for p in self.d.nouns.get(noun.lemma_.lower(), ()) if p.code == PHONE_CODE), None
        )
        prep = noun.head
        if pattern is None or noun.dep_ != "pobj" or prep.lower_ not in CALL_FRAME_PREPS:
            return None
        verb = prep.head
        if verb.pos_ != "VERB" or prep.dep_ != "prep":
            return None
        partner = _prep_object(noun, ("with",))
        targets = state.targets(partner) if partner is not None else []
        if not targets and any(c.lower_ in PHONE_WORDS for c in noun.lefts):
            obj = _object_of(verb, _is_passive(verb))
            if obj is not None:
                targets = state.targets(obj) or self._antecedent(verb, obj, state)
        sources = self._subjects(verb, state, _is_passive(verb))
        if not targets or not sources:
            return None
        return Match(noun, pattern, sources, targets, PHONE_CODE, False, _modality(verb), {noun.i})

    def _praised_support(self, match: Match) -> bool:
        """ "praised Pyongyang's unwavering support for Moscow's war": support that is the
        object of praise or thanks is what the praise is about, not news of its own."""
        noun = match.trigger
        if not match.code.startswith(SUPPORT_CODE) or noun.dep_ != "dobj":
            return False
        patterns = self.d.verbs.get(noun.head.lemma_.lower(), ())
        return any(p.code.startswith(SUPPORT_CODE) for p in patterns)

    def _described_ties(self, match: Match) -> bool:
        """ "underlined the deepening partnership between Russia and China": a state of
        relations named in passing is a description; it is news only when someone forms,
        begins or seals it ("forged a partnership", "a thaw began")."""
        if match.code != TIES_CODE:
            return False
        governor = governing_verb(match.trigger)
        return governor is None or governor.lemma_.lower() not in self.d.light_verbs

    def _noun_compose(self, noun: Token, state: _State) -> Match | None:
        """ "Seoul's offer of talks" 036, "an offer by Turkey to mediate with Hamas" 039, "a US
        proposal for a ceasefire" 0256: a noun of offering or proposing with its own source
        composes with what it offers, toward whoever receives, accepts or rejects it."""
        pattern = next((p for p in self.d.nouns.get(noun.lemma_.lower(), ()) if p.compose), None)
        if pattern is None:
            return None
        kind = str(pattern.compose)
        sources = self._own_sources(noun, state)
        if not sources:
            return None
        clause = _noun_infinitive(noun, ("acl",))
        inner = clause if clause is not None else _prep_object(noun, ("of", "for"))
        if inner is None and kind == "appeal":
            inner = _asked_for(noun)
        if inner is None:
            return None
        if clause is None:
            inner = _unwrap(inner)  # "an offer of $2 billion in aid"
        requested = self._requested(inner) if kind == "appeal" and clause is None else None
        if clause is not None:
            action = self._action(clause, state, sources, 0)
        elif inner.lemma_.lower() in self.d.nouns:
            action = self._match_noun(inner, state, sources)
        elif requested is not None:
            action = None  # "Kyiv's request for air defence systems"
        else:
            return None
        bare = action.code if action is not None else self._bare_code(inner)
        code = _finer(requested, self._lookup(kind, bare) if bare else None)
        if code is None:
            return None
        own = {a.code for a in sources}
        receivers = [a for a in self._receivers(noun, state) if a.code not in own]
        targets = list(receivers)
        if kind == "intent" or not targets:
            targets += [a for a in (action.targets if action else []) if a.code not in own]
        if not targets:
            return None
        consumed = {noun.i, inner.i, *(action.consumed if action else ())}
        governor = governing_verb(noun)
        modality = "intent" if kind == "intent" else "asserted"
        if governor is not None and _is_negated(governor) and not receivers:
            return None  # "Russia made no offer of talks"
        return Match(noun, pattern, sources, targets, code, False, modality, consumed)

    def _receivers(self, noun: Token, state: _State) -> list[Actor]:
        """Whom an offer is made to: its `to` phrase, else who accepts or rejects it."""
        to = _prep_object(noun, ("to",))
        if to is not None:
            found = state.targets(to)
            if found:
                return found
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.pos_ == "VERB":
            # "agreed to a US proposal for a ceasefire"
            return self._subjects(verb.head, state, _is_passive(verb.head))
        if verb.pos_ != "VERB" or noun.dep_ not in ("dobj", "nsubjpass"):
            return []
        found = self._subjects(verb, state, noun.dep_ == "nsubjpass")
        # "was ready to accept a US proposal": the subject of the adjective's clause
        holder = verb.head
        for _ in range(2):
            if found or verb.dep_ != "xcomp" or holder.pos_ != "ADJ":
                break
            copula = holder.head if holder.dep_ == "acomp" else holder
            found = self._subjects(copula, state, False)
        return found

    def _passive_side(self, noun: Token, state: _State) -> list[Actor]:
        """ "Twenty Indian soldiers were killed in a clash with Chinese troops": those a
        passive verb happened to are a side of the fighting it happened in."""
        head = noun.head
        if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in ("in", "during"):
            return []
        verb = head.head
        if verb.pos_ != "VERB" or not _is_passive(verb):
            return []
        if _prep_object(verb, ("by",), deps=("agent", "prep")) is not None:
            return []
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return state.actors(patient)

    def _subject_event(
        self, noun: Token, state: _State
    ) -> tuple[int, VerbPattern, list[Actor]] | None:
        """ "An Israeli air strike destroyed Iran's consulate": an event noun that is the
        subject of a verb acts on that verb's object."""
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or _is_negated(verb):
            return None
        if verb.lemma_.lower() not in IMPACT_VERBS:
            return None  # "a Chinese company's attack on prices hurt its rivals"
        obj = _object_of(verb, False)
        patterns = [
            p
            for p in self.d.nouns.get(noun.lemma_.lower(), [])
            if not p.objects and p.code.startswith(FORCE_ROOTS)
        ]
        if obj is None or not patterns or state.actors(noun):
            return None  # "Russian occupiers shelled ...": an actor, not an event
        tgts = state.targets(obj)
        # "a drone strike killed commander Qassem Soleimani": what the verb does to such an
        # object (assassinate) says more than the attack noun does
        pattern = self._object_pattern(verb, obj) or patterns[-1]
        return (pattern.specificity, pattern, tgts) if tgts else None

    def _patient_event(
        self, noun: Token, state: _State
    ) -> tuple[int, VerbPattern, list[Actor]] | None:
        """ "Two Lebanese soldiers were wounded by Israeli fire", "was killed in an Israeli
        strike": an attack named as the means of a passive harm falls on whom it harmed."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ not in ("in", "by"):
            return None
        verb = head.head
        if verb.pos_ != "VERB" or not _is_passive(verb) or _is_negated(verb):
            return None
        if verb.lemma_.lower() not in HARMING_VERBS | IMPACT_VERBS:
            return None
        patterns = [
            p
            for p in self.d.nouns.get(noun.lemma_.lower(), [])
            if not p.objects and p.code.startswith(FORCE_ROOTS)
        ]
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if patient is None or not patterns or state.actors(noun):
            return None  # "killed by Israeli troops": the passive verb's own agent
        tgts = state.targets(patient, place=True)
        pattern = self._object_pattern(verb, patient) or patterns[-1]
        return (pattern.specificity, pattern, tgts) if tgts else None

    def _object_pattern(self, verb: Token, obj: Token) -> VerbPattern | None:
        """The verb's most specific act of force that asks for this very object."""
        fitting = [obj, *_titles(obj)]
        return most_specific(
            p
            for p in self.d.verbs.get(verb.lemma_.lower(), ())
            if p.objects
            and not (p.particles or p.compose)
            and p.code.startswith(FORCE_ROOTS)
            and any(_object_fits(t, p.objects) for t in fitting)
        )

    def _mediation(
        self, noun: Token, state: _State
    ) -> tuple[tuple[int, VerbPattern, list[Actor]] | None, list[Actor] | None]:
        """ "A deal reached with Qatari mediation": a noun between sides that names its own
        source and no sides; the sides are those of the event it belongs to."""
        patterns = [p for p in self.d.nouns.get(noun.lemma_.lower(), []) if not p.objects]
        if not patterns or not all(set(p.targets) <= set(PARTY_PREPS) for p in patterns):
            return None, None  # "Moscow's war": a side's own action, not a go-between's
        if not (noun.dep_ == "pobj" and noun.head.lower_ in MEDIATED_PREPS):
            return None, None  # "rejected Turkish mediation": offered, not done
        srcs = self._own_sources(noun, state)
        if not srcs:
            return None, None
        codes = {a.code for a in srcs}
        tgts = [a for a in self._parties(noun, state) if a.code not in codes]
        if not tgts:
            return None, None
        return (patterns[-1].specificity, patterns[-1], tgts), srcs

    def _noun_sources(self, noun: Token, state: _State) -> list[Actor]:
        own = self._own_sources(noun, state)
        if own or _prep_object(noun, ("by",)) is not None:
            return own
        noun = _amount_of(noun)  # "held two days of talks": the talks stand where "days" does
        head = noun.head
        if (
            noun.dep_ in LIGHT_VERB_DEPS
            and head.pos_ in ("VERB", "AUX")
            and head.i != noun.i
            and (not self.d.light_verbs or head.lemma_.lower() in self.d.light_verbs)
        ):
            return self._subjects(head, state, _is_passive(head) and noun.dep_ != "nsubjpass")
        if (
            noun.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.head.pos_ in ("VERB", "AUX")
            and head.lower_ not in CAUSE_PREPS
        ):
            verb = head.head
            if head.lower_ in GROUND_PREPS and self._blames(verb):
                return []  # "blamed Boko Haram for an attack": alleged, not told as done
            return self._subjects(verb, state, _is_passive(verb))
        return []

    def _blames(self, verb: Token) -> bool:
        """Whether a verb accuses or blames: the acts it names as grounds are alleged."""
        return any(
            p.code.startswith(DISAPPROVE_ROOT) for p in self.d.verbs.get(verb.lemma_.lower(), ())
        )

    def _own_sources(self, noun: Token, state: _State) -> list[Actor]:
        """The source a noun phrase names itself: possessive, country modifier, `by` phrase."""
        for child in noun.lefts:
            if child.dep_ == "poss":
                found = state.actors(child)
                if found:
                    return found
        for child in noun.lefts:
            if child.dep_ in ("amod", "compound", "nmod"):
                mention = state.mentions.get(child.i)
                if mention is not None:
                    actor = self.finder.resolve(child, state.mentions, state.day)
                    if actor is None and mention.actor.kind == "adjective":
                        code = mention.actor.code_on(state.day)
                        if code:
                            actor = Actor(code, child.text, code[:3])
                    if actor is not None:
                        return [actor]
        by = _prep_object(noun, ("by",))
        if by is not None:
            return state.actors(by)
        by = _owning_agent(noun)
        if by is not None:
            return state.actors(by)
        return []


def _owning_agent(noun: Token) -> Token | None:
    """ "a car bomb claimed by al-Shabaab", "a roadside bomb planted by PKK militants": whoever
    owns up to an attack, or set it, is the one who made it."""
    for child in noun.rights:
        if child.dep_ == "acl" and child.lemma_.lower() in OWNING_VERBS:
            return _prep_object(child, ("by",), deps=("agent", "prep"))
    return None


def _amount_of(noun: Token) -> Token:
    """The amount an event noun is counted in ("two days of talks" -> days), else itself."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return noun
    amount = prep.head
    lemma = amount.lemma_.lower()
    if lemma in SERIES_NOUNS or (
        lemma in AMOUNT_NOUNS and any(c.dep_ == "nummod" for c in amount.children)
    ):
        return amount
    return noun


def _background(noun: Token) -> bool:
    """ "agreed to a ceasefire after talks brokered by the US": an event noun in a phrase of
    time is the background of the clause's own event, told before, not news here."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in BACKGROUND_PREPS:
        return True
    # "swapped captives in a deal mediated by the UAE": the frame of the clause's own event;
    # "in defiance of" is an idiom, "were killed in a clash" names the event itself
    return (
        prep.lower_ in FRAME_PREPS
        and prep.head.pos_ == "VERB"
        and not _is_passive(prep.head)
        and any(c.dep_ == "det" for c in noun.children)
    )


def _occurrence(noun: Token) -> Token | None:
    """The verb an event noun happens through, which may carry the sides: "fighting broke
    out between the army and the RSF", "clashes erupted between police and protesters"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in OCCURRING_VERBS:
        return None
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if verb.lemma_.lower() == "break" and particles != {"out"}:
        return None  # "talks broke down between ...": they ended, the sides are not opponents
    return verb


def _noun_objects(noun: Token) -> list[Token]:
    """What an event noun acts on: "suspension of military aid", "a freeze on funding", "a
    halt to arms deliveries" (and what those deliveries carry)."""
    found: list[Token] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in NOUN_OBJECT_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found += [pobj, *_contents(pobj)]
    return found


def _stoppage(noun: Token) -> bool:
    return noun.lemma_.lower() == "strike" and any(
        c.lower_ in STOPPAGE_MODIFIERS for c in noun.lefts
    )
