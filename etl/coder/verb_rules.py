"""Coding verb triggers: which of a verb's patterns its object and prepositions fit, and what
makes the code specific (a weapon, a means, a topic, a count of victims).

Verbs are most triggers, and their patterns need the most checks (object nouns, particles,
passives, places standing for actors); the checks are kept beside the matching that runs
them.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdb.etl.coder.actors import VENUE_KINDS, conjuncts
from eventdb.etl.coder.argument_rules import _bare_places
from eventdb.etl.coder.clauses import (
    _bare_participle,
    _complement,
    _is_infinitive,
    _is_negated,
    _let_clause,
    _modality,
    _no_longer,
    _shared_clauses,
)
from eventdb.etl.coder.dictionary import Dictionaries, VerbPattern, most_specific
from eventdb.etl.coder.rule_base import Match, RuleBase
from eventdb.etl.coder.state import _State
from eventdb.etl.coder.tree import (
    _amount_content,
    _contents,
    _downs,
    _has_particles,
    _is_measure,
    _is_passive,
    _object_fits,
    _object_fits_lemma,
    _object_of,
    _pattern_fits,
    _prep_object,
    _titles,
)
from eventdb.etl.coder.types import Actor
from eventdb.etl.coder.vocabulary import (
    ADJECTIVE_COMPOSE,
    AID_ACCESS_CODE,
    ARREST_CODE,
    ARRIVAL_PREPS,
    ARRIVAL_VERBS,
    ATTACK_NOUNS,
    BODY_COUNT,
    BUILDUP_CODE,
    CESSATION_VERBS,
    CIVILIAN_ROLE,
    COERCE_ROOT,
    COERCED_ROLES,
    DEESCALATE_CODE,
    DISASTER_NOUNS,
    ENDING_VERBS,
    ESCALATION_ROOTS,
    FEW_WORDS,
    FIGHT_ROOT,
    FIGHTING_PURPOSES,
    FOE_PREPS,
    FORCE_ROOTS,
    FRONTIER_NOUNS,
    HALT_KIND,
    HELD_GROUND,
    HOME_COERCION,
    HOME_RULE_CODES,
    HOME_TARGET_CODES,
    INSTRUMENT_DEPS,
    JOINT_FORCE_CODE,
    JOINT_MODIFIERS,
    KILLING_VERBS,
    MASS_AMOUNTS,
    MASS_COUNT,
    MASS_KILLING_CODE,
    MASS_WORD,
    MEANS_PREPS,
    MEANS_VERBS,
    MEET_ROOT,
    MILITARY_ROLE,
    OPPOSITION_ROLE,
    OTHER_CLAUSE_DEPS,
    PARTY_PREPS,
    PARTY_ROOT,
    PASSAGE_CODE,
    PASSAGE_PREPS,
    PERSONAL_CODES,
    POLICY_CHANGE_CODE,
    PREP_DEPS,
    PROBE_CODE,
    PROBE_VERB,
    PROTECTION_CODE,
    RAID_NOUNS,
    RAID_PREPS,
    REACTION_ROOTS,
    RECIPIENT_SLOTS,
    RETREAT_CODE,
    RETREAT_TRIGGERS,
    SCENE_PREPS,
    SECURITY_ROLES,
    STANCE_NOUNS,
    STATE_ROLES,
    SUBJECT_DEPS,
    SUPPLY_WITH_VERBS,
    SUPPORT_ROOT,
    TERRITORY_CODES,
    TIES_NOUNS,
    TOPIC_DEPS,
    TOPIC_PREP,
    TOPIC_PREPS,
    VENUE_PREPS,
    VICTIM_ROOTS,
    VISIT_CODE,
    WEAPON_SUBJECT_VERBS,
)


class VerbRules(RuleBase):
    """Rules for verb and adjective triggers."""

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
        if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in MEANS_VERBS:
            means = _object_of(trigger.head, False)  # "used drones to attack Kyiv"
            words.extend(means.subtree if means is not None else ())
        if _bare_participle(trigger) and trigger.head.pos_ == "VERB":
            # "a suicide bomber blew himself up, killing dozens": the weapon of the clause above
            for child in trigger.head.children:
                if child.dep_ in SUBJECT_DEPS:
                    words.extend(child.subtree)
        for verb in _shared_clauses(trigger):
            # "struck Iran's facilities and killed commanders in a wave of air strikes": the
            # means named after the last of two coordinated acts is that of both
            words.extend(t for means in self._means(verb) for t in means.subtree)
        codes = set()
        for word in words:
            code = (
                self._instrument_phrase(word)
                or self.d.instruments.get(word.lemma_.lower())
                or self.d.instruments.get(word.lower_)
            )
            if code:
                codes.add(code)
        return min(codes, key=self.d.instrument_order.index) if codes else None

    def _instrument_phrase(self, word: Token) -> str | None:
        """A weapon named by modifier and noun: "a suicide bomber" 1831 is not a bomber plane,
        "a car bomb" 1832, "a roadside bomb" 1833."""
        for left in word.lefts:
            if left.dep_ in ("compound", "amod", "nmod"):
                code = self.d.instruments.get(f"{left.lemma_.lower()} {word.lemma_.lower()}")
                if code:
                    return code
        return None

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

    def _retreat(self, match: Match, state: _State) -> None:
        """ "Ukrainian forces withdrew from Avdiivka", "completed the withdrawal of its troops
        from Lebanon": soldiers leaving a place retreat (0874); a state leaving a treaty or
        a body reduces relations (160)."""
        troops = _prep_object(match.trigger, ("of",)) if match.trigger.pos_ == "NOUN" else None
        if troops is not None and self.finder.role_of(troops) == MILITARY_ROLE:
            match.code = RETREAT_CODE
            # "the withdrawal of US troops" names whose troops; "of its troops", the subject's
            named = [a for a in state.actors(troops) if MILITARY_ROLE in a.roles]
            match.sources = named or [
                Actor(a.country + MILITARY_ROLE, a.name, a.country, a.group, (MILITARY_ROLE,))
                if a.country and not a.group
                else a
                for a in match.sources
            ]
        elif all(MILITARY_ROLE in a.roles for a in match.sources):
            match.code = RETREAT_CODE  # "Ukrainian forces withdrew from Avdiivka"
        if match.code == RETREAT_CODE:
            # leaving one's own town names no opponent to retreat from
            own = {a.country for a in match.sources}
            match.targets = [t for t in match.targets if t.code not in own]

    def _topic_code(self, verb: Token, code: str) -> str | None:
        """ "eased restrictions on remittances" 085 as "eased remittance restrictions" (not
        081); "opened the crossing to aid convoys" 0863 as "opened aid convoys" (not 0872)."""
        obj = _object_of(verb, _is_passive(verb))
        if obj is None:
            return None
        patterns = self.d.verbs.get(verb.lemma_.lower(), ())
        if code == PASSAGE_CODE:
            aid = [p for p in patterns if p.code == AID_ACCESS_CODE]
            for owner in (verb, obj):
                for prep in owner.children:
                    if prep.dep_ not in PREP_DEPS or prep.lower_ not in PASSAGE_PREPS:
                        continue
                    goods = [c for c in prep.children if c.dep_ == "pobj"]
                    if any(_object_fits(g, p.objects) for g in goods for p in aid):
                        return AID_ACCESS_CODE
            return None
        topic = _prep_object(obj, (TOPIC_PREP,))
        if topic is None:
            return None
        head = obj.lemma_.lower()
        for item in conjuncts(topic):  # the first-named topic decides
            pair = (item.lemma_.lower(), head)
            found = [p for p in patterns if pair in p.objects]
            if found:
                return max(found, key=lambda p: p.specificity).code
        return None

    def _destination(self, verb: Token, goods: Token, state: _State) -> list[Actor]:
        """ "HIMARS supplied by the United States have arrived in Ukraine": goods a participle
        describes went where the clause says they arrived; troops sent "to fight in Ukraine"
        went where they are to fight."""
        purpose = _fighting_purpose(verb)
        if purpose is not None:
            return self._prep_actors(purpose, None, ("in",), state, lenient=True)
        if verb.dep_ != "acl" or goods.i != verb.head.i or goods.dep_ not in SUBJECT_DEPS:
            return []
        arrival = goods.head
        if arrival.lemma_.lower() not in ARRIVAL_VERBS:
            return []
        return self._prep_actors(arrival, None, ARRIVAL_PREPS, state, lenient=True)

    def _probe_topic(self, trigger: Token) -> str | None:
        """What an investigation is about makes it specific: "investigating Zuma on
        corruption charges" 091, "an inquiry into the crackdown on protesters" 092, "the
        role of Russia's military in the downing of MH17" 093. The topic named first wins."""
        words = [
            t
            for c in trigger.children
            if c.dep_ in TOPIC_DEPS and c.i > trigger.i
            for t in c.subtree
        ]
        if not words:
            return None
        lemmas = " " + " ".join(t.lemma_.lower() for t in words) + " "
        texts = " " + " ".join(t.lower_ for t in words) + " "
        best: tuple[int, int, str] | None = None
        for needle, code in self._probe_topics:
            for haystack in (lemmas, texts):
                at = haystack.find(needle)
                if at >= 0 and (best is None or (at, -len(needle)) < best[:2]):
                    best = (at, -len(needle), code)
        return best[2] if best else None

    def _match_verb(
        self, verb: Token, state: _State, subjects: list[Actor] | None = None, depth: int = 0
    ) -> Match | None:
        patterns = self.d.verbs.get(verb.lemma_.lower(), [])
        passive = _is_passive(verb)
        obj = _object_of(verb, passive)
        recipient = None
        retained = _retained_object(verb) if passive else None
        if retained is not None:
            recipient, obj = obj, retained  # "Ukraine was given tanks by Germany"
        let = _let_clause(verb) if obj is None else None
        if let is not None:
            obj = next(c for c in let.children if c.dep_ == "nsubj")  # "allowed inspectors to"
        negated = _is_negated(verb)
        # the object's words once, not once per pattern; a named person's title stands for
        # the object noun ("killed Hezbollah leader Hassan Nasrallah")
        fitting = (
            [obj, *_titles(obj), *_amount(verb, obj), *_amount_content(obj)]
            if obj is not None
            else []
        )
        contents = _contents(obj) if obj is not None else []
        if contents and any(_object_fits(t, p.objects) for p in patterns for t in contents):
            fitting = contents  # "halted shipments of munitions": what is shipped decides
        goods = _supplied_with(verb, obj)
        fitting += [goods] if goods is not None else []
        words = {w for t in fitting for w in (t.lemma_.lower(), t.lower_)}
        mass = _mass_count(obj) or (obj is not None and bool(_amount(verb, obj)))
        if mass:
            words.add(MASS_WORD)
        best: tuple[int, VerbPattern, list[Actor], list[Actor], set[int]] | None = None
        composed: Match | None = None
        victims: tuple[list[Actor], set[int]] | None = None
        for pattern in patterns:
            if pattern.particles and not _has_particles(verb, pattern.particles):
                continue
            if pattern.objects and not (
                not pattern.heads.isdisjoint(words)
                and (
                    any(_object_fits(t, pattern.objects) for t in fitting)
                    or (mass and _object_fits_lemma(MASS_WORD, pattern.objects))
                )
            ):
                continue
            if verb.dep_ == "amod" and not pattern.objects:
                continue  # "Russian-backed separatists": only "a Qatari-brokered truce" codes
            if not pattern.objects and verb.lemma_.lower() in WEAPON_SUBJECT_VERBS:
                if not self._armed_subject(verb):
                    continue  # "sanctions hit Russia": only a weapon hits as an attack
            if pattern.code in PERSONAL_CODES and _body_count(obj):
                continue  # "killed seven FARC dissidents": a toll, not an assassination
            if _stopover_with_object(pattern, obj):
                continue
            if pattern.compose and composed is None and depth < 3:
                composed = self._compose(verb, pattern, state, subjects, depth)
                if composed:
                    continue
            if pattern.sources:
                srcs = self._prep_actors(verb, obj, pattern.sources, state) or self._givers(
                    [obj, *contents] if obj is not None else [], state
                )
                tgts = subjects if subjects is not None else self._subjects(verb, state, passive)
            else:
                srcs = subjects if subjects is not None else self._subjects(verb, state, passive)
                if not srcs and subjects is None and retained is not None:
                    # "was granted a bailout by the IMF": the parser hangs the giver on the gift
                    srcs = state.actors(_prep_object(retained, ("by",)))
                if not srcs and subjects is None and passive and obj is not None:
                    srcs = self._own_forces(obj, pattern, state)
                if goods is not None and _object_fits(goods, pattern.objects):
                    tgts = state.targets(obj)  # "supplied Russia with drones"
                else:
                    tgts = self._targets(verb, obj, pattern, state, passive)
                if not tgts and recipient is not None and _takes_recipient(pattern):
                    tgts = state.targets(recipient)
                for content in contents if fitting is contents and not tgts else ():
                    tgts = self._targets(verb, content, pattern, state, passive)
                    if tgts:
                        break
            if pattern.objects and pattern.code.startswith(FORCE_ROOTS):
                if self._fought_thing(obj, state):
                    continue  # "stepped up its fight against inflation": no foe at all
            if not tgts and "to" in pattern.targets and obj is not None:
                tgts = self._destination(verb, obj, state)
            if not tgts and let is not None and pattern.objects:
                # "allowed aid trucks to enter Gaza": where the allowed may go
                tgts = state.targets(_object_of(let, False)) or self._prep_actors(
                    let, None, ("into", "to", "in"), state, lenient=True
                )
            if not tgts and state.context and subjects is None:
                tgts = state.context
            if not tgts and pattern.code.startswith(VICTIM_ROOTS):
                tgts = self._domestic_opponents(obj, srcs, state, pattern.code)
                for aimed in _aimed_at(verb, obj, pattern.targets) if not tgts else ():
                    # "fired tear gas at protesters": the people the act is aimed at
                    tgts = self._domestic_opponents(aimed, srcs, state, pattern.code)
                    if tgts:
                        break
            if (
                pattern.code in HOME_RULE_CODES
                and {a.country for a in tgts} <= {a.country for a in srcs}
                and not _disaster(verb)
            ):
                tgts = _home_country(srcs)  # "declared martial law": over its own country
            hurt: set[int] = set()
            if (
                pattern.code.startswith(FORCE_ROOTS)
                and _bare_places(tgts)
                # "stormed into the town": a pattern whose own phrase is missing is no match
                and (tgts or "object" in pattern.targets or bool(pattern.objects))
            ):
                if victims is None:
                    victims = self._victims(verb, obj, state, tgts)
                found, via = victims
                if (
                    found
                    and {a.country for a in tgts} <= {a.country for a in found}
                    and not (tgts and any(set(a.roles) & SECURITY_ROLES for a in found))
                ):
                    # "shelled the town, killing five civilians"; soldiers killed in a town
                    # leave the town's country as what was attacked
                    tgts, hurt = found, via
            if (
                not tgts
                and obj is not None
                and "object" in pattern.targets
                and self.d.is_place_target(pattern.code)
                and pattern.code not in TERRITORY_CODES  # "seized cocaine at the port"
                and not _is_measure(obj)
            ):
                tgts = self._site_of(verb, obj, state)
            if not tgts and obj is not None and pattern.code.startswith(FORCE_ROOTS):
                tgts = self._pronoun_owners(verb, obj, state)
            if not tgts and len(srcs) > 1 and _reciprocal_argument(verb, obj):
                tgts = srcs  # "Armenia and Azerbaijan accused each other"
            if (
                not tgts
                and len(srcs) > 1
                and self.d.is_reciprocal(pattern.code)
                and (
                    _joint(obj)
                    or not (
                        _other_actor_in_clause(verb, state)
                        and not (
                            pattern.code.startswith((MEET_ROOT, FIGHT_ROOT))
                            and _only_venues(verb, state, pattern.code.startswith(MEET_ROOT))
                        )
                    )
                )
                and not self._acts_on_people(obj, pattern)
                and not _backs_a_cause(verb, obj, pattern)
            ):
                tgts = srcs  # "Israel and Hamas agreed a ceasefire": each towards the other
            if (
                not tgts
                and subjects is None
                and pattern.code in HOME_TARGET_CODES
                and (not pattern.objects or HOME_TARGET_CODES[pattern.code])
            ):
                tgts = _homelands(srcs, HOME_TARGET_CODES[pattern.code])
            if not srcs or not tgts:
                continue
            if self._goods_received(verb, obj, pattern, state):
                continue
            score = pattern.specificity
            if best is None or score >= best[0]:
                used = {obj.i} if obj is not None and pattern.objects else set()
                if let is not None and pattern.objects:
                    used.add(let.i)  # "allowed inspectors to visit": the visit is the letting
                if self._lends_event(verb) and _third_party(srcs, tgts, pattern):
                    used = set()  # "Qatar brokered a truce": the truce is coded as well
                used |= hurt
                best = (score, pattern, srcs, tgts, used)
        if composed is not None:
            if best is None or composed.pattern.specificity + 2 >= best[0]:
                return composed
        if best is None:
            return None
        _, pattern, srcs, tgts, used = best
        code = (self._topic_code(verb, pattern.code) if pattern.objects else None) or pattern.code
        if code == PROTECTION_CODE and _to_frontier(verb, obj):
            code = BUILDUP_CODE
        if code.startswith(FORCE_ROOTS) and _joint(obj) and tgts is srcs:
            code = JOINT_FORCE_CODE  # "launched a joint offensive against insurgents": allies
        if mass and _civilians_killed(verb, code, tgts):
            code = MASS_KILLING_CODE
        if _no_longer(verb):
            # "will no longer send weapons to Ukraine": stopping aid, not giving it
            code = self._lookup(HALT_KIND, code)
            if code is None:
                return None
            negated = False
        elif negated:
            code = pattern.negated or self._lookup("negate", code)
            if code is None:
                return None
        return Match(verb, pattern, srcs, tgts, code, negated, _modality(verb), used | {verb.i})

    def _own_forces(self, obj: Token, pattern: VerbPattern, state: _State) -> list[Actor]:
        """ "Nepalese peacekeepers were deployed to South Sudan": forces sent with no sender
        named are sent by their own state, which the forces stand for."""
        if not pattern.objects or "object" in pattern.targets:
            return []
        return [a for a in state.actors(obj) if SECURITY_ROLES.intersection(a.roles)]

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

    def _arresting_raid(self, noun: Token) -> bool:
        """A raid or sweep in which people are arrested or detained is how the arrest was
        made, not an attack of its own."""
        if noun.lemma_.lower() not in RAID_NOUNS or noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.lower_ not in RAID_PREPS or prep.head.pos_ != "VERB":
            return False
        verb = prep.head
        return any(p.code == ARREST_CODE for p in self.d.verbs.get(verb.lemma_.lower(), ()))

    def _armed_subject(self, verb: Token) -> bool:
        """Whether the subject is a weapon or an attack: "Russian missiles hit Kyiv", "a
        Houthi drone hit Tel Aviv", "an airstrike hit a school"."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return False
        lemma = subject.lemma_.lower()
        return (
            lemma in ATTACK_NOUNS
            or lemma in self.d.instruments
            or self._instrument_phrase(subject) is not None
        )

    def _fought_thing(self, obj: Token | None, state: _State) -> bool:
        """A fight, war or campaign waged against something that is no actor ("its fight
        against inflation", "a war on drugs") is a figure of speech, whoever owns it. People
        are a foe even unnamed: "an offensive against jihadists"."""
        if obj is None:
            return False
        foe = _prep_object(obj, FOE_PREPS)
        return (
            foe is not None
            and foe.pos_ == "NOUN"
            and self.finder.role_of(foe) is None
            and not state.targets(foe)
        )

    def _domestic_opponents(
        self, obj: Token | None, sources: list[Actor], state: _State, code: str = ""
    ) -> list[Actor]:
        """ "Myanmar soldiers and police shot dead 100 protesters": protesters named without
        a country, put down by a country's police or army, are that country's own. So are
        the people a state coerces at home: "the Taliban government banned women from
        attending universities" AFGCVL."""
        role = self.finder.role_of(obj) if obj is not None else None
        if obj is not None and role is None and obj.pos_ == "PROPN" and obj.i not in state.mentions:
            # "detained opposition activist Freddy Superlano": a name we do not know is
            # what its title says
            title = next(
                (c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None
            )
            role = self.finder.role_of(title) if title is not None else None
        if obj is None or role is None or role == "BASE":
            return []
        # groups of people, not one suspect: "arrested a man" is crime, not coercion
        coerced = (
            code.startswith(HOME_COERCION) and role in COERCED_ROLES and obj.tag_ in ("NNS", "NNPS")
        )
        if role != OPPOSITION_ROLE and not coerced:
            return []
        named = (t for left in obj.lefts for t in left.subtree)
        if any(t.i in state.mentions for t in named):
            return []  # "pro-Iranian protesters": a name of their own, not plainly domestic
        countries = {a.country for a in sources}
        if len(countries) != 1 or None in countries:
            return []
        security = all(set(a.roles) & SECURITY_ROLES for a in sources)
        state_made = all(not a.roles or a.roles[0] in STATE_ROLES for a in sources)
        # "Georgian authorities detained an opposition leader": a state coercing the
        # opposition coerces its own, whichever arm of it acts
        home_opposition = role == OPPOSITION_ROLE and code.startswith(COERCE_ROOT)
        if not security and not ((coerced or home_opposition) and state_made):
            return []
        country = next(iter(countries))
        return [Actor(country + role, obj.text, country, None, (role,))]

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
        targets = self._clause_subjects(clause, state) or self._ties_partner(clause, state)
        if not sources or not targets:
            return None
        return Match(
            adjective, pattern, sources, targets, pattern.code, False, "asserted", {adjective.i}
        )

    def _ties_partner(self, clause: Token, state: _State) -> list[Actor]:
        """ "confident that relations with China were back on track": a clause about ties
        is about the partner they are with."""
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.lemma_.lower() not in TIES_NOUNS:
            return []
        return state.targets(_prep_object(subject, ("with",)))

    def _acts_on_people(self, obj: Token | None, pattern: VerbPattern) -> bool:
        """ "Soldiers and police shot dead 100 protesters": the action falls on people the
        object names (of no known country), not on the subjects each other."""
        return not pattern.objects and obj is not None and self.finder.role_of(obj) is not None

    def _lends_event(self, verb: Token) -> bool:
        """Whether the verb's object noun names an event that took place ("brokered a
        truce"), not one asked for or refused ("demanded a truce")."""
        return not self.d.light_verbs or verb.lemma_.lower() in self.d.light_verbs

    def _bare_code(self, token: Token) -> str | None:
        """The code a trigger's own pattern gives, whoever the target: for actions whose
        target is the addressee of an appeal or threat."""
        lemma = token.lemma_.lower()
        if token.pos_ in ("NOUN", "PROPN"):
            patterns = [p for p in self.d.nouns.get(lemma, []) if not p.objects]
            return patterns[-1].code if patterns else None
        ended = _complement(token) if lemma in CESSATION_VERBS else None
        if ended is not None:
            # "demanded that NATO stop expanding": ending an act, whatever act it is
            inner = self._bare_code(ended) or ""
            return DEESCALATE_CODE if inner.startswith(ESCALATION_ROOTS) else POLICY_CHANGE_CODE
        obj = _object_of(token, _is_passive(token))
        best = most_specific(
            p
            for p in self.d.verbs.get(lemma, [])
            if not (p.compose or p.sources) and _pattern_fits(p, token, obj)
        )
        if lemma in RETREAT_TRIGGERS and obj is None and (best is None or not best.objects):
            ground = _prep_object(token, ("from",))
            if ground is not None and ground.lemma_.lower() in HELD_GROUND:
                return RETREAT_CODE  # "demanded that Israel withdraw from five positions"
        if (best is None or not best.objects) and lemma in ENDING_VERBS and obj is not None:
            # "demanded that Seoul end its joint drills": the drills end, whoever holds them
            inner = self._bare_code(obj) if obj.lemma_.lower() in self.d.nouns else None
            if inner:
                return DEESCALATE_CODE if inner.startswith(ESCALATION_ROOTS) else POLICY_CHANGE_CODE
        return best.code if best else None

    def _may_react(self, pattern: VerbPattern, negated: bool) -> bool:
        """Whether a pattern can give a reaction code, as itself or composed, or negated."""
        code = (pattern.negated or self._lookup("negate", pattern.code) or "") if negated else ""
        return bool(pattern.compose) or any(
            c.startswith(REACTION_ROOTS) for c in (pattern.code, code)
        )


def _other_actor_in_clause(trigger: Token, state: _State) -> bool:
    """Whether the trigger's phrase names an actor besides its subjects: then "X and Y
    signed agreements with Israel" is not something X and Y did with each other."""
    subjects = {t.i for c in trigger.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return any(
        t.i in state.mentions for t in trigger.subtree if t.i not in subjects and t.i != trigger.i
    )


def _only_venues(trigger: Token, state: _State, talks: bool = False) -> bool:
    """ "Pashinyan and Aliyev met at the White House": the only other names are where the
    sides met, which makes no third party of them; nor, for `talks`, what they talked about
    ("talked about the G20 summit"), while "fought over Karabakh" stays a war's stake."""
    subjects = {t.i for c in trigger.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    # clauses of their own ("hosted by Kazakhstan's president") name their own actors
    subjects |= {
        t.i
        for c in trigger.subtree
        if c.i != trigger.i and c.dep_ in OTHER_CLAUSE_DEPS
        for t in c.subtree
    }
    if talks:
        # "talked by telephone about the EAC summit": on the verb or on its means
        subjects |= {
            t.i
            for p in trigger.subtree
            if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS and p.head.i != p.i
            for t in p.subtree
        }
    frames = [p for p in trigger.children if p.dep_ == "prep" and p.lower_ in SCENE_PREPS]
    venues = {t.i for prep in frames if prep.lower_ in VENUE_PREPS for t in prep.subtree}
    places = {pobj.i for prep in frames for pobj in prep.children if pobj.dep_ == "pobj"}
    # "on the sidelines of the G20 summit": a body named inside the frame is its occasion
    occasions = {t.i for prep in frames for t in prep.subtree if t.i not in places}
    for t in trigger.subtree:
        if t.i in subjects or t.i == trigger.i or t.i not in state.mentions or t.i in occasions:
            continue
        if t.i not in venues or state.mentions[t.i].actor.kind not in (*VENUE_KINDS, "country"):
            return False
    return True


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


def _backs_a_cause(verb: Token, obj: Token | None, pattern: VerbPattern) -> bool:
    """ "Chile and Peru reaffirmed their support for a two-state solution": support or
    praise given to a cause the sentence names is not given to each other."""
    if not pattern.code.startswith(SUPPORT_ROOT) or "for" not in pattern.targets:
        return False
    return _prep_object(verb, ("for",)) is not None or (
        obj is not None and _prep_object(obj, ("for",)) is not None
    )


def _retained_object(verb: Token) -> Token | None:
    """The thing given in a passive of giving, "Ghana was granted a bailout by the IMF": its
    subject is then the one who receives."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _takes_recipient(pattern: VerbPattern) -> bool:
    """Only a pattern that gives to someone lets the passive subject receive."""
    return any(where in RECIPIENT_SLOTS for where in pattern.targets)


def _stopover_with_object(pattern: VerbPattern, obj: Token | None) -> bool:
    """ "stopped in Cairo" is a visit, "stopped its operations in Kurdistan" is not: a visit
    named by where one goes takes no direct object."""
    return (
        pattern.code == VISIT_CODE
        and obj is not None
        and not pattern.objects
        and "object" not in pattern.targets
    )


def _supplied_with(verb: Token, obj: Token | None) -> Token | None:
    """The goods of "supplied Russia with drones"; the object is then who receives them."""
    if obj is None or verb.lemma_.lower() not in SUPPLY_WITH_VERBS:
        return None
    return _prep_object(verb, ("with",)) or _prep_object(obj, ("with",))


def _joint(obj: Token | None) -> bool:
    return obj is not None and any(c.lower_ in JOINT_MODIFIERS for c in obj.lefts)


def _fighting_purpose(trigger: Token) -> Token | None:
    """The purpose clause of troops sent to fight for a side: "to support its war", "to
    fight in Ukraine", "to help the army"."""
    for purpose in trigger.children:
        if (
            purpose.dep_ in ("advcl", "xcomp")
            and purpose.lemma_.lower() in FIGHTING_PURPOSES
            and _is_infinitive(purpose)
        ):
            return purpose
    return None


def _to_frontier(verb: Token, obj: Token | None) -> bool:
    """ "rushed troops to its border with Pakistan": forces sent up to a frontier are massed
    against the country beyond it (154), not lent to it for its protection (074)."""
    place = _prep_object(verb, ("to", "toward", "towards")) or (
        _prep_object(obj, ("to", "toward", "towards")) if obj is not None else None
    )
    return place is not None and place.lemma_.lower() in FRONTIER_NOUNS


def _homelands(actors: list[Actor], role: str) -> list[Actor]:
    """The countries of office-holders and groups ("Bolivia's president" -> Bolivia), or
    their governments; a country itself has no homeland to act toward."""
    found: dict[str, Actor] = {}
    for actor in actors:
        if actor.country and actor.roles and actor.code != actor.country:
            code = actor.country + role
            roles = (role,) if role else ()
            found.setdefault(code, Actor(code, code, actor.country, None, roles))
    return list(found.values())


def _probe_topics(dictionaries: Dictionaries) -> list[tuple[str, str]]:
    """The objects of the specific investigation patterns (091-094), as phrases that name
    what a generic investigation is about."""
    found: dict[str, str] = {}
    for pattern in dictionaries.verbs.get(PROBE_VERB, ()):
        if pattern.code == PROBE_CODE or not pattern.code.startswith(PROBE_CODE[:2]):
            continue
        for modifier, head in pattern.objects:
            phrase = f" {modifier} {head} " if modifier else f" {head} "
            found.setdefault(phrase, pattern.code)
    return list(found.items())


def _third_party(sources: list[Actor], targets: list[Actor], pattern: VerbPattern) -> bool:
    """Whether the source acts on an event between others (a mediator), rather than
    taking part in it: then that event stands as an event of its own sides."""
    if not any(w in PARTY_PREPS for w in pattern.targets):
        return False
    if pattern.code.startswith(PARTY_ROOT):
        return False  # signing or deepening ties: the subject is a side, not a go-between
    return not {a.code for a in sources} & {a.code for a in targets}


def _home_country(sources: list[Actor]) -> list[Actor]:
    """The one country the sources rule, as the place their measure falls on."""
    countries = {a.country for a in sources}
    if len(countries) != 1 or None in countries:
        return []
    country = next(iter(countries)) or ""
    return [Actor(country, country, country, None, ())]


def _disaster(verb: Token) -> bool:
    """ "declared a state of emergency as wildfires spread": emergency rule against nature."""
    return any(
        t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in DISASTER_NOUNS for t in verb.sent
    )


def _aimed_at(verb: Token, obj: Token | None, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the target prepositions on the verb, its object, or a noun coordinated
    with either ("fired tear gas and birdshot at protesters")."""
    owners = [verb] if obj is None else [verb, *conjuncts(obj)]
    owners += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    found: list[Token] = []
    for owner in owners:
        pobj = _prep_object(owner, preps)
        if pobj is not None:
            found.append(pobj)
    return found


def _amount(verb: Token, obj: Token) -> list[Token]:
    """The count a plural object is given in, which can make the act a mass one:
    "expelled hundreds of thousands of Afghan refugees" (201)."""
    raw = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if raw is None or raw.i == obj.i or raw.lemma_.lower() not in MASS_AMOUNTS:
        return []
    return [raw]


def _mass_count(obj: Token | None) -> bool:
    """ "deported more than 276,000 Haitians": a count in figures that makes the act a
    mass one, as "thousands of" does in words."""
    if obj is None or obj.tag_ not in ("NNS", "NNPS"):
        return False
    for child in obj.children:
        if child.dep_ != "nummod" or not child.like_num:
            continue
        if any(t.lemma_.lower() in MASS_AMOUNTS for t in child.subtree):
            return True  # "1.2 million Afghans"
        digits = child.text.replace(",", "")
        if digits.isdigit() and int(digits) >= MASS_COUNT:
            return True
    return False


def _body_count(obj: Token | None) -> bool:
    """Whether the object is counted as a group of three or more ("seven dissidents"),
    which no single targeted killing names."""
    if obj is None or obj.tag_ not in ("NNS", "NNPS"):
        return False
    for child in obj.children:
        if child.dep_ == "nummod" and child.like_num:
            digits = child.text.replace(",", "")
            if child.lower_ in FEW_WORDS or (digits.isdigit() and int(digits) < BODY_COUNT):
                continue  # "two senior commanders": still a targeted killing
            return True  # "seven", "dozens", "12"
    return False


def _civilians_killed(verb: Token, code: str, targets: list[Actor]) -> bool:
    """ "killed 1,500 civilians": thousands of civilians killed are a mass killing (202),
    while thousands of soldiers killed are still combat."""
    return (
        verb.lemma_.lower() in KILLING_VERBS
        and code.startswith(("18", FIGHT_ROOT))
        and bool(targets)
        and all(CIVILIAN_ROLE in a.roles for a in targets)
    )
