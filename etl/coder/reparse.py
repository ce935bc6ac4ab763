"""A second parse for sentences whose names threw the parser.

The small English model has seen few of the names news is full of. A sentence that opens
with one it does not know ("ECOWAS imposed sanctions on Niger", "Ruto hosted Museveni")
is often parsed with the name as its verb, or with a name at its root and no verb, and then
yields nothing. The dictionaries already know those words are names, so such a sentence
is parsed once more with every name swapped for one the model knows well, token for token;
the grammar then reads the second parse's tree over the sentence's own words. About one
sentence in three hundred is parsed twice.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import DEP, POS
from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from eventdb.etl.coder.actors import Mention
from eventdb.etl.coder.parsed import Word

#: words the model parses as a name wherever they stand: the last capitalised word of a
#: name becomes the first, any earlier ones the second ("Bola Tinubu" "West Germany")
STAND_IN = "Germany"
STAND_IN_PREFIX = "West"
#: names kept as they are: adjectives and peoples must stay modifiers ("Russian forces")
KEPT_KINDS = frozenset({"adjective", "people"})
_PREDICATE_IDS = frozenset({VERB, AUX})


def misparsed(words: Iterable[Token | Word], mentions: dict[int, Mention]) -> bool:
    """Whether a root of the sentence is a name, or a proper noun where a verb should be:
    the marks a name leaves on a parse. (A common noun at the root is most often a headline
    or a sentence the parser got wrong for other reasons, which swapping names won't mend.)
    Asked of every sentence that names an actor, of its words as the grammar reads them."""
    return any(
        word.dep_ == "ROOT" and (word.pos_ == "PROPN" or word.i in mentions) for word in words
    )


def stand_in_words(doc: Iterable[Token | Word], mentions: dict[int, Mention]) -> list[str] | None:
    """The sentence's words with its names swapped, or None when there is nothing to swap."""
    words = [token.text for token in doc]
    swapped = False
    for mention in {id(m): m for m in mentions.values()}.values():
        if mention.actor.kind in KEPT_KINDS:
            continue
        capitals = [i for i in range(mention.start, mention.end) if words[i][:1].isupper()]
        for i in capitals:
            words[i] = STAND_IN if i == capitals[-1] else STAND_IN_PREFIX
            swapped = True
    return words if swapped else None


def _verb_rooted(doc: Doc) -> bool:
    root = doc.vocab.strings["ROOT"]
    return all(
        pos in _PREDICATE_IDS for dep, pos in doc.to_array([DEP, POS]).tolist() if dep == root
    )


class Reparser:
    """Parses a misparsed sentence again with its names swapped; gives the second parse
    when it has a verb at its root, None otherwise."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Iterable[Token | Word], mentions: dict[int, Mention]) -> Doc | None:
        if not misparsed(doc, mentions):
            return None
        words = stand_in_words(doc, mentions)
        if words is None:
            return None
        spaces = [bool(token.whitespace_) for token in doc]
        second = self.nlp(Doc(self.nlp.vocab, words=words, spaces=spaces))
        return second if _verb_rooted(second) else None
