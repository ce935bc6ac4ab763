"""Statements, appeals, intentions, meetings and diplomatic cooperation (CAMEO 01-05), on the
shipped dictionaries: the constructions news wires use for them, and their look-alikes."""

from __future__ import annotations

import datetime as dt

from coding import coded

PUB = dt.date(2024, 5, 1)
triples, codes, roots = coded(PUB)


def test_a_sum_in_aid_names_the_kind_of_aid(coder):
    assert triples(
        coder, "The Netherlands pledged 300 million euros in humanitarian aid to Sudan."
    ) == {("NLD", "0333", "SDN")}
    assert triples(coder, "Canada promised Ukraine $500 million in military aid.") == {
        ("CAN", "0332", "UKR")
    }


def test_what_is_asked_for_names_the_appeal(coder):
    assert triples(coder, "Armenia appealed to Russia for military assistance.") == {
        ("ARM", "0232", "RUS")
    }
    assert triples(coder, "Lebanon asked France for humanitarian aid.") == {("LBN", "0233", "FRA")}
    # the purpose of the thing asked for is not a second appeal
    assert triples(
        coder, "Kyiv asked Germany for more air defence systems to protect its cities."
    ) == {("UKRGOV", "0232", "DEU")}
    # asking for something that is no kind of cooperation stays a plain appeal
    assert triples(coder, "Serbia asked Russia for its opinion.") == {("SRB", "020", "RUS")}


def test_an_appeal_to_investigate_is_for_judicial_cooperation(coder):
    assert triples(coder, "The EU urged Serbia to investigate the attack.") == {
        ("IGOEEC", "0213", "SRB")
    }


def test_conjoined_infinitives_share_the_governing_verb(coder):
    got = triples(
        coder,
        "Belarus agreed to free political prisoners and to allow OSCE observers into the country.",
    )
    assert got == {("BLR", "0355", "IGOSCE")}
    # a finite verb coordinated after the infinitive is an act of its own
    got = triples(coder, "Serbia agreed to resume talks with Kosovo and criticised the EU.")
    assert got == {("SRB", "036", "KSV"), ("SRB", "111", "IGOEEC")}


def test_naming_someone_is_no_phone_call(coder):
    assert "041" not in codes(coder, 'Erdogan called Macron "a disgrace".')
    assert "041" not in codes(coder, "Erdogan called Netanyahu a war criminal on Wednesday.")
    assert triples(coder, "Scholz called Biden on Sunday.") == {("DEUGOV", "041", "USAGOV")}


def test_cosigners_sign_with_the_party_their_agreement_names(coder):
    got = triples(
        coder,
        "Morocco and Sudan signed agreements to establish diplomatic ties with Israel.",
        dt.date(2020, 12, 22),
    )
    assert got == {("MAR", "057", "ISR"), ("SDN", "057", "ISR")}
    got = triples(
        coder, "The US and Britain signed a deal to share submarine technology with Australia."
    )
    assert got == {("USA", "057", "AUS"), ("GBR", "057", "AUS")}


def test_an_offer_composes_with_what_it_offers(coder):
    got = triples(coder, "Kyiv rejected Moscow's offer of a truce.")
    assert ("RUSGOV", "0356", "UKRGOV") in got
    got = triples(coder, "Hamas turned down an offer by Egypt to mediate with Israel.")
    assert {("EGY", "039", "PSEREBHMS"), ("EGY", "039", "ISR")} <= got
    assert triples(coder, "Russia made no offer of talks to Ukraine.") == set()


def test_a_proposal_is_an_appeal_to_whoever_accepts_it(coder):
    got = triples(coder, "China's proposal for peace talks was welcomed by Russia.")
    assert ("CHN", "026", "RUS") in got
    got = triples(coder, "Israel agreed to a US proposal for a ceasefire in Gaza.")
    assert ("USA", "0256", "ISR") in got


def test_considering_an_action_is_014(coder):
    assert triples(coder, "France is considering sending troops to Ukraine.") == {
        ("FRA", "014", "UKR")
    }


def test_a_message_carries_its_sentiment(coder):
    assert triples(coder, "Biden sent a message of condolence to Erdogan.") == {
        ("USAGOV", "018", "TURGOV")
    }
    assert triples(coder, "Xi sent a message of support to Putin.") == {("CHNGOV", "010", "RUSGOV")}


def test_a_meeting_in_a_third_country(coder):
    assert triples(coder, "Macron and Scholz met in Rome.") == {
        ("FRAGOV", "044", "DEUGOV"),
        ("DEUGOV", "044", "FRAGOV"),
    }
    assert triples(coder, "Macron and Scholz met in Berlin.") == {
        ("FRAGOV", "040", "DEUGOV"),
        ("DEUGOV", "040", "FRAGOV"),
    }
    # the talks they met for are the event
    got = triples(coder, "Russian and Ukrainian officials met in Istanbul for peace talks.")
    assert not {"040", "044"} & {c for _, c, _ in got}


def test_hosted_by_a_named_agent(coder):
    got = triples(
        coder,
        "Ethiopian and Eritrean leaders met in Jeddah, hosted by Saudi Crown Prince Mohammed"
        " bin Salman.",
    )
    assert {("SAUGOV", "043", "ETHGOV"), ("SAUGOV", "043", "ERIGOV")} <= got
    got = triples(
        coder, "Macron and Scholz met at the Quirinale Palace in Rome, where Meloni hosted them."
    )
    assert {("ITAGOV", "043", "FRAGOV"), ("ITAGOV", "043", "DEUGOV")} <= got
    # a means is no host
    assert triples(coder, "Israeli troops entered Rafah, backed by US-supplied tanks.") == set()


def test_a_meeting_that_is_the_purpose_of_a_trip_is_not_yet_held(coder):
    got = triples(coder, "Lavrov flew to Pyongyang to meet Kim Jong Un.", dt.date(2024, 6, 18))
    assert got == {("RUSGOV", "042", "PRK")}


def test_a_meeting_that_did_not_happen_is_no_refusal(coder):
    assert triples(coder, "Putin and Zelensky did not meet in Istanbul.") == set()
    assert triples(coder, "Putin and Zelensky did not meet last week.") == set()
    assert triples(coder, "Erdogan has not met Assad since 2011.") == set()
    assert triples(coder, "Putin will not meet Zelensky.") == {("RUSGOV", "125", "UKRGOV")}


def test_a_partnership_named_in_passing_is_no_event(coder):
    assert triples(coder, "The growing partnership between China and Pakistan alarms India.") == (
        set()
    )
    assert triples(coder, "China and Pakistan forged a new partnership.") == {
        ("CHN", "050", "PAK"),
        ("PAK", "050", "CHN"),
    }


def test_assurances_and_pledges_of_better_relations(coder):
    assert triples(coder, "Scholz assured Zelensky of Germany's continued support.") == {
        ("DEUGOV", "032", "UKRGOV")
    }
    assert triples(coder, "Japan and China pledged to stabilise ties.") == {
        ("JPN", "032", "CHN"),
        ("CHN", "032", "JPN"),
    }
    got = triples(
        coder,
        "Anthony Albanese and Xi Jinping pledged to mend relations between Australia and China.",
    )
    assert got == {("AUSGOV", "032", "CHNGOV"), ("CHNGOV", "032", "AUSGOV")}


def test_agreeing_that_is_accord(coder):
    assert triples(coder, "Paris and Berlin agreed that Europe must spend more on defence.") == {
        ("FRAGOV", "019", "DEUGOV"),
        ("DEUGOV", "019", "FRAGOV"),
    }
    assert triples(coder, "Erdogan agreed with Putin that the war should end.") == {
        ("TURGOV", "019", "RUSGOV")
    }
    # agreeing to do something is still an intention
    assert triples(coder, "Germany agreed to send tanks to Ukraine.") == {("DEU", "0332", "UKR")}


def test_a_phone_call_as_the_frame_of_another_act(coder):
    assert ("FRAGOV", "041", "RUSGOV") in triples(
        coder, "Macron urged Putin in a phone call to end the war."
    )
    assert ("USAGOV", "041", "INDGOV") in triples(
        coder, "In a phone call with Modi, Biden praised India's democracy."
    )
    assert "041" not in codes(coder, "In a call for calm, Guterres urged Israel to halt the war.")


def test_a_plan_brokered_by_a_third_party(coder):
    got = triples(coder, "Armenia and Azerbaijan agreed to a US-brokered peace plan.")
    assert {("USA", "045", "ARM"), ("USA", "045", "AZE")} <= got


def test_an_invitation_is_toward_the_one_invited(coder):
    assert triples(coder, "Zelensky invited Biden to visit Ukraine.") == {
        ("UKRGOV", "036", "USAGOV")
    }


def test_forces_and_staff_arriving_are_no_visit(coder):
    assert triples(coder, "About 100 Russian military instructors arrived in Niger.") == set()
    assert triples(coder, "IAEA inspectors arrived in Iran on Monday.") == set()
    assert triples(coder, "A Chinese delegation arrived in Kabul.") == {("CHNGOV", "042", "AFG")}
    assert triples(coder, "Russian army chief Valery Gerasimov arrived in Minsk.") == {
        ("RUSMIL", "042", "BLR")
    }


def test_agreeing_to_an_event_noun_codes_the_noun(coder):
    assert "030" not in codes(coder, "Israel and Hamas agreed to a four-day truce.")


def test_a_meeting_on_the_sidelines_of_a_summit(coder):
    got = triples(coder, "Erdogan and Biden met on the sidelines of the NATO summit in Vilnius.")
    assert got == {("TURGOV", "044", "USAGOV"), ("USAGOV", "044", "TURGOV")}


def test_discussing_a_topic_is_no_policy_option(coder):
    assert "014" not in codes(
        coder, "Blinken and Wang Yi discussed the situation in the Middle East."
    )


def test_support_that_is_praised_is_not_coded_again(coder):
    got = triples(coder, "Lavrov praised Pyongyang's unwavering support for Moscow's war.")
    assert got == {("RUSGOV", "051", "PRKGOV")}
    assert triples(coder, "Zelensky welcomed Germany's support for Ukraine.") == {
        ("UKRGOV", "051", "DEU")
    }


def test_a_call_or_request_composes_with_what_it_asks_for(coder):
    got = triples(coder, "Israel rejected Hamas's call for a permanent ceasefire.")
    assert ("PSEREBHMS", "0256", "ISR") in got
    got = triples(coder, "Germany rejected Ukraine's request for Taurus missiles.")
    assert ("UKR", "0232", "DEU") in got
    # a phone call is no appeal
    assert triples(coder, "Putin held a phone call with Erdogan.") == {("RUSGOV", "041", "TURGOV")}
