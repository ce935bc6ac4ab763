"""How a dataset file is laid out, and the `read_csv` call that reads it.

Every importer describes its files as a `Layout`: tab-separated, no quoting (GDELT, ICEWS
and Phoenix never quote, and their text holds stray `"`), a header or not, and each column
with the DuckDB type its text must convert to. Reading with those types is the validation:
DuckDB's CSV reader sends every line that does not convert to its rejects table, with the
line number, instead of stopping or coercing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

REJECTS_TABLE = "_import_rejects"
REJECTS_SCAN = "_import_scans"
_INTEGER_TYPES = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT"}
_FORMAT_HINTS = {"%Y": "YYYY", "%m": "MM", "%d": "DD", "%H": "hh", "%M": "mm", "%S": "ss"}


def quote(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def ident(name: str) -> str:
    """A SQL identifier; dataset column names have spaces ("Event Date")."""
    return '"' + name.replace('"', '""') + '"'


def enum_type(values: list[str]) -> str:
    return "ENUM(" + ", ".join(quote(v) for v in values) + ")"


@dataclass(frozen=True, slots=True)
class Field:
    """One column of a dataset file, with the DuckDB type its text must convert to."""

    name: str
    type: str = "VARCHAR"
    required: bool = False
    expect: str | None = None  # how an error names a valid value, for ENUM types


@dataclass(frozen=True, slots=True)
class Layout:
    """How a dataset's files are laid out: tab-separated, no quoting, these columns."""

    fields: tuple[Field, ...]
    header: bool = False
    dateformat: str | None = None
    timestampformat: str | None = None
    nullstr: tuple[str, ...] = ("",)

    def scan(self, path: str, select: str) -> str:
        """A subquery reading, converting and validating one file for `select`.

        DuckDB (2.0) applies `force_not_null` by position among the columns a query uses,
        not among the file's columns: once a column the query leaves unused is pruned from
        the scan, the option lands on the wrong columns, rejecting empty optional fields and
        letting empty required ones through. An always-true filter on the columns `select`
        does not mention keeps every column in the scan and the two lists the same (and
        those columns validated too).
        """
        columns = ", ".join(f"{quote(f.name)}: {quote(f.type)}" for f in self.fields)
        options = [
            f"columns = {{{columns}}}",
            "delim = '\t'",
            "quote = ''",
            "escape = ''",
            r"new_line = '\n'",
            f"header = {'true' if self.header else 'false'}",
            "auto_detect = false",
            "strict_mode = true",
            "nullstr = [" + ", ".join(quote(s) for s in self.nullstr) + "]",
            "store_rejects = true",
            f"rejects_table = {quote(REJECTS_TABLE)}",
            f"rejects_scan = {quote(REJECTS_SCAN)}",
        ]
        if self.dateformat:
            options.append(f"dateformat = {quote(self.dateformat)}")
        if self.timestampformat:
            options.append(f"timestampformat = {quote(self.timestampformat)}")
        required = [quote(f.name) for f in self.fields if f.required]
        if required:
            options.append("force_not_null = [" + ", ".join(required) + "]")
        reader = f"read_csv({quote(path)}, {', '.join(options)})"
        unused = [f.name for f in self.fields if not _mentions(select, f.name)]
        if not unused:
            return f"(SELECT * FROM {reader})"
        pin = " AND ".join(f"({ident(n)} IS NULL OR {ident(n)} IS NOT NULL)" for n in unused)
        return f"(SELECT * FROM {reader} WHERE {pin})"

    def expectation(self, column: Field) -> str:
        if column.expect:
            return column.expect
        base = column.type.split("(")[0].upper()
        if base in _INTEGER_TYPES:
            return "an integer"
        if base == "DOUBLE":
            return "a number"
        if base == "DATE":
            return f"a date ({_hint(self.dateformat)})"
        if base == "TIMESTAMP":
            return f"a timestamp ({_hint(self.timestampformat)})"
        return f"a {column.type} value"


def _mentions(sql: str, name: str) -> bool:
    """Whether `sql` refers to the column, quoted or as a bare word."""
    if ident(name) in sql:
        return True
    return re.search(rf"(?<![\w\"]){re.escape(name)}(?![\w\"])", sql) is not None


def _hint(fmt: str | None) -> str:
    text = fmt or ""
    for spec, hint in _FORMAT_HINTS.items():
        text = text.replace(spec, hint)
    return text
