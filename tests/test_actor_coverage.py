"""Actor coverage of the shipped dictionaries: office-holders named by surname alone, shared
surnames resolved by the date, military commands, and armed men named by who leads them."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdb.etl.coder.dictionary import load_dictionaries
from eventdb.etl.coder.pipeline import SpacyCoder
from eventdb.etl.coder.types import SentenceInput


@pytest.fixture(scope="module")
def dictionaries():
    return load_dictionaries()


@pytest.fixture(scope="module")
def coder(dictionaries) -> SpacyCoder:
    return SpacyCoder(dictionaries)


def code_on(dictionaries, name: str, day: str) -> str | None:
    actor = dictionaries.names.get(name)
    return actor.code_on(dt.date.fromisoformat(day)) if actor else None


def triples(coder: SpacyCoder, sentence: str, day: str) -> set[tuple[str, str, str]]:
    (events,) = coder.code_sentences([SentenceInput(sentence, dt.date.fromisoformat(day))])
    return {(e.source.code, e.code, e.target.code) for e in events}


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Bayramov", "2025-08-08", "AZEGOV"),
        ("Mirzoyan", "2020-05-01", "ARMLEG"),
        ("Mirzoyan", "2025-08-08", "ARMGOV"),
        ("Kloeckner", "2025-05-11", "DEULEG"),
        ("Klöckner", "2020-05-11", "DEUGOV"),
        ("Nicusor Dan", "2025-06-01", "ROUGOV"),
        ("Touray", "2024-02-24", "IGOWAS"),
        ("Rajji", "2025-06-01", "LBNGOV"),
        ("Katz", "2025-06-01", "ISRGOV"),
        ("Joly", "2023-06-01", "CANGOV"),
        ("Munir", "2025-06-01", "PAKMIL"),
        ("Faki", "2020-06-01", "IGOOAU"),
        ("Meshal al-Ahmad al-Sabah", "2024-10-03", "KWTGOV"),
    ],
)
def test_office_holders_by_surname_and_spelling(dictionaries, name, day, code):
    assert code_on(dictionaries, name, day) == code


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        # a surname two office-holders share is coded by whoever held office on the day
        ("Khamenei", "2010-01-01", "IRNGOV"),
        ("Koizumi", "2003-01-01", "JPNGOV"),
        ("Koizumi", "2025-11-01", "JPNGOV"),
        ("Koizumi", "2012-01-01", "JPNELI"),
        ("Kirchner", "2010-01-01", "ARGGOV"),
        ("Kirchner", "2017-01-01", "ARGELI"),
        ("Rajapaksa", "2020-01-01", "LKAGOV"),
        ("Rajapaksa", "2017-01-01", "LKAELI"),
        ("Zardari", "2022-06-01", "PAKGOV"),
        ("Deby", "2022-06-01", "TCDGOV"),
    ],
)
def test_shared_surnames_follow_the_date(dictionaries, name, day, code):
    assert code_on(dictionaries, name, day) == code


def test_shared_surname_outside_every_office_is_no_actor(dictionaries):
    assert code_on(dictionaries, "Duterte", "2023-06-01") is None
    assert code_on(dictionaries, "Duterte", "2018-06-01") == "PHLGOV"


def test_theater_command_is_the_military(coder):
    got = triples(
        coder,
        "The PLA's Eastern Theater Command launched large-scale drills around Taiwan on Monday.",
        "2024-10-14",
    )
    assert got == {("CHNMIL", "150", "TWN")}


def test_armed_men_led_by_a_group_are_the_group(coder):
    got = triples(
        coder,
        "Fighters led by Hayat Tahrir al-Sham clashed with Syrian government forces on Friday.",
        "2024-11-29",
    )
    assert ("SYRREB", "190", "SYRMIL") in got
    got = triples(coder, "Forces loyal to Haftar attacked Tripoli on Sunday.", "2019-04-07")
    assert got == {("LBYREB", "190", "LBY")}


def test_backers_do_not_lead(coder):
    # who backs armed men is not who they are
    assert triples(coder, "Fighters backed by Iran attacked US troops.", "2024-01-28") == set()
    # a leader named without a known actor names nobody
    assert triples(coder, "Troops led by the general attacked Tripoli.", "2019-04-07") == set()


def test_people_described_by_their_modifier_take_its_role(coder):
    got = triples(
        coder, "Belarusian police detained dozens of opposition supporters in Minsk.", "2021-06-01"
    )
    assert got == {("BLRCOP", "173", "BLROPP")}


def test_a_place_named_after_its_people_is_not_them(coder):
    got = triples(
        coder,
        "Israeli tanks shelled a refugee camp in central Gaza, wounding 30 civilians, medics said.",
        "2025-03-21",
    )
    assert got == {("ISRMIL", "194", "PSECVL")}
