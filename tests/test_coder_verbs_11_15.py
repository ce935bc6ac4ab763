"""Disapproval, rejection, threats, protest and force posture (CAMEO roots 11-15) on the
shipped dictionaries: the grammar that finds who is criticized, threatened or protested
against when the sentence says so only indirectly."""

from __future__ import annotations

import datetime as dt

from coding import coded

PUB = dt.date(2024, 6, 1)
triples, codes, roots = coded(PUB)


def test_naming_with_a_word_of_blame_is_criticism(coder):
    assert triples(coder, "Erdogan called Netanyahu a war criminal.") == {
        ("TURGOV", "111", "ISRGOV")
    }
    assert triples(coder, "Beijing described the new American export controls as illegal.") == {
        ("CHNGOV", "111", "USA")
    }
    # "a step X called unjustified": the author of the step is criticized
    assert ("ESTGOV", "111", "RUS") in triples(
        coder,
        "Russia expelled two Estonian diplomats, a step the Estonian government called unjustified.",
    )


def test_naming_without_blame_is_no_event_and_no_phone_call(coder):
    assert triples(coder, "Macron called Germany a close and indispensable partner.") == set()
    assert triples(coder, "Macron called Germany no threat to anyone.") == set()
    assert triples(coder, "Biden called Netanyahu on Tuesday.") == {("USAGOV", "041", "ISRGOV")}


def test_reported_mistake_criticizes_who_made_it(coder):
    assert triples(coder, "Scholz said Moscow had made a serious mistake.") == {
        ("DEUGOV", "111", "RUSGOV")
    }
    # an admission is no criticism of another
    assert triples(coder, "Scholz said he had made a serious mistake.") == set()


def test_drawn_reaction_names_its_source_in_the_from_phrase(coder):
    got = triples(
        coder,
        "North Korea launched a ballistic missile on Wednesday, drawing condemnation from Japan.",
    )
    assert ("JPN", "111", "PRK") in got
    assert triples(coder, "Israel's new settlement plan drew a sharp rebuke from Washington.") == {
        ("USAGOV", "111", "ISR")
    }
    assert triples(coder, "The proposal drew support from Germany and France.") == set()


def test_vowed_response_threatens_the_actor_of_the_clause_before(coder):
    got = triples(
        coder,
        "Pakistan carried out air strikes in eastern Afghanistan, and the Taliban government"
        " vowed to retaliate.",
    )
    assert ("AFGGOV", "138", "PAK") in got
    assert triples(
        coder, "Washington would respond decisively if Russia used a nuclear weapon."
    ) == {("USAGOV", "130", "RUS")}
    # a response that happened is coded by what was done, not as a threat
    assert not any(t[1].startswith("13") for t in triples(coder, "Pakistan responded to India."))


def test_reaction_without_target_takes_the_previous_clause_actor(coder):
    assert ("PAK", "114", "IND") in triples(
        coder,
        "India revoked the special status of Kashmir, and Pakistan said it would lodge a formal"
        " protest.",
    )
    # the same clause alone names no one to protest against
    assert triples(coder, "Pakistan said it would lodge a formal protest.") == set()


def test_warning_of_own_attack_is_a_threat_but_not_of_anothers(coder):
    assert triples(
        coder, "Iran warned Israel that it would strike back hard against any attack."
    ) == {("IRN", "1384", "ISR")}
    got = triples(coder, "Estonia warned that Russia could attack NATO within a few years.")
    assert not any(t[0] == "EST" for t in got)


def test_warned_they_would_face_a_penalty(coder):
    assert triples(
        coder, "The EU warned Belarus that it would face new sanctions if it did not comply."
    ) == {("IGOEEC", "1312", "BLR")}
    assert triples(coder, "Experts warned that Iran would face a difficult winter.") == set()


def test_court_ruling_against_the_party_of_its_clause(coder):
    assert triples(
        coder, "The International Court of Justice ruled that Israel must take measures in Gaza."
    ) == {("IGOICJ", "116", "ISR")}
    assert (
        triples(
            coder,
            "The International Court of Justice ruled that Ukraine had the right to pursue the case.",
        )
        == set()
    )


def test_arrest_warrant_grounds_refine_the_accusation(coder):
    assert triples(
        coder,
        "The International Criminal Court issued an arrest warrant for Putin over the deportation"
        " of Ukrainian children.",
    ) == {("IGOICC", "1124", "RUSGOV")}
    assert triples(
        coder, "Argentine prosecutors sought an arrest warrant for Venezuela's interior minister."
    ) == {("ARGJUD", "115", "VENGOV")}


def test_protest_aims_refine_the_code_and_target_the_own_government(coder):
    assert triples(
        coder,
        "Thousands of Serbian protesters marched in Belgrade demanding the resignation of the"
        " government.",
    ) == {("SRBOPP", "1411", "SRBGOV")}
    assert triples(
        coder, "French unions staged a nationwide strike against the pension reform."
    ) == {("FRALAB", "1432", "FRAGOV")}
    assert triples(
        coder, "Jailed Belarusian activists went on hunger strike to demand their release."
    ) == {("BLROPP", "1423", "BLRGOV")}
    assert triples(
        coder, "Israeli protesters rallied in Tel Aviv against the government's judicial overhaul."
    ) == {("ISROPP", "1412", "ISRGOV")}

    # no aim, no protest, or no country: nothing
    assert triples(coder, "Students in Nigeria protested against higher tuition fees.") == set()
    assert not any(
        t[1].startswith("14")
        for t in triples(coder, "Workers in China assembled iPhones for export.")
    )
    assert (
        triples(
            coder,
            "Protesters stormed the presidential palace, demanding the president's resignation.",
        )
        == set()
    )


def test_force_posture_sources_and_targets(coder):
    assert triples(coder, "Russia has massed more than 100,000 troops near Ukraine's border.") == {
        ("RUSMIL", "154", "UKR")
    }
    assert triples(
        coder, "China sent warships to the waters near Taiwan as a warning to Taipei."
    ) == {("CHNMIL", "150", "TWNGOV")}
    assert triples(
        coder, "Iran deployed riot police in Tehran ahead of planned opposition rallies."
    ) == {("IRN", "153", "IRNOPP")}


def test_blaming_an_attack_is_a_plain_accusation(coder):
    assert triples(coder, "Iran blamed the attack on Israel.") == {("IRN", "112", "ISR")}


def test_said_responsible_or_behind_is_an_accusation(coder):
    assert triples(coder, "Russia said Ukraine was behind the attack on the Crimean bridge.") == {
        ("RUS", "112", "UKR")
    }
    assert triples(coder, "Washington held Tehran responsible for the attack.") == {
        ("USAGOV", "112", "IRNGOV")
    }
    assert triples(coder, "Nobody was responsible for the delay, the airline said.") == set()
    assert triples(coder, "Germany said it was responsible for the delay.") == set()


def test_posture_aimed_at_the_cause_or_the_one_signalled(coder):
    assert ("JPNMIL", "152", "PRK") in triples(
        coder, "Japan put its military on alert after North Korea fired a missile."
    )
    assert triples(coder, "Russia moved troops to the border as a signal to NATO.") == {
        ("RUSMIL", "154", "IGONAT")
    }
    # a warning with no one named is aimed at no one
    assert not any(
        t[0] == "EGY"
        for t in triples(
            coder,
            "Israel and Hamas agreed a truce on Sunday, and Egypt warned of a humanitarian"
            " catastrophe.",
        )
    )


def test_protesters_of_a_people_or_a_place(coder):
    assert triples(coder, "Thousands of Iranians rallied in Tehran against the government.") == {
        ("IRNOPP", "141", "IRNGOV")
    }
    assert triples(coder, "Demonstrators marched through Hong Kong demanding democracy.") == {
        ("HKGOPP", "1414", "HKGGOV")
    }
    # the owner of the site is not where the protesters are from
    assert triples(coder, "Protesters rallied outside the Kremlin.") == set()


def test_opposition_without_a_country_is_the_accusers_own(coder):
    got = triples(
        coder,
        "South Korean President Yoon Suk Yeol declared martial law, accusing the opposition of"
        " anti-state activities.",
    )
    assert ("KORGOV", "112", "KOROPP") in got
    assert triples(coder, "The government accused the opposition of treason.") == set()


def test_rejected_allegation_still_accuses_its_subject(coder):
    got = triples(
        coder, "China dismissed US allegations that it was helping Russia evade sanctions."
    )
    assert ("USA", "112", "CHN") in got
    assert not any(
        t[1] == "112" for t in triples(coder, "China dismissed US allegations about its economy.")
    )


def test_threat_to_break_off_talks_and_answered_threats(coder):
    assert triples(
        coder, "North Korea threatened to cancel its summit with the United States."
    ) == {("PRK", "134", "USA")}
    assert triples(coder, "Russia threatened to cut diplomatic ties with Moldova.") == {
        ("RUS", "1313", "MDA")
    }
    assert triples(coder, "China threatened to retaliate against US tariffs.") == {
        ("CHN", "1312", "USA")
    }


def test_readying_a_force_against_someone(coder):
    assert triples(
        coder, "ECOWAS ordered the activation of a standby force against Niger's military junta."
    ) == {("IGOWAS", "154", "NERMIL")}
    assert ("CHNMIL", "150", "TWN") in triples(
        coder, "China launched large military drills around Taiwan."
    )
    assert triples(coder, "ECOWAS ordered the activation of a new trade portal.") == set()


def test_refusal_of_what_the_clause_before_did(coder):
    assert ("SRBGOV", "120", "KSV") in triples(
        coder,
        "Kosovo declared independence from Serbia on Sunday, and Belgrade said it would never"
        " recognise the new state.",
    )
    got = triples(coder, "Israel struck Gaza, and Egypt said it would not open the border.")
    assert not any(t[0] == "EGY" for t in got)
