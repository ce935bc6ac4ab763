"""The shipped dictionaries are complete and consistent with the CAMEO reference tables."""

from __future__ import annotations

import pytest

from eventdb.etl.coder.dictionary import DictionaryError, load_dictionaries
from eventdb.schema.codes import CodeBook
from eventdb.schema.db import read_reference_tsv


@pytest.fixture(scope="module")
def dicts():
    return load_dictionaries(use_env=False)


@pytest.fixture(scope="module")
def codebook():
    return CodeBook.shipped()


def _bases() -> set[str]:
    return {r["code"] for r in read_reference_tsv("countries.tsv")}


def _roles() -> set[str]:
    return {r["code"] for r in read_reference_tsv("actor_roles.tsv")}


def test_verb_patterns_cover_every_root_and_three_digit_code(dicts, codebook):
    patterns = [p for ps in dicts.verbs.values() for p in ps] + [
        p for ps in dicts.nouns.values() for p in ps
    ]
    assert len(patterns) >= 1500
    for p in patterns:
        assert p.code in codebook, f"{p.origin}: unknown code {p.code}"
    covered = {p.code[:3] for p in patterns if len(p.code) >= 3}
    wanted = {c.code for c in codebook if c.level == 3}
    assert wanted - covered == set()
    assert {p.code[:2] for p in patterns} == {f"{n:02d}" for n in range(1, 21)}


def test_compose_tables_point_at_real_codes(dicts, codebook):
    assert {"appeal", "intent", "demand", "reject", "threaten", "negate"} <= set(dicts.compose)
    for kind, table in dicts.compose.items():
        if table.get("default"):
            assert table["default"] in codebook, kind
        for prefix, code in table["map"].items():
            assert code in codebook, f"{kind}: {prefix} -> {code}"


def test_actor_codes_are_well_formed(dicts):
    bases, roles = _bases(), _roles()
    for name, actor in dicts.names.items():
        codes = [c.code for c in actor.codes] + ([actor.otherwise] if actor.otherwise else [])
        for code in codes:
            assert len(code) % 3 == 0, f"{name}: {code}"
            assert code[:3] in bases | {"IGO", "NGO", "IMG", "MNC"}, f"{name}: {code}"
    assert set(dicts.agents.values()) <= roles | {"BASE"}


def test_metonyms_and_agents_from_the_conventions(dicts):
    expect = {
        "Kremlin": "RUSGOV",
        "White House": "USAGOV",
        "Pentagon": "USAMIL",
        "Washington": "USAGOV",
        "Moscow": "RUSGOV",
        "Beijing": "CHNGOV",
        "Downing Street": "GBRGOV",
        "Kyiv": "UKRGOV",
        "Tehran": "IRNGOV",
        "NATO": "IGONAT",
        "United Nations": "IGOUNO",
        "Hamas": "PSEREBHMS",
    }
    for name, code in expect.items():
        assert dicts.names[name].codes[0].code == code, name
    assert dicts.agents["official"] == "GOV"
    assert dicts.agents["force"] == "MIL"
    assert dicts.agents["police"] == "COP"
    assert dicts.agents["company"] == "BUS"


def test_group_codes_only_for_the_groups_in_the_conventions(dicts):
    """A three-letter group code only for the named groups of docs/coding-conventions.md;
    every other group, and a junta, is its country and role alone."""
    named = set(
        "PSEREBHMS PSEREBISJ LBNREBHEZ YEMREBHTH AFGREBTAL IMGREBISL IMGREBALQ SOMREBSHB"
        " NGAREBBKH RUSMILWAG TURREBPKK SYRREBSDF CODREBM23 SDNREBRSF".split()
    )
    for name, actor in dicts.names.items():
        if actor.kind not in ("group", "person"):
            continue
        codes = [c.code for c in actor.codes] + ([actor.otherwise] if actor.otherwise else [])
        for code in codes:
            if len(code) > 6 and not code.startswith(("IGO", "NGO", "IMG", "MNC")):
                assert code in named, f"{name}: {code}"
    assert dicts.names["FARC"].codes[0].code == "COLREB"
    assert dicts.agents["junta"] == "MIL"
    assert dicts.agents["chief"] == "GOV"
    assert dicts.agents["judiciary chief"] == "JUD"


def test_reporting_verbs_do_not_compose(dicts):
    """ "suggested that X attacked Y" reports X's act; it is no appeal of the speaker."""
    assert not any(p.compose for p in dicts.verbs["suggest"])
    assert any(p.particles == ("by",) and p.code == "041" for p in dicts.verbs["speak"])


def test_people_have_dated_roles(dicts):
    import datetime as dt

    biden = dicts.names["Biden"]
    assert biden.code_on(dt.date(2022, 1, 1)) == "USAGOV"
    zelensky = dicts.names["Zelensky"]
    assert zelensky.code_on(dt.date(2023, 1, 1)) == "UKRGOV"
    assert zelensky.code_on(dt.date(2015, 1, 1)) in (None, "UKRELI")


def test_user_extension_overrides(tmp_path):
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "mine.yaml").write_text('- {verb: frobnicate, code: "111"}\n')
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "organisations.yaml").write_text(
        "- {names: [Fooland League], code: IGOFOO}\n"
    )
    d = load_dictionaries([tmp_path], use_env=False)
    assert d.verbs["frobnicate"][0].code == "111"
    assert d.names["Fooland League"].codes[0].code == "IGOFOO"
    assert d.version != load_dictionaries(use_env=False).version


def test_malformed_dictionary_names_file_and_entry(tmp_path):
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "bad.yaml").write_text('- {verb: x, code: "111", colour: red}\n')
    with pytest.raises(DictionaryError, match=r"bad.yaml: pattern 1: unknown field"):
        load_dictionaries([tmp_path], use_env=False)


def test_yaml_on_is_a_preposition_not_true(tmp_path):
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "v.yaml").write_text('- {verb: zap, target: [on, no], code: "111"}\n')
    d = load_dictionaries([tmp_path], include_shipped=False, use_env=False)
    assert d.verbs["zap"][0].targets == ("on", "no")


# 2026.11.2 breadth patterns: each with a political sentence that must code and a
# non-political use of the same words that must not.
BREADTH_POSITIVE = [
    ("Rubio touched down in Israel on Monday.", "USA", "042", "ISR"),
    ("Xi Jinping played host to Putin in Beijing.", "CHN", "043", "RUS"),
    ("Britain thrashed out the details with France.", "GBR", "046", "FRA"),
    ("US and Chinese negotiators hammered out a trade truce.", "USA", "057", "CHN"),
    ("Washington heaped praise on Qatar.", "USA", "051", "QAT"),
    ("China ramped up investment in Brazil.", "CHN", "061", "BRA"),
    ("Israel set free 90 Palestinian prisoners.", "ISR", "0841", "PSE"),
    ("Iran is holding two French citizens on espionage charges.", "IRN", "173", "FRA"),
    ("France kicked out Algerian diplomats.", "FRA", "174", "DZA"),
    ("Pakistan carried out strikes inside Afghanistan.", "PAK", "19", "AFG"),
    ("Biden told Putin to withdraw his troops from Ukraine.", "USA", "10", "RUS"),
    ("Blinken told reporters that Russia had shelled Kharkiv.", "RUS", "19", "UKR"),
    ("Thousands of Serbian students marched against the government.", "SRB", "141", "SRB"),
    ("Pakistani protesters demonstrated against the United States.", "PAK", "141", "USA"),
    ("Hundreds of Iranians demonstrated outside the British embassy.", "IRN", "141", "GBR"),
    ("Putin offered condolences to Iran over the death of its president.", "RUS", "018", "IRN"),
    ("Xi sent a condolence message to Erdogan.", "CHN", "018", "TUR"),
    ("Japan expressed regret to South Korea for its wartime actions.", "JPN", "055", "KOR"),
    ("The United States apologized to Pakistan for the deaths.", "USA", "055", "PAK"),
    ("Biden praised Ukraine for its courage.", "USA", "051", "UKR"),
    ("Poland demanded reparations from Germany.", "POL", "1031", "DEU"),
]

BREADTH_NEGATIVE = [
    "The plane touched down in Paris after a long delay.",
    "Japan hosted Germany in a friendly match in Tokyo.",
    "The two clubs held a round of golf in Scotland.",
    "The chef hammered out the dough with a rolling pin.",
    "The coach heaped praise on his young striker.",
    "Toyota ramped up production in Brazil.",
    "The referee set free kicks against both teams.",
    "Liverpool are holding talks over a new contract for their captain.",
    "The bouncer kicked out two drunk fans.",
    "Workers carried out repairs inside the stadium.",
    "The minister told reporters that the talks had been useful.",
    "The fans marched against the club owners outside the stadium.",
    "Stocks rallied against the dollar on Friday.",
    "The club sent a condolence message to the family of the player.",
    "The singer expressed regret to her fans for cancelling the show.",
    "The coach praised his players after the match.",
    "The striker apologized to fans for the miss.",
    "The central bank sought to stabilize the currency.",
    "The players demanded compensation from the club.",
]


@pytest.fixture(scope="module")
def coder():
    from eventdb.etl.coder import load_coder

    return load_coder()


def _code(coder, text):
    import datetime as dt

    from eventdb.etl.coder.types import SentenceInput

    return coder.code_sentences([SentenceInput(text, dt.date(2025, 5, 10))])[0]


@pytest.mark.parametrize("text,source,code,target", BREADTH_POSITIVE)
def test_breadth_patterns_code_political_phrasings(coder, text, source, code, target):
    events = _code(coder, text)
    found = {(e.source.code[:3], e.code, e.target.code[:3]) for e in events}
    assert any(s == source and c.startswith(code) and t == target for s, c, t in found), found


@pytest.mark.parametrize("text", BREADTH_NEGATIVE)
def test_breadth_patterns_skip_non_political_uses(coder, text):
    assert _code(coder, text) == []


def test_telling_reporters_is_no_demand(coder):
    events = _code(coder, "Blinken told reporters that Russia had shelled Kharkiv.")
    assert not [e for e in events if e.code.startswith("10")], events


def test_military_officials_are_military(coder):
    events = _code(coder, "Russian military officials accused Ukraine of shelling the plant.")
    assert {(e.source.code, e.code[:3], e.target.code) for e in events} == {
        ("RUSMIL", "112", "UKR")
    }, events


def test_trump_outside_his_terms_is_no_government(coder):
    import datetime as dt

    from eventdb.etl.coder.types import SentenceInput

    for day in (dt.date(2015, 6, 16), dt.date(2022, 3, 1)):
        events = coder.code_sentences(
            [SentenceInput("Businessman Donald Trump criticized China.", day)]
        )[0]
        assert events and all(e.source.code == "USAELI" for e in events), (day, events)
    events = coder.code_sentences(
        [SentenceInput("Donald Trump criticized China.", dt.date(2019, 6, 1))]
    )[0]
    assert {e.source.code for e in events} == {"USAGOV"}, events


@pytest.mark.parametrize(
    "text,code",
    [
        ("Ukraine accused Russia of war crimes in Bucha.", "1124"),
        ("China accused the United States of spying on its companies.", "1125"),
        ("The United States accused China of human rights abuses in Xinjiang.", "1122"),
        ("Armenia accused Azerbaijan of violating the ceasefire.", "1123"),
        ("Britain accused Russia of attempting to murder a former spy.", "1121"),
        ("Congo accused Rwanda of backing the rebels.", "112"),
    ],
)
def test_accusation_grounds_refine_112(coder, text, code):
    codes = {e.code for e in _code(coder, text)}
    assert codes == {code}, codes


def test_spy_balloon_is_the_country_not_its_intelligence_service(coder):
    events = _code(coder, "A US fighter jet shot down a suspected Chinese spy balloon.")
    assert {e.target.code for e in events} == {"CHN"}, events


def test_parsed_files_are_cached_by_content(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("EVENTDB_CACHE_DIR", str(cache))
    folder = tmp_path / "mine"
    (folder / "verbs").mkdir(parents=True)
    verbs = folder / "verbs" / "mine.yaml"
    verbs.write_text('- {verb: frobnicate, code: "111"}\n')
    first = load_dictionaries([folder], use_env=False)
    assert len(list((cache / "yaml").glob("*.pickle"))) > 1
    again = load_dictionaries([folder], use_env=False)
    assert again.verbs["frobnicate"] == first.verbs["frobnicate"]
    assert again.version == first.version
    verbs.write_text('- {verb: frobnicate, code: "112"}\n')  # new content, new entry
    assert load_dictionaries([folder], use_env=False).verbs["frobnicate"][0].code == "112"
    verbs.write_text("- {verb: [unclosed\n")
    with pytest.raises(DictionaryError, match=r"mine\.yaml"):
        load_dictionaries([folder], use_env=False)


def test_an_empty_cache_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDB_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_dictionaries(use_env=False)
    assert not list(tmp_path.rglob("*.pickle"))
