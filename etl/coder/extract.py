"""From a dependency parse to events: triggers, their arguments, and the grammar around them.

The verb dictionary says which trigger with which object and preposition means which code;
this module finds subjects and objects through the parse: passive voice, conjoined actors,
coordinated verbs, relative clauses, participles, infinitive complements (composed with the
governing verb: "agreed to send tanks" 0332), reported speech (the reported clause is coded,
"said" is not), negation and modality.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventdb.etl.coder.actors import (
    VENUE_KINDS,
    ActorFinder,
    Mention,
    conjuncts,
    unwrap_quantity,
)
from eventdb.etl.coder.context import (
    CIVILIAN_TRADES,
    PRIVATE_ROLES,
    as_victim,
    business_force,
    company_service,
    home_visit,
    states_no_act,
    with_role,
    year_of,
)
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
#: actor kinds an object pronoun may stand for; "them" also any plural agent ("inspectors")
PRONOUN_KINDS = {
    "him": ("person",),
    "her": ("person",),
    "them": ("group", "organisation"),
}
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
#: prepositions by which a clause names its means: "with drones", "in a wave of strikes"
MEANS_PREPS = frozenset({"with", "in", "using", "by"})
#: verbs that deal their `with` noun to their object: "hit Russia with sanctions"
INFLICTING_VERBS = frozenset({"hit", "target", "slap", "punish", "saddle", "lash", "pummel"})
#: prepositions that name what someone is accused or blamed of ("accused X of spying")
GROUND_PREPS = frozenset({"of", "for"})
#: particles by which a verb of firing names what it brought down ("shot down a drone")
DOWNING_PARTICLES = frozenset({"down"})
INSTRUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "agent", "prep", "npadvmod", "compound", "nmod")
#: nouns that put a clause in sport, culture or entertainment: "hosted Brazil in a friendly"
LEISURE_NOUNS = frozenset(
    "match friendly qualifier final semifinal semi-final quarterfinal quarter-final tournament"
    " cup championship league olympics olympic derby fixture medal marathon festival concert"
    " documentary film movie exhibition player footballer athlete fan striker goalkeeper"
    " referee".split()
)
_LEISURE_TEXT = re.compile(r"\b(?:" + "|".join(sorted(LEISURE_NOUNS)) + r")|\d-\d", re.IGNORECASE)
#: clausal dependents whose words belong to another clause than the trigger's
OTHER_CLAUSE_DEPS = ("ccomp", "advcl", "xcomp", "conj", "relcl", "parataxis", "acl")
#: verbs of rising and falling: their subject is a measure ("exports rose 20 percent")
CHANGE_VERBS = frozenset(
    "rise fall drop jump surge climb plunge slump decline increase decrease grow shrink double"
    " triple halve soar tumble dip slip ease rebound".split()
)
#: verbs through which an attack noun acts on the verb's object ("an air strike destroyed")
IMPACT_VERBS = frozenset(
    "destroy damage hit kill injure wound level flatten raze demolish wreck devastate target"
    " strike claim".split()
)
FORCE_ROOTS = ("18", "19", "20")
#: acts with victims: people named without a country are of the place where they suffer
VICTIM_ROOTS = ("17", *FORCE_ROOTS)
#: participles take the clause's target for giving and promising (01-08) only: in
#: "stormed Israel, killing hundreds" the killing has victims of its own
LENT_TARGET_ROOT = "08"
#: units an event is counted in: "two days of talks", "three rounds of strikes"
AMOUNT_NOUNS = frozenset({"day", "week", "month", "hour", "year", "round", "wave"})
#: prepositions of time: an event noun after them is background ("after talks")
BACKGROUND_PREPS = frozenset({"after", "following", "before", "since", "despite"})
#: prepositions by which a clause's event names the frame it happened in ("in a deal")
FRAME_PREPS = frozenset({"in", "under"})
#: prepositions by which an event says it came about through a go-between
MEDIATED_PREPS = frozenset({"with", "under", "through", "after", "following", "via", "amid"})
#: protesters put down by a country's own security forces are that country's
OPPOSITION_ROLE = "OPP"
SECURITY_ROLES = frozenset({"COP", "MIL"})
#: participles that name whom the event of their clause is aimed at
AIMING_VERBS = frozenset({"target"})
#: participles by which a place names who is in it
HOUSING_VERBS = frozenset({"house", "host", "hold", "shelter", "station", "carry", "transport"})
#: participles by which a place names who uses it ("a hotel frequented by officials")
FREQUENTING_VERBS = frozenset({"frequent", "use", "visit"})
#: prepositions of place: their object is a venue when it is a city
VENUE_PREPS = ("in", "at")
#: adjectives of stance about a clause, and the noun one expresses them with
STANCE_NOUNS = {
    "optimistic": "optimism",
    "hopeful": "hope",
    "confident": "confidence",
    "pessimistic": "pessimism",
    "sceptical": "scepticism",
    "skeptical": "skepticism",
    "doubtful": "doubt",
}
#: predicative adjectives that govern an infinitive like "agree to" / "refuse to" do
ADJECTIVE_COMPOSE = {
    "ready": "intent",
    "willing": "intent",
    "prepared": "intent",
    "eager": "intent",
    "keen": "intent",
    "determined": "intent",
    "unwilling": "reject",
    "reluctant": "reject",
}
#: a cheap test of the raw text before any adjective is looked for token by token
_ADJECTIVE_TEXT = re.compile(
    r"\b(?:" + "|".join(sorted({*STANCE_NOUNS, *ADJECTIVE_COMPOSE})) + r")\b", re.IGNORECASE
)
#: where words are the weapon: "attacked China's trade practices in a campaign speech"
SPEECH_NOUNS = frozenset(
    "speech interview statement address remark post tweet article editorial op-ed column"
    " letter debate podcast broadcast rally".split()
)
CRITICIZE_CODE = "111"
#: codes whose target is territory itself (blockade, occupation), not its people
TERRITORY_CODES = ("192",)
#: participles by which an attack names whom it hurt ("killing dozens of civilians")
HARMING_VERBS = frozenset({"kill", "wound", "injure", "maim", "cut", "starve", "trap", "deprive"})
#: verbs by which a government announces what its country does
ANNOUNCING_VERBS = frozenset("say state announce declare confirm tell add pledge".split())
#: an act dated this many years or more before publication is history recalled, not news;
#: a more recent date is the event's own date ("in 2016, Biden criticized Russia")
HISTORY_YEARS = 15
_YEAR_TEXT = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


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


class SentenceCoder:
    def __init__(self, dictionaries: Dictionaries, finder: ActorFinder) -> None:
        self.d = dictionaries
        self.finder = finder
        self.compose = dictionaries.compose
        self._reject_default = str(self.compose.get("reject", {}).get("default") or "")
        #: the codes an accusation's grounds refine ("112" for 1121-1125)
        self._accusation_bases = {code[:3] for code in dictionaries.accusations}
        #: longest phrases first: "war crime" 1124 before "crime" 1121
        self._grounds_phrases = sorted(
            ((f" {p} ", c) for c, phrases in dictionaries.accusations.items() for p in phrases),
            key=lambda item: -len(item[0].split()),
        )

    # ------------------------------------------------------------------ entry point
    def code(
        self, doc: Doc, pub: dt.date, aliases: tuple[tuple[str, str], ...] = ()
    ) -> list[CodedEvent]:
        text = doc.text
        mentions = self.finder.mentions(doc, aliases, text)
        if not mentions:
            return []  # no actor, no event: cheap exit for most non-political text
        state = _State(doc, pub, mentions, self.finder, self._owner_of_pronoun, text)
        tokens = list(doc)  # spaCy makes a new Token per visit: walk the sentence once
        matches: list[Match] = []
        consumed: set[int] = set()
        for token in tokens if _ADJECTIVE_TEXT.search(text) else ():
            if token.lower_ in ADJECTIVE_COMPOSE:
                match = self._match_adjective(token, state)
            elif token.lower_ in STANCE_NOUNS:
                match = self._match_stance(token, state)
            else:
                continue
            if match:
                matches.append(match)
                consumed |= match.consumed
        for token in tokens:
            if token.pos_ == "VERB" and token.lemma_.lower() in INFLICTING_VERBS:
                state.day = state.role_day(token)
                match = self._inflicted(token, state)
                if match:
                    matches.append(match)
                    consumed |= match.consumed
        verbs = [
            t for t in tokens if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.d.verbs
        ]
        # matrix verbs first, so their complements are consumed before standing alone
        verbs.sort(key=lambda t: (not self._has_compose(t), t.i))
        for verb in verbs:
            if verb.i in consumed:
                continue
            state.day = state.role_day(verb)
            match = self._match_verb(verb, state)
            if match:
                matches.append(match)
                consumed |= match.consumed
        for token in tokens:
            if token.i in consumed or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if token.lemma_.lower() not in self.d.nouns:
                continue
            state.day = state.role_day(token)
            match = self._match_noun(token, state)
            if match:
                matches.append(match)
        state.day = pub
        matches.extend(self._participles(verbs, matches, consumed, state))
        events: list[CodedEvent] = []
        seen: set[tuple[str, str, str]] = set()
        leisure = _LEISURE_TEXT.search(text) is not None
        for match in matches:
            if (
                match.code.startswith("01")
                and match.trigger.pos_ != "ADJ"
                and _complement(match.trigger) is not None
            ):
                continue  # "X told Y that ...": the reported clause is the event, not the telling
            if _in_condition(match.trigger) or _believed(match.trigger):
                continue  # "if Russia used ...", "optimistic that they would agree": no event
            if leisure and _leisure_context(match.trigger, state.mentions):
                continue  # "France hosted Brazil in a friendly": a match, not a state visit
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
            elif match.code == self._reject_default and match.trigger.pos_ == "VERB":
                match.code = self._refused(match.trigger) or match.code
            place = self.d.is_place_target(match.code)
            pairs = [(s, t) for s in match.sources for t in match.targets]
            if match.mutual:
                pairs += [(t, s) for s in match.sources for t in match.targets]
            for source, target in pairs:
                if _private_contact(source, match.code) or _commerce(source, target):
                    continue
                if company_service(source, match.trigger):
                    continue
                if business_force(source, target, match.code):
                    continue
                if match.code.startswith(FORCE_ROOTS):
                    target = as_victim(target)
                if place and len(target.code) > 3 and target.code[3:] == "GOV":
                    if not self._officials(target):
                        target = _as_place(target)
                if home_visit(source, target, match.code):
                    continue
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

    def _participles(
        self, verbs: list[Token], matches: list[Match], consumed: set[int], state: _State
    ) -> list[Match]:
        """Participle clauses that name no target of their own take the clause above's:
        "made a visit to Kyiv, pledging $500 million in aid" 033 to Ukraine; "agreed a
        package of sanctions against Russia, targeting Russian banks" 163 on Russian banks."""
        found: list[Match] = []
        done = {m.trigger.i for m in matches} | consumed
        for verb in verbs:
            if verb.i in done or not _bare_participle(verb):
                continue
            state.context = self._context_targets(verb.head, matches, state)
            if state.context:
                match = self._match_verb(verb, state)
                if match and match.code[:2] <= LENT_TARGET_ROOT:
                    found.append(match)
            state.context = []
        for match in matches:
            for participle in _aiming_participles(match.trigger):
                obj = _object_of(participle, False)
                targets = state.targets(obj, match.code.startswith(VICTIM_ROOTS))
                if targets and participle.i not in done:
                    aimed = Match(
                        participle,
                        match.pattern,
                        match.sources,
                        targets,
                        match.code,
                        match.negated,
                        match.modality,
                        {participle.i},
                    )
                    found.append(aimed)
        return found

    def _context_targets(self, head: Token, matches: list[Match], state: _State) -> list[Actor]:
        """The targets of the clause a participle hangs on: of an event coded in it, else the
        actors its object names or leads to ("a visit to Kyiv")."""
        if head.pos_ not in ("VERB", "AUX"):
            return []
        clause = {t.i for c in head.children if c.dep_ not in OTHER_CLAUSE_DEPS for t in c.subtree}
        for match in matches:
            if match.trigger.i == head.i or match.trigger.i in clause:
                if not self.d.is_place_target(match.code):
                    return match.targets
                # "a visit to Kyiv": the country visited, not its government
                return [_as_place(a) if a.code[3:] == "GOV" else a for a in match.targets]
        obj = _object_of(head, _is_passive(head))
        if obj is None:
            return []
        return state.targets(obj) or _deep_actors(obj, state)

    def _announced(self, match: Match, state: _State) -> list[Actor]:
        """ "Macron said France would withdraw its ambassador": what a leader says their
        country does, the government does. Officials reporting facts ("US officials said the
        United States has shared intelligence") leave the country as it is."""
        if not any(len(a.code) == 3 for a in match.sources):
            return match.sources
        verb = _clause_head(match.trigger)
        matrix = _matrix_verb(verb) if verb.dep_ == "ccomp" else None
        if matrix is None or matrix.lemma_.lower() not in ANNOUNCING_VERBS:
            return match.sources
        subject = next((c for c in matrix.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or not any(
            t.i in state.mentions and state.mentions[t.i].actor.kind == "person"
            for t in subject.subtree
        ):
            return match.sources
        speakers = {a.code for a in self._subjects(matrix, state, _is_passive(matrix))}
        return [
            with_role(a, "GOV") if len(a.code) == 3 and a.code + "GOV" in speakers else a
            for a in match.sources
        ]

    def _officials(self, actor: Actor) -> bool:
        """Whether a government target is people named by an agent noun ("a hotel frequented
        by government officials"), not a capital standing for the place it is."""
        last = actor.name.rsplit(" ", 1)[-1].lower()
        return self.finder.agents.get(last) == "GOV" or self.finder.agents.get(last[:-1]) == "GOV"

    def _named_victims(self, match: Match, state: _State) -> list[Actor]:
        """ "bombed the rebel-held town of Douma, killing dozens of civilians": when an attack
        on a place names the civilians it killed or wounded, they are its target."""
        if match.code.startswith(TERRITORY_CODES):
            return []  # "stormed into Israel, killing hundreds": the territory is taken
        if not match.targets or any(len(a.code) > 3 for a in match.targets):
            return []
        countries = {a.code for a in match.targets}
        for child in match.trigger.children:
            if child.dep_ not in ("advcl", "xcomp", "conj") or child.tag_ != "VBG":
                continue
            if child.lemma_.lower() not in HARMING_VERBS:
                continue
            # "killing dozens of civilians"; "cutting off food to thousands of civilians"
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            receiver = _prep_object(child, ("to",))
            if receiver is None and obj is not None:
                receiver = _prep_object(obj, ("to",))
            obj = receiver or obj
            if obj is None:
                continue
            victims = [
                a
                for a in state.targets(obj, place=True)
                if a.roles in (("CVL",), *((r,) for r in CIVILIAN_TRADES))
                and a.code[:3] in countries
            ]
            if victims:
                return [as_victim(a) for a in victims]
            head = unwrap_quantity(obj)
            role = self.finder.role_of(head)
            if head.i not in state.mentions and (role == "CVL" or role in CIVILIAN_TRADES):
                # people named without a country are of the place attacked
                return [Actor(c + "CVL", head.text, c, None, ("CVL",)) for c in sorted(countries)]
        return []

    def _refine(self, trigger: Token) -> str | None:
        """The weapon named around the trigger: "warplanes struck" 195, "shelled" 194. The
        thing brought down in "shot down a drone" is the target, not the shooter's weapon.
        With several weapons ("missile and air strikes") the one listed first wins, so
        the order of `instruments` is the order of precedence."""
        downed = _object_of(trigger, False) if _downs(trigger) else None
        words = [trigger]
        for child in trigger.children:
            if child.dep_ in INSTRUMENT_DEPS and (downed is None or child.i != downed.i):
                words.extend(child.subtree)
        for verb in _shared_clauses(trigger):
            # "struck Iran's facilities and killed commanders in a wave of air strikes": the
            # means named after the last of two coordinated acts is that of both
            words.extend(t for means in self._means(verb) for t in means.subtree)
        codes = set()
        for word in words:
            code = self.d.instruments.get(word.lemma_.lower()) or self.d.instruments.get(
                word.lower_
            )
            if code:
                codes.add(code)
        return min(codes, key=self.d.instrument_order.index) if codes else None

    def _means(self, verb: Token) -> list[Token]:
        """Phrases that name how a verb's act was done: "with drones", "in a wave of air
        strikes" (an attack noun or a weapon), not "in a speech on drones"."""
        found: list[Token] = []
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in MEANS_PREPS:
                continue
            for pobj in prep.children:
                inner = _prep_object(pobj, ("of",)) if pobj.dep_ == "pobj" else None
                for noun in (pobj, inner):
                    if noun is not None and self._is_force(noun):
                        found.append(noun)
        return found

    def _is_force(self, noun: Token) -> bool:
        lemma = noun.lemma_.lower()
        if lemma in self.d.instruments:
            return True
        patterns = self.d.nouns.get(lemma, ())
        return any(p.code.startswith(FORCE_ROOTS) for p in patterns)

    def _grounds(self, match: Match) -> str | None:
        """What "accused X of ..." names decides the kind of accusation: "of war crimes"
        1124, "of espionage" 1125. Words elsewhere in the sentence are no grounds."""
        phrase = next(
            (c for c in match.trigger.children if c.dep_ == "prep" and c.lower_ in GROUND_PREPS),
            None,
        )
        if phrase is None:
            return None
        words = [t for t in phrase.subtree if t.i != phrase.i]
        lemmas = " " + " ".join(t.lemma_.lower() for t in words) + " "
        texts = " " + " ".join(t.lower_ for t in words) + " "
        for needle, code in self._grounds_phrases:
            if needle in lemmas or needle in texts:
                return code
        return None

    def _refused(self, verb: Token) -> str | None:
        """ "rejected North Korea's demand to lift sanctions" 1244, "rejected an offer of
        talks" 125: what the refused proposal asks for makes the refusal specific."""
        proposal = _object_of(verb, _is_passive(verb))
        if proposal is None or proposal.pos_ != "NOUN":
            return None
        inner = next(
            (
                c
                for c in proposal.children
                if c.dep_ in ("acl", "relcl")
                and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if inner is None:
            inner = _prep_object(proposal, ("of", "for"))
            if inner is None or inner.lemma_.lower() not in self.d.nouns:
                return None
        bare = self._bare_code(inner)
        return self._lookup("reject", bare) if bare else None

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
        # the object's words once, not once per pattern; a named person's title stands for
        # the object noun ("killed Hezbollah leader Hassan Nasrallah")
        fitting = [obj, *_titles(obj)] if obj is not None else []
        words = {w for t in fitting for w in (t.lemma_.lower(), t.lower_)}
        best: tuple[int, VerbPattern, list[Actor], list[Actor], set[int]] | None = None
        composed: Match | None = None
        for pattern in patterns:
            if pattern.particles and not _has_particles(verb, pattern.particles):
                continue
            if pattern.objects and not (
                not pattern.heads.isdisjoint(words)
                and any(_object_fits(t, pattern.objects) for t in fitting)
            ):
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
            if not tgts and state.context and subjects is None:
                tgts = state.context
            if not tgts and pattern.code.startswith(VICTIM_ROOTS):
                tgts = self._domestic_opponents(obj, srcs, state)
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

    def _inflicted(self, verb: Token, state: _State) -> Match | None:
        """ "hit Russia with sanctions", "slapped China with tariffs": the `with` noun is the
        action, the verb's object its target; the verb itself is no attack."""
        obj = _object_of(verb, False)
        noun = _prep_object(verb, ("with",))
        if obj is None or noun is None or _is_negated(verb):
            return None
        plain = [p for p in self.d.nouns.get(noun.lemma_.lower(), []) if not p.objects]
        if not plain:
            return None
        targets = state.targets(obj)
        sources = self._subjects(verb, state, False)
        if not targets or not sources:
            return None
        pattern = plain[-1]
        consumed = {verb.i, noun.i, obj.i}
        return Match(
            verb, pattern, sources, targets, pattern.code, False, _modality(verb), consumed
        )

    def _match_adjective(self, adjective: Token, state: _State) -> Match | None:
        """ "China is unwilling to provide support to Russia" 122, "Poland is ready to hand
        over jets to Ukraine" 0332: the adjective composes with its infinitive as "refuse
        to" / "agree to" do; the infinitive is no event of its own."""
        if adjective.dep_ not in ("acomp", "ROOT", "conj", "ccomp"):
            return None
        if _complement(adjective) is None:
            return None
        kind = ADJECTIVE_COMPOSE[adjective.lower_]
        copula = adjective.head if adjective.dep_ == "acomp" else adjective
        if _is_negated(copula) or (copula.i != adjective.i and _is_negated(adjective)):
            if kind != "intent":
                return None  # "not unwilling": no stance either way
            kind = "reject"
        subjects = self._subjects(copula, state, False)
        if not subjects:
            return None
        pattern = VerbPattern(
            trigger=adjective.lower_,
            is_noun=False,
            code=str(self.compose.get(kind, {}).get("default") or ""),
            compose=kind,
            origin="grammar:adjective",
        )
        return self._compose(adjective, pattern, state, subjects, 0)

    def _domestic_opponents(
        self, obj: Token | None, sources: list[Actor], state: _State
    ) -> list[Actor]:
        """ "Myanmar soldiers and police shot dead 100 protesters": protesters named without
        a country, put down by a country's police or army, are that country's own."""
        if obj is None or self.finder.role_of(obj) != OPPOSITION_ROLE:
            return []
        if any(t.i in state.mentions for t in obj.subtree):
            return []  # "pro-Iranian protesters": a name of their own, not plainly domestic
        countries = {a.country for a in sources}
        if len(countries) != 1 or None in countries:
            return []
        if not all(set(a.roles) & SECURITY_ROLES for a in sources):
            return []
        country = next(iter(countries))
        return [Actor(country + OPPOSITION_ROLE, obj.text, country, None, (OPPOSITION_ROLE,))]

    def _match_stance(self, adjective: Token, state: _State) -> Match | None:
        """ "Qatar's prime minister was optimistic that Israel and Hamas would reach a deal":
        a stance towards the actors of the clause it is about, coded as expressing the
        matching noun ("express optimism") is; the clause itself is no event."""
        clause = next((c for c in adjective.children if c.dep_ == "ccomp"), None)
        if adjective.dep_ != "acomp" or clause is None or _is_negated(adjective.head):
            return None
        noun = STANCE_NOUNS[adjective.lower_]
        pattern = next(
            (p for p in self.d.verbs.get("express", []) if _object_fits_lemma(noun, p.objects)),
            None,
        )
        if pattern is None:
            return None
        sources = self._subjects(adjective.head, state, False)
        targets = self._clause_subjects(clause, state)
        if not sources or not targets:
            return None
        return Match(
            adjective, pattern, sources, targets, pattern.code, False, "asserted", {adjective.i}
        )

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
        if kind in ("appeal", "demand") and _reports_to(verb, complement):
            return None
        noun = None
        if complement is None:
            # "threatened Russia with sanctions", "called for a ceasefire"
            noun = _prep_object(verb, ("with", "for", "of"))
            if noun is None and state.context:
                noun = _object_noun(verb)  # "pledging $500 million in military aid"
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
        if kind == "threaten" and not addressees:
            if action is None or not _names_actor(complement, state):
                # "threatened to close the strait if the US blocked its exports"
                addressees = self._condition_subjects(verb, state)
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
        if _is_measure(noun) or (_background(noun) and not self._own_sources(noun, state)):
            return None  # "after talks": background; "after Israeli strikes": still news
        best: tuple[int, VerbPattern, list[Actor]] | None = None
        for pattern in self.d.nouns.get(noun.lemma_.lower(), []):
            if pattern.objects:
                continue
            tgts = self._prep_actors(noun, None, pattern.targets, state, lenient=True)
            if tgts and (best is None or pattern.specificity >= best[0]):
                best = (pattern.specificity, pattern, tgts)
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
            and _prep_object(noun, ("between",)) is not None
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
        governor = _governing_verb(noun)
        if governor is not None and _is_negated(governor):
            return None
        modality = _modality(governor) if governor is not None else "asserted"
        return Match(noun, pattern, srcs, tgts, pattern.code, False, modality, {noun.i}, mutual)

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

    def _object_pattern(self, verb: Token, obj: Token) -> VerbPattern | None:
        """The verb's most specific act of force that asks for this very object."""
        fitting = [obj, *_titles(obj)]
        best: VerbPattern | None = None
        for pattern in self.d.verbs.get(verb.lemma_.lower(), ()):
            if not pattern.objects or pattern.particles or pattern.compose:
                continue
            if not pattern.code.startswith(FORCE_ROOTS):
                continue
            if any(_object_fits(t, pattern.objects) for t in fitting):
                if best is None or pattern.specificity >= best.specificity:
                    best = pattern
        return best

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
                if verb.dep_ == "xcomp":
                    # "told Putin to withdraw": the one told does the withdrawing
                    controller = _object_of(head, _is_passive(head))
                    if controller is not None:
                        return state.actors(controller)
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
                holders = [obj if not pattern.objects else None]
            elif where == "dative":
                holders = []
            else:
                # "eased restrictions on travel to Cuba on Monday": both "on" phrases
                holders = [_prep_object(verb, (where,))]
                holders += [_prep_object(obj, (where,))] if obj is not None else []
            for holder in holders:
                found = _deep_actors(holder, state) if holder is not None else []
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
        counterpart = self._counterpart(event, state)
        if counterpart:
            return counterpart
        current = event
        for _ in range(6):
            if current.head.i == current.i:
                return []
            current = current.head
            if current.pos_ not in ("VERB", "AUX"):
                continue
            # the signers of "a pact" are its verb's own subjects, not those of the next
            # clause ("X and Y signed a pact, and Z signed a deal with W")
            found = []
            if event.dep_ == "dobj" and event.head.i == current.i:
                found = self._subjects(current, state, _is_passive(current))
                if len(found) > 1 and self._counterpart(current, state):
                    return []  # "X and Y signed deals to establish ties with Z"
            found = found if len(found) > 1 else self._clause_subjects(current, state)
            if found:
                return found
        return []

    def _names_counterpart(self, noun: Token, state: _State) -> bool:
        """Whether an agreement noun or the verb governing it names another party."""
        if self._counterpart(noun, state):
            return True
        governor = _governing_verb(noun)
        return governor is not None and bool(self._counterpart(governor, state))

    def _counterpart(self, event: Token, state: _State) -> list[Actor]:
        """ "signed agreements to normalise relations with Israel": the side the agreement's
        own clause names is the other party, not the co-signers."""
        for child in event.children:
            if child.dep_ not in ("acl", "relcl", "advcl", "xcomp") or child.pos_ != "VERB":
                continue
            if child.dep_ in ("advcl", "xcomp") and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            ):
                continue  # only a purpose: "signed deals to establish ties with Israel"
            found = state.targets(_prep_object(child, ("with",)))
            if not found:
                obj = next((c for c in child.children if c.dep_ == "dobj"), None)
                found = state.targets(_prep_object(obj, ("with",))) if obj is not None else []
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
        if pronoun.lower_ not in OBJECT_PRONOUNS:
            return []
        if verb.dep_ not in ("advcl", "conj") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return self._nearest_antecedent(verb, pronoun, state)
        head = verb.head
        candidates = [_object_of(head, _is_passive(head)), _prep_object(head, ("with", "to"))]
        for candidate in candidates:
            # "spoke with Pezeshkian and urged him": the one spoken with
            if candidate is not None and candidate.i != pronoun.i:
                found = state.actors(candidate)
                if found:
                    return found
        return self._nearest_antecedent(verb, pronoun, state)

    def _nearest_antecedent(self, verb: Token, pronoun: Token, state: _State) -> list[Actor]:
        """ "inspectors arrived after Tehran granted them access": a person for him/her, a
        plural group for them, named earlier in the sentence; only when just one fits, and
        never the verb's own subject."""
        kinds = PRONOUN_KINDS.get(pronoun.lower_)
        if kinds is None:
            return []
        own = {a.code for a in self._subjects(verb, state, _is_passive(verb))}
        fits: dict[str, Actor] = {}
        for token in state.doc[: pronoun.i]:
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "poss"):
                continue
            mention = state.mentions.get(token.i)
            named = mention is not None and mention.actor.kind in kinds
            plural = pronoun.lower_ == "them" and token.tag_ in ("NNS", "NNPS")
            if not named and not plural:
                continue
            for actor in state.actors(token):
                if actor.code not in own:
                    fits.setdefault(actor.code, actor)
        return list(fits.values()) if len(fits) == 1 else []

    def _direct_targets(
        self, verb: Token, obj: Token | None, pattern: VerbPattern, state: _State
    ) -> list[Actor]:
        found: list[Actor] = []
        for where in pattern.targets:
            if where == "object":
                if obj is not None:
                    # with an object list too: "expel Russian diplomats" names the target
                    place = pattern.code.startswith(VICTIM_ROOTS)
                    venues = self._between_sides(pattern.code)
                    found = state.targets(obj, place, venues) or self._antecedent(verb, obj, state)
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
                    found = state.targets(dative) or self._antecedent(verb, dative, state)
            elif where in VENUE_PREPS and self._between_sides(pattern.code):
                found = self._counterpart_in(verb, obj, where, state)
            else:
                place = pattern.code.startswith(VICTIM_ROOTS)
                found = self._prep_actors(verb, obj, (where,), state, lenient=True, place=place)
            if found:
                return found
        return []

    def _between_sides(self, code: str) -> bool:
        """Acts done with a counterpart (talks, deals, truces), not to a place."""
        return self.d.is_reciprocal(code) and not self.d.is_place_target(code)

    def _counterpart_in(
        self, verb: Token, obj: Token | None, prep: str, state: _State
    ) -> list[Actor]:
        """ "sanctions in Syria" names Syria; "signed a ceasefire in Jeddah" names only where
        it was signed: a city is a venue for acts other than visits and violence."""
        for owner in (verb, obj):
            pobj = _prep_object(owner, (prep,)) if owner is not None else None
            if pobj is None:
                continue
            mention = state.mentions.get(pobj.i)
            if mention is not None and mention.actor.kind in VENUE_KINDS:
                continue
            found = state.targets(pobj)
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
        place: bool = False,
    ) -> list[Actor]:
        for owner in (head, obj):
            if owner is None:
                continue
            pobj = _prep_object(owner, preps)
            if pobj is not None:
                found = state.actors(pobj, lenient, place)
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


def _occupants(token: Token) -> Token | None:
    """The people a place is said to hold: "two Iraqi bases housing US troops"."""
    for child in token.children:
        if child.dep_ == "acl" and child.lemma_.lower() in HOUSING_VERBS:
            return next((c for c in child.children if c.dep_ == "dobj"), None)
        if child.dep_ == "acl" and child.lemma_.lower() in FREQUENTING_VERBS:
            # "a hotel frequented by government officials": those who use it
            return _prep_object(child, ("by",), deps=("agent", "prep"))
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


def _bare_participle(verb: Token) -> bool:
    """ "..., pledging $500 million": a participle clause with no subject of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children)
    )


def _aiming_participles(trigger: Token) -> list[Token]:
    """ "sanctions ..., targeting Russian banks": participles that say at whom the event of
    the clause is aimed."""
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = _governing_verb(trigger)
        if verb is not None:
            heads.append(verb)
    return [
        c
        for head in heads
        for c in head.children
        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and c.lemma_.lower() in AIMING_VERBS
    ]


def _object_noun(verb: Token) -> Token | None:
    """The event noun a verb's object names, through an amount: "$500 million in aid"."""
    obj = _object_of(verb, False)
    if obj is None:
        return None
    if obj.pos_ == "NUM" or obj.lemma_.lower() in ("million", "billion"):
        inner = _prep_object(obj, ("in", "of"))
        return inner if inner is not None else obj
    return obj


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


def _leisure_context(trigger: Token, mentions: dict[int, Mention]) -> bool:
    """Whether the trigger's own arguments put it in sport or culture: "hosted Brazil in a
    friendly", "will host the World Cup", "beat Ukraine 3-1". Actor names do not count:
    "the Arab League" is an actor, not a league."""
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = _governing_verb(trigger)
        if verb is not None:
            heads.append(verb)  # "a Russian strike on Kyiv is the subject of a documentary"
    words: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ not in OTHER_CLAUSE_DEPS:
                words.extend(child.subtree)
    for word in words:
        if word.i in mentions or word.lemma_.lower() not in LEISURE_NOUNS:
            continue
        if word.pos_ in ("NOUN", "PROPN") or word.dep_ in ("pobj", "dobj"):
            return True  # "in a friendly" is tagged as an adjective
        if _is_score(word.text):
            return True
    return False


def _is_score(text: str) -> bool:
    """A match score: "3-1", "78-70"."""
    left, dash, right = text.partition("-")
    return bool(dash) and left.isdigit() and right.isdigit() and max(len(left), len(right)) <= 3


def _believed(trigger: Token) -> bool:
    """Whether the trigger is in a clause someone is only optimistic, confident or sceptical
    about: "he was optimistic that Israel and Hamas would reach an agreement"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _governing_verb(trigger)
    for _ in range(3):
        if verb is None or verb.head.i == verb.i:
            return False
        if verb.dep_ == "ccomp" and verb.head.pos_ == "ADJ":
            return True
        if verb.dep_ not in ("xcomp", "conj"):
            return False
        verb = verb.head
    return False


def _in_condition(trigger: Token) -> bool:
    """Whether the trigger is the condition of an "if"/"unless" clause."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _governing_verb(trigger)
    if verb is None:
        return False
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children)


def _spoken(trigger: Token) -> bool:
    """Whether the trigger happens in a speech, interview or post: then "attacked" and
    "hammered" are words, not force."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "on", "at"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in SPEECH_NOUNS:
                    return True
    return False


def _private_contact(source: Actor, code: str) -> bool:
    """Tourists visiting, residents welcoming, investors hopeful: comments (01), meetings and
    visits (04) are events between representatives, not between private people."""
    return code.startswith(("01", "04")) and source.roles == ("CVL",)


def _commerce(source: Actor, target: Actor) -> bool:
    """Firms suing, buying from or signing deals with firms, tourists attacking a waiter: what
    private people and companies do to each other, with no political actor on either side, is
    no event ("Volkswagen sued a Chinese supplier", "a billionaire sued a newspaper")."""
    return all(a.roles and set(a.roles) <= PRIVATE_ROLES for a in (source, target))


def _third_party(sources: list[Actor], targets: list[Actor], pattern: VerbPattern) -> bool:
    """Whether the source acts on an event between others (a mediator), rather than
    taking part in it: then that event stands as an event of its own sides."""
    if not any(w in PARTY_PREPS for w in pattern.targets):
        return False
    return not {a.code for a in sources} & {a.code for a in targets}


def _not_news(trigger: Token, state: _State) -> bool:
    """Whether the trigger states no act happening now (see `states_no_act`), or one dated
    long before publication."""
    return states_no_act(trigger) or _historical(trigger, state)


def _historical(trigger: Token, state: _State) -> bool:
    """ "Germany's invasion of Poland in 1939", "the 1979 Soviet invasion": dated years
    before publication, the act is history recalled, not news."""
    limit = state.pub.year - HISTORY_YEARS
    if trigger.pos_ in ("NOUN", "PROPN"):
        for child in trigger.lefts:
            if (
                child.dep_ in ("nummod", "compound", "amod", "nmod")
                and year_of(child.text) <= limit
            ):
                return True
    if not _YEAR_TEXT.search(state.text):
        return False
    day, _ = state.date_for(trigger, "asserted")
    return day.year <= limit


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


#: where goods a participle describes come from: "vehicles imported from China"
ORIGIN_PREPS = ("from",)


def _deep_actors(token: Token, state: _State, depth: int = 3) -> list[Actor]:
    """Actors in prepositional phrases below `token` or below what is coordinated with it
    ("remittances and travel to Cuba"), and in a participle on it ("vehicles imported from
    China", "a group set up by Iran")."""
    if depth == 0:
        return []
    for item in conjuncts(token):
        for child in item.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in DEEP_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = state.targets(pobj) or _deep_actors(pobj, state, depth - 1)
                        if found:
                            return found
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                agent = _prep_object(child, ("by",), deps=("agent", "prep"))
                found = state.actors(agent) if agent is not None else []
                if not found and _prep_object(child, ORIGIN_PREPS) is not None:
                    found = state.targets(_prep_object(child, ORIGIN_PREPS))
                if found:
                    return found
    return []


def _amount_of(noun: Token) -> Token:
    """The amount an event noun is counted in ("two days of talks" -> days), else itself."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return noun
    amount = prep.head
    if amount.lemma_.lower() in AMOUNT_NOUNS and any(c.dep_ == "nummod" for c in amount.children):
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


def _is_measure(noun: Token) -> bool:
    """ "China's exports to Russia rose 20 percent": the subject of a verb of rising or
    falling is a quantity, not an event."""
    head = noun.head
    return noun.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in CHANGE_VERBS


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


def _shared_clauses(verb: Token) -> list[Token]:
    """Verbs coordinated after `verb` that share its subject (no subject of their own)."""
    if verb.pos_ != "VERB":
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
    ]


def _downs(verb: Token) -> bool:
    """ "shot down", "brought down": the object is what fell, not what was fired."""
    return any(c.dep_ == "prt" and c.lower_ in DOWNING_PARTICLES for c in verb.children)


def _titles(obj: Token) -> list[Token]:
    """Title nouns on a name: "Hezbollah leader Hassan Nasrallah", "Nasrallah, the group's
    leader". A pattern that asks for a leader is met by the person who holds the title."""
    if obj.pos_ != "PROPN":
        return []
    found: list[Token] = []
    for child in obj.children:
        if child.dep_ in ("compound", "appos") and child.pos_ == "NOUN":
            found.append(child)
    return found


def _object_fits_lemma(lemma: str, objects: tuple[tuple[str | None, str], ...]) -> bool:
    return any(modifier is None and head == lemma for modifier, head in objects)


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
    children = list(token.children)  # spaCy makes a new Token per visit: walk them once
    found = _own_prep_object(token, preps, deps, children)
    if found is not None:
        return found
    for child in children:
        if child.dep_ in ("prt", "advmod"):
            found = _own_prep_object(child, preps, deps)
            if found is not None:
                return found
    # "pulled out of UNESCO": the parser makes "out" a preposition with "of" below it
    for child in children:
        if child.dep_ == "prep" and _bare_preposition(child):
            found = _own_prep_object(child, preps, deps)
            if found is not None:
                return found
    for child in children:
        if child.dep_ == "prt" and child.lower_ in preps and _childless(child):
            return _shared_object(token)  # "fired on and seized", parsed as a particle
    return None


def _childless(token: Token) -> bool:
    return token.n_lefts + token.n_rights == 0


def _bare_preposition(prep: Token) -> bool:
    """A preposition with a preposition but no object below it: "out" in "out of"."""
    if _childless(prep):
        return False
    return all(c.dep_ == "prep" for c in prep.children)


def _own_prep_object(
    token: Token,
    preps: tuple[str, ...],
    deps: tuple[str, ...],
    children: list[Token] | None = None,
) -> Token | None:
    for child in token.children if children is None else children:
        if child.dep_ in deps and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    return _unwrap(pobj)
            if _childless(child):
                return _shared_object(token)
    return None


def _shared_object(verb: Token) -> Token | None:
    """ "fired on and seized three vessels": a stranded preposition takes the object of
    the verb coordinated after it."""
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB":
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return _unwrap(obj)
    return None


def _reports_to(verb: Token, complement: Token | None) -> bool:
    """ "told reporters that Russia shelled Kharkiv": a verb of asking or telling with a
    listener and a finite clause reports what was said; only "told X to V" is a demand."""
    if complement is None or complement.dep_ != "ccomp":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children):
        return False
    return any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children)


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
