"""Readers turn files into articles. Every format yields `ReadRecord`s and `ReadError`s, so a bad
record is reported with its file and line and never stops the batch."""

from __future__ import annotations

import datetime as dt
import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventdb.etl.readers.base import ReadError, ReadRecord, Record, decode
from eventdb.etl.readers.csvfile import read_csv
from eventdb.etl.readers.jsonl import read_json, read_jsonl
from eventdb.etl.readers.text import read_text

__all__ = ["ReadError", "ReadRecord", "Record", "expand_paths", "read_file", "read_paths"]

MAX_FILE_BYTES = 512 * 1024 * 1024
_SKIP_SUFFIXES = {".duckdb", ".wal", ".parquet", ".gz", ".zip", ".pyc"}


def expand_paths(paths: Iterable[str]) -> Iterator[str | ReadError]:
    """Files, directories (recursively, hidden entries skipped) and glob patterns, each once."""
    seen: set[str] = set()
    for raw in paths:
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield ReadError(raw, None, "no file matches this pattern")
            continue
        for match in matches:
            path = Path(match)
            if path.is_dir():
                children = sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                    and p.suffix.lower() not in _SKIP_SUFFIXES
                )
                candidates = [str(p) for p in children]
            elif path.is_file():
                candidates = [str(path)]
            else:
                yield ReadError(str(path), None, "no such file or directory")
                continue
            for candidate in candidates:
                key = os.path.realpath(candidate)
                if key not in seen:
                    seen.add(key)
                    yield candidate


def read_file(path: str, default_date: dt.date | None = None) -> Iterator[Record]:
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            yield ReadError(path, None, f"file is {size} bytes; the limit is {MAX_FILE_BYTES}")
            return
        data = Path(path).read_bytes()
    except OSError as exc:
        yield ReadError(path, None, f"cannot read: {exc.strerror or exc}")
        return
    text = decode(path, data)
    if isinstance(text, ReadError):
        yield text
        return
    suffix = Path(path).suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        yield from read_jsonl(path, text)
    elif suffix == ".json":
        yield from read_json(path, text)
    elif suffix == ".csv":
        yield from read_csv(path, text)
    elif suffix == ".tsv":
        yield from read_csv(path, text, delimiter="\t")
    elif not text.strip():
        yield ReadError(path, None, "empty file")
    else:
        yield from read_text(path, text, default_date)


def read_paths(paths: Iterable[str], default_date: dt.date | None = None) -> Iterator[Record]:
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_file(item, default_date)
