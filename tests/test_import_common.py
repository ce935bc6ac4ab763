"""What every importer shares: line numbers that stay right whatever the file's line endings,
blank lines or bad bytes, exact row accounting, and how paths are found. GDELT files serve
as the example format."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from eventdb.etl.importers import gdelt
from eventdb.etl.importers.sources import LineCounter

FIXTURES = Path(__file__).parent / "fixtures" / "import" / "gdelt"
V2 = FIXTURES / "20150218230000.export.CSV"
MALFORMED = FIXTURES / "malformed.export.CSV"


def lines_of(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines()


def write(path: Path, lines: list[bytes], ending: bytes = b"\n") -> Path:
    path.write_bytes(b"".join(line + ending for line in lines))
    return path


def reasons(report) -> dict[int | None, str]:
    return {e.line: e.reason for e in report.errors}


def test_crlf_endings_read_like_lf(con, tmp_path):
    crlf = write(tmp_path / "crlf.export.CSV", lines_of(MALFORMED), b"\r\n")
    report = gdelt.import_files(con, [str(crlf)])
    plain = gdelt.import_files(con, [str(MALFORMED)])  # already stored: only counts differ
    assert reasons(report) == reasons(plain)
    assert (report.rows_read, report.rows_stored, report.rows_rejected) == (8, 2, 6)


def test_blank_lines_are_not_rows_and_do_not_shift_line_numbers(con, tmp_path):
    good, bad_code = lines_of(MALFORMED)[0], lines_of(MALFORMED)[4]
    spaced = write(tmp_path / "spaced.export.CSV", [b"", good, b"", b"", bad_code, b""])
    report = gdelt.import_files(con, [str(spaced)])
    assert reasons(report) == {5: "EventCode '999' is not a CAMEO event code"}
    assert (report.rows_read, report.rows_stored, report.rows_rejected) == (2, 1, 1)


def test_stray_carriage_return_and_invalid_utf8_are_lines_not_files(con, tmp_path):
    rows = lines_of(V2)
    broken = [
        rows[0],
        rows[1].replace(b"INDIA", b"IN\rDIA"),
        rows[2].replace(b"SYRIA", b"SYR\xffIA"),
    ]
    path = write(tmp_path / "broken.export.CSV", [*broken, rows[3], lines_of(MALFORMED)[4]])
    report = gdelt.import_files(con, [str(path)])
    offset = broken[2].index(b"\xff")
    assert reasons(report) == {
        2: "carriage return inside a field",
        3: f"not valid UTF-8 (byte 0xff at offset {offset})",
        5: "EventCode '999' is not a CAMEO event code",
    }
    assert (report.rows_read, report.rows_stored, report.rows_rejected) == (5, 2, 3)


def test_non_ascii_text_is_kept(con, tmp_path):
    row = lines_of(V2)[0].replace(b"UNITED STATES", "ÉTATS-UNIS".encode())
    report = gdelt.import_files(con, [str(write(tmp_path / "utf8.export.CSV", [row]))])
    assert (report.rows_stored, report.errors) == (1, [])
    assert con.execute("SELECT source_name FROM events").fetchall() == [("ÉTATS-UNIS",)]


def test_file_without_final_newline(con, tmp_path):
    path = tmp_path / "noeol.export.CSV"
    path.write_bytes(b"\n".join(lines_of(V2)))
    report = gdelt.import_files(con, [str(path)])
    assert (report.rows_read, report.rows_stored) == (4, 4)


def test_empty_file_imports_nothing_without_error(con, tmp_path):
    empty = tmp_path / "empty.export.CSV"
    empty.write_bytes(b"")
    report = gdelt.import_files(con, [str(empty)])
    assert (report.rows_read, report.rows_stored, report.errors) == (0, 0, [])


def test_missing_paths_are_reported(con, tmp_path):
    report = gdelt.import_files(con, [str(tmp_path / "nope.CSV"), str(tmp_path / "*.zip")])
    assert [str(e) for e in report.errors] == [
        f"{tmp_path / 'nope.CSV'}: no such file",
        f"{tmp_path / '*.zip'}: no file matches this pattern",
    ]


def test_directories_and_globs_expand_to_their_files(con, tmp_path):
    folder = tmp_path / "feed"
    folder.mkdir()
    write(folder / "a.export.CSV", lines_of(V2)[:2])
    write(folder / "b.export.CSV", lines_of(V2)[2:])
    (folder / ".hidden.CSV").write_bytes(b"junk\n")
    by_folder = gdelt.import_files(con, [str(folder)])
    by_glob = gdelt.import_files(con, [str(folder / "*.CSV")])
    assert (by_folder.files, by_folder.rows_stored) == (2, 4)
    assert (by_glob.files, by_glob.files_skipped) == (2, 2)


def test_every_member_of_an_archive_is_one_transaction(con, tmp_path):
    archive = tmp_path / "two.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("first.CSV", b"\n".join(lines_of(V2)[:2]) + b"\n")
        zipped.writestr("second.CSV", b"\n".join(lines_of(V2)[1:]) + b"\n")
    report = gdelt.import_files(con, [str(archive)])
    assert (report.rows_read, report.rows_stored, report.rows_duplicate) == (5, 4, 1)
    assert con.execute("SELECT rows_read, rows_stored FROM imports").fetchall() == [(5, 4)]


def test_an_archive_with_a_foreign_member_is_refused_whole(con, tmp_path):
    archive = tmp_path / "mixed.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(V2, "events.CSV")
        zipped.writestr("README.txt", "GDELT export\nsee the codebook\n")
    report = gdelt.import_files(con, [str(archive)])
    assert len(report.errors) == 1 and report.errors[0].path == f"{archive}:README.txt"
    assert con.execute("SELECT count(*) FROM events").fetchall() == [(0,)]


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_a_corrupt_archive_is_reported_not_imported(con, tmp_path, method):
    archive = tmp_path / "corrupt.zip"
    with zipfile.ZipFile(archive, "w", method) as zipped:
        zipped.write(V2, "events.CSV")
    data = bytearray(archive.read_bytes())
    data[60] ^= 0xFF  # inside the member's data: the checksum (or inflating) fails
    archive.write_bytes(bytes(data))
    report = gdelt.import_files(con, [str(archive)])
    assert report.rows_stored == 0
    assert len(report.errors) == 1 and report.errors[0].path == str(archive)
    assert report.errors[0].reason.startswith("cannot read: ")


@pytest.mark.parametrize(
    ("chunks", "text_id", "lines", "suspect"),
    [
        ([b"a\tb\nc\td\n"], False, 2, False),
        ([b"a\tb\nc", b"\td"], False, 2, False),  # no final newline, a line across chunks
        ([b"a\tb\n", b"\nc\n"], False, 3, True),  # blank line at a chunk boundary
        ([b"\na\n"], False, 2, True),  # blank first line
        ([b"a\tb\r\n"], False, 1, True),
        ([b"\tb\n"], False, 1, False),  # an empty numeric id is DuckDB's to report
        ([b"\tb\n"], True, 1, True),  # an empty text id is not
        ([b"a\n", b"\tb"], True, 2, True),  # ... in the last, unterminated line too
        (["é".encode()[:1], "é".encode()[1:] + b"\n"], False, 1, False),  # UTF-8 across chunks
        ([b"a\xff\n"], False, 1, True),
        ([b"a\xc3"], False, 1, True),  # truncated at the end of the file
    ],
)
def test_line_counter(chunks, text_id, lines, suspect):
    counter = LineCounter(text_id)
    for chunk in chunks:
        counter.feed(chunk)
    counter.finish()
    assert counter.suspect is suspect
    if not suspect:
        assert counter.lines == lines
