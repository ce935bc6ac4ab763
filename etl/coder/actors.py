"""Finding actors in a parsed sentence and composing their CAMEO codes.

Names come from the dictionaries (countries, institutions, organisations, groups, people);
roles come from agent nouns in the same noun phrase ("Turkish officials" TURGOV, "the US
Treasury" USAGOV). An agent noun without a country, organisation or person is no actor:
"officials said" yields nothing, by design.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from eventdb.etl.coder.dictionary import Dictionaries, NamedActor
from eventdb.etl.coder.types import Actor

NOMINAL_BASES = {"country", "people", "adjective", "place"}
QUANTIFIERS = frozenset(
    "one two three four five some many several most all each both none any few dozen dozens"
    " hundred hundreds thousand thousands million millions number majority group member part"
    " half rest head chief leader representative delegation team round series wave package"
    " set batch raft slew string spate volley barrage flurry contingent unit pair"
    " couple fraction share portion".split()
)
OWNER_KINDS = ("country", "institution", "organisation", "group", "place", "person")
PLACE_PREPS = ("in", "across", "near", "inside", "throughout")
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "nummod", "npadvmod", "appos"}


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

    def mentions(self, doc: Doc, aliases: tuple[tuple[str, str], ...] = ()) -> dict[int, Mention]:
        """Token index -> the longest dictionary name covering it; `aliases` adds the
        article's surnames for people named there in full."""
        found = self._mentions(doc)
        if aliases:
            names = self.dictionaries.names
            table = dict(aliases)
            for token in doc:
                if token.i not in found and token.text in table:
                    found[token.i] = Mention(token.i, token.i + 1, names[table[token.text]])
        return found

    def _mentions(self, doc: Doc) -> dict[int, Mention]:
        spans: list[tuple[int, int, int]] = []
        for match_id, start, end in [*self._exact(doc), *self._folded(doc)]:
            first = doc[start]
            if not (first.text[:1].isupper() or first.text[:1].isdigit()):
                continue  # "turkey", "chad": common words, not the countries
            spans.append((start, end, match_id))
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        taken: dict[int, Mention] = {}
        for start, end, match_id in spans:
            if any(i in taken for i in range(start, end)):
                continue
            mention = Mention(start, end, self._by_key[match_id])
            for i in range(start, end):
                taken[i] = mention
        return taken

    def role_of(self, token: Token) -> str | None:
        """The agent role a noun denotes ("officials" GOV), two-word forms first."""
        lemma = token.lemma_.lower()
        if token.i > 0:
            prev = token.doc[token.i - 1]
            pair = f"{prev.lemma_.lower()} {lemma}"
            if pair in self.agents:
                return self.agents[pair]
            pair_text = f"{prev.lower_} {token.lower_}"
            if pair_text in self.agents:
                return self.agents[pair_text]
        return self.agents.get(lemma) or self.agents.get(token.lower_)

    def resolve_all(
        self, token: Token, mentions: dict[int, Mention], day: dt.date, lenient: bool = False
    ) -> list[Actor]:
        """`resolve`, plus one actor per country coordinated in the modifiers."""
        first = self.resolve(token, mentions, day, lenient)
        if first is None:
            return []
        out = [first]
        for other in modifier_conjuncts(token, mentions):
            mention = mentions[other.i]
            code = mention.actor.code_on(day)
            if not code:
                continue
            if mention.actor.kind in NOMINAL_BASES or mention.actor.kind == "institution":
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
        self, token: Token, mentions: dict[int, Mention], day: dt.date, lenient: bool = False
    ) -> Actor | None:
        """The actor a noun phrase headed by `token` denotes on `day`, or None.

        `lenient` is for targets: "struck three Iranian nuclear sites" is aimed at Iran even
        though "sites" is no agent, while as a source that phrase would name nobody.
        """
        found = self._resolve(token, mentions, day)
        if found is None and lenient:
            found = self._owner(token, mentions, day)
        return found

    def _owner(self, token: Token, mentions: dict[int, Mention], day: dt.date) -> Actor | None:
        head = _unwrap_quantity(token)
        mention = (
            mentions.get(head.i)
            or self._modifier_mention(head, mentions)
            or self._deep_mention(head, mentions)
        )
        if mention is None and self.role_of(head) is not None:
            mention = self._clause_place(head, mentions)
        if mention is None:
            return None
        code = mention.actor.code_on(day)
        if code is None:
            return None
        role = self.role_of(head) if head.i not in mentions else None
        if mention.actor.kind in NOMINAL_BASES or mention.actor.kind == "institution":
            # "civilians in Darfur" SDNCVL; "Russian oil" RUS
            code = code[:3] + (role if role and role != "BASE" else "")
        name = _phrase_text(token, mention)
        country = code[:3] if not code.startswith(("IGO", "NGO", "IMG", "MNC")) else None
        roles = tuple(code[i : i + 3] for i in range(3, len(code), 3))
        return Actor(code=code, name=name, country=country, roles=roles)

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
            found = self._resolve(head, mentions, day)
            if found:
                return found
            token = head
        if token.pos_ == "PRON" and token.lower_ not in ("who", "which", "that"):
            return None
        for child in token.children:
            if child.dep_ == "appos":
                named = mentions.get(child.i)
                if named and named.actor.kind in ("person", "organisation", "group", "institution"):
                    found = self._resolve(child, mentions, day)
                    if found:
                        return found
        role = self.role_of(token)
        own = mentions.get(token.i)
        if own is not None and own.actor.kind == "place" and role is None:
            return None  # "Kharkiv" names a place, an actor only as a target (lenient)
        base: Mention | None = own
        if base is None or (base.actor.kind == "adjective" and role is None):
            base = self._modifier_mention(token, mentions) or self._of_mention(token, mentions)
            if base is None:
                return None
            if role is None:
                role = self._modifier_role(token, base)
                if role is None and own is None:
                    return None
        return self._compose(base, role, token, day)

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

    def _modifier_mention(self, token: Token, mentions: dict[int, Mention]) -> Mention | None:
        best: Mention | None = None
        stack = [c for c in token.lefts if c.dep_ in MODIFIER_DEPS or c.dep_ == "det"]
        while stack:
            child = stack.pop()
            m = mentions.get(child.i)
            if m and (best is None or m.start > best.start) and not _stance_prefix(m, token.doc):
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

    def _modifier_role(self, token: Token, base: Mention) -> str | None:
        """A role carried by a modifier instead of the head: "Treasury officials" (head
        role GOV already), "the Kremlin's envoy"; None when the head is no agent."""
        for child in token.lefts:
            if child.dep_ in ("compound", "amod") and child.i >= base.end:
                role = self.role_of(child)
                if role:
                    return role
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
        name = _phrase_text(token, base)
        country = code[:3] if not code.startswith(("IGO", "NGO", "IMG", "MNC")) else None
        roles = tuple(code[i : i + 3] for i in range(3, len(code), 3))
        group = None
        if code.startswith(("IGO", "NGO", "IMG")) and len(code) >= 6:
            group = code[3:6] if code[3:6] not in ("REB", "MIL", "GOV") else None
        elif roles and len(roles) >= 2:
            group = roles[-1]
        return Actor(code=code, name=name, country=country, group=group, roles=roles)


def _stance_prefix(mention: Mention, doc: Doc) -> bool:
    """ "pro-EU protesters", "anti-Japanese protesters": the name says whom they are for or
    against, not where they are from."""
    if mention.start >= 2 and doc[mention.start - 1].text == "-":
        return doc[mention.start - 2].lower_ in ("pro", "anti")
    return False


def _unwrap_quantity(token: Token) -> Token:
    """ "two of Treasury's officials" -> officials; "thousands of sanctions" -> sanctions."""
    if token.lemma_.lower() in QUANTIFIERS or token.pos_ == "NUM":
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return token


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


def conjuncts(token: Token) -> list[Token]:
    """The token and everything coordinated with it, in order."""
    return sorted({token, *token.conjuncts}, key=lambda t: t.i)
