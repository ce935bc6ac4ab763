"""Query parameters in, validated values out, with every mistake reported at once.

The HTTP API, the Python API (`eventdb.connect`) and the HTTP client all pass their
arguments through this module as strings, so the same request means the same thing
everywhere and a bad value gets the same explanation everywhere. Nothing here touches SQL.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import msgspec

RawQuery = Mapping[str, Sequence[str]]
T = TypeVar("T")

MAX_VALUES = 100
MAX_TEXT = 200

DATASETS = ("eventdb", "gdelt", "icews", "phoenix", "synth")
MODALITIES = ("asserted", "future", "intent", "conditional", "possible")
TRUE_WORDS = {"true", "1", "yes", "on"}
FALSE_WORDS = {"false", "0", "no", "off"}

_ACTOR = re.compile(r"^[A-Z0-9]{1,40}$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_ARTICLE = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class ParamError(msgspec.Struct, frozen=True, omit_defaults=True):
    """One bad parameter: which, what was sent, what is wrong, what would be accepted."""

    parameter: str
    detail: str
    valid: str
    value: str | None = None


class InvalidParameters(ValueError):
    def __init__(self, errors: list[ParamError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.parameter}: {e.detail}" for e in errors))


@dataclass(frozen=True)
class Vocabulary:
    """Reference values that depend on the database (its role and CAMEO code tables)."""

    roles: frozenset[str]
    code_prefixes: frozenset[str]

    @classmethod
    def from_connection(cls, con) -> Vocabulary:
        roles = {r[0] for r in con.execute("SELECT code FROM actor_roles").fetchall()}
        codes = [r[0] for r in con.execute("SELECT code FROM cameo_codes").fetchall()]
        prefixes = {code[:n] for code in codes for n in range(1, len(code) + 1)}
        return cls(frozenset(roles), frozenset(prefixes))


@dataclass(frozen=True)
class Spec:
    """How one parameter is documented; the parsers below enforce what the text promises."""

    name: str
    description: str
    example: str
    many: bool = True


FILTER_SPECS: tuple[Spec, ...] = (
    Spec("start", "First event date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY.", "2022-03", False),
    Spec(
        "end", "Last event date, inclusive; YYYY-MM and YYYY mean the period's end.", "2022", False
    ),
    Spec("source", "Source actor code prefix (USA matches USAGOV, USAMIL, ...).", "IGOEEC"),
    Spec("target", "Target actor code prefix.", "RUS"),
    Spec("actor", "Actor code prefix on either side.", "UKR"),
    Spec("source_country", "Source actor's country, ISO 3166-1 alpha-3.", "USA"),
    Spec("target_country", "Target actor's country, ISO 3166-1 alpha-3.", "CHN"),
    Spec("role", "Actor role code on either side (GOV, MIL, REB, ...).", "MIL"),
    Spec("code", "CAMEO event code prefix (16 matches 160-166 and their leaves).", "163"),
    Spec("root", "CAMEO root code, 1-20.", "14"),
    Spec(
        "quad_class",
        "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
        "4 material conflict.",
        "4",
    ),
    Spec("goldstein_min", "Lowest Goldstein score, -10..10.", "-5", False),
    Spec("goldstein_max", "Highest Goldstein score, -10..10.", "0", False),
    Spec("article_id", "Article id (events coded from that article).", "3f2a9c0d1b7e4a55"),
    Spec("modality", "asserted, future, intent, conditional or possible.", "asserted"),
    Spec("dataset", "Where events came from: " + ", ".join(DATASETS) + ".", "eventdb"),
    Spec("geo_country", "Country of the event's location, as the dataset gives it.", "UKR"),
    Spec(
        "q",
        "Words in the sentence an event was coded from (case-insensitive; not split on commas).",
        "sanctions",
    ),
)
FILTER_NAMES = frozenset(s.name for s in FILTER_SPECS)


class EventFilter(msgspec.Struct, frozen=True, kw_only=True):
    """Which events a request is about; empty fields do not filter."""

    start: dt.date | None = None
    end: dt.date | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    source_country: tuple[str, ...] = ()
    target_country: tuple[str, ...] = ()
    role: tuple[str, ...] = ()
    code: tuple[str, ...] = ()
    root: tuple[str, ...] = ()
    quad_class: tuple[int, ...] = ()
    goldstein_min: float | None = None
    goldstein_max: float | None = None
    article_id: tuple[str, ...] = ()
    modality: tuple[str, ...] = ()
    dataset: tuple[str, ...] = ()
    geo_country: tuple[str, ...] = ()
    q: tuple[str, ...] = ()


@dataclass
class QueryReader:
    """Reads named values from a raw query, collecting every error instead of stopping."""

    raw: RawQuery
    allowed: frozenset[str]
    errors: list[ParamError] = field(default_factory=list)

    def fail(self, name: str, detail: str, valid: str, value: str | None = None) -> None:
        self.errors.append(ParamError(name, detail, valid, value))

    def values(self, name: str, split: bool = True) -> list[str]:
        found: list[str] = []
        for item in self.raw.get(name, ()):
            parts = item.split(",") if split else [item]
            found += [p.strip() for p in parts if p.strip()]
        if len(found) > MAX_VALUES:
            self.fail(name, f"{len(found)} values given", f"at most {MAX_VALUES}")
            return []
        return found

    def one(self, name: str) -> str | None:
        given = [v.strip() for v in self.raw.get(name, ()) if v.strip()]
        if len(given) > 1:
            self.fail(name, "given more than once", "a single value", ", ".join(given))
            return None
        return given[0] if given else None

    def each(
        self, name: str, convert: Callable[[str], T], valid: str, split: bool = True
    ) -> tuple[T, ...]:
        out: list[T] = []
        for text in self.values(name, split):
            try:
                value = convert(text)
            except ValueError as exc:
                self.fail(name, str(exc) or "not accepted", valid, text)
                continue
            if value not in out:
                out.append(value)
        return tuple(out)

    def single(self, name: str, convert: Callable[[str], T], valid: str) -> T | None:
        text = self.one(name)
        if text is None:
            return None
        try:
            return convert(text)
        except ValueError as exc:
            self.fail(name, str(exc) or "not accepted", valid, text)
            return None

    def choice(self, name: str, options: Sequence[str], default: str) -> str:
        return self.single(name, _member(options), " | ".join(options)) or default

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.single(name, parse_bool, "true or false")
        return default if value is None else value

    def integer(self, name: str, low: int, high: int, default: int | None) -> int | None:
        value = self.single(name, _bounded_int(low, high), f"an integer {low}..{high}")
        return default if value is None else value

    def finish(self) -> None:
        unknown = sorted(set(self.raw) - self.allowed)
        for name in unknown:
            self.fail(name, "unknown parameter", ", ".join(sorted(self.allowed)))
        if self.errors:
            raise InvalidParameters(self.errors)


def _member(options: Sequence[str]) -> Callable[[str], str]:
    def convert(text: str) -> str:
        value = text.lower()
        if value not in options:
            raise ValueError(f"{text!r} is not one of the options")
        return value

    return convert


def _bounded_int(low: int, high: int) -> Callable[[str], int]:
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise ValueError("not an integer") from None
        if not low <= value <= high:
            raise ValueError(f"{value} is out of range")
        return value

    return convert


def parse_bool(text: str) -> bool:
    word = text.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError("not a boolean")


def parse_date(text: str, *, end: bool = False) -> dt.date:
    """YYYY, YYYY-MM or YYYY-MM-DD; a partial date is its period's first (or last) day."""
    match = _DATE.match(text)
    if not match:
        raise ValueError("not a date")
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day:
            return dt.date(year, int(month), int(day))
        if month:
            m = int(month)
            return dt.date(year, m, calendar.monthrange(year, m)[1] if end else 1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        raise ValueError("no such date") from None


def _actor(text: str) -> str:
    value = text.upper()
    if not _ACTOR.match(value):
        raise ValueError("not an actor code")
    return value


def _country(text: str) -> str:
    value = text.upper()
    if not _COUNTRY.match(value):
        raise ValueError("not a three-letter country code")
    return value


def _root(text: str) -> str:
    if not text.isdigit() or not 1 <= int(text) <= 20:
        raise ValueError("not a CAMEO root")
    return f"{int(text):02d}"


def _quad(text: str) -> int:
    if text not in {"1", "2", "3", "4"}:
        raise ValueError("not a QuadClass")
    return int(text)


def _goldstein(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError("not a number") from None
    if math.isnan(value) or not -10 <= value <= 10:
        raise ValueError("outside the Goldstein scale")
    return value


def _article(text: str) -> str:
    if not _ARTICLE.match(text):
        raise ValueError("not an article id")
    return text


def _text(limit: int) -> Callable[[str], str]:
    def convert(text: str) -> str:
        if len(text) > limit:
            raise ValueError(f"longer than {limit} characters")
        return text

    return convert


def read_filter(reader: QueryReader, vocabulary: Vocabulary) -> EventFilter:
    def code(text: str) -> str:
        if not text.isdigit() or text not in vocabulary.code_prefixes:
            raise ValueError("no CAMEO code starts with this")
        return text

    def role(text: str) -> str:
        value = text.upper()
        if value not in vocabulary.roles:
            raise ValueError("not a role code")
        return value

    start = reader.single("start", parse_date, "YYYY-MM-DD, YYYY-MM or YYYY")
    end = reader.single("end", lambda t: parse_date(t, end=True), "YYYY-MM-DD, YYYY-MM or YYYY")
    if start and end and start > end:
        reader.fail("end", f"{end} is before start {start}", "a date on or after start")
    low = reader.single("goldstein_min", _goldstein, "a number from -10 to 10")
    high = reader.single("goldstein_max", _goldstein, "a number from -10 to 10")
    if low is not None and high is not None and low > high:
        reader.fail("goldstein_max", f"{high} is below goldstein_min {low}", "at least the minimum")
    country = "three-letter ISO 3166-1 alpha-3 codes, e.g. USA, RUS"
    return EventFilter(
        start=start,
        end=end,
        source=reader.each("source", _actor, "actor code prefixes: letters/digits, e.g. USAGOV"),
        target=reader.each("target", _actor, "actor code prefixes: letters/digits, e.g. RUS"),
        actor=reader.each("actor", _actor, "actor code prefixes: letters/digits, e.g. IGOUNO"),
        source_country=reader.each("source_country", _country, country),
        target_country=reader.each("target_country", _country, country),
        role=reader.each("role", role, ", ".join(sorted(vocabulary.roles))),
        code=reader.each("code", code, "CAMEO code prefixes such as 04, 042, 1831 (GET /v1/codes)"),
        root=reader.each("root", _root, "1..20 (or 01..20)"),
        quad_class=reader.each("quad_class", _quad, "1, 2, 3 or 4"),
        goldstein_min=low,
        goldstein_max=high,
        article_id=reader.each("article_id", _article, "article ids as GET /v1/articles gives"),
        modality=reader.each("modality", _member(MODALITIES), ", ".join(MODALITIES)),
        dataset=reader.each("dataset", _member(DATASETS), ", ".join(DATASETS)),
        geo_country=reader.each("geo_country", _text(64), "up to 64 characters"),
        q=reader.each("q", _text(MAX_TEXT), f"text of 1..{MAX_TEXT} characters", split=False),
    )


def to_raw(values: Mapping[str, object]) -> dict[str, list[str]]:
    """Python arguments as query strings, so local calls are checked like HTTP requests."""
    raw: dict[str, list[str]] = {}
    for name, value in values.items():
        if value is None:
            continue
        items: Iterable[object] = (
            value if isinstance(value, list | tuple | set | frozenset) else [value]
        )
        raw[name] = [_as_text(v) for v in items]
    return raw


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
