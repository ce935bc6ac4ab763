"""The coder's grammar, on a small fixture dictionary so that these tests pin down parsing
behaviour independently of how the shipped dictionaries grow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventdb.etl.coder.dictionary import load_dictionaries
from eventdb.etl.coder.pipeline import SpacyCoder
from eventdb.etl.coder.types import SentenceInput

FIXTURE = Path(__file__).parent / "fixtures" / "dictionary"
PUB = dt.date(2023, 4, 7)  # a Friday


@pytest.fixture(scope="module")
def coder() -> SpacyCoder:
    return SpacyCoder(load_dictionaries([FIXTURE], include_shipped=False, use_env=False))


def code(coder: SpacyCoder, sentence: str, pub: dt.date = PUB):
    (events,) = coder.code_sentences([SentenceInput(sentence, pub)])
    return events


def triples(coder: SpacyCoder, sentence: str, pub: dt.date = PUB) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.code, e.target.code) for e in code(coder, sentence, pub)}


def test_simple_and_composed_actor_codes(coder):
    assert triples(coder, "The US imposed sanctions on Russia.") == {("USA", "163", "RUS")}
    assert triples(coder, "Turkish officials criticized the Kremlin.") == {
        ("TURGOV", "111", "RUSGOV")
    }
    assert triples(coder, "Pakistani police arrested Iranian protesters.") == {
        ("PAKCOP", "173", "IRNOPP")
    }
    assert triples(coder, "The US Treasury sanctioned a Chinese satellite company.") == {
        ("USAGOV", "163", "CHNBUS")
    }


def test_passive_voice(coder):
    assert triples(coder, "Russia was attacked by Ukraine.") == {("UKR", "190", "RUS")}
    assert triples(coder, "Sanctions were imposed on Iran by the EU.") == {("IGOEEC", "163", "IRN")}


def test_conjoined_sources_and_targets(coder):
    assert triples(coder, "The US and Britain struck Yemen.") == {
        ("USA", "190", "YEM"),
        ("GBR", "190", "YEM"),
    }
    assert triples(
        coder, "Nelson will travel to Switzerland, Italy, Austria and Germany to compare notes."
    ) == {("USAGOV", "042", c) for c in ("CHE", "ITA", "AUT", "DEU")}


def test_coordinated_verbs_share_the_subject(coder):
    assert triples(coder, "France criticized Iran and expelled Iranian diplomats.") == {
        ("FRA", "111", "IRN"),
        ("FRA", "174", "IRNGOV"),
    }


def test_relative_clause_and_participle(coder):
    got = triples(
        coder,
        "The US and its allies have also taken more direct action, sanctioning a Chinese"
        " satellite company that attacked Ukrainian forces.",
    )
    assert got == {("USA", "163", "CHNBUS"), ("CHNBUS", "190", "UKRMIL")}


def test_infinitive_complements_compose(coder):
    assert triples(coder, "Germany agreed to send tanks to Ukraine.") == {("DEU", "0332", "UKR")}
    assert triples(coder, "The US urged Russia to lift sanctions on Ukraine.") == {
        ("USA", "0254", "RUS")
    }
    assert triples(coder, "The US refused to lift sanctions on Russia.") == {("USA", "1244", "RUS")}
    assert triples(coder, "The EU threatened to impose sanctions on Iran.") == {
        ("IGOEEC", "1312", "IRN")
    }
    # the governed action is not also emitted on its own
    assert ("DEU", "072", "UKR") not in triples(coder, "Germany agreed to send tanks to Ukraine.")


def test_reported_speech_codes_the_report_not_the_saying(coder):
    assert triples(coder, "Kyiv said Russian forces attacked Ukraine.") == {
        ("RUSMIL", "190", "UKR")
    }
    assert triples(coder, "Kyiv said the talks were useful.") == set()


def test_negation_never_gives_the_positive_code(coder):
    assert triples(coder, "The US will not lift sanctions against Russia.") == {
        ("USA", "1244", "RUS")
    }
    assert triples(coder, "Ukraine did not attack Russia.") == set()
    (event,) = code(coder, "The US will not lift sanctions against Russia.")
    assert event.is_negated


def test_modality(coder):
    (event,) = code(coder, "Nelson will travel to Switzerland.")
    assert event.modality == "future"
    (event,) = code(
        coder, "The US will not lift sanctions against Russia unless Moscow changes course."
    )
    assert event.modality == "conditional"
    (event,) = code(coder, "Germany agreed to send tanks to Ukraine.")
    assert event.modality == "intent"
    (event,) = code(coder, "The US imposed sanctions on Russia.")
    assert event.modality == "asserted"


def test_dates_from_the_sentence(coder):
    (event,) = code(coder, "Ukraine attacked Russia on Tuesday.")
    assert (event.event_date, event.date_precision) == (dt.date(2023, 4, 4), "day")
    (event,) = code(coder, "Turkish officials criticized the US last month.")
    assert (event.event_date, event.date_precision) == (dt.date(2023, 3, 1), "month")
    (event,) = code(coder, "Nelson will travel to Switzerland next week.")
    assert (event.event_date, event.date_precision) == (dt.date(2023, 4, 10), "week")
    (event,) = code(coder, "The US imposed sanctions on Russia.")
    assert (event.event_date, event.date_precision) == (PUB, "day")


def test_roles_apply_only_inside_their_dates(coder):
    assert triples(coder, "Zelensky visited Germany.", dt.date(2023, 1, 1)) == {
        ("UKRGOV", "042", "DEU")
    }
    assert triples(coder, "Zelensky visited Germany.", dt.date(2015, 1, 1)) == set()
    assert triples(coder, "Biden visited Ukraine.", dt.date(2023, 2, 20)) == {
        ("USAGOV", "042", "UKR")
    }
    assert triples(coder, "Biden visited Ukraine.", dt.date(2026, 2, 20)) == {
        ("USAELI", "042", "UKR")
    }


def test_nominal_triggers(coder):
    assert triples(coder, "Putin's visit to China was short.") == {("RUSGOV", "042", "CHN")}
    assert triples(coder, "The US sanctions against Russia hurt.") == {("USA", "163", "RUS")}
    assert triples(
        coder,
        "The White House was looking at options for a possible easing of sanctions against Russia.",
    ) == {("USAGOV", "014", "RUS")}


def test_receiver_subject_patterns(coder):
    assert triples(coder, "Ukraine received aid from Germany.") == {("DEU", "070", "UKR")}


def test_no_junk(coder):
    for sentence in (
        "Officials said the meeting was useful.",
        "Police arrested protesters.",
        "It rained in Moscow on Friday.",
        "Norway beat Italy 3-1 in the World Cup qualifier.",
        "They attacked it.",
        "The US said it was monitoring the situation.",
    ):
        assert triples(coder, sentence) == set(), sentence


def test_provenance_fields(coder):
    sentence = "The US imposed sanctions on Russia."
    (event,) = code(coder, sentence)
    assert sentence[event.trigger_start : event.trigger_end] == "imposed"
    assert event.source.name == "US" and event.target.name == "Russia"
    assert event.source.country == "USA" and event.pattern.startswith("a.yaml:")


def test_mediator_codes_towards_the_sides_of_the_event_it_brokered(coder):
    got = triples(coder, "Russia and Ukraine agreed to a truce brokered by Qatar.")
    assert {("QAT", "045", "RUS"), ("QAT", "045", "UKR")} <= got
    got = triples(coder, "Russia and Ukraine signed a Qatari-brokered deal.")
    assert {("QAT", "045", "RUS"), ("QAT", "045", "UKR")} <= got
    got = triples(coder, "Russia freed prisoners under a deal reached with Qatari mediation.")
    assert ("QAT", "045", "RUS") in got
    # the brokered truce stands as an event of its own sides, not of the broker
    got = triples(coder, "Qatar brokered a truce between Russia and Ukraine.")
    assert got == {
        ("QAT", "045", "RUS"),
        ("QAT", "045", "UKR"),
        ("RUS", "0871", "UKR"),
        ("UKR", "0871", "RUS"),
    }


def test_reciprocal_pronouns(coder):
    assert triples(coder, "Russia and Ukraine accused each other.") == {
        ("RUS", "112", "UKR"),
        ("UKR", "112", "RUS"),
    }
    assert triples(coder, "Russia and Ukraine traded blame, each accusing the other.") == {
        ("RUS", "112", "UKR"),
        ("UKR", "112", "RUS"),
    }


def test_coordinated_passive_takes_the_shared_subject_as_object(coder):
    assert ("UKRGOV", "043", "USAGOV") in triples(
        coder, "Biden arrived in Kyiv and was welcomed by Zelensky."
    )


def test_verb_misparsed_as_noun_modifier_keeps_its_subject(coder):
    assert triples(
        coder,
        "The United States and more than 20 other countries expelled over 100 Russian diplomats.",
    ) == {("USA", "174", "RUSGOV")}


def test_both_sides_and_the_two_leaders(coder):
    got = triples(
        coder, "Chinese and Russian officials met in Turkey, and the US criticized both sides."
    )
    assert {("USA", "111", "CHNGOV"), ("USA", "111", "RUSGOV")} <= got
    got = triples(coder, "Biden hosted Zelensky, and Germany criticized the two leaders.")
    assert {("DEU", "111", "USAGOV"), ("DEU", "111", "UKRGOV")} <= got
    assert triples(coder, "Germany criticized both sides.") == set()


def test_one_country_modifier_for_coordinated_agents(coder):
    assert triples(coder, "The US sanctioned Russian officials, banks and companies.") == {
        ("USA", "163", "RUSGOV"),
        ("USA", "163", "RUSBUS"),
    }
    assert triples(coder, "The US sanctioned Russian officials and foreign companies.") == {
        ("USA", "163", "RUSGOV")
    }


def test_countries_listed_as_appositions(coder):
    got = triples(coder, "The United States, Britain, Canada and the EU sanctioned Russia.")
    assert got == {(s, "163", "RUS") for s in ("USA", "GBR", "CAN", "IGOEEC")}


def test_event_noun_as_subject_acts_on_the_object(coder):
    assert triples(coder, "A Russian strike destroyed a Ukrainian power plant.") == {
        ("RUS", "190", "UKR")
    }
    assert triples(coder, "A Russian strike did not destroy the Ukrainian power plant.") == set()


def test_object_pronoun_of_a_participle_is_the_object_above(coder):
    assert ("DEU", "112", "IRN") in triples(coder, "Germany criticized Iran, accusing it of lying.")
    assert triples(coder, "Germany expelled Russian diplomats, accusing them of spying.") == {
        ("DEU", "174", "RUSGOV"),
        ("DEU", "112", "RUSGOV"),
    }


def test_object_pronoun_after_a_conversation_partner(coder):
    assert triples(coder, "Biden met with Zelensky and urged him to lift sanctions on Russia.") == {
        ("USAGOV", "0254", "UKRGOV")
    }


def test_pro_and_anti_prefixes_name_no_country(coder):
    assert triples(coder, "Pakistani police arrested pro-Iranian protesters.") == set()
    assert triples(coder, "Pakistani police arrested Iranian protesters.") == {
        ("PAKCOP", "173", "IRNOPP")
    }


def test_possessive_pronoun_agent_belongs_to_the_subject_above(coder):
    assert triples(coder, "Turkish officials said their government criticized Russia.") == {
        ("TURGOV", "111", "RUS")
    }
    # "his" is a person's: the country that speaks is not its owner
    assert ("USAGOV", "190", "UKR") not in triples(
        coder, "The US sanctioned Putin, saying his government attacked Ukraine."
    )


def test_people_without_a_country_take_the_place_of_the_clause(coder):
    assert triples(coder, "Russian troops attacked civilians in a village in Ukraine.") == {
        ("RUSMIL", "190", "UKRCVL")
    }
    assert triples(coder, "Russian troops attacked civilians.") == set()
