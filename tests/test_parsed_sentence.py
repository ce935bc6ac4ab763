"""The grammar reads `ParsedSentence` words in place of spaCy tokens: every answer it can ask
for must be the one spaCy gives, or the coder would code differently for no visible reason."""

from __future__ import annotations

import pytest

from eventdb.etl.coder.parsed import ParsedSentence, Word

SENTENCES = [
    "The United States and Britain struck Houthi targets in Yemen on Friday, officials said.",
    "Washington has largely withdrawn from several working groups set up by Western countries "
    "to prevent Moscow from circumventing sanctions.",
    "Iran's foreign minister, who arrived in Beijing on Monday, said Tehran would not yield.",
    "Ghana received a first shipment of malaria vaccines donated by the United Kingdom.",
    "Protesters rallied in Dhaka. Police fired tear gas at them!",
    "“We will respond,” the Kremlin said — without elaborating.",
]


def _shape(token) -> tuple:  # spaCy token or Word: the same questions of both
    sent = token.sent
    return (
        token.i,
        token.idx,
        token.text,
        token.whitespace_,
        token.lower_,
        token.lemma_,
        token.pos_,
        token.tag_,
        token.dep_,
        token.head.i,
        [c.i for c in token.children],
        [c.i for c in token.lefts],
        [c.i for c in token.rights],
        token.n_lefts,
        token.n_rights,
        [t.i for t in token.subtree],
        sorted(t.i for t in token.conjuncts),
        [t.i for t in token.ancestors],
        token.left_edge.i,
        token.right_edge.i,
        (sent.start, sent.end, sent.root.i),
        token.like_num,
        token.is_punct,
    )


@pytest.mark.parametrize("text", SENTENCES)
def test_words_answer_as_spacy_tokens_do(coder, text):
    doc = coder.nlp(text)
    parsed = ParsedSentence(doc)
    assert parsed.text == doc.text
    assert len(parsed) == len(doc)
    for token, word in zip(doc, parsed, strict=True):
        assert isinstance(word, Word)
        assert _shape(word) == _shape(token)


@pytest.mark.parametrize("text", SENTENCES)
def test_slices_give_spacy_text_and_root(coder, text):
    doc = coder.nlp(text)
    parsed = ParsedSentence(doc)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span, words = doc[start:end], parsed[start:end]
            assert words.text == span.text
            assert words.root.i == span.root.i
            assert [w.i for w in words] == [t.i for t in span]


def test_one_word_per_token_so_identity_is_the_index(coder):
    parsed = ParsedSentence(coder.nlp("Russian forces shelled Kharkiv and Sumy on Tuesday."))
    shelled = next(w for w in parsed if w.lemma_ == "shell")
    assert all(child.head is shelled for child in shelled.children)
    assert parsed[shelled.i] is shelled
    assert {parsed[2], parsed[2]} == {shelled}


def test_character_spans_map_onto_words(coder):
    text = "Kyiv said Russian forces shelled Kharkiv on Friday."
    parsed = ParsedSentence(coder.nlp(text))
    start = text.index("on Friday")
    span = parsed.char_span(start, start + len("on Friday"), alignment_mode="expand")
    assert span is not None and span.text == "on Friday"
    assert span.root is parsed[span.root.i] and span.root.text == "on"
    assert parsed.char_span(1, 3) is None  # inside a word, strict alignment: no span
