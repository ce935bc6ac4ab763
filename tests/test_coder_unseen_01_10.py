"""Phrasings of CAMEO roots 01-10 as news wires word them beyond the most common form: goods
received from a giver, rounds of talks, judicial and intelligence cooperation, readiness to act,
help asked of a state, denials of responsibility, and the look-alikes that must not code."""

from __future__ import annotations

import datetime as dt

from coding import coded

PUB = dt.date(2025, 3, 21)
triples, codes, roots = coded(PUB)


def test_goods_received_name_their_giver_not_a_guest(coder):
    assert triples(
        coder, "Ghana received a first shipment of malaria vaccines donated by the United Kingdom."
    ) == {("GBR", "073", "GHA")}
    assert triples(coder, "Jordan received a consignment of tents from Japan.") == {
        ("JPN", "073", "JOR")
    }
    assert triples(coder, "Bolivia received Iranian drones under a defence agreement.") == {
        ("IRN", "072", "BOL")
    }
    # goods are no guest; a received leader still is
    assert triples(coder, "Jordan received a batch of ambulances from Japan.") == set()
    assert triples(coder, "Putin received the leaders of Iran and Turkey in the Kremlin.") == {
        ("RUSGOV", "043", "IRN"),
        ("RUSGOV", "043", "TUR"),
    }


def test_a_round_of_talks_is_talks(coder):
    assert triples(
        coder, "Vietnam and the Philippines held a fresh round of talks in Hanoi on Monday."
    ) == {("VNM", "046", "PHL"), ("PHL", "046", "VNM")}
    assert triples(coder, "Vietnam and the Philippines held a round of golf in Hanoi.") == set()


def test_judicial_cooperation_is_told_from_military(coder):
    assert triples(
        coder, "Nepal and India agreed on Friday to step up police cooperation against crime."
    ) == {("NPL", "0313", "IND"), ("IND", "0313", "NPL")}
    assert triples(coder, "Nepal and India agreed to step up military cooperation.") == {
        ("NPL", "0312", "IND"),
        ("IND", "0312", "NPL"),
    }


def test_restoring_diplomatic_relations_recognises(coder):
    assert triples(coder, "Paraguay restored diplomatic relations with Venezuela on Monday.") == {
        ("PRY", "054", "VEN")
    }
    assert triples(coder, "Paraguay improved its relations with Venezuela.") == {
        ("PRY", "050", "VEN")
    }


def test_optimism_about_ties_is_towards_the_partner(coder):
    assert triples(
        coder,
        "Australia's prime minister said he was confident that relations with China were "
        "back on track.",
    ) == {("AUSGOV", "013", "CHN")}
    assert (
        triples(
            coder, "Australia's prime minister said he was confident that the economy would grow."
        )
        == set()
    )


def test_readiness_to_act_is_an_intention_to_do_it(coder):
    assert triples(
        coder, "Turkey expressed willingness to mediate between Russia and Ukraine."
    ) == {
        ("TUR", "039", "RUS"),
        ("TUR", "039", "UKR"),
    }
    # one intention, not a generic one beside it
    assert triples(coder, "Vietnam signalled readiness to resume talks with China.") == {
        ("VNM", "036", "CHN")
    }
    assert triples(coder, "Turkey expressed its willingness.") == set()


def test_who_is_asked_for_help_or_a_handover(coder):
    assert triples(
        coder, "Chile requested the extradition of a Venezuelan army officer from Argentina."
    ) == {("CHL", "0213", "ARG")}
    assert triples(coder, "Bangladesh sought Japan's help in repatriating Rohingya refugees.") == {
        ("BGD", "023", "JPN")
    }
    assert triples(coder, "Ukraine sought its own help.") == set()


def test_denied_responsibility(coder):
    assert triples(coder, "Pakistan denied responsibility for the attack in Kashmir.") == {
        ("PAK", "016", "IND")
    }
    assert triples(
        coder, "Iran disclaimed responsibility for the drone strike on US troops in Jordan."
    ) == {("IRN", "016", "USAMIL")}
    assert triples(coder, "The ministry denied responsibility for the delays.") == set()


def test_support_for_a_cause_is_not_for_each_other(coder):
    assert (
        triples(coder, "Chile and Peru reaffirmed their support for a two-state solution.") == set()
    )
    assert triples(coder, "Brazil and Argentina reaffirmed their support for each other.") == {
        ("BRA", "051", "ARG"),
        ("ARG", "051", "BRA"),
    }


def test_stopping_an_operation_in_a_place_is_no_stopover(coder):
    assert triples(
        coder, "Iraq asked Turkey to stop its military operations in the Kurdistan region."
    ) == {("IRQ", "0256", "TUR")}
    assert triples(coder, "Modi stopped in Dhaka on Friday.") == {("INDGOV", "042", "BGD")}


def test_donations_and_help_are_aid(coder):
    assert triples(coder, "Tanzania donated 20,000 tonnes of maize to drought-hit Malawi.") == {
        ("TZA", "070", "MWI")
    }
    assert triples(
        coder,
        "The Australian foreign minister said Canberra stood ready to help Indonesia respond "
        "to the earthquake.",
    ) == {("AUSGOV", "033", "IDN")}
    assert triples(coder, "The ministry helped farmers recover from the floods.") == set()


def test_passive_of_giving_names_the_receiver_as_subject(coder):
    assert triples(coder, "Ukraine was given tanks by Germany.") == {("DEU", "072", "UKR")}
    assert triples(coder, "Ghana was granted a $3 billion bailout by the IMF.") == {
        ("IGOIMF", "071", "GHA")
    }
    assert triples(coder, "Kenya was offered a loan by China.") == {("CHN", "0331", "KEN")}
    assert triples(coder, "The Ukrainian athlete was awarded a medal by France.") == set()
