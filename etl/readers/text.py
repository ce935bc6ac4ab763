"""Plain-text articles: the seed header (` date YYYY-MM-DD` before the body, on the same line
or the next) or a YAML-style front-matter block (`---` / `key: value` / `---`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from eventdb.etl.readers.base import ReadError, Record, build

_SEED_HEADER = re.compile(r"\A\s*date[ \t]+(\S+)[ \t]*(?:\n|(?=\S)|\Z)", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$")
_KEYS = {"title", "source", "url", "date", "id"}


def read_text(path: str, text: str, default_date: dt.date | None = None) -> Iterator[Record]:
    seed = _SEED_HEADER.match(text)
    if seed:
        yield build(path, 1, {"date": seed[1], "text": text[seed.end() :]})
        return
    front = _FRONT_MATTER.match(text)
    fields: dict[str, object] = {}
    body = text
    if front:
        for number, raw in enumerate(front[1].split("\n"), start=2):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            match = _FIELD.match(raw)
            if not match:
                yield ReadError(path, number, f"front matter line is not `key: value`: {raw!r}")
                return
            key = match[1].lower()
            if key not in _KEYS:
                yield ReadError(
                    path, number, f"unknown front-matter key {key!r} (known: {sorted(_KEYS)})"
                )
                return
            fields[key] = match[2].strip("\"'")
        body = text[front.end() :]
    if "date" not in fields:
        if default_date is None:
            yield ReadError(
                path,
                1,
                "no publication date: start the file with `date YYYY-MM-DD` or a "
                "front-matter `date:` line, or pass --date",
            )
            return
        fields["date"] = default_date.isoformat()
    fields["text"] = body
    yield build(path, 1, fields)
