"""Roots 11-20 on sentence shapes news wires use often: fights named with where they
happened, attacks told through their victims, acts against the opposition by any arm of
the state, counts that make a killing or expulsion a mass one, and disapproval of an act
aimed at whoever did it. Uses the shipped dictionaries."""

from __future__ import annotations

import datetime as dt

from coding import coded

PUB = dt.date(2024, 6, 1)
triples, codes, roots = coded(PUB)


def test_clash_at_a_named_place_is_still_mutual(coder):
    assert triples(coder, "Indian and Pakistani troops clashed in Kashmir.") == {
        ("INDMIL", "190", "PAKMIL"),
        ("PAKMIL", "190", "INDMIL"),
    }
    found = triples(coder, "The US and Britain struck Houthi targets in Yemen.")
    assert ("USA", "190", "GBR") not in found and ("GBR", "190", "USA") not in found


def test_any_arm_of_the_state_detains_its_own_opposition(coder):
    assert triples(coder, "Georgian authorities detained a prominent opposition leader.") == {
        ("GEOGOV", "173", "GEOOPP")
    }
    assert triples(coder, "Georgian authorities detained a man.") == set()


def test_troops_sent_to_a_border_are_a_build_up(coder):
    assert triples(coder, "India rushed additional troops to its border with Pakistan.") == {
        ("INDMIL", "154", "PAK")
    }
    assert ("FRA", "074", "MLI") in triples(coder, "France sent troops to Mali.")


def test_passive_harm_by_a_named_attack_falls_on_the_harmed(coder):
    assert triples(coder, "Two Lebanese soldiers were wounded by Israeli fire.") == {
        ("ISR", "190", "LBNMIL")
    }
    assert triples(coder, "Two Lebanese soldiers were killed in Israeli shelling.") == {
        ("ISR", "194", "LBNMIL")
    }
    assert triples(coder, "Three people were killed in a fire at a Russian factory.") == set()


def test_threat_to_take_military_action(coder):
    found = triples(coder, "North Korea threatened to take military action against South Korea.")
    assert {code[:3] for _, code, _ in found} == {"138"}
    assert triples(coder, "The government took action against inflation.") == set()


def test_counts_in_figures_make_mass_violence(coder):
    assert triples(coder, "The Dominican Republic deported more than 276,000 Haitians.") == {
        ("DOM", "201", "HTI")
    }
    assert triples(coder, "Pakistan deported 300 Afghan refugees.") == {("PAK", "174", "AFGREF")}
    assert triples(coder, "RSF fighters killed 2,500 civilians in El Geneina.") == {
        ("SDNREBRSF", "202", "SDNCVL")
    }
    assert triples(coder, "Ukrainian troops killed 2,500 Russian soldiers.") == {
        ("UKRMIL", "190", "RUSMIL")
    }


def test_body_count_is_no_assassination(coder):
    assert triples(coder, "Colombian troops killed seven FARC dissidents.") == {
        ("COLMIL", "190", "COLREB")
    }
    assert triples(coder, "Israel killed two senior Hamas commanders.") == {
        ("ISR", "186", "PSEREBHMS")
    }


def test_attack_on_a_site_falls_on_its_place(coder):
    assert triples(coder, "Russian warplanes bombed a market in Idlib.") == {
        ("RUSMIL", "195", "SYR")
    }
    assert (
        triples(coder, "Colombian police seized 14 tonnes of cocaine at the port of Buenaventura.")
        == set()
    )


def test_condemning_an_act_aims_at_its_doer(coder):
    found = triples(
        coder, "Petro condemned the killing of five Colombian soldiers by ELN guerrillas."
    )
    assert ("COLGOV", "111", "COLREB") in found
    assert ("COLREB", "190", "COLMIL") in found
    assert ("COLGOV", "111", "COLMIL") not in found


def test_conviction_finds_guilty(coder):
    assert triples(coder, "A Chinese court convicted two Canadian businessmen of espionage.") == {
        ("CHNJUD", "116", "CANBUS")
    }
    assert triples(coder, "A Chinese court sentenced two Canadian businessmen to prison.") == {
        ("CHNJUD", "173", "CANBUS")
    }


def test_attack_on_what_their_own_falls_on_them(coder):
    assert triples(
        coder, "Three Malian soldiers were killed when their convoy was ambushed by JNIM militants."
    ) == {("MLIREB", "190", "MLIMIL")}
    assert (
        triples(coder, "Five Burkinabe soldiers were killed when their vehicle hit a landmine.")
        == set()
    )


def test_hunger_strike_is_a_protest_not_an_attack(coder):
    assert triples(coder, "Bahraini activists went on hunger strike against the government.") == {
        ("BHROPP", "142", "BHRGOV")
    }
    assert triples(
        coder, "Bahraini activists went on a hunger strike to protest against the government."
    ) == {("BHROPP", "142", "BHRGOV")}
    assert triples(coder, "Bahraini activists rallied to protest against the government.") == {
        ("BHROPP", "140", "BHRGOV")
    }
