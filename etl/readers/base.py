"""What every reader yields: an article to store, or an error that names file, line and reason."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from eventdb.schema.models import ArticleIn


@dataclass(frozen=True, slots=True)
class ReadRecord:
    article: ArticleIn
    origin: str  # "path" or "path:line"


@dataclass(frozen=True, slots=True)
class ReadError:
    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


Record = ReadRecord | ReadError


def describe_validation(exc: ValidationError) -> str:
    """One line per bad field: `date: Input should be a valid date ...`."""
    parts = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or "record"
        parts.append(f"{field}: {err['msg']}")
    return "; ".join(parts)


def build(path: str, line: int | None, fields: dict[str, object]) -> Record:
    origin = f"{path}:{line}" if line else path
    try:
        return ReadRecord(ArticleIn.model_validate(fields), origin)
    except ValidationError as exc:
        return ReadError(path, line, describe_validation(exc))


def decode(path: str, data: bytes) -> str | ReadError:
    """UTF-8 (with or without BOM); anything else is reported with the line it breaks on."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return ReadError(
            path, line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        )
