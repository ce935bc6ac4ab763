"""CSV with a header row naming some of: id, date, title, source, url, text."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from eventdb.etl.readers.base import ReadError, Record, build
from eventdb.etl.readers.jsonl import FIELDS

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read_csv(path: str, text: str, delimiter: str = ",") -> Iterator[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        yield ReadError(path, 1, "empty file: expected a header row")
        return
    except csv.Error as exc:
        yield ReadError(path, 1, f"malformed CSV header: {exc}")
        return
    unknown = sorted(set(header) - set(FIELDS))
    missing = sorted({"date", "text"} - set(header))
    if unknown or missing:
        yield ReadError(
            path, 1, f"header must name {list(FIELDS)}; unknown {unknown}, missing {missing}"
        )
        return
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ReadError(path, line, f"malformed CSV: {exc}")
            return
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield ReadError(path, line, f"expected {len(header)} columns, found {len(row)}")
            continue
        yield build(path, line, dict(zip(header, row, strict=True)))
