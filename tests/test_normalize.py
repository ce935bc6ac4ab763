from __future__ import annotations

from eventdb.etl.normalize import article_id, normalize_text
from eventdb.etl.sentences import split_sentences


def test_quotes_spaces_and_stray_punctuation():
    raw = "Russiaʼs  compliance\u00a0with “Western” sanctions , she said . Bloomberg’s view. ."
    assert (
        normalize_text(raw)
        == "Russia's compliance with \"Western\" sanctions, she said. Bloomberg's view."
    )


def test_stop_before_comma_and_double_stop():
    assert normalize_text("to complete her army. , according to officials") == (
        "to complete her army, according to officials"
    )
    assert normalize_text("in his February speech. .") == "in his February speech."


def test_paragraphs_kept_and_line_wraps_joined():
    text = normalize_text("First line\nwrapped here.\n\n\n\nSecond paragraph.")
    assert text == "First line wrapped here.\n\nSecond paragraph."


def test_article_id_ignores_spacing_and_quotes():
    a = normalize_text("The US ‘imposed’  sanctions.")
    b = normalize_text("The US 'imposed' sanctions.  ")
    assert article_id(a) == article_id(b)
    assert article_id(a) != article_id(normalize_text("The US lifted sanctions."))


def test_sentences_offsets_and_abbreviations():
    text = normalize_text(
        "The U.S. Treasury imposed sanctions on Friday. Officials said so.\n\n"
        "Damage to the industry of Russian defense. basis and set a price limit."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The U.S. Treasury imposed sanctions on Friday.",
        "Officials said so.",
        "Damage to the industry of Russian defense. basis and set a price limit.",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert [s.index for s in sentences] == [0, 1, 2]
