"""From a dependency parse to events: triggers, their arguments, and the grammar around them.

The verb dictionary says which trigger with which object and preposition means which code;
this module finds subjects and objects through the parse: passive voice, conjoined actors,
coordinated verbs, relative clauses, participles, infinitive complements (composed with the
governing verb: "agreed to send tanks" 0332), reported speech (the reported clause is coded,
"said" is not), negation and modality.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventdb.etl.coder.actors import ActorFinder, Mention, conjuncts
from eventdb.etl.coder.dates import DateMention, find_dates
from eventdb.etl.coder.dictionary import Dictionaries, VerbPattern
from eventdb.etl.coder.types import Actor, CodedEvent

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
PREP_DEPS = ("prep", "dative", "agent")
INHERITING_DEPS = ("xcomp", "conj", "advcl", "pcomp")
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
POSSIBLE_AUX = {"would", "could", "might", "may", "can", "should", "must", "ca"}
CONDITIONAL_MARKS = {"if", "unless", "provided"}
RELATIVIZERS = {"that", "which", "who", "whom", "whose"}
ANAPHORS = {"it", "they", "he", "she", "we"}
LIGHT_VERB_DEPS = ("dobj", "nsubjpass", "attr", "pobj", "conj", "appos")
PARTY_PREPS = ("between", "among")
OBJECT_PRONOUNS = {"him", "her", "them", "it"}
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
INSTRUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "agent", "prep", "npadvmod", "compound", "nmod")


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


class SentenceCoder:
    def __init__(self, dictionaries: Dictionaries, finder: ActorFinder) -> None:
        self.d = dictionaries
        self.finder = finder
        self.compose = dictionaries.compose

    # ------------------------------------------------------------------ entry point
    def code(
        self, doc: Doc, pub: dt.date, aliases: tuple[tuple[str, str], ...] = ()
    ) -> list[CodedEvent]:
        mentions = self.finder.mentions(doc, aliases)
        if not mentions:
            return []  # no actor, no event: cheap exit for most non-political text
        state = _State(doc, pub, mentions, self.finder, self._owner_of_pronoun)
        matches: list[Match] = []
        consumed: set[int] = set()
        verbs = [t for t in doc if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.d.verbs]
        # matrix verbs first, so their complements are consumed before standing alone
        verbs.sort(key=lambda t: (not self._has_compose(t), t.i))
        for verb in verbs:
            if verb.i in consumed:
                continue
            match = self._match_verb(verb, state)
            if match:
                matches.append(match)
                consumed |= match.consumed
        for token in doc:
            if token.i in consumed or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if token.lemma_.lower() not in self.d.nouns:
                continue
            match = self._match_noun(token, state)
            if match:
                matches.append(match)
        events: list[CodedEvent] = []
        seen: set[tuple[str, str, str]] = set()
        for match in matches:
            if match.code.startswith("01") and _complement(match.trigger) is not None:
                continue  # "X told Y that ...": the reported clause is the event, not the telling
            if match.code in self.d.refine_codes:
                match.code = self._refine(match.trigger) or match.code
            place = self.d.is_place_target(match.code)
            for source in match.sources:
                for target in match.targets:
                    if place and len(target.code) > 3 and target.code[3:] == "GOV":
                        target = _as_place(target)
                    if source.code == target.code:
                        continue
                    key = (source.code, target.code, match.code)
                    if key in seen:
                        continue
                    seen.add(key)
                    day, precision = state.date_for(match.trigger, match.modality)
                    t = match.trigger
                    events.append(
                        CodedEvent(
                            source=source,
                            target=target,
                            code=match.code,
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

    def _refine(self, trigger: Token) -> str | None:
        """The weapon named around the trigger: "warplanes struck" 195, "shelled" 194."""
        words = [trigger]
        for child in trigger.children:
            if child.dep_ in INSTRUMENT_DEPS:
                words.extend(child.subtree)
        for word in words:
            code = self.d.instruments.get(word.lemma_.lower()) or self.d.instruments.get(
                word.lower_
            )
            if code:
                return code
        return None

    # ------------------------------------------------------------------ verbs
    def _has_compose(self, verb: Token) -> bool:
        return any(p.compose for p in self.d.verbs.get(verb.lemma_.lower(), ()))

    def _match_verb(
        self, verb: Token, state: _State, subjects: list[Actor] | None = None, depth: int = 0
    ) -> Match | None:
        patterns = self.d.verbs.get(verb.lemma_.lower(), [])
        passive = _is_passive(verb)
        obj = _object_of(verb, passive)
        negated = _is_negated(verb)
        best: tuple[int, VerbPattern, list[Actor], list[Actor], set[int]] | None = None
        composed: Match | None = None
        for pattern in patterns:
            if pattern.particles and not _has_particles(verb, pattern.particles):
                continue
            if pattern.objects and not _object_fits(obj, pattern.objects):
                continue
            if verb.dep_ == "amod" and not pattern.objects:
                continue  # "Russian-backed separatists": only "a Qatari-brokered truce" codes
            if pattern.compose and composed is None and depth < 3:
                composed = self._compose(verb, pattern, state, subjects, depth)
                if composed:
                    continue
            if pattern.sources:
                srcs = self._prep_actors(verb, obj, pattern.sources, state)
                tgts = subjects if subjects is not None else self._subjects(verb, state, passive)
            else:
                srcs = subjects if subjects is not None else self._subjects(verb, state, passive)
                tgts = self._targets(verb, obj, pattern, state, passive)
            if not tgts and len(srcs) > 1 and _reciprocal_argument(verb, obj):
                tgts = srcs  # "Armenia and Azerbaijan accused each other"
            if (
                not tgts
                and len(srcs) > 1
                and self.d.is_reciprocal(pattern.code)
                and not _other_actor_in_clause(verb, state)
                and not self._acts_on_people(obj, pattern)
            ):
                tgts = srcs  # "Israel and Hamas agreed a ceasefire": each towards the other
            if not srcs or not tgts:
                continue
            score = pattern.specificity
            if best is None or score >= best[0]:
                used = {obj.i} if obj is not None and pattern.objects else set()
                if self._lends_event(verb) and _third_party(srcs, tgts, pattern):
                    used = set()  # "Qatar brokered a truce": the truce is coded as well
                best = (score, pattern, srcs, tgts, used)
        if composed is not None:
            if best is None or composed.pattern.specificity + 2 >= best[0]:
                return composed
        if best is None:
            return None
        _, pattern, srcs, tgts, used = best
        code = pattern.code
        if negated:
            code = pattern.negated or self._lookup("negate", code)
            if code is None:
                return None
        return Match(verb, pattern, srcs, tgts, code, negated, _modality(verb), used | {verb.i})

    def _acts_on_people(self, obj: Token | None, pattern: VerbPattern) -> bool:
        """ "Soldiers and police shot dead 100 protesters": the action falls on people the
        object names (of no known country), not on the subjects each other."""
        return not pattern.objects and obj is not None and self.finder.role_of(obj) is not None

    def _owner_of_pronoun(self, token: Token, state: _State) -> Actor | None:
        """ "Turkish officials said their government ...", "a visit by its foreign minister":
        an agent noun owned by a pronoun belongs to the subject of the clause above it."""
        pronoun = next((c for c in token.lefts if c.dep_ == "poss"), None)
        if pronoun is None or pronoun.lower_ not in POSSESSIVE_PRONOUNS:
            return None
        if not _owner_position(token):
            return None  # "took its crew hostage": the owner may be any noun before it
        role = self.finder.role_of(token)
        verb = _governing_verb(token)
        if role is None or role == "BASE" or verb is None:
            return None
        if token.i in {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}:
            verb = _matrix_verb(verb)  # the noun is this clause's own subject
            if verb is None:
                return None
        owners = self._subjects(verb, state, _is_passive(verb))
        if len(owners) != 1 or owners[0].country is None:
            return None
        if pronoun.lower_ in ("his", "her") and not owners[0].roles:
            return None  # a person's, and the subject is a country
        country = owners[0].country
        return Actor(country + role, token.text, country, None, (role,))

    def _lends_event(self, verb: Token) -> bool:
        """Whether the verb's object noun names an event that took place ("brokered a
        truce"), not one asked for or refused ("demanded a truce")."""
        return not self.d.light_verbs or verb.lemma_.lower() in self.d.light_verbs

    def _compose(
        self,
        verb: Token,
        pattern: VerbPattern,
        state: _State,
        subjects: list[Actor] | None,
        depth: int,
    ) -> Match | None:
        """A governing verb plus the action it governs: intent, appeal, demand, refusal, threat."""
        kind = str(pattern.compose)
        complement = _complement(verb)
        noun = None
        if complement is None:
            # "threatened Russia with sanctions", "called for a ceasefire"
            noun = _prep_object(verb, ("with", "for", "of"))
            if noun is None or noun.lemma_.lower() not in self.d.nouns:
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
        if addressee is not None and kind in ("appeal", "demand", "threaten"):
            addressees = state.targets(addressee) or self._antecedent(verb, addressee, state)
        inner_subjects = addressees or None if kind in ("appeal", "demand") else matrix_subjects
        if complement is not None:
            action = self._action(complement, state, inner_subjects, depth)
        else:
            action = self._match_noun(noun, state, inner_subjects)
        negated = _is_negated(verb)
        if action is None and addressees and not negated:
            # "urged Iran to release the detainees": the governed action names no actor,
            # the addressee is the target
            bare = self._bare_code(complement if complement is not None else noun)
            if bare is not None:
                code = self._lookup(kind, bare) or self.compose.get(kind, {}).get("default")
                if code:
                    consumed = {verb.i, (complement if complement is not None else noun).i}
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
        targets = (
            addressees
            if kind in ("appeal", "demand", "threaten") and addressees
            else action.targets
        )
        modality = "intent" if kind == "intent" else _modality(verb)
        consumed = {verb.i, *action.consumed}
        if complement is not None:
            consumed.add(complement.i)
        return Match(
            verb, pattern, matrix_subjects, targets, str(code), negated, modality, consumed
        )

    def _action(
        self, token: Token, state: _State, subjects: list[Actor] | None, depth: int
    ) -> Match | None:
        """The coded action a complement clause expresses, following "continue to", "seek to"."""
        for _ in range(3):
            if token.lemma_.lower() in self.d.verbs:
                match = self._match_verb(token, state, subjects, depth + 1)
                if match:
                    return match
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.d.nouns:
                return self._match_noun(token, state, subjects)
            nxt = _complement(token)
            if nxt is None:
                obj = _object_of(token, False)
                if obj is not None and obj.lemma_.lower() in self.d.nouns:
                    return self._match_noun(obj, state, subjects)
                return None
            token = nxt
        return None

    def _bare_code(self, token: Token) -> str | None:
        """The code a trigger's own pattern gives, whoever the target: for actions whose
        target is the addressee of an appeal or threat."""
        lemma = token.lemma_.lower()
        if token.pos_ in ("NOUN", "PROPN"):
            patterns = [p for p in self.d.nouns.get(lemma, []) if not p.objects]
            return patterns[-1].code if patterns else None
        obj = _object_of(token, _is_passive(token))
        best: VerbPattern | None = None
        for pattern in self.d.verbs.get(lemma, []):
            if pattern.compose or pattern.sources:
                continue
            if pattern.particles and not _has_particles(token, pattern.particles):
                continue
            if pattern.objects and not _object_fits(obj, pattern.objects):
                continue
            if best is None or pattern.specificity >= best.specificity:
                best = pattern
        return best.code if best else None

    def _lookup(self, kind: str, code: str) -> str | None:
        table = self.compose.get(kind, {}).get("map", {})
        for n in range(len(code), 1, -1):
            hit = table.get(code[:n])
            if hit:
                return str(hit)
        return None

    # ------------------------------------------------------------------ nouns
    def _match_noun(
        self, noun: Token, state: _State, subjects: list[Actor] | None = None
    ) -> Match | None:
        best: tuple[int, VerbPattern, list[Actor]] | None = None
        for pattern in self.d.nouns.get(noun.lemma_.lower(), []):
            if pattern.objects:
                continue
            tgts = self._prep_actors(noun, None, pattern.targets, state, lenient=True)
            if tgts and (best is None or pattern.specificity >= best[0]):
                best = (pattern.specificity, pattern, tgts)
        srcs: list[Actor] | None = None
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
            if not reciprocal:
                return None
            srcs = subjects if subjects is not None else self._noun_sources(noun, state)
            if len(srcs) < 2:
                return None
            best = (0, reciprocal[0], srcs)
        _, pattern, tgts = best
        if srcs is None:
            srcs = subjects if subjects is not None else self._noun_sources(noun, state)
        if (
            len(tgts) > 1
            and _prep_object(noun, ("between",)) is not None
            and not any(c.dep_ == "poss" for c in noun.children)
            and (not srcs or self.d.is_reciprocal(pattern.code))
        ):
            # "fighting between the army and the RSF", "Egypt brokered a truce between
            # Israel and Hamas": the sides act towards each other
            srcs = tgts
        if not srcs:
            return None
        governor = _governing_verb(noun)
        if governor is not None and _is_negated(governor):
            return None
        modality = _modality(governor) if governor is not None else "asserted"
        return Match(noun, pattern, srcs, tgts, pattern.code, False, modality, {noun.i})

    def _subject_event(
        self, noun: Token, state: _State
    ) -> tuple[int, VerbPattern, list[Actor]] | None:
        """ "An Israeli air strike destroyed Iran's consulate": an event noun that is the
        subject of a verb acts on that verb's object."""
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or _is_negated(verb):
            return None
        obj = _object_of(verb, False)
        patterns = [p for p in self.d.nouns.get(noun.lemma_.lower(), []) if not p.objects]
        if obj is None or not patterns or state.actors(noun):
            return None  # "Russian occupiers shelled ...": an actor, not an event
        tgts = state.targets(obj)
        return (patterns[-1].specificity, patterns[-1], tgts) if tgts else None

    def _mediation(
        self, noun: Token, state: _State
    ) -> tuple[tuple[int, VerbPattern, list[Actor]] | None, list[Actor] | None]:
        """ "A deal reached with Qatari mediation": a noun between sides that names its own
        source and no sides; the sides are those of the event it belongs to."""
        patterns = [p for p in self.d.nouns.get(noun.lemma_.lower(), []) if not p.objects]
        if not patterns or not all(set(p.targets) <= set(PARTY_PREPS) for p in patterns):
            return None, None  # "Moscow's war": a side's own action, not a go-between's
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
        head = noun.head
        if (
            noun.dep_ in LIGHT_VERB_DEPS
            and head.pos_ in ("VERB", "AUX")
            and head.i != noun.i
            and (not self.d.light_verbs or head.lemma_.lower() in self.d.light_verbs)
        ):
            return self._subjects(head, state, _is_passive(head) and noun.dep_ != "nsubjpass")
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head
            return self._subjects(verb, state, _is_passive(verb))
        return []

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
                    actor = self.finder.resolve(child, state.mentions, state.pub)
                    if actor is None and mention.actor.kind == "adjective":
                        code = mention.actor.code_on(state.pub)
                        if code:
                            actor = Actor(code, child.text, code[:3])
                    if actor is not None:
                        return [actor]
        by = _prep_object(noun, ("by",))
        if by is not None:
            return state.actors(by)
        return []

    # ------------------------------------------------------------------ arguments
    def _subjects(self, verb: Token, state: _State, passive: bool, hops: int = 0) -> list[Actor]:
        if hops > 4:
            return []
        if passive:
            agent = _prep_object(verb, ("by",), deps=("agent", "prep"))
            if agent is None:
                # "a Russian-brokered deal": the adjective alone names the agent
                return state.targets(_hyphen_agent(verb))
            return state.actors(agent)
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ != "each":
                # "each accusing the other": `each` stands for the subjects of the clause above
                if child.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
                    return state.actors(verb.head)
                if child.lower_ in ANAPHORS and hops < 4:
                    # "Pakistan said it shot down two jets": `it` is the one who said so
                    matrix = _matrix_verb(verb)
                    if matrix is not None:
                        return self._subjects(matrix, state, _is_passive(matrix), hops + 1)
                return state.actors(child)
        if verb.dep_ == "relcl":
            return []
        if verb.dep_ == "acl" and (verb.tag_ == "VBG" or _misparsed_main(verb)):
            return state.actors(verb.head)
        if verb.dep_ in INHERITING_DEPS and verb.head.i != verb.i:
            head = verb.head
            if head.pos_ in ("VERB", "AUX"):
                return self._subjects(head, state, _is_passive(head), hops + 1)
        return []

    def _targets(
        self, verb: Token, obj: Token | None, pattern: VerbPattern, state: _State, passive: bool
    ) -> list[Actor]:
        found = self._direct_targets(verb, obj, pattern, state)
        if found:
            return found
        # "looking at options for an easing of sanctions against Russia": the target sits
        # in a prepositional chain under the argument that names no actor itself
        for where in pattern.targets:
            if where == "object":
                holder = obj if not pattern.objects else None
            elif where == "dative":
                holder = None
            else:
                holder = _prep_object(verb, (where,)) or (
                    _prep_object(obj, (where,)) if obj is not None else None
                )
            if holder is not None:
                found = _deep_actors(holder, state)
                if found:
                    return found
        if obj is not None and any(w in PARTY_PREPS for w in pattern.targets):
            return self._parties(obj, state)
        return []

    def _parties(self, event: Token, state: _State) -> list[Actor]:
        """The sides of the event a noun names, when no "between" phrase does: "a truce
        brokered by Qatar" is between whoever agreed to, signed or observes that truce."""
        between = _prep_object(event, PARTY_PREPS)
        if between is not None:
            return state.targets(between)
        current = event
        for _ in range(6):
            if current.head.i == current.i:
                return []
            current = current.head
            if current.pos_ not in ("VERB", "AUX"):
                continue
            found = self._clause_subjects(current, state)
            if found:
                return found
        return []

    def _clause_subjects(self, verb: Token, state: _State) -> list[Actor]:
        """Subjects of a verb and of the verbs coordinated with it ("Hamas freed hostages
        and Israel released prisoners"), and the sides of a subject that is an event itself
        ("a ceasefire between Israel and Hamas came into effect")."""
        verbs = [verb]
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verbs.append(verb.head)
        verbs.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        found: list[Actor] = []
        for item in verbs:
            actors = self._subjects(item, state, _is_passive(item))
            if not actors:
                subject = next((c for c in item.children if c.dep_ in SUBJECT_DEPS), None)
                between = _prep_object(subject, PARTY_PREPS) if subject is not None else None
                actors = state.targets(between)
            found.extend(a for a in actors if a.code not in {f.code for f in found})
        return found

    def _antecedent(self, verb: Token, pronoun: Token, state: _State) -> list[Actor]:
        """ "Trump berated Zelensky, accusing him ...": an object pronoun in a participle
        or coordinated clause is the object of the clause it hangs on."""
        if pronoun.lower_ not in OBJECT_PRONOUNS or verb.dep_ not in ("advcl", "conj"):
            return []
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return []
        head = verb.head
        candidates = [_object_of(head, _is_passive(head)), _prep_object(head, ("with", "to"))]
        for candidate in candidates:
            # "spoke with Pezeshkian and urged him": the one spoken with
            if candidate is not None and candidate.i != pronoun.i:
                found = state.actors(candidate)
                if found:
                    return found
        return []

    def _direct_targets(
        self, verb: Token, obj: Token | None, pattern: VerbPattern, state: _State
    ) -> list[Actor]:
        found: list[Actor] = []
        for where in pattern.targets:
            if where == "object":
                if obj is not None:
                    # with an object list too: "expel Russian diplomats" names the target
                    found = state.targets(obj) or self._antecedent(verb, obj, state)
            elif where == "dative":
                dative = next(
                    (
                        c
                        for c in verb.children
                        if (c.dep_ == "dative" and c.pos_ != "ADP") or c.dep_ == "iobj"
                    ),
                    None,
                )
                if dative is not None:
                    found = state.targets(dative)
            else:
                found = self._prep_actors(verb, obj, (where,), state, lenient=True)
            if found:
                return found
        return []

    def _prep_actors(
        self,
        head: Token,
        obj: Token | None,
        preps: tuple[str, ...],
        state: _State,
        lenient: bool = False,
    ) -> list[Actor]:
        for owner in (head, obj):
            if owner is None:
                continue
            pobj = _prep_object(owner, preps)
            if pobj is not None:
                found = state.actors(pobj, lenient)
                if found:
                    return found
        return []


class _State:
    """Per-sentence caches: actor resolution and date expressions."""

    def __init__(
        self,
        doc: Doc,
        pub: dt.date,
        mentions: dict[int, Mention],
        finder: ActorFinder,
        owner_of_pronoun: Callable[[Token, _State], Actor | None] | None = None,
    ) -> None:
        self.doc = doc
        self.pub = pub
        self.mentions = mentions
        self._actors: dict[tuple[int, bool], list[Actor]] = {}
        self._dates: dict[bool, list[DateMention]] = {}
        self.finder = finder
        self.owner_of_pronoun = owner_of_pronoun
        self._resolving: set[int] = set()

    def actors(self, token: Token | None, lenient: bool = False) -> list[Actor]:
        if token is None:
            return []
        key = (token.i, lenient)
        cached = self._actors.get(key)
        if cached is not None:
            return cached
        out: list[Actor] = []
        items = _listed(token, self.mentions)
        for item in items:
            found = self.finder.resolve_all(item, self.mentions, self.pub, lenient)
            if not found and item.i != items[0].i:
                # "Russian politicians, oligarchs and companies": one adjective for all
                shared = self.finder.shared_modifier(items[0], item, self.mentions, self.pub)
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
        verb = _governing_verb(phrase)
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

    def targets(self, token: Token | None) -> list[Actor]:
        return self.actors(token, lenient=True)

    def date_for(self, trigger: Token, modality: str) -> tuple[dt.date, str]:
        future = modality in ("future", "intent")
        if future not in self._dates:
            self._dates[future] = find_dates(self.doc.text, self.pub, future)
        mentions = self._dates[future]
        if not mentions:
            return self.pub, "day"
        own = _clause_head(trigger)
        best: DateMention | None = None
        for mention in mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            if _clause_head(span.root).i == own.i:
                best = mention
                break
        if best is None:
            return self.pub, "day"
        return best.date, best.precision


PAIR_NOUNS = frozenset(
    "side party country nation leader government neighbour neighbor rival foe capital".split()
)


def _owner_position(token: Token) -> bool:
    """Whether a noun stands where an actor acts: a subject, or a `by`/`of` agent."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("by", "of")


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


def _other_actor_in_clause(trigger: Token, state: _State) -> bool:
    """Whether the trigger's phrase names an actor besides its subjects: then "X and Y
    signed agreements with Israel" is not something X and Y did with each other."""
    subjects = {t.i for c in trigger.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return any(
        t.i in state.mentions for t in trigger.subtree if t.i not in subjects and t.i != trigger.i
    )


def _reciprocal_argument(verb: Token, obj: Token | None) -> bool:
    """ "each other", "one another", or "the other" after a subject `each`."""
    candidates = [obj] if obj is not None else []
    candidates += [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]
    each_subject = any(c.dep_ in SUBJECT_DEPS and c.lower_ == "each" for c in verb.children)
    for token in candidates:
        before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        if token.lower_ == "other" and (before == "each" or (before == "the" and each_subject)):
            return True
        if token.lower_ == "another" and before == "one":
            return True
    return False


def _third_party(sources: list[Actor], targets: list[Actor], pattern: VerbPattern) -> bool:
    """Whether the source acts on an event between others (a mediator), rather than
    taking part in it: then that event stands as an event of its own sides."""
    if not any(w in PARTY_PREPS for w in pattern.targets):
        return False
    return not {a.code for a in sources} & {a.code for a in targets}


def _as_place(actor: Actor) -> Actor:
    return Actor(actor.code[:3], actor.name, actor.country, actor.group, ())


# ---------------------------------------------------------------------- parse helpers
DEEP_PREPS = (
    "of",
    "for",
    "against",
    "on",
    "to",
    "toward",
    "towards",
    "with",
    "over",
    "by",
    "across",
    "in",
    "inside",
    "near",
    "around",
    "into",
    "including",
    "at",
    "along",
)


def _deep_actors(token: Token, state: _State, depth: int = 3) -> list[Actor]:
    """Actors in prepositional phrases below `token` (and in a `set up by X` participle)."""
    if depth == 0:
        return []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in DEEP_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = state.targets(pobj) or _deep_actors(pobj, state, depth - 1)
                    if found:
                        return found
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            agent = _prep_object(child, ("by",), deps=("agent", "prep"))
            if agent is not None:
                found = state.actors(agent)
                if found:
                    return found
    return []


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children):
        return True
    return verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and not _misparsed_main(verb)


def _misparsed_main(verb: Token) -> bool:
    """A finite verb the parser attached to the subject noun as a modifier: "The US and 20
    other countries expelled 100 diplomats." (no other verb heads the sentence)."""
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "dobj" for c in verb.children)


def _hyphen_agent(verb: Token) -> Token | None:
    """The agent joined to an attributive participle by a hyphen: "a US-brokered plan"."""
    if verb.dep_ != "amod":
        return None
    for child in verb.lefts:
        nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        if (
            child.dep_ in ("npadvmod", "compound", "nmod", "amod")
            and nxt is not None
            and nxt.text == "-"
        ):
            return child
    return None


def _is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _object_of(verb: Token, passive: bool) -> Token | None:
    if passive:
        for child in verb.children:
            if child.dep_ in ("nsubjpass", "csubjpass"):
                if child.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
                    return verb.head
                return child
        if verb.dep_ in ("acl", "amod"):
            return verb.head
        if verb.dep_ == "conj":
            # "Blinken arrived in Kyiv and was received by Zelensky": the shared subject
            return next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            if child.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
                return verb.head
            return _unwrap(child)
    if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj",) for c in verb.children):
        # "the sanctions that Washington imposed": relativiser dropped or tagged oddly
        if any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVIZERS for c in verb.children):
            return verb.head
    return None


def _unwrap(token: Token) -> Token:
    from eventdb.etl.coder.actors import _unwrap_quantity

    return _unwrap_quantity(token)


def _object_fits(obj: Token | None, objects: tuple[tuple[str | None, str], ...]) -> bool:
    if obj is None:
        return False
    lemma = obj.lemma_.lower()
    lower = obj.lower_
    for modifier, head in objects:
        if head not in (lemma, lower):
            continue
        if modifier is None:
            return True
        if any(c.lemma_.lower() == modifier or c.lower_ == modifier for c in obj.lefts):
            return True
    return False


def _has_particles(verb: Token, particles: tuple[str, ...]) -> bool:
    present = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep", "dobj")}
    return all(p in present for p in particles)


def _prep_object(
    token: Token, preps: tuple[str, ...], deps: tuple[str, ...] = PREP_DEPS
) -> Token | None:
    """The object of a preposition on `token`, or on its particle ("pulled out of X")."""
    owners = [token, *(c for c in token.children if c.dep_ in ("prt", "advmod"))]
    for owner in owners:
        found = _own_prep_object(owner, preps, deps)
        if found is not None:
            return found
    return None


def _own_prep_object(token: Token, preps: tuple[str, ...], deps: tuple[str, ...]) -> Token | None:
    for child in token.children:
        if child.dep_ in deps and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    return _unwrap(pobj)
    return None


def _complement(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            return child
    for child in verb.children:
        if child.dep_ in ("prep",) and child.lower_ in ("to", "for", "on"):
            for pcomp in child.children:
                if pcomp.dep_ == "pcomp" and pcomp.pos_ == "VERB":
                    return pcomp
    return None


def _modality(verb: Token) -> str:
    chain = [verb]
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        chain.append(verb.head)
    for v in chain:
        auxes = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if any(m.lower_ in CONDITIONAL_MARKS for m in v.children if m.dep_ == "mark"):
            return "conditional"
        if v.dep_ == "advcl" and any(m.lower_ in CONDITIONAL_MARKS for m in v.children):
            return "conditional"
        if auxes & FUTURE_AUX or ("going" in auxes):
            if any(
                c.dep_ == "advcl" and any(m.lower_ in CONDITIONAL_MARKS for m in c.children)
                for c in v.children
            ):
                return "conditional"
            return "future"
        if auxes & POSSIBLE_AUX:
            return "possible"
    return "asserted"


def _matrix_verb(verb: Token) -> Token | None:
    """The verb of the clause that reports or governs `verb` ("X said it would ...")."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _clause_head(token: Token) -> Token:
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "aux":
            return current
        if current.head.i == current.i:
            return current
        current = current.head
    return current
