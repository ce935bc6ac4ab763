"""What an import did, in numbers the command line prints and tests check.

Every row read is accounted for exactly once: stored, rejected (malformed, reported with file
and line) or a duplicate (its event was already stored, by an earlier import or earlier in the
same file). A file imported before is counted as skipped and its rows are not read again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventdb.etl.readers.base import ReadError


@dataclass(slots=True)
class ImportReport:
    dataset: str
    files: int = 0
    files_skipped: int = 0
    rows_read: int = 0
    rows_stored: int = 0
    rows_rejected: int = 0
    rows_duplicate: int = 0
    errors: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def rows_per_second(self) -> float:
        return self.rows_read / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        skipped = f" ({self.files_skipped} already imported)" if self.files_skipped else ""
        return (
            f"{self.dataset}: {self.files} file{'' if self.files == 1 else 's'}{skipped}, "
            f"{self.rows_read:,} rows read: {self.rows_stored:,} stored, "
            f"{self.rows_rejected:,} rejected, {self.rows_duplicate:,} already present; "
            f"{self.seconds:.1f} s ({self.rows_per_second:,.0f} rows/s)"
        )
