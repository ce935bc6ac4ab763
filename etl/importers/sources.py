"""Getting a dataset file ready for DuckDB's CSV reader, reading its bytes as few times as
possible.

A plain file is read twice at once, in two threads: once for the SHA-256 that identifies it
in the `imports` ledger, once to count its lines (the rows DuckDB will see, which makes the
row accounting exact without a second scan) and to look for the few lines DuckDB's reader
cannot report. A zip archive is hashed as given and its members are extracted to a
temporary folder, counted and checked on the way out.

The lines DuckDB cannot report by number are: a carriage return inside a field (its strict
parser gives up on the whole file), invalid UTF-8 in a field it converts to an ENUM (the
query fails instead of rejecting the line) and, where the event id is text (Phoenix), an
empty first field, which no type check catches. Blank lines are harmless to DuckDB
itself, but they shift the line numbers it gives for failed ENUM conversions (DuckDB 2.0).
A file with any of these gets one more pass that writes a copy with one line per original
line: good lines as they are (CRLF endings made LF), and a one-character marker line in
place of each blank or bad line, which DuckDB rejects and the importer ignores. Every line
number DuckDB reports for the copy is then the original's.
"""

from __future__ import annotations

import codecs
import glob
import hashlib
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from eventdb.etl.readers.base import ReadError

CHUNK_BYTES = 1 << 20
SAMPLE_BYTES = 1 << 16
MARKER = b"-"


@dataclass(frozen=True, slots=True)
class Source:
    """One tab-separated text file as DuckDB will read it: the file given, a member extracted
    from a zip archive, or a cleaned copy of either."""

    name: str  # what errors call it: the path, or "archive.zip:member"
    path: str  # what DuckDB reads
    lines: int  # non-blank lines, header included
    errors: tuple[ReadError, ...] = ()  # bad lines found before DuckDB reads the file
    markers: frozenset[int] = frozenset()  # lines replaced by a marker: ignore their rejects

    def sample(self, count: int = 20) -> list[str]:
        """The first non-blank lines, for recognising the format and its variant."""
        with open(self.path, "rb") as handle:
            head = handle.read(SAMPLE_BYTES)
        text = head.decode("utf-8", errors="replace").removeprefix("\ufeff")
        lines = [line.rstrip("\r") for line in text.split("\n")]
        if len(head) == SAMPLE_BYTES:
            lines = lines[:-1]  # probably cut short
        return [line for line in lines if line.strip() and line != MARKER.decode()][:count]


class LineCounter:
    """Counts the lines DuckDB reads as rows and notices lines it cannot report.

    `text_id`: the first field is a text id, which DuckDB accepts empty, so an empty one
    must be caught here (a numeric id that is empty fails its own conversion).
    """

    def __init__(self, text_id: bool = False) -> None:
        self.text_id = text_id
        self.newlines = 0
        self.suspect = False  # some line needs checking before DuckDB reads the file
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._tail = b""  # the line the last chunk ended in

    def feed(self, chunk: bytes) -> None:
        if self.suspect or not chunk:
            return  # the line-by-line pass will count
        # splitting finds blank lines and counts lines faster than searching for "\n\n"
        lines = (self._tail + chunk).split(b"\n")
        self._tail = lines.pop()
        self.newlines += len(lines)
        self.suspect = (
            b"" in lines
            or b"\r" in chunk
            or not self._valid(chunk)
            or (self.text_id and any(line.startswith(b"\t") for line in lines))
        )

    def finish(self) -> None:
        if self.suspect:
            return
        self.suspect = not self._valid(b"", final=True) or (
            self.text_id and self._tail.startswith(b"\t")
        )

    def _valid(self, chunk: bytes, final: bool = False) -> bool:
        if chunk.isascii() and not final and not self._decoder.getstate()[0]:
            return True
        try:
            self._decoder.decode(chunk, final)
        except UnicodeDecodeError:
            return False
        return True

    @property
    def lines(self) -> int:
        """Exact only for a file that is not `suspect` (which has no blank line)."""
        return self.newlines + (1 if self._tail else 0)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    digest: str  # SHA-256 of the file's bytes
    archived: bool
    counter: LineCounter | None  # the lines of a plain file


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _count(path: Path, text_id: bool) -> LineCounter:
    counter = LineCounter(text_id)
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            counter.feed(chunk)
    counter.finish()
    return counter


def fingerprint(path: Path, text_id: bool = False) -> Fingerprint:
    """Digest and, for a plain file, line count; hashing runs in a second thread (hashlib
    releases the GIL), so the two passes over the bytes cost about one."""
    if zipfile.is_zipfile(path):
        return Fingerprint(_sha256(path), True, None)
    with ThreadPoolExecutor(max_workers=1) as pool:
        digest = pool.submit(_sha256, path)
        counter = _count(path, text_id)
        return Fingerprint(digest.result(), False, counter)


def sources(path: Path, found: Fingerprint, tmp: Path, text_id: bool = False) -> list[Source]:
    """What DuckDB should read for this file; `tmp` holds any copies until the import ends."""
    if found.archived:
        return _zip_sources(path, tmp, text_id)
    assert found.counter is not None
    if found.counter.suspect:
        return [_cleaned(str(path), path, tmp / "clean.tsv", text_id)]
    return [Source(str(path), str(path), found.counter.lines)]


def _zip_sources(path: Path, tmp: Path, text_id: bool) -> list[Source]:
    """Every file in the archive (GDELT and Phoenix ship one per zip)."""
    found = []
    with zipfile.ZipFile(path) as archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if not members:
            raise zipfile.BadZipFile("the archive holds no file")
        for index, member in enumerate(members):
            name = f"{path}:{member.filename}"
            target = tmp / f"member{index}.tsv"
            counter = LineCounter(text_id)
            with archive.open(member) as src, target.open("wb") as out:
                while chunk := src.read(CHUNK_BYTES):
                    counter.feed(chunk)
                    out.write(chunk)
            counter.finish()
            if counter.suspect:
                clean = tmp / f"member{index}.clean.tsv"
                found.append(_cleaned(name, target, clean, text_id))
            else:
                found.append(Source(name, str(target), counter.lines))
    return found


def _problem(line: bytes, text_id: bool) -> str | None:
    if b"\r" in line:
        return "carriage return inside a field"
    if text_id and line.startswith(b"\t"):
        return "the first field (the event id) is missing"
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at offset {exc.start})"
    return None


def _cleaned(name: str, path: Path, target: Path, text_id: bool) -> Source:
    errors: list[ReadError] = []
    markers: set[int] = set()
    lines = 0
    with path.open("rb") as src, target.open("wb") as out:
        for number, raw in enumerate(src, start=1):
            line = raw.rstrip(b"\n").removesuffix(b"\r")
            problem = _problem(line, text_id) if line else None
            if line:
                lines += 1
            if problem:
                errors.append(ReadError(name, number, problem))
            if problem or not line:
                markers.add(number)
                line = MARKER
            out.write(line + b"\n")
    return Source(name, str(target), lines, tuple(errors), frozenset(markers))


def expand(paths: list[str]) -> Iterator[Path | ReadError]:
    """Files as given, glob patterns and directories (their files, hidden ones skipped)."""
    for raw in paths:
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield ReadError(raw, None, "no file matches this pattern")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                yield from sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            elif path.is_file():
                yield path
            else:
                yield ReadError(raw, None, "no such file")
