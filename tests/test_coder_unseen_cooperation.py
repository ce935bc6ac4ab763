"""Cooperative events (CAMEO roots 01-10) as wires word them beyond the common form: sides
named through "officials from X and Y", talks about a third party, trips whose purpose is a
meeting, kinds of aid named by the aid noun, demands that a side leave held ground, and the
look-alikes that must not code: trips called off, acts done as others did before."""

from __future__ import annotations

import datetime as dt

from coding import coded

PUB = dt.date(2025, 3, 21)
triples, codes, roots = coded(PUB)


def test_officials_from_several_countries_are_each_countrys(coder):
    assert triples(coder, "Officials from Peru and Chile met in Lima on Monday.") == {
        ("PERGOV", "040", "CHLGOV"),
        ("CHLGOV", "040", "PERGOV"),
    }
    assert roots(coder, "The leaders of Ghana and Togo met in Accra on Friday.") == {
        ("GHA", "04", "TGO"),
        ("TGO", "04", "GHA"),
    }


def test_a_bare_nationality_shares_the_agent_noun_after_it(coder):
    assert triples(coder, "Kyrgyz and Kazakh officials met in Bishkek on Monday.") == {
        ("KGZGOV", "040", "KAZGOV"),
        ("KAZGOV", "040", "KGZGOV"),
    }
    # a country named as itself keeps its own code
    assert triples(coder, "Russia and Chinese officials met in Beijing.") == {
        ("RUS", "040", "CHNGOV"),
        ("CHNGOV", "040", "RUS"),
    }


def test_agent_nouns_of_units_commissioners_and_counterparts(coder):
    assert triples(coder, "Greek and Cypriot naval units held joint drills last week.") == {
        ("GRCMIL", "062", "CYPMIL"),
        ("CYPMIL", "062", "GRCMIL"),
    }
    assert triples(
        coder, "Georgia's human rights commissioner insisted that Russia free the detainees."
    ) == {("GEOGOV", "1053", "RUS")}
    assert triples(coder, "Kenya's foreign minister met his Ugandan counterpart on Monday.") == {
        ("KENGOV", "040", "UGAGOV")
    }


def test_what_sides_talk_about_is_no_third_party(coder):
    assert triples(
        coder, "The Kenyan and Tanzanian presidents talked by telephone about the EAC summit."
    ) == {("KENGOV", "041", "TZAGOV"), ("TZAGOV", "041", "KENGOV")}
    # a war's stake is no topic: an old war stays unreported
    assert triples(coder, "Armenia and Azerbaijan have fought two wars over Karabakh.") == set()


def test_a_visit_runs_one_way(coder):
    assert triples(coder, "A trade agreement was signed by Chile and Peru during the visit.") == {
        ("CHL", "057", "PER"),
        ("PER", "057", "CHL"),
    }


def test_a_joint_offensive_is_cooperation_between_the_allies(coder):
    assert triples(
        coder, "Malian and Burkinabe troops launched a joint offensive against jihadists."
    ) == {("MLIMIL", "062", "BFAMIL"), ("BFAMIL", "062", "MLIMIL")}


def test_the_aid_noun_names_the_kind_of_aid(coder):
    assert triples(coder, "Turkey delivered 500 tonnes of flour in food aid to Sudan.") == {
        ("TUR", "073", "SDN")
    }
    assert triples(
        coder, "Berlin gave the green light for the delivery of Leopard tanks to Poland."
    ) == {("DEUGOV", "072", "POL")}
    assert triples(
        coder, "The IMF gave the go-ahead for a $700 million disbursement to Egypt."
    ) == {("IGOIMF", "071", "EGY")}


def test_a_trip_for_talks_is_a_visit_not_yet_talks(coder):
    assert triples(
        coder,
        "Egypt's army chief, General Ahmed Fathy, flew to Riyadh for talks with Saudi officials.",
    ) == {("EGYMIL", "042", "SAU")}
    assert triples(
        coder,
        "A delegation of the Libyan army arrived in Cairo for meetings with Egyptian officials.",
    ) == {("LBYMIL", "042", "EGY")}


def test_demanded_retreat_from_held_ground_or_a_vessel(coder):
    assert triples(
        coder, "Syria demanded that Israel withdraw from the positions it seized in December."
    ) == {("SYR", "1056", "ISR")}
    assert triples(
        coder, "Hanoi demanded that Beijing withdraw its vessel from the disputed reef."
    ) == {("VNMGOV", "1056", "CHNGOV")}
    # leaving a body is no retreat
    assert codes(coder, "Russia urged the United States to withdraw from the treaty.") == {"020"}


def test_joining_others_names_who_did_the_same(coder):
    assert triples(
        coder, "Slovenia recognised the State of Palestine on Wednesday, joining Spain."
    ) == {("SVN", "054", "PSE")}


def test_an_announced_intention_composes(coder):
    assert triples(coder, "Mauritania announced its intention to open negotiations with Mali.") == {
        ("MRT", "036", "MLI")
    }


def test_sharing_anothers_view_is_accord(coder):
    assert triples(coder, "Belarus said it shared Russia's assessment of the crisis.") == {
        ("BLR", "019", "RUS")
    }
    assert triples(coder, "Seoul echoed Tokyo's concerns over the missile launch.") == {
        ("KORGOV", "019", "JPNGOV")
    }


def test_an_appeal_to_someone_for_goods(coder):
    assert triples(coder, "Moldova appealed to its Western partners for air defence systems.") == {
        ("MDA", "0232", "WST")
    }


def test_trips_called_off_or_doubted_are_no_visits(coder):
    assert triples(coder, "The Indian minister's trip to Dhaka was postponed.") == set()
    assert (
        triples(coder, "Diplomats said a visit by the Chinese premier to Japan was unlikely.")
        == set()
    )


def test_police_pledged_abroad_are_protection(coder):
    assert triples(coder, "Benin pledged 2,000 police officers to Haiti on Monday.") == {
        ("BEN", "0334", "HTI")
    }


def test_forces_sent_with_no_sender_named_are_sent_by_their_state(coder):
    assert triples(coder, "Ghanaian peacekeepers were deployed to Lebanon last week.") == {
        ("GHAMIL", "074", "LBN")
    }
