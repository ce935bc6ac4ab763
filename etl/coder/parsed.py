"""One parsed sentence as plain Python objects, for the grammar to read many times over.

spaCy's `Token` is a view built anew on every visit: `token.children` makes a new object for
every child, and `token.dep_`, `token.lemma_` and the other string attributes look their text
up in the string store on every read. The grammar asks hundreds of such questions of each
sentence, and that cost, not the rules themselves, was most of coding time. A `Word` reads
each attribute once and keeps it; `Word.head`, `.children` and the rest point to the other
`Word`s of the same sentence, so a sentence has exactly one object per token and identity,
equality and hashing behave as the index does.

`Word` and `ParsedSentence` answer the part of spaCy's `Token` and `Doc` interface that the
grammar uses, under the same names, so rules read the same against either. Anything else is
read from the spaCy token on demand.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, POS, SPACY, TAG
from spacy.tokens import Doc, Span

#: head (as an offset), character offset, length, trailing space, then the string attributes
_ATTRS = [HEAD, IDX, LENGTH, SPACY, LOWER, LEMMA, POS, TAG, DEP]
#: `to_array` gives the head offset as an unsigned number: negative offsets wrap around
_SIGNED, _WRAP = 2**63, 2**64
#: string-store ids to their text; ids are hashes of the text, so one table serves every
#: vocabulary, and it grows no larger than the vocabulary itself
_STRINGS: dict[int, str] = {}


def _string(doc: Doc, key: int) -> str:
    value = _STRINGS[key] = doc.vocab.strings[key]
    return value


def _regrafted(own: list[list[int]], second: list[list[int]]) -> list[list[int]]:
    """`own` rows with the head, tags and dependency of `second`; the lemma too where the
    word is the same, else 0: a swapped-in name's lemma is the sentence's own word."""
    out = []
    for mine, theirs in zip(own, second, strict=True):
        head, _, _, _, lower, lemma, pos, tag, dep = theirs
        same = lower == mine[4]
        out.append([head, mine[1], mine[2], mine[3], mine[4], lemma if same else 0, pos, tag, dep])
    return out


class Word:
    """One token of a `ParsedSentence`. The attributes in `__slots__` are read from spaCy
    once, when the sentence is built."""

    __slots__ = (
        "_subtree",
        "children",
        "dep_",
        "doc",
        "head",
        "i",
        "idx",
        "lefts",
        "lemma_",
        "lower_",
        "pos_",
        "rights",
        "tag_",
        "text",
        "whitespace_",
    )

    i: int
    idx: int
    text: str
    lower_: str
    lemma_: str
    pos_: str
    tag_: str
    dep_: str
    whitespace_: str
    doc: ParsedSentence
    head: Word
    children: tuple[Word, ...]
    lefts: tuple[Word, ...]
    rights: tuple[Word, ...]
    _subtree: tuple[Word, ...] | None

    def __getattr__(self, name: str) -> Any:
        # rarely read attributes (`like_num`, `is_quote`, ...) come from the spaCy token
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.doc.spacy_doc[self.i], name)

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    @property
    def n_lefts(self) -> int:
        return len(self.lefts)

    @property
    def n_rights(self) -> int:
        return len(self.rights)

    @property
    def subtree(self) -> tuple[Word, ...]:
        """The word and all it governs, in sentence order (as spaCy's `Token.subtree`)."""
        if self._subtree is None:
            out: list[Word] = []
            for left in self.lefts:
                out.extend(left.subtree)
            out.append(self)
            for right in self.rights:
                out.extend(right.subtree)
            self._subtree = tuple(out)
        return self._subtree

    @property
    def conjuncts(self) -> tuple[Word, ...]:
        """The words coordinated with this one, itself excluded (as spaCy's)."""
        start = self
        while start.dep_ == "conj" and start.head is not start:
            start = start.head
        found = [start]
        for word in found:
            found.extend(c for c in word.rights if c.dep_ == "conj")
        return tuple(w for w in found if w is not self)

    @property
    def ancestors(self) -> Iterator[Word]:
        word = self
        while word.head is not word:
            word = word.head
            yield word

    @property
    def left_edge(self) -> Word:
        return self.subtree[0]

    @property
    def right_edge(self) -> Word:
        return self.subtree[-1]

    @property
    def sent(self) -> WordSpan:
        sent = self.doc.spacy_doc[self.i].sent
        return WordSpan(self.doc, sent.start, sent.end)


class WordSpan:
    """A slice of a `ParsedSentence`, answering as spaCy's `Span` does where the grammar
    asks."""

    __slots__ = ("doc", "end", "start")

    def __init__(self, doc: ParsedSentence, start: int, end: int) -> None:
        self.doc = doc
        self.start = start
        self.end = end

    def __iter__(self) -> Iterator[Word]:
        return iter(self.doc.words[self.start : self.end])

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, i: int) -> Word:
        return self.doc.words[self.start : self.end][i]

    @property
    def text(self) -> str:
        if self.end <= self.start:
            return ""
        first, last = self.doc.words[self.start], self.doc.words[self.end - 1]
        return self.doc.text[first.idx : last.idx + len(last.text)]

    @property
    def root(self) -> Word:
        """The word highest in the tree, bare punctuation last, the first of equals (as
        spaCy's `Span.root`)."""
        words = self.doc.words[self.start : self.end]
        for word in words:
            if word.head is word:
                return word
        best, root = len(self.doc), None
        for word in words:
            if self.start <= word.head.i < self.end:
                continue
            if not word.children and (word.is_punct or word.is_space):
                depth = len(self.doc) - 1
            else:
                depth = sum(1 for _ in word.ancestors)
            if depth < best:
                best, root = depth, word
        return root if root is not None else self.doc.words[self.start]


class ParsedSentence:
    """The words of one spaCy `Doc`, each read once."""

    __slots__ = ("spacy_doc", "text", "words")

    def __init__(self, doc: Doc, text: str | None = None, syntax: Doc | None = None) -> None:
        """`syntax`, when given, is a second parse of the same tokens (names swapped, see
        `reparse`): its tree and tags are read over `doc`'s own words."""
        self.spacy_doc = doc
        text = self.text = doc.text if text is None else text
        words: list[Word] = []
        heads: list[int] = []
        rows = doc.to_array(_ATTRS).tolist()
        if syntax is not None:
            rows = _regrafted(rows, syntax.to_array(_ATTRS).tolist())
        # one call reads every attribute of every token as numbers; strings come from a cache
        for i, (head, idx, length, space, lower, lemma, pos, tag, dep) in enumerate(rows):
            word = Word()
            word.i = i
            word.idx = idx
            word.text = text[idx : idx + length]
            word.whitespace_ = " " if space else ""
            word.lower_ = _STRINGS.get(lower) or _string(doc, lower)
            word.lemma_ = (_STRINGS.get(lemma) or _string(doc, lemma)) if lemma else word.text
            word.pos_ = _STRINGS.get(pos) or _string(doc, pos)
            word.tag_ = _STRINGS.get(tag) or _string(doc, tag)
            word.dep_ = _STRINGS.get(dep) or _string(doc, dep)
            word.doc = self
            word._subtree = None
            words.append(word)
            heads.append(i + (head - _WRAP if head >= _SIGNED else head))
        lefts: list[list[Word]] = [[] for _ in words]
        rights: list[list[Word]] = [[] for _ in words]
        for word, head in zip(words, heads, strict=True):
            word.head = words[head]
            if head > word.i:
                lefts[head].append(word)
            elif head < word.i:
                rights[head].append(word)
        for word, left, right in zip(words, lefts, rights, strict=True):
            word.lefts = tuple(left)
            word.rights = tuple(right)
            word.children = word.lefts + word.rights
        self.words = words

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            start, end, _ = key.indices(len(self.words))
            return WordSpan(self, start, max(start, end))
        return self.words[key]

    def char_span(self, start: int, end: int, **kwargs: Any) -> WordSpan | None:
        span: Span | None = self.spacy_doc.char_span(start, end, **kwargs)
        return None if span is None else WordSpan(self, span.start, span.end)
