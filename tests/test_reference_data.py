"""The CAMEO reference tables: complete, consistent, loaded."""

from __future__ import annotations

import re

from eventdb.schema.codes import CodeBook
from eventdb.schema.db import read_reference_tsv


def test_code_tree_is_complete_and_consistent():
    rows = read_reference_tsv("cameo_codes.tsv")
    codes = {r["code"]: r for r in rows}
    assert len(codes) == len(rows), "duplicate codes"
    assert 290 <= len(codes) <= 320
    roots = {c for c in codes if len(c) == 2}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for code, row in codes.items():
        assert re.fullmatch(r"\d{2,4}", code), code
        assert row["root_code"] == code[:2]
        assert -10.0 <= float(row["goldstein"]) <= 10.0, code
        root = int(code[:2])
        expected_quad = 1 if root <= 4 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert int(row["quad_class"]) == expected_quad, code
        if len(code) == 4:
            assert code[:3] in codes, f"{code} has no 3-digit parent"
            assert row["parent_code"] == code[:3]
        if len(code) == 3:
            assert code[:2] in codes, f"{code} has no root"
            assert row["parent_code"] == code[:2]
        assert row["name"].strip()
    # every root has its generic x0 code
    for root in roots:
        assert root + "0" in codes


def test_reference_tables_loaded(con):
    assert con.execute("SELECT count(*) FROM cameo_codes").fetchall()[0][0] == 312
    assert con.execute(
        "SELECT name, goldstein, quad_class FROM cameo_codes WHERE code = '163'"
    ).fetchall() == [("Impose embargo, boycott, or sanctions", -8.0, 4)]
    roles = {r[0] for r in con.execute("SELECT code FROM actor_roles").fetchall()}
    assert {
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "SPY",
        "OPP",
        "PTY",
        "REB",
        "INS",
        "BUS",
        "MED",
        "CVL",
        "EDU",
        "HLH",
        "REF",
        "LAB",
        "AGR",
        "ELI",
        "CRM",
        "IGO",
        "NGO",
        "MNC",
        "IMG",
        "UAF",
    } <= roles
    countries = dict(con.execute("SELECT code, kind FROM countries").fetchall())
    assert countries["RUS"] == "country" and countries["USA"] == "country"
    for region in ("WST", "EUR", "AFR", "ASA", "MEA", "SAM"):
        assert countries[region] == "region"
    assert con.execute("SELECT count(*) FROM quad_classes").fetchall()[0][0] == 4


def test_codebook_lookup():
    book = CodeBook.shipped()
    code = book.get("0254")
    assert (code.base_code, code.root_code, code.quad_class) == ("025", "02", 1)
    assert "010" in book and "10" in book and book.get("10").level == 2
