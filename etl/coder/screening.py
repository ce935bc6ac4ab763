"""The last questions asked of a match before it becomes events: is it news, and between whom.

A trigger that fits a pattern can still state no event happening now (a condition, a belief,
history, sport), be between private people, or need its code or sides adjusted (a
deployment, an abduction, a clash fought both ways); `SentenceCoder` asks these of every
match, whichever rule found it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdb.etl.coder.actors import Mention
from eventdb.etl.coder.context import PRIVATE_ROLES, governing_verb, states_no_act, year_of
from eventdb.etl.coder.rule_base import Match
from eventdb.etl.coder.state import _State
from eventdb.etl.coder.tree import _object_of, _prep_object
from eventdb.etl.coder.types import Actor
from eventdb.etl.coder.vocabulary import (
    _YEAR_TEXT,
    ABDUCTION_CODE,
    ARMED_ROLES,
    ARREST_CODE,
    BACKING_VERBS,
    BREACH_NOUNS,
    CONDITIONAL_MARKS,
    ENVOY_NOUNS,
    FIGHT_ROOT,
    FORCE_ROOTS,
    FRAME_PREPS,
    HISTORY_YEARS,
    LEISURE_NOUNS,
    MILITARY_ROLE,
    MISSION_NOUNS,
    MUTUAL_FIGHT_VERBS,
    OPPOSITION_ROLE,
    OTHER_CLAUSE_DEPS,
    POSSESSIVE_PRONOUNS,
    REBEL_ROLE,
    REPRESSED_ROOTS,
    REPRESSION_CODE,
    SECURITY_ROLES,
    SPEECH_NOUNS,
    STAFF_NOUNS,
    SUBJECT_DEPS,
    TRUCE_NOUNS,
    UNARMED_ROLES,
)


def _personnel(match: Match) -> bool:
    """Whether those who travel are forces or working staff (troops, police, inspectors),
    whose arrival is a deployment or a mission, not a visit."""
    subject = next((c for c in match.trigger.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ == "PROPN":
        return False  # a named commander's trip is a visit
    if subject.lemma_.lower() in ENVOY_NOUNS or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children
    ):
        return False  # "the army chief, General Asim Munir", "a delegation of the army"
    if all(set(a.roles) & SECURITY_ROLES for a in match.sources):
        return True
    return subject.lemma_.lower() in STAFF_NOUNS


def _fights_back(match: Match) -> bool:
    """ "Colombian troops clashed with ELN guerrillas": a clash or exchange of fire is
    fought by both sides, whichever of them the sentence makes its subject."""
    trigger = match.trigger
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in MUTUAL_FIGHT_VERBS:
        return False
    if not match.code.startswith(FIGHT_ROOT):
        return False
    side = _prep_object(trigger, ("with",)) or _prep_object(
        _object_of(trigger, False) or trigger, ("with",)
    )
    if side is None:
        return False
    # the `with` phrase names the other side, not a weapon ("clashed with sticks")
    words = side.doc[side.left_edge.i : side.i + 1].text
    return any(a.name in words for a in match.targets)


def _sides_are_sources(match: Match) -> bool:
    """Whether the targets are just the countries of the several sources."""
    if len(match.sources) < 2 or match.code.startswith(FORCE_ROOTS):
        return False
    countries = {a.country for a in match.sources}
    return None not in countries and countries == {a.country for a in match.targets}


def _past(verb: Token) -> bool:
    """ "did not meet", "has not met": a negated act told as past fact, not as a refusal."""
    return any(c.dep_ == "aux" and c.lemma_.lower() in ("do", "have") for c in verb.children) and (
        verb.tag_ in ("VBN",) or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
    )


def _leisure_context(trigger: Token, mentions: dict[int, Mention]) -> bool:
    """Whether the trigger's own arguments put it in sport or culture: "hosted Brazil in a
    friendly", "will host the World Cup", "beat Ukraine 3-1". Actor names do not count:
    "the Arab League" is an actor, not a league."""
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = governing_verb(trigger)
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
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
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
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
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


def _armed_backing(match: Match) -> bool:
    """ "M23 rebels backed by Rwandan troops", "Iranian forces backed the Houthis": one
    armed force backing another in the field aids it militarily."""
    if match.trigger.lemma_.lower() not in BACKING_VERBS or not match.sources:
        return False
    if not all(MILITARY_ROLE in a.roles for a in match.sources):
        return False
    return bool(match.targets) and all(set(a.roles) & ARMED_ROLES for a in match.targets)


def _deployed(match: Match) -> bool:
    """ "Kenyan police officers arrived in Haiti to lead a UN-backed mission": security
    forces that come to take part in a mission are deployed, not on a visit."""
    if not match.sources or not all(set(a.roles) & SECURITY_ROLES for a in match.sources):
        return False
    for purpose in match.trigger.children:
        if purpose.dep_ not in ("advcl", "xcomp") or purpose.pos_ != "VERB":
            continue
        obj = _object_of(purpose, False)
        if obj is not None and obj.lemma_.lower() in MISSION_NOUNS:
            return True
    return False


def _unarmed(actor: Actor) -> bool:
    """Whether an actor is only refugees, civilians or a trade: people who can enter a
    country, not occupy it."""
    return bool(actor.roles) and set(actor.roles) <= UNARMED_ROLES


def _restates(noun: Token, triggers: set[int]) -> bool:
    """ "accused Israel of genocide ... in his harshest criticism of Israel since the war
    began": an event noun, owned by a pronoun for the doer, that frames an act already
    coded names that act again."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in FRAME_PREPS or prep.head.i not in triggers:
        return False
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)


def _commerce(source: Actor, target: Actor) -> bool:
    """Firms suing, buying from or signing deals with firms, tourists attacking a waiter: what
    private people and companies do to each other, with no political actor on either side, is
    no event ("Volkswagen sued a Chinese supplier", "a billionaire sued a newspaper")."""
    return all(a.roles and set(a.roles) <= PRIVATE_ROLES for a in (source, target))


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
    if day.year <= limit:
        return True
    framed = state.framing_date(trigger) if day == state.pub else None
    return framed is not None and framed.year <= limit


def _breaks_truce(trigger: Token) -> bool:
    """Whether the act is said to break a truce: "in violation of the ceasefire"."""
    obj = _object_of(trigger, False) if trigger.pos_ == "VERB" else None
    owners = [trigger] if obj is None else [trigger, obj]
    for prep in (c for owner in owners for c in owner.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "despite"):
            continue
        for breach in prep.children:
            if breach.lemma_.lower() not in BREACH_NOUNS:
                continue
            truce = _prep_object(breach, ("of",))
            if truce is not None and truce.lemma_.lower() in TRUCE_NOUNS:
                return True
    return False


def _abduction(source: Actor, target: Actor, code: str) -> str:
    """An armed group does not arrest: its taking people captive is abduction (181)."""
    if code != ARREST_CODE or REBEL_ROLE not in source.roles:
        return code
    # "Hezbollah captured two Israeli soldiers"; a civil war's own captives stay detainees
    return ABDUCTION_CODE if target.country != source.country else code


def _repression(source: Actor, target: Actor, code: str) -> str:
    """A country's police or army shooting or beating its own protesters is violent
    repression (175), not combat or assault: "soldiers shot dead 100 protesters"."""
    if not code.startswith(REPRESSED_ROOTS) or target.roles != (OPPOSITION_ROLE,):
        return code
    if source.country != target.country or not set(source.roles) & SECURITY_ROLES:
        return code
    return REPRESSION_CODE


def _names_as(verb: Token) -> bool:
    """ "called Netanyahu a disgrace", "calling officials \"the enemy\"": an object with a
    predicate names what the object is said to be; the verb is no contact with it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if any(c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ") for c in verb.children):
        return True
    return any(
        c.dep_ == "appos" and any(q.is_quote for q in c.children) for c in obj.children
    ) or any(c.dep_ == "punct" and c.is_quote for c in verb.children)
