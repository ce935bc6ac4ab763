"""Sentences whose names threw the parser are parsed again with the names swapped, and coded
over their own words; sentences parsed well are parsed once."""

from __future__ import annotations

import datetime as dt

from coding import coded

from eventdb.etl.coder.reparse import Reparser, misparsed, stand_in_words
from eventdb.etl.coder.types import SentenceInput

PUB = dt.date(2025, 3, 21)
triples, codes, roots = coded(PUB)


def test_a_name_parsed_as_the_verb_still_codes(coder):
    # the parser takes "ECOWAS" for the verb and "imposed" for an adjective
    doc = coder.nlp("ECOWAS imposed sanctions on Niger.")
    assert misparsed(doc, coder.finder.mentions(doc))
    assert triples(coder, "ECOWAS imposed sanctions on Niger.") == {("IGOWAS", "163", "NER")}


def test_unknown_surnames_around_the_verb_still_code(coder):
    assert triples(coder, "Ruto hosted Museveni at State House in Nairobi on Monday.") == {
        ("KENGOV", "043", "UGAGOV")
    }


def test_the_event_keeps_the_sentences_own_words(coder):
    text = "Ruto hosted Museveni at State House in Nairobi on Monday."
    (events,) = coder.code_sentences([SentenceInput(text, PUB)])
    (event,) = events
    assert (event.source.name, event.target.name) == ("Ruto", "Museveni")
    assert text[event.trigger_start : event.trigger_end] == event.trigger_text == "hosted"
    assert event.event_date == dt.date(2025, 3, 17)  # "on Monday", read from the text


def test_adjectives_and_peoples_are_not_swapped(coder):
    doc = coder.nlp("Russian forces and Ruto's guards shelled Kharkiv.")
    words = stand_in_words(doc, coder.finder.mentions(doc))
    assert words is not None
    assert words[0] == "Russian" and words[3] == "Germany"


def test_a_well_parsed_sentence_is_parsed_once(coder):
    calls = []

    class Counting:
        vocab = coder.nlp.vocab

        def __call__(self, doc):
            calls.append(doc)
            return coder.nlp(doc)

    reparser = Reparser(Counting())  # type: ignore[arg-type]
    good = coder.nlp("Nigeria imposed sanctions on Niger.")
    assert reparser(good, coder.finder.mentions(good)) is None
    assert calls == []
    bad = coder.nlp("ECOWAS imposed sanctions on Niger.")
    second = reparser(bad, coder.finder.mentions(bad))
    assert len(calls) == 1 and second is not None
    assert [t.dep_ for t in second][:2] == ["nsubj", "ROOT"]


def test_a_headline_is_not_parsed_again(coder):
    # a common noun at the root is a headline, not a name that threw the parser
    doc = coder.nlp("Analysis: how ECOWAS and the Sahel juntas fell out.")
    assert not misparsed(doc, coder.finder.mentions(doc))
    assert triples(coder, "Analysis: how ECOWAS and the Sahel juntas fell out.") == set()
