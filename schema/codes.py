"""The CAMEO code tree in memory: name, Goldstein and QuadClass for any code, for the coder
and the importers, without a database round trip per event."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from eventdb.schema.db import read_reference_tsv


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    level: int
    root_code: str
    base_code: str
    parent_code: str | None
    goldstein: float
    quad_class: int


class UnknownCodeError(KeyError):
    pass


class CodeBook:
    def __init__(self, codes: dict[str, Code]) -> None:
        self._codes = codes

    @classmethod
    def from_rows(cls, rows: list[dict[str, str]]) -> CodeBook:
        return cls(
            {
                r["code"]: Code(
                    code=r["code"],
                    name=r["name"],
                    level=int(r["level"]),
                    root_code=r["root_code"],
                    base_code=r["base_code"],
                    parent_code=r["parent_code"] or None,
                    goldstein=float(r["goldstein"]),
                    quad_class=int(r["quad_class"]),
                )
                for r in rows
            }
        )

    @classmethod
    def shipped(cls) -> CodeBook:
        return cls.from_rows(read_reference_tsv("cameo_codes.tsv"))

    @classmethod
    def from_connection(cls, con: duckdb.DuckDBPyConnection) -> CodeBook:
        cur = con.execute(
            "SELECT code, name, level, root_code, base_code, coalesce(parent_code, ''),"
            " goldstein, quad_class FROM cameo_codes"
        )
        names = [
            "code",
            "name",
            "level",
            "root_code",
            "base_code",
            "parent_code",
            "goldstein",
            "quad_class",
        ]
        return cls.from_rows(
            [dict(zip(names, map(str, row), strict=True)) for row in cur.fetchall()]
        )

    def get(self, code: str) -> Code:
        try:
            return self._codes[code]
        except KeyError:
            raise UnknownCodeError(f"{code!r} is not a CAMEO 1.1b3 event code") from None

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __iter__(self):
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)
