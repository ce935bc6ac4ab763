"""Actors as news wires name them: office-holders by title and apposition, another
country's legislature or court called by a name the dictionaries give the US, seats of
power for governments, diplomats summoned under their exact titles, regional bodies and
armed groups by the names wires use. Uses the shipped dictionaries."""

from __future__ import annotations

import datetime as dt

from coding import coded

PUB = dt.date(2025, 3, 6)
triples, codes, roots = coded(PUB)


def test_a_country_before_a_us_institution_name_owns_it(coder):
    assert triples(coder, "Mexico's Senate condemned France.") == {("MEXLEG", "111", "FRA")}
    assert triples(coder, "The Philippine Senate condemned France.") == {("PHLLEG", "111", "FRA")}
    assert triples(coder, "Brazil's Congress condemned France.") == {("BRALEG", "111", "FRA")}
    assert triples(coder, "The US Senate condemned France.") == {("USALEG", "111", "FRA")}


def test_a_title_with_a_country_beats_a_foreign_namesake(coder):
    found = triples(coder, "Colombian Defence Minister Pedro Sanchez condemned France.")
    assert found == {("COLGOV", "111", "FRA")}
    found = triples(coder, "Spanish Prime Minister Pedro Sanchez condemned France.")
    assert found == {("ESPGOV", "111", "FRA")}
    assert triples(coder, "Pedro Sanchez condemned France.") == {("ESPGOV", "111", "FRA")}


def test_half_of_a_hyphenated_name_is_nobody(coder):
    found = triples(
        coder, "Goita hosted Russian Deputy Defence Minister Yunus-Bek Yevkurov in Bamako."
    )
    assert found == {("MLIGOV", "043", "RUSGOV")}


def test_an_unknown_name_is_who_its_apposition_says(coder):
    found = triples(coder, "Jean Dupont, Algeria's foreign minister, accused Mali of lying.")
    assert found == {("DZAGOV", "112", "MLI")}
    found = triples(coder, "Mali accused Jean Dupont, the Algerian foreign minister, of lying.")
    assert found == {("MLI", "112", "DZAGOV")}
    assert triples(coder, "Jean Dupont, a French tourist, praised the weather.") == set()


def test_the_countrys_office_is_the_country_just_named(coder):
    found = triples(
        coder, "Guatemalan President Bernardo Arevalo criticised the country's attorney general."
    )
    assert found == {("GTMGOV", "111", "GTMJUD")}
    found = triples(coder, "Guatemala's president criticised the country's attorney general.")
    assert found == {("GTMGOV", "111", "GTMJUD")}
    assert triples(coder, "Russian forces struck the country's energy grid.") == set()


def test_diplomats_summoned_under_their_exact_titles(coder):
    found = triples(coder, "Nigeria's foreign ministry summoned the British high commissioner.")
    assert found == {("NGAGOV", "114", "GBRGOV")}
    found = triples(coder, "Chile summoned the Venezuelan chargé d'affaires.")
    assert found == {("CHL", "114", "VENGOV")}
    found = triples(coder, "India summoned the Bangladeshi deputy high commissioner.")
    assert found == {("IND", "114", "BGDGOV")}


def test_why_a_diplomat_was_summoned_is_the_complaint_itself(coder):
    found = triples(
        coder,
        "Chile summoned the Venezuelan ambassador to protest the detention of a Chilean"
        " journalist.",
    )
    assert found == {("CHL", "114", "VENGOV")}


def test_seats_of_power_stand_for_their_governments(coder):
    for seat, code in [
        ("Miraflores", "VENGOV"),
        ("The Casa de Narino", "COLGOV"),
        ("Baabda Palace", "LBNGOV"),
        ("El Mouradia", "DZAGOV"),
        ("Carthage Palace", "TUNGOV"),
        ("Koulouba", "MLIGOV"),
        ("Delhi", "INDGOV"),
    ]:
        assert triples(coder, f"{seat} condemned France on Monday.") == {(code, "111", "FRA")}


def test_bodies_and_forces_by_their_short_names(coder):
    found = triples(coder, "The AU Peace and Security Council suspended Sudan.")
    assert {source for source, _, _ in found} == {"IGOOAU"}
    assert triples(coder, "The Quad condemned China.") == {("IGOQUD", "111", "CHN")}
    found = triples(coder, "The Kenya Defence Forces killed 20 al-Shabaab fighters.")
    assert {(s, t) for s, _, t in found} == {("KENMIL", "SOMREBSHB")}
    assert triples(coder, "The Diet condemned China.") == {("JPNLEG", "111", "CHN")}
    found = triples(coder, "ADF rebels killed 23 villagers in Congo's Ituri province.")
    assert {(s, c[:2]) for s, c, _ in found} == {("UGAREB", "19")}


def test_ministers_with_dated_roles(coder):
    assert triples(coder, "Ahmed Attaf condemned France.") == {("DZAGOV", "111", "FRA")}
    found = triples(coder, "Ahmed Attaf condemned France.", dt.date(2010, 5, 1))
    assert found == {("DZAELI", "111", "FRA")}
    assert triples(coder, "Mudavadi condemned Uganda.") == {("KENGOV", "111", "UGA")}
    assert triples(coder, "Mudavadi condemned Uganda.", dt.date(2017, 5, 1)) == {
        ("KENELI", "111", "UGA")
    }


def test_forces_a_country_reports_on_are_its_own(coder):
    found = triples(coder, "Somalia's government said the army killed 20 al-Shabaab fighters.")
    assert found == {("SOMMIL", "190", "SOMREBSHB")}
    found = triples(coder, "Troops killed 30 Boko Haram fighters, the Nigerian army said.")
    assert found == {("NGAMIL", "190", "NGAREBBKH")}
    assert triples(coder, "The UN said soldiers killed 30 civilians in Mali.") == set()
    found = triples(
        coder, "The United States sanctioned Hemedti, saying his forces committed genocide."
    )
    assert all(source != "USAMIL" for source, _, _ in found)


def test_a_title_deep_in_a_long_name_still_gives_the_role(coder):
    found = triples(
        coder,
        "Venezuela's Attorney General Tarek William Saab accused opposition leader Maria"
        " Corina Machado of treason.",
    )
    assert {(s, t) for s, _, t in found} == {("VENJUD", "VENOPP")}


def test_the_army_of_a_one_country_sentence_is_that_countrys(coder):
    found = triples(
        coder, "Former Pakistani prime minister Imran Khan accused the army of rigging the vote."
    )
    assert {t for _, _, t in found} == {"PAKMIL"}
    found = triples(coder, "Russia invaded Ukraine, and the army shelled Kharkiv.")
    assert all(s != "UKRMIL" for s, _, _ in found)
