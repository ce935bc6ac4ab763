"""How a clause stands to the others: negated, modal, governed, coordinated, reported, past.

Whether and how an event is coded depends on the clause around its trigger as much as on the
trigger itself; these look-ups read only the parse, so every rule module shares them.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdb.etl.coder.vocabulary import (
    CEASING_ADVERBS,
    CESSATION_VERBS,
    CONDITIONAL_MARKS,
    DATE_WORDS,
    FUTURE_AUX,
    LETTING_VERBS,
    PAST_FORM_TAGS,
    POSSIBLE_AUX,
    PRESENT_TAGS,
    SUBJECT_DEPS,
)


def _bare_participle(verb: Token) -> bool:
    """ "..., pledging $500 million": a participle clause with no subject of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children)
    )


def _let_clause(verb: Token) -> Token | None:
    """The clause of "allowed X to do", "helped X recover": its subject X is the one
    allowed or helped."""
    if verb.lemma_.lower() not in LETTING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "nsubj" for c in child.children):
            return child
    return None


def _halted(verb: Token) -> bool:
    """ "stopped supplying gas": an act governed by a verb of stopping ends ("no longer" is
    `_no_longer`'s). In a demand or an intention ("demanded that X stop arming") the
    governing verb takes the ending in; here the act is the clause's own."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CESSATION_VERBS:
        return not _is_negated(verb.head)
    return False


def _is_infinitive(clause: Token) -> bool:
    """Whether a clause is a to-infinitive: "to lift sanctions"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _noun_infinitive(noun: Token, deps: tuple[str, ...] = ("acl", "relcl")) -> Token | None:
    """The to-infinitive a noun governs: "its demand to lift sanctions"."""
    return next(
        (c for c in noun.children if c.dep_ in deps and c.pos_ == "VERB" and _is_infinitive(c)),
        None,
    )


def _purposes(trigger: Token) -> list[int]:
    """The infinitive clauses saying what an act was for ("summoned X to protest ...")."""
    return [c.i for c in trigger.children if c.dep_ in ("advcl", "xcomp") and _is_infinitive(c)]


def _told_past(clause: Token) -> bool:
    """Whether a clause is told in a past or non-finite form with no present or modal
    auxiliary: "before signing", "prompting ... to expel", "and then withdrew"."""
    if clause.tag_ not in PAST_FORM_TAGS:
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS for c in clause.children)


def _no_longer(verb: Token) -> bool:
    """ "no longer sends", "will not supply arms any longer", "not ... anymore": an act that
    stops, which is a reduction of what was done before rather than a refusal."""
    for child in verb.children:
        if child.dep_ != "advmod" or child.lower_ not in CEASING_ADVERBS:
            continue
        if child.lower_ == "anymore" or any(c.lower_ == "no" for c in child.children):
            return True
        if child.i > 0 and verb.doc[child.i - 1].lower_ == "no":
            return True
        if any(c.dep_ == "neg" for c in verb.children):
            return True
    return False


def _is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


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


def _reports_to(verb: Token, complement: Token | None) -> bool:
    """ "told reporters that Russia shelled Kharkiv": a verb of asking or telling with a
    listener and a finite clause reports what was said; only "told X to V" is a demand."""
    if complement is None or complement.dep_ != "ccomp":
        return False
    if _is_infinitive(complement):
        return False
    return any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children)


def _complement(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            return child
        if child.dep_ == "advcl" and _dated_infinitive(child):
            return child
    for child in verb.children:
        if child.dep_ in ("prep",) and child.lower_ in ("to", "for", "on"):
            for pcomp in child.children:
                if pcomp.dep_ == "pcomp" and pcomp.pos_ == "VERB":
                    return pcomp
    return None


def _dated_infinitive(clause: Token) -> bool:
    """ "threatened on Monday to slap sanctions": a date put between a verb with no object
    and its infinitive makes the parser take the infinitive for a clause of purpose."""
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0 or clause.i < clause.head.i:
        return False
    if any(c.dep_ in ("dobj", "obj") for c in clause.head.children):
        return False  # "called Netanyahu on Tuesday to discuss": a call made for a purpose
    before = clause.doc[to.i - 1]
    return before.lower_ in DATE_WORDS


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


def _clause_head(token: Token) -> Token:
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "aux":
            return current
        if current.head.i == current.i:
            return current
        current = current.head
    return current


def _previous_clause(verb: Token) -> Token | None:
    """The clause coordinated before the one a verb is in ("X struck Y, and Z said it
    would ..." -> "struck"), when that one has a subject of its own."""
    current = verb
    for _ in range(3):
        if current.dep_ in ("xcomp", "ccomp") and current.head.pos_ in ("VERB", "AUX"):
            current = current.head
        else:
            break
    if current.dep_ != "conj" or current.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in SUBJECT_DEPS for c in current.children):
        return None  # "struck X and killed Y": one clause, one actor
    return current.head
