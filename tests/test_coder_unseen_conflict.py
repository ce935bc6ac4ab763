"""Roots 11-20 in wordings wire copy uses for conflict: a protest demanding a law's
withdrawal, clashes told from one side, people known only by their title, forces moved up
to a frontier, bombs owned up to by a group, and "neighbouring" countries. Uses the shipped
dictionaries."""

from __future__ import annotations

import datetime as dt

from coding import coded

PUB = dt.date(2024, 6, 1)
triples, codes, roots = coded(PUB)


def test_protest_demanding_a_withdrawal_goes_to_own_government(coder):
    found = triples(
        coder, "Kenyan protesters marched in Nairobi to demand the withdrawal of a finance bill."
    )
    assert found == {("KENOPP", "1412", "KENGOV")}


def test_clash_with_a_side_is_fought_by_both(coder):
    assert triples(coder, "Colombian troops clashed with ELN guerrillas in Arauca.") == {
        ("COLMIL", "190", "COLREB"),
        ("COLREB", "190", "COLMIL"),
    }
    assert triples(coder, "Pakistani troops exchanged fire with Indian forces in Kashmir.") == {
        ("PAKMIL", "190", "INDMIL"),
        ("INDMIL", "190", "PAKMIL"),
    }


def test_clash_with_weapons_names_no_second_side(coder):
    found = triples(
        coder,
        "Chinese and Indian troops clashed with sticks and stones in the Galwan Valley, "
        "leaving 20 Indian soldiers dead.",
    )
    assert ("IND", "190", "CHNMIL") not in found


def test_unknown_name_is_what_its_title_says(coder):
    assert triples(coder, "Venezuelan police detained opposition activist Freddy Superlano.") == {
        ("VENCOP", "173", "VENOPP")
    }


def test_troops_moved_to_a_border_are_a_build_up(coder):
    assert triples(coder, "India moved troops to its border with China.") == {
        ("INDMIL", "154", "CHN")
    }
    assert triples(coder, "The company moved its staff to Dubai.") == set()


def test_bomb_owned_up_to_is_the_group_attack(coder):
    assert roots(coder, "A roadside bomb planted by PKK militants hit a Turkish army convoy.") == {
        ("TUR", "18", "TUR")
    }
    assert triples(coder, "A bomb planted by Hamas killed two Israeli soldiers in Jenin.") == {
        ("PSEREBHMS", "183", "ISRMIL")
    }
    assert triples(coder, "Police defused a bomb in Lagos.") == set()


def test_neighbouring_country_is_still_the_object(coder):
    assert triples(coder, "Venezuela accused neighbouring Guyana of provocations.") == {
        ("VEN", "112", "GUY")
    }


def test_opposition_supporters_are_the_opposition(coder):
    found = triples(coder, "Ugandan police rounded up dozens of opposition supporters.")
    assert found == {("UGACOP", "173", "UGAOPP")}


def test_weapon_that_hits_a_city_attacks_it(coder):
    assert triples(coder, "Russian missiles hit Kyiv overnight.") == {("RUSMIL", "194", "UKR")}
    assert triples(coder, "A Houthi drone hit Tel Aviv.") == {("YEMREBHTH", "195", "ISR")}
    assert triples(coder, "Western sanctions hit Russia hard.") == set()
    assert triples(coder, "The storm hit Cuba.") == set()


def test_fight_against_a_thing_is_no_fight(coder):
    sentence = (
        "Brazil's central bank raised rates again as it stepped up its fight against inflation."
    )
    assert triples(coder, sentence) == set()
    assert triples(coder, "Israel stepped up its offensive against Hamas.") == {
        ("ISR", "190", "PSEREBHMS")
    }


def test_what_it_called_names_the_object(coder):
    assert triples(coder, "China condemned what it called provocations by the Philippines.") == {
        ("CHN", "111", "PHL")
    }
    found = triples(
        coder, "Manila denounced what it called aggressive manoeuvres by Chinese ships."
    )
    assert (
        roots(coder, "Manila denounced what it called aggressive manoeuvres by Chinese ships.")
        == {("PHL", "11", "CHN")}
        and found
    )


def test_classified_definite_noun_is_the_actor_named_before(coder):
    found = triples(
        coder,
        "Mali quit ECOWAS on Sunday, accusing the regional bloc of serving foreign interests.",
    )
    assert ("MLI", "112", "IGOWAS") in found


def test_date_between_threat_and_infinitive_still_composes(coder):
    assert triples(
        coder, "Washington threatened on Monday to slap sanctions on Ugandan officials."
    ) == {("USAGOV", "1312", "UGAGOV")}
    assert ("ISR", "190", "PSE") in triples(coder, "Israel struck Gaza on Monday to punish Hamas.")
    assert triples(coder, "Biden called Netanyahu on Tuesday to discuss the hostage talks.") == {
        ("USAGOV", "041", "ISRGOV")
    }


def test_withdrawn_cooperation_reduces_relations(coder):
    assert triples(coder, "Israel withdrew its cooperation with UNRWA.") == {
        ("ISR", "160", "IGOUNO")
    }


def test_raid_in_which_people_are_arrested_is_the_arrest(coder):
    sentence = (
        "Israeli troops arrested at least 25 Palestinians in overnight raids across the West Bank."
    )
    assert triples(coder, sentence) == {("ISRMIL", "173", "PSE")}
    assert triples(coder, "Israeli forces launched a raid on Jenin.") == {("ISRMIL", "190", "PSE")}


def test_attack_named_as_grounds_of_blame_is_not_told_as_done(coder):
    assert triples(coder, "Kyiv accused Moscow of a missile attack on a hospital in Kharkiv.") == {
        ("UKRGOV", "1123", "RUSGOV")
    }
