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
    """ "told reporters that X shelled Y" reports X's act; it is no demand of the teller."""
    assert not any(p.compose for p in dicts.verbs["tell"])
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
