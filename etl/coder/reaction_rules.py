"""Reactions, judgements and accusations: what the actors of a sentence hold against each
other's acts.

A reaction often names no target of its own ("Tehran vowed a harsh response") and takes it
from the clause before; naming, blaming and rulings give criticism and accusation through
predicates that no verb pattern covers.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdb.etl.coder.clauses import _is_negated, _modality, _previous_clause
from eventdb.etl.coder.context import governing_verb
from eventdb.etl.coder.dictionary import VerbPattern, most_specific
from eventdb.etl.coder.rule_base import Match, RuleBase
from eventdb.etl.coder.state import _State
from eventdb.etl.coder.tree import _is_passive, _object_fits, _object_of, _prep_object
from eventdb.etl.coder.types import Actor
from eventdb.etl.coder.vocabulary import (
    ACCUSE_CODE,
    ADVERSE_ROOTS,
    ALLEGATION_NOUNS,
    ANAPHORS,
    CAUSE_MARKS,
    COURT_CODES,
    CRITICIZE_CODE,
    CULPABLE,
    DRAWING_VERBS,
    FACING_VERBS,
    FAULT_NOUNS,
    FAULT_VERBS,
    FORCE_ROOTS,
    FORCE_THREAT_CODE,
    GROUND_PREPS,
    GROUNDS_PREPS,
    HALT_TALKS_CODE,
    LEGAL_CODE,
    MEETING_NOUNS,
    NAMING_VERBS,
    OBJECT_PRONOUNS,
    OBLIGING_AUX,
    OPPOSITION_ROLE,
    OUTCOME_NOUNS,
    PEJORATIVES,
    REACTION_ROOTS,
    RESPONSE_NOUNS,
    RESPONSE_VERBS,
    RULING_CODE,
    RULING_VERBS,
    SIGNAL_NOUNS,
    SPEECH_VERBS,
    STATE_ROLES,
    SUBJECT_DEPS,
    THREAT_CODE,
    VOWING_VERBS,
    WARNING_VERBS,
    WARRANT_NOUNS,
)


class ReactionRules(RuleBase):
    """Rules for reactions, judgements, accusations and rulings."""

    def _grounds(self, match: Match) -> str | None:
        """What "accused X of ..." names decides the kind of accusation: "of war crimes"
        1124, "of espionage" 1125. Words elsewhere in the sentence are no grounds."""
        phrase = next(
            (c for c in match.trigger.children if c.dep_ == "prep" and c.lower_ in GROUND_PREPS),
            None,
        )
        if phrase is None:
            return None
        return self._grounds_code([t for t in phrase.subtree if t.i != phrase.i])

    def _judgements(
        self, predicates: list[Token], state: _State, consumed: set[int]
    ) -> list[Match]:
        """Verbs whose complement says what their subject holds against someone: naming
        ("called X a war criminal"), reported faults ("said Iran had made a mistake"),
        warnings of one's own acts, court rulings. Read before the verbs themselves, so
        that "called" is no phone call and "warned" no bare warning."""
        found: list[Match] = []
        for token in predicates:
            lemma = token.lemma_.lower()
            if lemma in NAMING_VERBS and _naming_predicate(token) is not None:
                consumed.add(token.i)  # "called Germany a partner": no phone call
                judge = self._naming
            elif lemma in FAULT_VERBS or lemma == "be":
                judge = self._faulted
            elif lemma in WARNING_VERBS:
                judge = self._own_threat
            elif lemma in RULING_VERBS:
                judge = self._ruling
            else:
                continue
            state.day = state.role_day(token)
            match = judge(token, state)
            if match:
                found.append(match)
                consumed |= match.consumed
        state.day = state.pub
        return found

    def _allegations(
        self, nominals: list[tuple[Token, str, str]], state: _State, consumed: set[int]
    ) -> list[Match]:
        """ "rejected Washington's accusation that ...": what is rejected still accuses."""
        found: list[Match] = []
        for token, pos, lemma in nominals:
            if pos == "NOUN" and lemma in ALLEGATION_NOUNS:
                state.day = state.role_day(token)
                match = self._alleged(token, state)
                if match:
                    found.append(match)
                    consumed |= match.consumed
        state.day = state.pub
        return found

    def _reacting(
        self,
        predicates: list[Token],
        verbs: list[Token],
        matches: list[Match],
        consumed: set[int],
        state: _State,
    ) -> list[Match]:
        """What the events found say about each other: protests and their aims, reactions
        to the clause before, the grounds of a warrant, shows of force."""
        matches = self._protests(verbs, matches, consumed, state)
        responses = [
            t
            for t in predicates
            if t.pos_ == "VERB"
            and t.lemma_.lower() in RESPONSE_VERBS
            and t.lemma_.lower() not in self.d.verbs
        ]
        if len(state.mentions) > 1:  # a reaction aimed elsewhere needs a second actor
            matches.extend(self._reactions(verbs + responses, matches, consumed, state))
        for match in matches:
            self._answered(match)
            self._halted_talks(match)
        matches = self._legal_grounds(matches)
        return self._posture(matches, state)

    def _naming(self, verb: Token, state: _State) -> Match | None:
        """ "called the strike a flagrant violation", "described Iran, Iraq and North Korea
        as an axis of evil", "a move the United States called provocative": naming someone
        or their act with a word of blame criticizes them (111)."""
        predicate = _naming_predicate(verb)
        code = self._fault_code(predicate) if predicate is not None else None
        if code is None:
            return None
        passive = _is_passive(verb)
        obj = _object_of(verb, passive)
        sources = self._subjects(verb, state, passive)
        if obj is None or not sources:
            return None
        targets = self._blamed(obj, state, {a.code for a in sources})
        return self._criticism(verb, sources, targets, code)

    def _faulted(self, verb: Token, state: _State) -> Match | None:
        """ "Trump said Iran had made a very big mistake", "the ministry said Russia's
        annexation was illegal": a reported fault criticizes who committed it (111)."""
        matrix = verb.head
        if verb.dep_ != "ccomp" or matrix.lemma_.lower() not in SPEECH_VERBS:
            return None
        if _is_negated(verb) or _is_negated(matrix):
            return None
        lemma = verb.lemma_.lower()
        used: tuple[int, ...] = ()
        if lemma in FAULT_VERBS:
            fault = _object_of(verb, False)
            if fault is None or fault.lemma_.lower() not in FAULT_NOUNS:
                return None
            faulty = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            code: str | None = CRITICIZE_CODE
        elif lemma == "be":
            # "said Moscow was behind the attack", "said a misfired rocket was to blame"
            blame = next(
                (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "blame"),
                None,
            )
            behind = _prep_object(verb, ("behind",))
            fault = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
            if blame is not None:
                code, used = ACCUSE_CODE, (blame.i,)
            elif behind is not None:
                code = self._grounds_code(list(behind.subtree)) or ACCUSE_CODE
            else:
                code = self._fault_code(fault) if fault is not None else None
            faulty = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        else:
            return None
        sources = self._subjects(matrix, state, _is_passive(matrix))
        if code is None or faulty is None or not sources:
            return None
        if faulty.lower_ in ANAPHORS:
            return None  # "said it had made a mistake": an admission, not blame
        targets = self._blamed(faulty, state, {a.code for a in sources})
        return self._criticism(verb, sources, targets, code, used)

    def _blamed(self, noun: Token, state: _State, own: set[str]) -> list[Actor]:
        """Who a word of blame falls on: the actors named ("called Netanyahu a war
        criminal"), the author of an act ("Russia's annexation", "the Israeli strike"),
        or, for "a move"/"a step" in apposition, whoever did what it stands for."""
        found = state.actors(noun) or self._own_sources(noun, state)
        if not found and noun.dep_ == "appos":
            verb = governing_verb(noun)
            if verb is not None:
                found = self._subjects(verb, state, _is_passive(verb))
        return [a for a in found if a.code not in own]

    def _fault_code(self, predicate: Token) -> str | None:
        """ "responsible for the cyberattack" accuses (112, or what the grounds name);
        "a flagrant violation", "illegal" criticizes (111); other words do neither."""
        if predicate.lemma_.lower() in CULPABLE:
            phrase = _prep_object(predicate, ("for", "of"))
            grounds = self._grounds_code(list(phrase.subtree)) if phrase is not None else None
            return grounds or ACCUSE_CODE
        return CRITICIZE_CODE if _pejorative(predicate) else None

    def _criticism(
        self,
        trigger: Token,
        sources: list[Actor],
        targets: list[Actor],
        code: str = CRITICIZE_CODE,
        used: tuple[int, ...] = (),
    ) -> Match | None:
        if not targets:
            return None
        pattern = VerbPattern(
            trigger=trigger.lemma_.lower(), is_noun=False, code=code, origin="grammar:naming"
        )
        return Match(
            trigger, pattern, sources, targets, code, False, _modality(trigger), {trigger.i, *used}
        )

    def _drawn(self, noun: Token, state: _State) -> Match | None:
        """ "drawing condemnation from Japan", "drew a rebuke from Washington", "faced
        criticism from Brussels": the `from` phrase names who disapproves, and the one who
        drew it (or the author of what drew it) is the target."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in DRAWING_VERBS or _is_negated(verb):
            return None
        plain = [p for p in self.d.nouns.get(noun.lemma_.lower(), ()) if not p.objects]
        if not plain or not plain[-1].code.startswith("11"):
            return None
        origin = _prep_object(noun, ("from",)) or _prep_object(verb, ("from",))
        sources = state.actors(origin)
        if not sources:
            return None
        own = {a.code for a in sources}
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            targets = self._blamed(subject, state, own)
        else:
            targets = [a for a in self._subjects(verb, state, False) if a.code not in own]
        if not targets:
            return None
        pattern = plain[-1]
        used = {noun.i, verb.i}
        return Match(noun, pattern, sources, targets, pattern.code, False, _modality(verb), used)

    def _reactions(
        self, verbs: list[Token], matches: list[Match], consumed: set[int], state: _State
    ) -> list[Match]:
        """ "Pakistan carried out air strikes, and the Taliban government vowed to
        retaliate"; "India revoked Kashmir's status, and Pakistan said it would lodge a
        protest": a reaction that names no target of its own is aimed at whoever acted in
        the clause before it."""
        done = {m.trigger.i for m in matches} | consumed
        found: list[Match] = []
        for verb in verbs:
            if verb.i in done:
                continue
            state.day = state.role_day(verb)
            # "said it would never recognise the new state": a refusal, aimed like any other
            response = None if _is_negated(verb) else self._response(verb, matches, state)
            match = response or self._prior_reaction(verb, matches, state)
            if match is not None:
                found.append(match)
                done |= match.consumed
        state.context = []
        state.day = state.pub
        return found

    def _response(self, verb: Token, matches: list[Match], state: _State) -> Match | None:
        """ "vowed to retaliate", "would respond decisively if Russia used a nuclear weapon":
        a response announced is a threat, of force when it answers force (138)."""
        if verb.lemma_.lower() not in RESPONSE_VERBS:
            return None
        governor = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
        vowed = governor is not None and governor.lemma_.lower() in VOWING_VERBS
        if not vowed and _modality(verb) == "asserted":
            return None  # "Israel retaliated": an act, coded by what was done
        sources = self._subjects(verb, state, _is_passive(verb))
        if not sources:
            return None
        own = {a.code for a in sources}
        targets = self._prep_actors(verb, None, ("against", "to", "on"), state, lenient=True)
        prior = None
        if not targets:
            targets = self._condition_subjects(verb, state)
        if not targets:
            prior = _previous_clause(governor if vowed and governor is not None else verb)
            targets = self._clause_subjects(prior, state) if prior is not None else []
        targets = [a for a in targets if a.code not in own]
        if not targets:
            return None
        forceful = prior is not None and self._answers_force(prior, matches)
        code = FORCE_THREAT_CODE if forceful else THREAT_CODE
        pattern = VerbPattern(
            trigger=verb.lemma_.lower(), is_noun=False, code=code, origin="grammar:response"
        )
        used = {verb.i} | ({governor.i} if vowed and governor is not None else set())
        modality = _modality(governor) if vowed and governor is not None else _modality(verb)
        return Match(verb, pattern, sources, targets, code, False, modality, used)

    def _answered(self, match: Match) -> None:
        """ "threatened to retaliate against US tariffs" 1312, "vowed to respond to any
        attack" 1384: a threatened response is a threat of the kind of what it answers."""
        if not match.code.startswith("13"):
            return
        doc = match.trigger.doc
        for i in sorted(match.consumed):
            response = doc[i]
            if response.lemma_.lower() not in RESPONSE_VERBS:
                continue
            answered = _prep_object(response, ("against", "to", "for"))
            if answered is None:
                return
            plain = [p for p in self.d.nouns.get(answered.lemma_.lower(), ()) if not p.objects]
            code = self._lookup("threaten", plain[-1].code) if plain else None
            if code is not None:
                match.code = code
            return

    def _halted_talks(self, match: Match) -> None:
        """ "threatened to cancel its summit with the United States", "to pull out of the
        talks": a threat to break off a meeting or negotiations (134), not relations."""
        if not match.code.startswith("131"):
            return
        doc = match.trigger.doc
        for i in match.consumed:
            obj = _object_of(doc[i], False) or _prep_object(doc[i], ("of", "from"))
            if obj is not None and obj.lemma_.lower() in MEETING_NOUNS:
                match.code = HALT_TALKS_CODE
                return

    def _answers_force(self, clause: Token, matches: list[Match]) -> bool:
        """Whether the clause answered was an act of force: coded as one, or told by a verb
        of force whose target went unnamed ("struck what New Delhi said was a camp")."""
        if _holds_force(clause, matches):
            return True
        plain = [p for p in self.d.verbs.get(clause.lemma_.lower(), ()) if not p.objects]
        return bool(plain) and all(p.code.startswith(FORCE_ROOTS) for p in plain)

    def _prior_reaction(self, verb: Token, matches: list[Match], state: _State) -> Match | None:
        """A disapproval, refusal, threat or show of force (11-15) without a target, aimed
        at whom it is meant for ("as a warning to Taipei"), at who must not meet its
        condition ("threatened sanctions if Iran ..."), at who acted in the clause it
        follows ("put its forces on alert after North Korea fired a missile"), or at the
        actors of the clause coordinated before it."""
        if verb.lemma_.lower() in WARNING_VERBS:
            return None  # "and Egypt warned of a catastrophe": a warning, aimed at no one
        negated = _is_negated(verb)
        if verb.lemma_.lower() not in (
            self._negated_reaction_lemmas if negated else self._reaction_lemmas
        ):
            return None  # no pattern of the verb can code a reaction
        prior = _previous_clause(verb)
        state.context = (
            self._home_opposition(verb, state)
            or self._signalled(verb, state)
            or self._condition_subjects(verb, state)
            or self._cause_subjects(verb, state)
        )
        if not state.context and prior is not None:
            state.context = self._clause_subjects(prior, state)
        if not state.context:
            return None
        match = self._match_verb(verb, state)
        state.context = []
        if match is None or not match.code.startswith(REACTION_ROOTS):
            return None
        obj = _object_of(verb, False)
        if match.negated and not (
            obj is None or obj.lower_ in OBJECT_PRONOUNS or obj.lemma_.lower() in OUTCOME_NOUNS
        ):
            return None  # "and Egypt said it would not open the border": not aimed at Israel
        match.targets = [t for t in match.targets if t.code not in {s.code for s in match.sources}]
        if not match.targets:
            return None
        if (
            match.code == THREAT_CODE
            and obj is not None
            and obj.lemma_.lower() in RESPONSE_NOUNS
            and prior is not None
            and self._answers_force(prior, matches)
        ):
            match.code = FORCE_THREAT_CODE  # "struck Iran ..., and Tehran vowed a harsh response"
        return match

    def _home_opposition(self, verb: Token, state: _State) -> list[Actor]:
        """ "Yoon ... accusing the opposition of anti-state activities": "the opposition"
        named without a country by a state's own leaders is that state's (protesters so
        named are not: they may be anyone's)."""
        obj = _object_of(verb, _is_passive(verb))
        if obj is None or self.finder.role_of(obj) != OPPOSITION_ROLE:
            return []
        if "opposition" not in (obj.lemma_.lower(), obj.doc[obj.i - 1].lower_ if obj.i else ""):
            return []
        if any(t.i in state.mentions for t in obj.subtree):
            return []
        sources = self._subjects(verb, state, _is_passive(verb))
        countries = {a.country for a in sources}
        if len(countries) != 1 or None in countries:
            return []
        if not all(not a.roles or STATE_ROLES & set(a.roles) for a in sources):
            return []
        country = next(iter(countries))
        assert country is not None
        return [Actor(country + OPPOSITION_ROLE, obj.text, country, None, (OPPOSITION_ROLE,))]

    def _signalled(self, verb: Token, state: _State) -> list[Actor]:
        """Whom an act is "a warning to", "a signal to", "a message to"."""
        signal = _prep_object(verb, ("as",))
        if signal is None or signal.lemma_.lower() not in SIGNAL_NOUNS:
            return []
        # "as a signal to NATO", the parser hanging "to NATO" on the noun or on the verb
        for head in (signal, verb):
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    found = [a for p in prep.children for a in state.targets(p)]
                    if found:
                        return found
        return []

    def _cause_subjects(self, verb: Token, state: _State) -> list[Actor]:
        """Who acted in the clause a reaction follows: "after North Korea fired a missile"."""
        for child in verb.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CAUSE_MARKS for m in child.children
            ):
                return self._subjects(child, state, _is_passive(child))
        return []

    def _own_threat(self, verb: Token, state: _State) -> Match | None:
        """ "Iran warned Israel that it would strike back", "warning that Moscow could
        strike Western countries": a warning of what the warner itself will do is a threat
        of that act; a warning of what others may do is not ("warned that Russia could
        attack NATO")."""
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None or _is_negated(verb) or _modality(clause) == "asserted":
            return None
        faced = self._faced(verb, clause, state)
        if faced is not None:
            return faced
        warners = self._subjects(verb, state, _is_passive(verb))
        doers = self._subjects(clause, state, _is_passive(clause))
        if not warners or not doers:
            return None
        if not {a.code[:3] for a in doers} <= {a.code[:3] for a in warners}:
            return None
        addressee = _object_of(verb, False)
        addressees = state.targets(addressee) if addressee is not None else []
        action = self._action(clause, state, warners, 0)
        if action is not None:
            base = action.code
            targets = addressees or action.targets
        else:
            bare = self._bare_code(clause)
            if bare is None:
                return None
            base, targets = bare, addressees
        code = self._lookup("threaten", base)
        own = {a.code for a in warners}
        targets = [a for a in targets if a.code not in own]
        if code is None or not targets:
            return None
        pattern = VerbPattern(
            trigger=verb.lemma_.lower(), is_noun=False, code=code, origin="grammar:warning"
        )
        used = {verb.i, clause.i} | (action.consumed if action is not None else set())
        return Match(verb, pattern, warners, targets, code, False, _modality(verb), used)

    def _ruling(self, verb: Token, state: _State) -> Match | None:
        """ "The ICJ ruled that Serbia had violated its obligation", "found Russia liable":
        a court's finding against a party named in its ruling (116)."""
        pattern = next(
            (p for p in self.d.verbs.get(verb.lemma_.lower(), ()) if p.code == RULING_CODE), None
        )
        if pattern is None or _is_negated(verb):
            return None
        sources = self._subjects(verb, state, _is_passive(verb))
        if not sources or not all(_judicial(a) for a in sources):
            return None
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        verdict = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp")), None)
        if verdict is not None and verdict.lemma_.lower() in CULPABLE:
            # "found Russia liable", parsed with Russia as the object or the verdict's subject
            party = _object_of(verb, False) or next(
                (c for c in verdict.children if c.dep_ in SUBJECT_DEPS), None
            )
            targets = state.targets(party)
        elif clause is not None and self._adverse(clause):
            targets = self._subjects(clause, state, _is_passive(clause))
        else:
            return None
        own = {a.code for a in sources}
        targets = [a for a in targets if a.code not in own]
        if not targets:
            return None
        return Match(verb, pattern, sources, targets, RULING_CODE, False, "asserted", {verb.i})

    def _adverse(self, clause: Token) -> bool:
        """Whether a ruling's clause puts a duty or a breach on its subject: "must take
        measures", "had violated its obligation", not "has the right to"."""
        if _is_negated(clause):
            return False
        if any(c.dep_ == "aux" and c.lower_ in OBLIGING_AUX for c in clause.children):
            return True
        patterns = self.d.verbs.get(clause.lemma_.lower(), ())
        return any(p.code[:2] in ADVERSE_ROOTS for p in patterns)

    def _legal_grounds(self, matches: list[Match]) -> list[Match]:
        """ "issued an arrest warrant for Putin over the deportation of children": a warrant
        on grounds that name an accusation is that accusation (1124); what the grounds name
        is not an event of the court's."""
        grounds: set[int] = set()
        for match in matches:
            if match.code != LEGAL_CODE:
                continue
            trigger = match.trigger
            holders = [trigger]
            obj = _object_of(trigger, False) if trigger.pos_ in ("VERB", "AUX") else None
            if obj is not None:
                holders.append(obj)
            if not any(h.lemma_.lower() in WARRANT_NOUNS for h in holders):
                continue
            for holder in holders:
                for prep in holder.children:
                    if prep.dep_ != "prep" or prep.lower_ not in GROUNDS_PREPS:
                        continue
                    code = self._grounds_code([t for t in prep.subtree if t.i != prep.i])
                    if code is not None and len(code) > 3:
                        match.code = code
                        grounds |= {t.i for t in prep.subtree}
        if not grounds:
            return matches
        return [m for m in matches if m.trigger.i not in grounds]

    def _grounds_code(self, words: list[Token]) -> str | None:
        lemmas = " " + " ".join(t.lemma_.lower() for t in words) + " "
        texts = " " + " ".join(t.lower_ for t in words) + " "
        for needle, code in self._grounds_phrases:
            if needle in lemmas or needle in texts:
                return code
        return None

    def _faced(self, verb: Token, clause: Token, state: _State) -> Match | None:
        """ "warned protesters that they would face the death penalty": what the warned
        will face is what they are threatened with (137); the sanction names the code as it
        does after "threatened"."""
        if clause.lemma_.lower() not in FACING_VERBS or _is_negated(clause):
            return None
        penalty = _object_of(clause, False)
        if penalty is None:
            return None
        best = most_specific(
            p
            for p in self.d.verbs.get("threaten", ())
            if p.objects and _object_fits(penalty, p.objects)
        )
        if best is None:
            return None
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        addressee = _object_of(verb, False)
        if subject is None or subject.lower_ in ANAPHORS:
            targets = state.targets(addressee) if addressee is not None else []
        else:
            targets = state.targets(subject)
        sources = self._subjects(verb, state, _is_passive(verb))
        own = {a.code for a in sources}
        targets = [a for a in targets if a.code not in own]
        if not sources or not targets:
            return None
        used = {verb.i, clause.i, penalty.i}
        return Match(verb, best, sources, targets, best.code, False, _modality(verb), used)

    def _alleged(self, noun: Token, state: _State) -> Match | None:
        """ "Tehran rejected Washington's accusation that it had supplied Russia with
        drones": the accusation's owner accuses the subject of its clause, and "it" there is
        whoever answers the accusation."""
        if noun.lemma_.lower() not in ALLEGATION_NOUNS:
            return None
        clause = next(
            (c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")),
            None,
        )
        if clause is None or not any(m.lower_ == "that" for m in clause.children):
            return None
        sources = self._own_sources(noun, state)
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if not sources or subject is None:
            return None
        if subject.lower_ in ANAPHORS:
            answer = governing_verb(noun)
            targets = self._subjects(answer, state, _is_passive(answer)) if answer else []
        else:
            targets = state.actors(subject)
        own = {a.code for a in sources}
        targets = [a for a in targets if a.code not in own]
        plain = [p for p in self.d.nouns.get(noun.lemma_.lower(), ()) if not p.objects]
        if not targets or not plain:
            return None
        pattern = plain[-1]
        modality = "asserted"
        return Match(noun, pattern, sources, targets, pattern.code, False, modality, {noun.i})


def _naming_predicate(verb: Token) -> Token | None:
    """What a verb of naming calls its object: "called X a criminal" (oprd), "described X
    as illegal" (an `as` phrase)."""
    lemma = verb.lemma_.lower()
    if lemma not in NAMING_VERBS:
        return None
    found = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if found is None:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                found = next(
                    (c for c in child.children if c.dep_ in ("pobj", "amod", "acomp")), None
                )
                break
    if lemma == "hold" and (found is None or found.lemma_.lower() not in CULPABLE):
        return None  # "held them hostage", "held the talks open"
    return found


def _pejorative(predicate: Token) -> bool:
    """Whether a predicate is a word of blame, not negated ("no threat")."""
    words = list(predicate.subtree)
    if any(w.lower_ in ("no", "not", "never") for w in words):
        return False
    return any(w.lemma_.lower() in PEJORATIVES or w.lower_ in PEJORATIVES for w in words)


def _holds_force(clause: Token, matches: list[Match]) -> bool:
    """Whether an act of force was coded in this clause or one coordinated with it."""
    heads = {clause.i} | {c.i for c in clause.children if c.dep_ == "conj"}
    for match in matches:
        if not match.code.startswith(FORCE_ROOTS):
            continue
        trigger = match.trigger
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
        if verb is not None and verb.i in heads:
            return True
    return False


def _judicial(actor: Actor) -> bool:
    return "JUD" in actor.roles or actor.code in COURT_CODES
