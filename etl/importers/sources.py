"""Getting a dataset file ready for DuckDB's CSV reader, reading its bytes as few times as
possible.

A plain file is read once: the SHA-256 that identifies it in the `imports` ledger, the count
of its non-blank lines (the rows DuckDB will see, which makes the row accounting exact
without a second scan) and a check for the few lines DuckDB's reader cannot report come
from the same pass. A zip archive is hashed as given and its members are extracted to a
temporary folder, counted and checked on the way out.

The lines DuckDB cannot report by number are: a carriage return inside a field (its strict
parser gives up on the whole file), invalid UTF-8 in a field it converts to an ENUM (the
query fails instead of rejecting the line) and an empty first field, which is every
format's event id and may be text, so no type check catches it. Blank lines are harmless
to DuckDB itself, but they shift the line numbers it gives for failed ENUM conversions
(DuckDB 2.0). A file with any of these gets one more pass that writes a copy with one line
per original line: good lines as they are (CRLF endings made LF), and a one-character
marker line in place of each blank or bad line, which DuckDB rejects and the importer
ignores. Every line number DuckDB reports for the copy is then the original's.
"""

from __future__ import annotations

import codecs
import glob
import hashlib
import zipfile
from collections.abc import Iterator
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
    """Counts the lines DuckDB reads as rows and notices lines it cannot report."""

    def __init__(self) -> None:
        self.size = 0
        self.newlines = 0
        self.suspect = False  # some line needs checking before DuckDB reads the file
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._last = b"\n"  # a newline at the very start is a blank line

    def feed(self, chunk: bytes) -> None:
        if not chunk:
            return
        self.size += len(chunk)
        self.newlines += chunk.count(b"\n")
        if not self.suspect:
            joined = self._last + chunk
            self.suspect = (
                b"\r" in chunk or b"\n\n" in joined or b"\n\t" in joined or not self._valid(chunk)
            )
        self._last = chunk[-1:]

    def finish(self) -> None:
        if not self.suspect and not self._valid(b"", final=True):
            self.suspect = True

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
        unterminated = 1 if self.size and self._last != b"\n" else 0
        return self.newlines + unterminated


@dataclass(frozen=True, slots=True)
class Fingerprint:
    digest: str  # SHA-256 of the file's bytes
    archived: bool
    counter: LineCounter | None  # lines of a plain file, counted while hashing


def fingerprint(path: Path) -> Fingerprint:
    archived = zipfile.is_zipfile(path)
    counter = None if archived else LineCounter()
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
            if counter is not None:
                counter.feed(chunk)
    if counter is not None:
        counter.finish()
    return Fingerprint(digest.hexdigest(), archived, counter)


def sources(path: Path, found: Fingerprint, tmp: Path) -> list[Source]:
    """What DuckDB should read for this file; `tmp` holds any copies until the import ends."""
    if found.archived:
        return _zip_sources(path, tmp)
    assert found.counter is not None
    if found.counter.suspect:
        return [_cleaned(str(path), path, tmp / "clean.tsv")]
    return [Source(str(path), str(path), found.counter.lines)]


def _zip_sources(path: Path, tmp: Path) -> list[Source]:
    """Every file in the archive (GDELT and Phoenix ship one per zip)."""
    found = []
    with zipfile.ZipFile(path) as archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if not members:
            raise zipfile.BadZipFile("the archive holds no file")
        for index, member in enumerate(members):
            name = f"{path}:{member.filename}"
            target = tmp / f"member{index}.tsv"
            counter = LineCounter()
            with archive.open(member) as src, target.open("wb") as out:
                while chunk := src.read(CHUNK_BYTES):
                    counter.feed(chunk)
                    out.write(chunk)
            counter.finish()
            if counter.suspect:
                found.append(_cleaned(name, target, tmp / f"member{index}.clean.tsv"))
            else:
                found.append(Source(name, str(target), counter.lines))
    return found


def _problem(line: bytes) -> str | None:
    if b"\r" in line:
        return "carriage return inside a field"
    if line.startswith(b"\t"):
        return "the first field (the event id) is missing"
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at offset {exc.start})"
    return None


def _cleaned(name: str, path: Path, target: Path) -> Source:
    errors: list[ReadError] = []
    markers: set[int] = set()
    lines = 0
    with path.open("rb") as src, target.open("wb") as out:
        for number, raw in enumerate(src, start=1):
            line = raw.rstrip(b"\n").removesuffix(b"\r")
            problem = _problem(line) if line else None
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
