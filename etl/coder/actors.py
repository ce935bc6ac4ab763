"""Finding actors in a parsed sentence and composing their CAMEO codes.

Names come from the dictionaries (countries, institutions, organisations, groups, people);
roles come from agent nouns in the same noun phrase ("Turkish officials" TURGOV, "the US
Treasury" USAGOV). An agent noun without a country, organisation or person is no actor:
"officials said" yields nothing, by design.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from eventdb.etl.coder.dictionary import ANAPHOR_KINDS, Dictionaries, NamedActor
from eventdb.etl.coder.types import Actor

NOMINAL_BASES = {"country", "people", "adjective", "place"}
QUANTIFIERS = frozenset(
    "one two three four five some many several most all each both none any few dozen dozens"
    " hundred hundreds thousand thousands million millions number majority group member part"
    " half rest head chief leader representative delegation team round series wave package"
    " set batch raft slew string spate volley barrage flurry contingent unit pair"
    " couple fraction share portion".split()
)
#: roles of the state, which an adjective can give ("military instructors")
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: participles after a hyphenated name that make it the backer ("Rwandan-backed")
BACKING_PARTICIPLES = frozenset(
    "backed funded sponsored supported armed trained financed equipped allied aligned".split()
)
#: named actors whose office a country named before them can override ("Mexico's Senate")
FOREIGNABLE_KINDS = frozenset({"institution", "person"})
#: dependencies by which a country names whose office follows
FOREIGN_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
#: roles whose name on a place says who is there, not who acts ("a refugee camp")
PLACE_NAMED_ROLES = frozenset({"REF", "CVL"})
#: participles that say who commands armed men ("fighters led by the RSF")
LEADER_PARTICIPLES = frozenset({"led", "commanded", "headed"})
#: country names that stand for the country only with the article: bare "Emirates" is the
#: airline, "the Emirates" the country
ARTICLE_NAMES = frozenset({"Emirates"})
OWNER_KINDS = ("country", "institution", "organisation", "group", "place", "person")
PLACE_PREPS = ("in", "across", "near", "inside", "throughout")
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "nummod", "npadvmod", "appos"}
#: names of cities: in a locative phrase they say where, not whom, unless the act is
#: violence or a visit, which happen to a place
VENUE_KINDS = ("place", "institution")
#: class nouns that, made definite ("the group blamed Israel"), stand for the last actor of
#: that kind named before them
DEFINITE_ANAPHORS = {
    "group": ("group",),
    "militia": ("group",),
    "movement": ("group",),
    "faction": ("group",),
    "agency": ("organisation",),
    "watchdog": ("organisation",),
    "organisation": ("organisation",),
    "organization": ("organisation",),
    "bloc": ("organisation",),
    "alliance": ("organisation",),
    "country": ("country",),
    "nation": ("country",),
    "kingdom": ("country",),
    "republic": ("country",),
    "island": ("country",),
}
#: institutions every country has: "protesters rallied against the government" is against
#: the government of the country the sentence is about
#: national forces a one-country sentence names without the country ("the army")
FORCE_ANAPHORS = ("army", "military", "police")
NATIONAL_ANAPHORS = (
    "government",
    "authority",
    "authorities",
    "regime",
    "junta",
    "parliament",
    *FORCE_ANAPHORS,
)
NATIONAL_KINDS = ("country", "adjective", "people")
#: words that only classify a definite class noun, leaving it the same referent: "the
#: regional bloc", "the rebel group" (unlike "the armed group", often a new one)
CLASS_MODIFIERS = frozenset(
    {"regional", "rebel", "militant", "insurgent", "jihadist", "islamist", "paramilitary"}
)
_ANAPHOR_TEXT = re.compile(
    r"\bthe (?:(?:"
    + "|".join(sorted(CLASS_MODIFIERS))
    + r") )?(?:"
    + "|".join(sorted({*DEFINITE_ANAPHORS, *NATIONAL_ANAPHORS}))
    + ")",
    re.IGNORECASE,
)
#: class nouns that prefer the sentence's topic (its main subject) to the nearest name:
#: "Colombia agreed ... after Trump threatened sanctions on the country"
TOPICAL_ANAPHORS = frozenset({"country", "nation", "kingdom", "republic"})


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    actor: NamedActor


class ActorFinder:
    """Built once per process from the dictionaries; `mentions` runs once per sentence."""

    def __init__(self, dictionaries: Dictionaries, vocab: Vocab, make_doc) -> None:
        self.dictionaries = dictionaries
        self.agents = dictionaries.agents
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._folded = PhraseMatcher(vocab, attr="LOWER")
        self._by_key: dict[int, NamedActor] = {}
        exact, folded = [], []
        for name, actor in dictionaries.names.items():
            doc = make_doc(name)
            key = vocab.strings.add(name)
            self._by_key[key] = actor
            letters = [c for c in name if c.isalpha()]
            is_acronym = bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6
            (exact if is_acronym else folded).append((name, doc))
        for name, doc in exact:
            self._exact.add(name, [doc])
        for name, doc in folded:
            self._folded.add(name, [doc])

    def mentions(
        self, doc: Doc, aliases: tuple[tuple[str, str], ...] = (), text: str | None = None
    ) -> dict[int, Mention]:
        """Token index -> the longest dictionary name covering it; `aliases` adds the
        article's surnames for people named there in full. `text` is `doc.text` when the
        caller has it already (spaCy builds it anew on every access)."""
        found = self._mentions(doc)
        names = self.dictionaries.names
        table = dict(aliases)
        if aliases:
            for token in doc:
                if token.i not in found and token.text in table:
                    found[token.i] = Mention(token.i, token.i + 1, names[table[token.text]])
        if found:
            article = {
                kind: names[table[f"the {kind}"]]
                for kind in ANAPHOR_KINDS
                if table.get(f"the {kind}") in names
            }
            _definite_anaphors(
                doc, found, article, doc.text if text is None else text, self.role_of
            )
        return found

    def _mentions(self, doc: Doc) -> dict[int, Mention]:
        spans: list[tuple[int, int, int]] = []
        names = self.dictionaries.names
        for match_id, start, end in [*self._exact(doc), *self._folded(doc)]:
            first = doc[start]
            if not (first.text[:1].isupper() or first.text[:1].isdigit()):
                continue  # "turkey", "chad": common words, not the countries
            if self._by_key[match_id].kind in NATIONAL_KINDS and _birthplace(doc, end):
                continue  # "a Russian-born banker": where someone was born, not whom they serve
            if end - start == 1 and first.text in ARTICLE_NAMES and _bare_name(doc, start):
                continue  # "Emirates ordered 90 jets": the airline
            if self._by_key[match_id].kind == "person" and _hyphen_glued(doc, start, end, names):
                continue  # "Yunus-Bek Yevkurov" is not Muhammad Yunus
            spans.append((start, end, match_id))
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        taken: dict[int, Mention] = {}
        for start, end, match_id in spans:
            actor = self._by_key[match_id]
            overlap = {taken[i] for i in range(start, end) if i in taken}
            if overlap and any(m.actor != actor for m in overlap):
                continue
            # "President Xi" and "Xi Jinping" overlap: one mention of one person
            start = min([start, *(m.start for m in overlap)])
            end = max([end, *(m.end for m in overlap)])
            mention = Mention(start, end, actor)
            for i in range(start, end):
                taken[i] = mention
        return taken

    def role_of(self, token: Token) -> str | None:
        """The agent role a noun denotes ("officials" GOV), two-word forms first."""
        lemma = token.lemma_.lower()
        if token.i > 1 and token.doc[token.i - 1].text == "-":
            # "start-ups", "sub-contractor": the parser splits a hyphenated agent noun
            first = token.doc[token.i - 2].lower_
            role = self.agents.get(f"{first}-{lemma}") or self.agents.get(f"{first}-{token.lower_}")
            if role:
                return role
        if token.i > 0:
            prev = token.doc[token.i - 1]
            pair = f"{prev.lemma_.lower()} {lemma}"
            if pair in self.agents:
                return self.agents[pair]
            pair_text = f"{prev.lower_} {token.lower_}"
            if pair_text in self.agents:
                return self.agents[pair_text]
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                # "prisoners of war" MIL, "head of state" GOV
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                role = self.agents.get(f"{lemma} of {pobj.lemma_.lower()}") if pobj else None
                if role is not None:
                    return role
        return self.agents.get(lemma) or self.agents.get(token.lower_)

    def resolve_all(
        self,
        token: Token,
        mentions: dict[int, Mention],
        day: dt.date,
        lenient: bool = False,
        place: bool = True,
        venues: bool = False,
    ) -> list[Actor]:
        """`resolve`, plus one actor per country coordinated in the modifiers."""
        first = self.resolve(token, mentions, day, lenient, place, venues)
        if first is None:
            return []
        out = [first]
        head = _unwrap_quantity(token)
        role = self.role_of(head)
        others = modifier_conjuncts(token, mentions)
        if head.i != token.i:
            # "the leaders of Kenya and Uganda", "thousands of Afghans and Iranians"
            others += [c for c in head.conjuncts if c.i in mentions]
        elif role is not None and role != "BASE":
            others += owner_conjuncts(token, mentions)
        for other in others:
            mention = mentions[other.i]
            code = mention.actor.code_on(day)
            if not code:
                continue
            if mention.actor.kind in NOMINAL_BASES or mention.actor.kind == "institution":
                if role and role != "BASE":
                    # "Somali and African Union forces": the Somali ones are forces too
                    code = code[:3] + role
                else:
                    code = code[:3] + "".join(first.roles[:1]) if first.country else code
            if code in {a.code for a in out}:
                continue
            out.append(
                Actor(
                    code,
                    other.text,
                    code[:3],
                    None,
                    tuple(code[i : i + 3] for i in range(3, len(code), 3)),
                )
            )
        return out

    def resolve(
        self,
        token: Token,
        mentions: dict[int, Mention],
        day: dt.date,
        lenient: bool = False,
        place: bool = True,
        venues: bool = False,
    ) -> Actor | None:
        """The actor a noun phrase headed by `token` denotes on `day`, or None.

        `lenient` is for targets: "struck three Iranian nuclear sites" is aimed at Iran even
        though "sites" is no agent, while as a source that phrase would name nobody.
        `place` lets people named without a country take the place of the clause, which
        holds for victims of violence, not for "civilians in Mali celebrated". `venues` says
        that a city in a locative phrase is where the act happened, not its counterpart.
        """
        found = self._resolve(token, mentions, day)
        if found is None and lenient:
            found = self._owner(token, mentions, day, place, venues)
        return found

    def _owner(
        self,
        token: Token,
        mentions: dict[int, Mention],
        day: dt.date,
        place: bool = True,
        venues: bool = False,
    ) -> Actor | None:
        head = _unwrap_quantity(token)
        mention = mentions.get(head.i) or self._modifier_mention(head, mentions)
        if mention is not None and _inside_name(head, mention, mentions):
            return None  # "Tokyo Electric", "Japan Tobacco": a name of its own
        if mention is None:
            mention = self._deep_mention(head, mentions)
            if mention is not None and venues and mention.actor.kind in VENUE_KINDS:
                mention = None  # "signed a treaty in Pyongyang": the city is a venue
        described = self.role_of(head) or self._title_of(head, mentions)
        if mention is None and place and described is not None:
            mention = self._clause_place(head, mentions)
        if mention is None:
            return None
        code = mention.actor.code_on(day)
        if code is None:
            return None
        role = (
            (self.role_of(head) or self._title_of(head, mentions))
            if head.i not in mentions
            else None
        )
        if role is None and mention.end - mention.start == 1:
            # "the government's bill": the anaphor names the owner's role too
            owner_word = head.doc[mention.start]
            if owner_word.is_lower and owner_word.dep_ == "poss":
                role = self.role_of(owner_word)
        kind = mention.actor.kind
        # "Washington's accusation": a capital owns a thing as the government it stands for
        owner = kind == "institution" and role is None and _owns(mention, head)
        if not owner and (kind in NOMINAL_BASES or kind == "institution"):
            # "civilians in Darfur" SDNCVL; "Russian oil" RUS
            code = code[:3] + (role if role and role != "BASE" else "")
            if _ethnic(mention, head.doc) and role in (None, "MIL"):
                code = code[:3] + "REB"  # "ethnic Armenian positions": a militia's
        name = _phrase_text(token, mention)
        country = code[:3] if not code.startswith(("IGO", "NGO", "IMG", "MNC")) else None
        roles = tuple(code[i : i + 3] for i in range(3, len(code), 3))
        return Actor(code=code, name=name, country=country, roles=roles)

    def _title_of(self, head: Token, mentions: dict[int, Mention]) -> str | None:
        """The role a noun's own modifiers give it when the noun gives none: "opposition
        supporters in Minsk" BLROPP, the modifier nearest the noun first; an adjective
        gives only a role of the state ("military sites in Iran" IRNMIL). A place
        named after the people it holds ("a refugee camp", "civilian areas") is not them:
        whoever was hit there is named on its own."""
        for child in reversed(list(head.lefts)):
            if child.dep_ not in ("compound", "amod") or child.i in mentions:
                continue
            role = self.role_of(child)
            if role in PLACE_NAMED_ROLES:
                return None
            if role and (child.pos_ != "ADJ" or role in STATE_ROLES):
                return role
        return None

    def _clause_place(self, token: Token, mentions: dict[int, Mention]) -> Mention | None:
        """Where the clause happens, for people it names without a country: "killed dozens
        of civilians in a village in central Mali" MLICVL."""
        verb = token.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        for child in verb.children:
            if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS:
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                found = (
                    mentions.get(pobj.i)
                    or self._modifier_mention(pobj, mentions)
                    or self._deep_mention(pobj, mentions)
                )
                if found is not None and found.actor.kind in OWNER_KINDS:
                    return found
        return None

    def _deep_mention(self, token: Token, mentions: dict[int, Mention]) -> Mention | None:
        """A place or country in a locative phrase: "civilians in Sudan's Darfur region"."""
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in ("in", "from", "of", "across", "near"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = mentions.get(pobj.i) or self._modifier_mention(pobj, mentions)
                        if found is not None and found.actor.kind in OWNER_KINDS:
                            return found
        return None

    def _resolve(self, token: Token, mentions: dict[int, Mention], day: dt.date) -> Actor | None:
        head = _unwrap_quantity(token)
        if head.i != token.i:
            # "the head of the foreign ministry, Dmytro Kuleba": the person named beside it
            named = self._appositive(token, mentions, day)
            if named is not None:
                return named
            found = self._resolve(head, mentions, day)
            if found:
                return found
            token = head
        if token.pos_ == "PRON" and token.lower_ not in ("who", "which", "that"):
            return None
        found = self._appositive(token, mentions, day)
        if found is not None:
            return found
        own = mentions.get(token.i)
        if own is not None and own.actor.kind in FOREIGNABLE_KINDS:
            foreign = self._foreign_title(token, own, mentions, day)
            if foreign is not None:
                return foreign
        if own is not None and own.actor.kind == "institution":
            owned = self._owned_institution(token, own, mentions, day)
            if owned is not None:
                return owned
        # "the Soviet Union": the last word of a name is no agent noun ("union" LAB)
        inside = own is not None and own.start < token.i < own.end
        role = None if inside else self.role_of(token)
        if own is not None and own.actor.kind == "place" and role is None:
            return None  # "Kharkiv" names a place, an actor only as a target (lenient)
        base: Mention | None = own
        if base is None or (base.actor.kind == "adjective" and role is None):
            base = self._modifier_mention(token, mentions) or self._of_mention(token, mentions)
            if base is None:
                leader = self._leader_mention(token, mentions)
                # the men are the leader's own: Haftar's forces are LBYREB as he is
                if leader is not None:
                    return self._compose(leader, None, token, day)
                return self._described(token, mentions, day) if own is None else None
            if role is None:
                role = self._modifier_role(token, base)
                if role is None and own is None:
                    return None
        return self._compose(base, role, token, day)

    def _owned_institution(
        self, token: Token, own: Mention, mentions: dict[int, Mention], day: dt.date
    ) -> Actor | None:
        """ "Pakistan's Foreign Office", "the Indian Home Office": a ministry every country
        has, named with another country before it, is that country's, not the one whose
        ministry bears the name on its own."""
        role = self.agents.get(token.doc[own.start : own.end].text.lower())
        if role is None:
            return None
        for child in token.lefts:
            if child.i >= own.start or child.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            owner = mentions.get(child.i)
            if owner is not None and owner.actor.kind in ("country", "adjective"):
                return self._compose(owner, role, token, day)
        return None

    def _appositive(self, token: Token, mentions: dict[int, Mention], day: dt.date) -> Actor | None:
        """A named actor in apposition says who a described one is."""
        for child in token.children:
            if child.dep_ == "appos":
                named = mentions.get(child.i)
                if named and named.actor.kind in ("person", "organisation", "group", "institution"):
                    found = self._resolve(child, mentions, day)
                    if found:
                        return found
        return None

    def _described(self, token: Token, mentions: dict[int, Mention], day: dt.date) -> Actor | None:
        """A name the dictionaries lack is who its apposition says: "Ahmed Attaf, Algeria's
        foreign minister, said" is DZAGOV. Wires introduce most office-holders this way."""
        if token.pos_ != "PROPN":
            return None
        for child in token.children:
            if child.dep_ == "appos" and child.i not in mentions and self.role_of(child):
                return self._resolve(child, mentions, day)
        return None

    def _foreign_title(
        self, token: Token, own: Mention, mentions: dict[int, Mention], day: dt.date
    ) -> Actor | None:
        """A country named right before an office that the dictionaries give to another
        country decides whose office it is: "Mexico's Senate" is MEXLEG though "Senate"
        alone is the US one, and "Colombian Defence Minister Pedro Sanchez" is COLGOV
        though a namesake leads Spain. The title keeps its role."""
        code = own.actor.code_on(day)
        if code is None:
            return None
        # the country sits on the name ("Mexico's Senate") or on its title ("Colombian
        # Defence Minister Pedro Sanchez"), always before the name
        stack = [c for c in token.lefts if c.i < own.start and c.dep_ in FOREIGN_DEPS]
        while stack:
            child = stack.pop()
            stack.extend(c for c in child.lefts if c.dep_ in FOREIGN_DEPS)
            base = mentions.get(child.i)
            if base is None or base.actor.kind not in NATIONAL_KINDS:
                continue
            country = base.actor.code_on(day)
            if not country or country[:3] == code[:3] or _backer_prefix(base, token.doc):
                return None
            if own.actor.kind == "institution":
                role = code[3:6] or None
            else:
                role = self._modifier_role(token, base)
                role = role if role in STATE_ROLES else None
            return self._compose(base, role, token, day) if role else None
        return None

    def shared_modifier(
        self, first: Token, token: Token, mentions: dict[int, Mention], day: dt.date
    ) -> Actor | None:
        """An agent noun coordinated after one with a country modifier takes that country:
        "Russian military officials and banks" RUSBUS, unless it has a modifier of its own."""
        if token.i in mentions or any(
            c.dep_ in ("amod", "compound", "nmod", "poss") for c in token.lefts
        ):
            return None  # "Tigrayan forces", "foreign fighters": a modifier of its own
        role = self.role_of(token)
        base = self._modifier_mention(first, mentions)
        if role is None or base is None or base.start > first.i:
            return None
        if base.actor.kind not in ("adjective", "country", "people"):
            return None
        return self._compose(base, role, token, day)

    def elided_head(
        self, word: Token, last: Token, mentions: dict[int, Mention], day: dt.date
    ) -> Actor | None:
        """ "Kyrgyz and Tajik officials": a bare nationality word coordinated with an agent
        noun that carries a nationality adjective of its own shares that noun, though the
        parser reads "Kyrgyz" as the people."""
        own = mentions.get(word.i)
        if own is None or own.end - own.start != 1 or own.actor.kind not in ("people", "adjective"):
            return None
        if any(c.dep_ not in ("cc", "conj", "punct") for c in word.children):
            return None
        lead = mentions.get(last.left_edge.i)
        role = self.role_of(last)
        if lead is None or lead.actor.kind != "adjective" or role is None or role == "BASE":
            return None
        return self._compose(own, role, last, day)

    def _title_role(self, base: Mention, doc: Doc) -> str | None:
        """The office a title before a name gives ("diplomat Yang Jiechi" GOV), for a person
        the dictionary knows in no office on the day; "former" keeps them out of it."""
        words = doc[max(0, base.start - 4) : base.start]
        if any(w.lower_ in ("former", "ex", "late", "then") for w in words):
            return None
        if base.start == 0:
            return None
        title = doc[base.start - 1]
        if not title.is_lower:
            return None  # "President Bazoum": a formal title stays with a deposed holder
        role = self.role_of(title)
        return role if role in ("GOV", "MIL") else None

    def _modifier_mention(self, token: Token, mentions: dict[int, Mention]) -> Mention | None:
        best: Mention | None = None
        stack = [c for c in token.lefts if c.dep_ in MODIFIER_DEPS or c.dep_ == "det"]
        while stack:
            child = stack.pop()
            m = mentions.get(child.i)
            if (
                m
                and (best is None or m.start > best.start)
                and not _stance_prefix(m, token.doc)
                and not _backer_prefix(m, token.doc)
            ):
                best = m
            stack.extend(c for c in child.children if c.i < token.i and c.dep_ != "prep")
        return best

    def _of_mention(self, token: Token, mentions: dict[int, Mention]) -> Mention | None:
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "in"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        m = mentions.get(pobj.i)
                        if m and m.actor.kind in OWNER_KINDS:
                            return m
        return None

    def _leader_mention(self, token: Token, mentions: dict[int, Mention]) -> Mention | None:
        """Armed men described by who leads them ("fighters led by Hayat Tahrir al-Sham",
        "forces loyal to Haftar") are that group's or person's; a backer ("backed by Iran")
        is not who they are."""
        if token.i in mentions or self.role_of(token) not in ("MIL", "REB"):
            return None
        for child in token.rights:
            if child.dep_ == "acl" and child.lower_ in LEADER_PARTICIPLES:
                deps, preps = ("agent", "prep"), ("by",)
            elif child.dep_ == "amod" and child.lower_ == "loyal":
                deps, preps = ("prep",), ("to",)
            else:
                continue
            for prep in child.children:
                if prep.dep_ not in deps or prep.lower_ not in preps:
                    continue
                for pobj in prep.children:
                    found = mentions.get(pobj.i) if pobj.dep_ == "pobj" else None
                    if found is not None and found.actor.kind in ("group", "person"):
                        return found
        return None

    def _modifier_role(self, token: Token, base: Mention) -> str | None:
        """A role carried by a modifier instead of the head: "Treasury officials" (head
        role GOV already), "the Kremlin's envoy"; None when the head is no agent."""
        # the title may sit deeper in a name's compounds: "Venezuela's Attorney General
        # Tarek William Saab" has "General" under "Tarek", not under "Saab"
        queue = list(token.lefts)
        while queue:
            child = queue.pop(0)
            if child.dep_ not in ("compound", "amod") or child.i < base.end:
                continue
            role = self.role_of(child)
            if role and child.pos_ == "ADJ" and role not in STATE_ROLES:
                continue  # "firm support" is no firm; "military instructors" are military
            if role:
                return role
            if child.pos_ == "PROPN":
                queue.extend(child.lefts)
        return None

    def _compose(self, base: Mention, role: str | None, token: Token, day: dt.date) -> Actor | None:
        actor = base.actor
        code = actor.code_on(day)
        if code is None:
            return None
        kind = actor.kind
        if (
            kind == "institution"
            and role
            and role != "BASE"
            and token.i not in range(base.start, base.end)
        ):
            # "protesters in Tehran", "Kremlin officials": the place's country, the agent's role
            code = code[:3] + role
        elif kind in NOMINAL_BASES:
            if kind == "adjective" and role is None:
                return None
            if role == "MIL" and _ethnic(base, token.doc):
                role = "REB"  # "ethnic Armenian forces": a militia, not Armenia's army
            if role and role != "BASE":
                code = code[:3] + role
        elif (
            kind == "person"
            and role
            and role != "BASE"
            and token.i not in range(base.start, base.end)
        ):
            # "Putin's spokesman": the person's country with the agent's role
            if code[:3].isalpha() and not code.startswith(("IGO", "NGO", "IMG")):
                code = code[:3] + role
        if kind == "person" and code.endswith("ELI") and token.i in range(base.start, base.end):
            title = self._title_role(base, token.doc)
            if title is not None:
                code = code[:3] + title  # "top Chinese diplomat Yang Jiechi": in office here
        name = _phrase_text(token, base)
        country = code[:3] if not code.startswith(("IGO", "NGO", "IMG", "MNC")) else None
        roles = tuple(code[i : i + 3] for i in range(3, len(code), 3))
        group = None
        if code.startswith(("IGO", "NGO", "IMG")) and len(code) >= 6:
            group = code[3:6] if code[3:6] not in ("REB", "MIL", "GOV") else None
        elif roles and len(roles) >= 2:
            group = roles[-1]
        return Actor(code=code, name=name, country=country, group=group, roles=roles)


def _birthplace(doc: Doc, end: int) -> bool:
    """Whether the name ends in "-born" ("Russian-born", "Iranian-born"): an origin."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ == "born"
        and not doc[end].whitespace_
    )


def _hyphen_glued(doc: Doc, start: int, end: int, names: dict) -> bool:
    """Whether a person's name is only one half of a hyphenated name ("Yunus-Bek"): glued
    by a hyphen to a capitalised word that names nobody itself ("Putin-Xi talks" do)."""
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        after = doc[end + 1]
        if not doc[end].whitespace_ and after.text[:1].isupper() and after.text not in names:
            return True
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        before = doc[start - 2]
        if not before.whitespace_ and before.text[:1].isupper() and before.text not in names:
            return True
    return False


def _inside_name(head: Token, mention: Mention, mentions: dict[int, Mention]) -> bool:
    """Whether a place or country is only the first word of another proper name: "Tokyo
    Electric" is a company, not Japan; "Russia's Gazprom" (possessive) stays Russia's."""
    if head.pos_ != "PROPN" or head.i in mentions or mention.end > head.i:
        return False
    last = head.doc[mention.end - 1]
    return last.dep_ == "compound" and last.head.i == head.i


def _bare_name(doc: Doc, start: int) -> bool:
    """Whether the name at `start` comes without an article or another name before it."""
    if start == 0:
        return True
    before = doc[start - 1]
    return before.lower_ != "the" and not before.text[:1].isupper()


def _owns(mention: Mention, head: Token) -> bool:
    """Whether the mention is the possessive owner of `head` ("Beijing's crackdown")."""
    owner = head.doc[mention.end - 1]
    return owner.dep_ == "poss" and owner.head.i == head.i


def _definite_anaphors(
    doc: Doc,
    found: dict[int, Mention],
    article: dict[str, NamedActor] | None = None,
    text: str = "",
    role_of: Callable[[Token], str | None] | None = None,
) -> None:
    """ "Pagers used by Hezbollah members exploded, and the group blamed Israel": a bare
    definite class noun is the nearest actor of its kind named before it. An object never
    stands for its own clause's subject ("Russia invaded the country" is not Russia), but
    the owner of an office may: in "Guatemalan President Arevalo criticised the country's
    attorney general" the country is Guatemala."""
    if _ANAPHOR_TEXT.search(text or doc.text) is None:
        return  # most sentences: no "the group", "the government", ...
    for token in doc:
        lemma = token.lemma_.lower()
        kinds = DEFINITE_ANAPHORS.get(lemma) or (
            NATIONAL_KINDS if lemma in NATIONAL_ANAPHORS else None
        )
        if kinds is None or token.i in found or token.tag_ not in ("NN", "NNS", "NNP"):
            continue
        if lemma in FORCE_ANAPHORS and not _one_country(found):
            continue  # "Russia invaded Ukraine, and the army shelled Kharkiv": whose army?
        lefts = [c for c in token.lefts if c.dep_ != "case" and c.lower_ not in CLASS_MODIFIERS]
        if len(lefts) != 1 or lefts[0].lower_ != "the":
            continue  # "a group of", "the armed group", "its allies"
        office = (
            role_of is not None
            and token.dep_ == "poss"
            and lemma in TOPICAL_ANAPHORS
            and role_of(token.head) in STATE_ROLES
        )
        if office:
            kinds = NATIONAL_KINDS
        own_subject = set() if office else _clause_subject_span(token)
        order = list(range(token.i - 1, -1, -1))
        if token.lemma_.lower() in TOPICAL_ANAPHORS and not office:
            topic = _clause_subject_span(token.sent.root, own=True)
            order = [i for i in order if i in topic] + order
        national = lemma in NATIONAL_ANAPHORS
        subject_heads = {
            t.i for t in doc if t.i in own_subject and t.dep_ in ("nsubj", "nsubjpass", "conj")
        }
        for i in order:
            mention = found.get(i)
            if mention is None or mention.actor.kind not in kinds:
                continue
            if i in own_subject and not (national and i not in subject_heads):
                continue  # but "Georgian protesters rallied against the government": theirs
            found[token.i] = Mention(token.i, token.i + 1, mention.actor)
            break
        else:
            # named earlier in the article: the only group or organisation it names
            named = next((article[k] for k in kinds if article and k in article), None)
            if named is not None:
                found[token.i] = Mention(token.i, token.i + 1, named)


def _one_country(found: dict[int, Mention]) -> bool:
    """Whether every country the sentence names is the same one: only then is "the army"
    surely that country's."""
    countries = {
        m.actor.codes[0].code[:3]
        for m in found.values()
        if m.actor.kind in NATIONAL_KINDS or m.actor.kind == "institution"
    }
    return len(countries) == 1


def _clause_subject_span(token: Token, own: bool = False) -> set[int]:
    """Token indices of the subject of the clause `token` is an argument of (or heads)."""
    verb = token if own else token.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _stance_prefix(mention: Mention, doc: Doc) -> bool:
    """ "pro-EU protesters", "anti-Japanese protesters": the name says whom they are for or
    against, not where they are from."""
    if mention.start >= 2 and doc[mention.start - 1].text == "-":
        return doc[mention.start - 2].lower_ in ("pro", "anti")
    return False


def _ethnic(mention: Mention, doc: Doc) -> bool:
    """ "ethnic Armenian forces": people of that nation living outside its state."""
    return mention.start > 0 and doc[mention.start - 1].lower_ == "ethnic"


def _backer_prefix(mention: Mention, doc: Doc) -> bool:
    """ "Rwandan-backed rebels", "Iranian-funded militias": the name says who backs them, not
    where they are from."""
    end = mention.end
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in BACKING_PARTICIPLES
    )


def _unwrap_quantity(token: Token) -> Token:
    """ "two of Treasury's officials" -> officials; "thousands of sanctions" -> sanctions."""
    if token.lemma_.lower() in QUANTIFIERS or token.pos_ == "NUM":
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return token


def unwrap_quantity(token: Token) -> Token:
    """The counted noun of a quantity phrase ("dozens of civilians" -> civilians)."""
    return _unwrap_quantity(token)


def _phrase_text(token: Token, base: Mention) -> str:
    doc = token.doc
    start = min(base.start, token.i)
    end = max(base.end, token.i + 1)
    while start < end and doc[start].dep_ in ("det", "poss") and doc[start].pos_ in ("DET", "PRON"):
        start += 1
    text = doc[start:end].text
    return text.removesuffix("'s").strip()


def modifier_conjuncts(token: Token, mentions: dict[int, Mention]) -> list[Token]:
    """Other country modifiers coordinated with one on `token`: "US and Philippine troops"."""
    out = []
    for child in token.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and child.i in mentions and child.conjuncts:
            out.extend(c for c in (child, *child.conjuncts) if c.i in mentions and c.i < token.i)
    return out


def owner_conjuncts(token: Token, mentions: dict[int, Mention]) -> list[Token]:
    """Countries coordinated after the first in an agent's `of` / `from` phrase: "officials
    from Ethiopia and Egypt", "the leaders of Kenya and Uganda" are each country's."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.i in mentions and pobj.conjuncts:
                    return [c for c in pobj.conjuncts if c.i in mentions]
    return []


def conjuncts(token: Token) -> list[Token]:
    """The token and everything coordinated with it, in order."""
    return sorted({token, *token.conjuncts}, key=lambda t: t.i)
