"""What a word's objects and prepositional objects are, and whether its verb is passive.

Nearly every rule asks these questions, and the parser's habits (stranded prepositions, "out
of", amounts standing for what they count, verbs hung on their subject as modifiers) are
answered once here rather than in each rule. The answers depend only on the parse, so the
costly ones are remembered per sentence (`memo.per_sentence`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdb.etl.coder.actors import conjuncts
from eventdb.etl.coder.dictionary import VerbPattern
from eventdb.etl.coder.memo import per_sentence
from eventdb.etl.coder.vocabulary import (
    CARRIER_NOUNS,
    CHANGE_VERBS,
    DOWNING_PARTICLES,
    MEASURE_NOUNS,
    MESSAGE_NOUNS,
    MONEY_UNITS,
    NAMING_VERBS,
    NEIGHBOUR_LEMMAS,
    PASSIVE_SUBJECT_DEPS,
    PREP_DEPS,
    RELATIVIZERS,
    SENTIMENT_NOUNS,
    SUBJECT_DEPS,
)


def _asked_for(trigger: Token) -> Token | None:
    """What an appeal asks for when the parser hangs the `for` phrase on the one asked:
    "appealed to Western allies for air defence systems"."""
    addressee = _prep_object(trigger, ("to",))
    return _prep_object(addressee, ("for",)) if addressee is not None else None


def _what_it_called(naming: Token) -> Token | None:
    """ "denounced what it called provocations by the Philippines": the object is what the
    naming clause names, or whoever did it when a `by` phrase says so."""
    children = list(naming.children)
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj") for c in children):
        return None
    doer = _prep_object(naming, ("by",))
    if doer is not None:
        return doer
    return next((c for c in children if c.dep_ in ("oprd", "dobj") and c.lower_ != "what"), None)


def _amount_content(obj: Token | None) -> list[Token]:
    """What a sum of money is in, what a measure is of: "euros in reparations" ->
    reparations, "record volumes of Russian gas" -> gas."""
    if obj is None:
        return []
    lemma = obj.lemma_.lower()
    if obj.pos_ == "NUM" or lemma in MONEY_UNITS:
        inner = _prep_object(obj, ("in",))
    elif lemma in MEASURE_NOUNS:
        inner = _prep_object(obj, ("of",))
    else:
        return []
    return [inner] if inner is not None else []


def _is_measure(noun: Token) -> bool:
    """ "China's exports to Russia rose 20 percent": the subject of a verb of rising or
    falling is a quantity, not an event."""
    head = noun.head
    return noun.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in CHANGE_VERBS


@per_sentence
def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children):
        return True
    if _bare_conjoined_participle(verb) and _is_passive(verb.head):
        return True  # "was captured and killed by rebels": "killed" shares the passive
    if _passive_participle(verb):
        return True
    return verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and not _misparsed_main(verb)


def _bare_conjoined_participle(verb: Token) -> bool:
    """A past participle coordinated after another verb with no subject or auxiliary of its
    own: "killed" in "was captured and killed"."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _shared_passives(verb: Token) -> list[Token]:
    """Participles coordinated with a passive verb that share its subject and agent."""
    return [c for c in verb.children if _bare_conjoined_participle(c)]


def _passive_participle(verb: Token) -> bool:
    """ "met in Almaty, hosted by Kazakhstan's president": a past participle clause with
    a `by` agent is passive, and its patient is the subject of the clause it hangs on."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.head.pos_ != "VERB":
        return False
    agent = _prep_object(verb, ("by",), deps=("agent",))
    # a named agent ("by Bill Clinton", "by Kazakhstan's president"), not a means ("backed
    # by US-supplied tanks")
    return agent is not None and (
        agent.pos_ == "PROPN"
        or any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in agent.children)
    )


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


@per_sentence
def _object_of(verb: Token, passive: bool) -> Token | None:
    if passive:
        for child in verb.children:
            if child.dep_ in ("nsubjpass", "csubjpass"):
                if child.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
                    return verb.head
                return child
        if verb.dep_ in ("acl", "amod"):
            return verb.head
        if _passive_participle(verb):
            # "began talks at Camp David, hosted by Clinton": those the clause is about
            return next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        if verb.dep_ == "conj":
            # "Blinken arrived in Kyiv and was received by Zelensky": the shared subject;
            # "was captured and killed": the shared passive subject
            shared = (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)
            return next((c for c in verb.head.children if c.dep_ in shared), None)
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            if child.lower_ in RELATIVIZERS and verb.dep_ == "relcl":
                return verb.head
            return _unwrap(child)
    for child in verb.children:
        if child.dep_ == "oprd" and child.pos_ == "PROPN":
            return child  # "Macron called Zelensky on Saturday": a name taken for a predicate
        if child.dep_ == "ccomp" and child.lemma_.lower() in NAMING_VERBS:
            named = _what_it_called(child)
            if named is not None:
                return named
        if child.dep_ == "xcomp" and child.lemma_.lower() in NEIGHBOUR_LEMMAS:
            # "accused neighbouring Guyana": the parser takes the adjective for a verb
            found = next((c for c in child.children if c.dep_ in ("dobj", "obj")), None)
            if found is not None:
                return found
    if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj",) for c in verb.children):
        # "the sanctions that Washington imposed": relativiser dropped or tagged oddly
        if any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVIZERS for c in verb.children):
            return verb.head
    return None


def _unwrap(token: Token) -> Token:
    from eventdb.etl.coder.actors import _unwrap_quantity

    return _message_of(_amount_in(_unwrap_quantity(token)))


def _message_of(token: Token) -> Token:
    """ "sent a message of condolence": a message carries the sentiment its `of` phrase
    names (a "message of support" stays a message: "send support" is aid)."""
    if token.lemma_.lower() not in MESSAGE_NOUNS:
        return token
    inner = _prep_object(token, ("of",))
    if inner is None or inner.lemma_.lower() not in SENTIMENT_NOUNS:
        return token
    return inner


def _amount_in(token: Token) -> Token:
    """ "pledged $200 million in humanitarian aid": a sum counts what its `in` phrase names,
    and that noun says what kind of aid, loan or purchase the act is."""
    if token.pos_ != "NUM" and token.lemma_.lower() not in MONEY_UNITS:
        return token
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "in":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    return pobj
    return token


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


def _contents(obj: Token) -> list[Token]:
    """What a shipment, delivery or supply carries: "deliveries of tanks and shells"."""
    if obj.lemma_.lower() not in CARRIER_NOUNS:
        return []
    inner = _prep_object(obj, ("of",))
    return conjuncts(inner) if inner is not None else []


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


@per_sentence
def _has_particles(verb: Token, particles: tuple[str, ...]) -> bool:
    present = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep", "dobj")}
    if verb.i + 1 < len(verb.doc):
        # "handed over 32 prisoners": the particle parsed as part of the number after it
        present.add(verb.doc[verb.i + 1].lower_)
    return all(p in present for p in particles)


def _pattern_fits(pattern: VerbPattern, verb: Token, obj: Token | None) -> bool:
    """Whether the verb has the pattern's particles and its object the pattern's object."""
    if pattern.particles and not _has_particles(verb, pattern.particles):
        return False
    return not pattern.objects or _object_fits(obj, pattern.objects)


@per_sentence
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
