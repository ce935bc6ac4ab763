"""The per-sentence memory of parse look-ups must never answer for another sentence."""

from __future__ import annotations

import spacy

from eventdb.etl.coder import memo


def test_answers_are_kept_per_document_and_forgotten():
    nlp = spacy.blank("en")
    calls: list[str] = []

    @memo.per_sentence
    def first_word(token, suffix: str = "") -> str:
        calls.append(token.text)
        return token.text + suffix

    one, two = nlp("Russia struck Kyiv."), nlp("Iran condemned Israel.")
    assert first_word(one[0]) == "Russia"
    assert first_word(one[0]) == "Russia"
    assert calls == ["Russia"]  # asked twice, computed once
    assert first_word(two[0]) == "Iran"  # same token index, other sentence
    assert first_word(one[0], suffix="!") == "Russia!"  # other arguments, other answer
    memo.forget()
    assert first_word(one[0]) == "Russia"
    assert calls == ["Russia", "Iran", "Russia", "Russia"]
