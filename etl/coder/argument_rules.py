"""Who acts and who is acted on: subjects, objects, prepositional actors, pronouns, and the
targets a participle takes from the clause above.

Verbs, nouns and composed actions all need their sides found, through passives, conjuncts,
relative clauses and antecedents; one set of rules serves them all.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdb.etl.coder.actors import VENUE_KINDS, conjuncts, unwrap_quantity
from eventdb.etl.coder.clauses import (
    _bare_participle,
    _clause_head,
    _is_infinitive,
    _is_negated,
    _matrix_verb,
)
from eventdb.etl.coder.context import CIVILIAN_TRADES, as_victim, governing_verb, with_role
from eventdb.etl.coder.dictionary import VerbPattern
from eventdb.etl.coder.rule_base import Match, RuleBase
from eventdb.etl.coder.state import _State
from eventdb.etl.coder.tree import (
    _amount_content,
    _hyphen_agent,
    _is_passive,
    _misparsed_main,
    _object_of,
    _prep_object,
    _shared_passives,
)
from eventdb.etl.coder.types import Actor
from eventdb.etl.coder.vocabulary import (
    AIMING_VERBS,
    ANAPHORS,
    ANNOUNCING_VERBS,
    ASKING_ROOTS,
    CIVILIAN_ROLE,
    DEEP_PREPS,
    DISAPPROVE_ROOT,
    DOER_PREPS,
    ENACTED_NOUNS,
    ENACTING_VERBS,
    GIVER_PREPS,
    GUEST_VERBS,
    HARM_VERBS,
    HARMING_VERBS,
    INHERITING_DEPS,
    LENT_TARGET_ROOT,
    MEANS_VERBS,
    OBJECT_PRONOUNS,
    ORIGIN_PREPS,
    OTHER_CLAUSE_DEPS,
    PARTY_PREPS,
    POSSESSIVE_PRONOUNS,
    PRONOUN_KINDS,
    RELATIVIZERS,
    SCENE_WORDS,
    SECURITY_ROLES,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    TERRITORY_CODES,
    VENUE_PREPS,
    VICTIM_ROOTS,
)


class ArgumentRules(RuleBase):
    """Rules that find the sources and targets of a trigger."""

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

    def _owner_of_pronoun(self, token: Token, state: _State) -> Actor | None:
        """ "Turkish officials said their government ...", "a visit by its foreign minister":
        an agent noun owned by a pronoun belongs to the subject of the clause above it."""
        pronoun = next((c for c in token.lefts if c.dep_ == "poss"), None)
        if pronoun is None or pronoun.lower_ not in POSSESSIVE_PRONOUNS:
            return None
        if not _owner_position(token):
            return None  # "took its crew hostage": the owner may be any noun before it
        role = self.finder.role_of(token)
        verb = governing_verb(token)
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

    def _subjects(self, verb: Token, state: _State, passive: bool, hops: int = 0) -> list[Actor]:
        if hops > 4:
            return []
        if passive:
            agent = _prep_object(verb, ("by",), deps=("agent", "prep"))
            for other in _shared_passives(verb) if agent is None else ():
                # "was captured and killed by rebels": the agent of both participles
                agent = _prep_object(other, ("by",), deps=("agent", "prep"))
                if agent is not None:
                    break
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
                found = state.actors(child)
                if not found and hops < 4 and verb.dep_ == "ccomp":
                    found = self._speakers_forces(verb, child, state, hops)
                return found
        if verb.dep_ == "relcl":
            return []
        if verb.dep_ == "acl" and (verb.tag_ == "VBG" or _misparsed_main(verb)):
            found = state.actors(verb.head)
            enactor = _enactor(verb.head)
            if not found and enactor is not None and hops < 4:
                # "passed a law banning the agency": the law acts for whoever passed it
                return self._subjects(enactor, state, _is_passive(enactor), hops + 1)
            return found
        if verb.dep_ in INHERITING_DEPS and verb.head.i != verb.i:
            head = verb.head
            if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in DOER_PREPS:
                head = head.head  # "responded by breaking relations": the one who responded
            if head.pos_ in ("VERB", "AUX"):
                if verb.dep_ == "xcomp":
                    # "told Putin to withdraw": the one told does the withdrawing
                    controller = _object_of(head, _is_passive(head))
                    if controller is not None and not self._means_object(controller, state):
                        found = state.actors(controller)
                        if found or head.lemma_.lower() not in MEANS_VERBS:
                            return found
                return self._subjects(head, state, _is_passive(head), hops + 1)
        return []

    def _speakers_forces(
        self, verb: Token, subject: Token, state: _State, hops: int
    ) -> list[Actor]:
        """Security forces a country's own voice reports on are its own: "Somalia said the
        army killed 20 fighters", "the Nigerian army said troops killed 30 militants"."""
        matrix = verb.head
        if matrix.lemma_.lower() not in SPEECH_VERBS or any(
            c.dep_ == "poss" for c in subject.children
        ):
            return []  # "his forces": whoever he is, not the speaker
        role = self.finder.role_of(subject)
        if role not in SECURITY_ROLES:
            return []
        out = []
        for speaker in self._subjects(matrix, state, _is_passive(matrix), hops + 1):
            if speaker.country and speaker.country.isalpha():
                code = speaker.country + role
                out.append(Actor(code, subject.text, speaker.country, None, (role,)))
        return out

    def _victims(
        self, verb: Token, obj: Token | None, state: _State, places: list[Actor]
    ) -> tuple[list[Actor], set[int]]:
        """Whom an attack killed or wounded, told in a participle or relative clause: "dropped
        bombs on Douma, killing dozens of civilians", "a roadside bomb that killed four US
        soldiers". The victims named are the target rather than the place."""
        clauses = [c for c in verb.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"]
        if obj is not None:
            clauses += [c for c in obj.children if c.dep_ in ("relcl", "acl")]
        for clause in clauses:
            if clause.lemma_.lower() not in HARM_VERBS or _is_negated(clause):
                continue
            harmed = _object_of(clause, False)
            if harmed is None or (obj is not None and harmed.i == obj.i):
                continue
            found = state.targets(harmed, place=True)
            countries = {a.country for a in places}
            if not found and len(countries) == 1 and self.finder.role_of(harmed) == CIVILIAN_ROLE:
                # "on the town of Douma, killing dozens of civilians": civilians of that place
                country = next(iter(countries)) or ""
                found = [Actor(country + CIVILIAN_ROLE, harmed.text, country, None, ("CVL",))]
            if found:
                return found, {clause.i}
        return [], set()

    def _means_object(self, obj: Token, state: _State) -> bool:
        """ "used water cannon to disperse the crowd": a thing, not a person, is the object,
        so the infinitive is the purpose of the subject, not an act of the object."""
        return (
            obj.pos_ == "NOUN"
            and obj.i not in state.mentions
            and self.finder.role_of(obj) is None
            and not any(t.i in state.mentions for t in obj.subtree)
        )

    def _targets(
        self, verb: Token, obj: Token | None, pattern: VerbPattern, state: _State, passive: bool
    ) -> list[Actor]:
        if pattern.code.startswith(DISAPPROVE_ROOT) and obj is not None:
            found = self._doers(obj, state)
            if found:
                return found
        found = self._direct_targets(verb, obj, pattern, state)
        if found:
            return found
        for where in pattern.targets:
            for holder in _purpose_prep_objects(obj, where):
                found = state.targets(holder)
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
            for content in _amount_content(obj):
                # "1.3 trillion euros in reparations from Germany", "$6 billion in Iranian funds"
                found = state.targets(
                    content if where == "object" else _prep_object(content, (where,))
                )
                if found:
                    return found
            for holder in holders:
                found = _deep_actors(holder, state) if holder is not None else []
                if found:
                    return found
        if obj is not None and any(w in PARTY_PREPS for w in pattern.targets):
            return self._parties(obj, state)
        return []

    def _doers(self, event: Token, state: _State) -> list[Actor]:
        """ "condemned the killing of five soldiers by ELN guerrillas": disapproval of an act
        is aimed at whoever did it, not at its victims."""
        if event.lemma_.lower() not in self.d.nouns:
            return []
        doer = _prep_object(event, ("by",), deps=("prep", "agent"))
        return state.actors(doer) if doer is not None else []

    def _pronoun_owners(self, verb: Token, obj: Token, state: _State) -> list[Actor]:
        """ "Three Malian soldiers were killed when their convoy was ambushed by JNIM": an
        attack on what "their" owns falls on the actors of the clause it explains."""
        owned = any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in obj.lefts)
        if not owned or verb.dep_ not in ("advcl", "conj") or state.actors(obj):
            return []
        matrix = verb.head
        if matrix.pos_ not in ("VERB", "AUX"):
            return []
        if _is_passive(matrix):  # "were killed when ...": those it happened to
            patient = next((c for c in matrix.children if c.dep_ == "nsubjpass"), None)
            return state.actors(patient) if patient is not None else []
        return self._subjects(matrix, state, False)

    def _site_of(self, verb: Token, obj: Token, state: _State) -> list[Actor]:
        """ "stormed a hotel in Mogadishu", "bombed a market in Idlib": violence against a
        building or site that names no actor falls on the place it stands in."""
        if state.actors(obj) or self.finder.role_of(obj) is not None:
            return []
        for prep in (*obj.children, *verb.children):
            if prep.dep_ != "prep" or prep.lower_ not in VENUE_PREPS:
                continue
            for pobj in prep.children:
                found = state.targets(pobj, place=True) if pobj.dep_ == "pobj" else []
                if found:
                    return [_as_place(a) for a in found]
        return []

    def _goods_received(
        self, verb: Token, obj: Token | None, pattern: VerbPattern, state: _State
    ) -> bool:
        """A bare "received X" hosts a visit only if X is itself an actor; goods received
        from someone name the giver deeper in the phrase, who is no guest."""
        return (
            verb.lemma_.lower() in GUEST_VERBS
            and pattern.code == "043"
            and not pattern.objects
            and obj is not None
            and not state.actors(obj)
        )

    def _givers(self, goods: list[Token], state: _State) -> list[Actor]:
        """Who gave what was received, named on the goods: "received a shipment of vaccines
        donated by Britain", "accepted aid sent from Qatar", "received Iranian drones"."""
        inner = [_prep_object(noun, ("of",)) for noun in goods]
        for noun in [*goods, *(t for t in inner if t is not None)]:
            found = self._prep_actors(noun, None, ("from",), state)
            if found:
                return found  # "a batch of ambulances from Japan"
            for child in noun.children:
                if child.dep_ != "acl" or child.tag_ != "VBN":
                    continue
                found = self._prep_actors(child, None, GIVER_PREPS, state)
                if found:
                    return found
        for noun in goods:
            found = self._own_sources(noun, state)
            if found:
                return found  # "received Iranian drones": made and sent by Iran
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
        governor = governing_verb(noun)
        return governor is not None and bool(self._counterpart(governor, state))

    def _counterpart(self, event: Token, state: _State) -> list[Actor]:
        """ "signed agreements to normalise relations with Israel": the side the agreement's
        own clause names is the other party, not the co-signers."""
        for child in event.children:
            if child.dep_ not in ("acl", "relcl", "advcl", "xcomp") or child.pos_ != "VERB":
                continue
            if child.dep_ in ("advcl", "xcomp") and not _is_infinitive(child):
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
        found = self._scene_subjects(verb, state)
        if found:
            return found
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

    def _scene_subjects(self, verb: Token, state: _State) -> list[Actor]:
        """ "met at the White House, where Trump hosted them": a pronoun in a clause on the
        place or time of another clause stands for that clause's subjects."""
        if verb.dep_ != "relcl" or not any(c.lower_ in SCENE_WORDS for c in verb.children):
            return []
        clause = governing_verb(verb.head)
        return self._subjects(clause, state, _is_passive(clause)) if clause is not None else []

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
        return self._requested_from(obj, pattern, state)

    def _requested_from(
        self, obj: Token | None, pattern: VerbPattern, state: _State
    ) -> list[Actor]:
        """ "requested the extradition of a general from Argentina": the one asked is named
        after the person the asked-for act is about; "sought Japan's help": the one whose
        help is sought is asked for it."""
        if obj is None or "from" not in pattern.targets or not pattern.objects:
            return []
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        asking = pattern.code.startswith(ASKING_ROOTS)
        if asking and owner is not None and owner.lower_ not in POSSESSIVE_PRONOUNS:
            found = state.targets(owner)
            if found:
                return found
        inner = _prep_object(obj, ("of",))
        return state.targets(_prep_object(inner, ("from",))) if inner is not None else []

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


def _aiming_participles(trigger: Token) -> list[Token]:
    """ "sanctions ..., targeting Russian banks": participles that say at whom the event of
    the clause is aimed."""
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = governing_verb(trigger)
        if verb is not None:
            heads.append(verb)
    return [
        c
        for head in heads
        for c in head.children
        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and c.lemma_.lower() in AIMING_VERBS
    ]


def _owner_position(token: Token) -> bool:
    """Whether a noun stands where an actor acts: a subject, or a `by`/`of` agent."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("by", "of")


def _as_place(actor: Actor) -> Actor:
    return Actor(actor.code[:3], actor.name, actor.country, actor.group, ())


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


def _enactor(noun: Token) -> Token | None:
    """The verb that enacted a law, decree or order that is its object: "passed a law"."""
    if noun.lemma_.lower() not in ENACTED_NOUNS or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    return verb if verb.lemma_.lower() in ENACTING_VERBS else None


def _bare_places(actors: list[Actor]) -> bool:
    """No target, or only countries as places (a capital struck is the country): victims
    named elsewhere say more."""
    return all(len(a.code) == 3 or a.code[3:] == "GOV" for a in actors)


def _purpose_prep_objects(obj: Token | None, prep: str) -> list[Token]:
    """ "signed agreements to normalise relations with Israel": the party an agreement is
    with may be named in the infinitive that says what the agreement is for."""
    if obj is None:
        return []
    found: list[Token | None] = []
    for clause in obj.children:
        if clause.dep_ in ("acl", "relcl") and _is_infinitive(clause):
            found.append(_prep_object(clause, (prep,)))
            inner = _object_of(clause, False)
            if inner is not None:
                found.append(_prep_object(inner, (prep,)))
    return [f for f in found if f is not None]
