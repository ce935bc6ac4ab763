"""Event dates from what the sentence says ("on Friday", "last month", "in January", "next
week"), resolved against the publication date; the publication date otherwise.

Plain regular expressions over the sentence: cheaper than running a NER model for it, and
the handful of forms that news copy uses are easy to list and to test.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": 3,
    "a few": 3,
    "few": 3,
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_RE = "|".join(_WEEKDAYS)
_NUM_RE = r"\d+|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    (
        "day_month_year",
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})\.?,? (\d{{4}})\b", re.I),
    ),
    (
        "month_day_year",
        re.compile(rf"\b({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b", re.I),
    ),
    ("day_month", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH_RE})\b\.?", re.I)),
    (
        "month_day",
        re.compile(rf"\b({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? \d{{4}})", re.I),
    ),
    ("month_year", re.compile(rf"\b({_MONTH_RE}),? (\d{{4}})\b", re.I)),
    (
        "relative_day",
        re.compile(
            r"\b(yesterday|today|tonight|tomorrow|last night"
            r"|this morning|this afternoon|this evening)\b",
            re.I,
        ),
    ),
    ("ago", re.compile(rf"\b({_NUM_RE}) (day|week|month|year)s? ago\b", re.I)),
    ("weekday", re.compile(rf"\b(last |next |this |on |late |early )?({_DAY_RE})\b", re.I)),
    (
        "relative_unit",
        re.compile(
            r"\b(last|next|this|past|coming|earlier this|later this) (week|month|year|quarter)\b",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(in|since|by|last|next|this|early|late|mid-|until|during)[ -]?({_MONTH_RE})\b",
            re.I,
        ),
    ),
    ("year", re.compile(r"\b(?:in|since|during|by|from|between) (19\d{2}|20\d{2})\b", re.I)),
]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    precision: str  # day | week | month | quarter | year


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_near(pub: dt.date, month: int, future: bool) -> dt.date:
    year = pub.year
    if future:
        if month < pub.month:
            year += 1
    elif month > pub.month:
        year -= 1
    return dt.date(year, month, 1)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match[str], pub: dt.date, future: bool) -> tuple[dt.date, str] | None:
    g = [x.lower() if isinstance(x, str) else x for x in m.groups()]
    if kind == "iso":
        d = _safe_date(int(g[0]), int(g[1]), int(g[2]))
        return (d, "day") if d else None
    if kind == "day_month_year":
        d = _safe_date(int(g[2]), _MONTHS[g[1]], int(g[0]))
        return (d, "day") if d else None
    if kind == "month_day_year":
        d = _safe_date(int(g[2]), _MONTHS[g[0]], int(g[1]))
        return (d, "day") if d else None
    if kind in ("day_month", "month_day"):
        day, month = (
            (int(g[0]), _MONTHS[g[1]]) if kind == "day_month" else (int(g[1]), _MONTHS[g[0]])
        )
        base = _month_near(pub, month, future)
        d = _safe_date(base.year, month, day)
        if d and not future and d > pub:
            d = _safe_date(base.year - 1, month, day)
        return (d, "day") if d else None
    if kind == "month_year":
        return dt.date(int(g[1]), _MONTHS[g[0]], 1), "month"
    if kind == "relative_day":
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(g[0], 0)
        return pub + dt.timedelta(days=offset), "day"
    if kind == "ago":
        n = int(g[0]) if g[0].isdigit() else _NUMBERS[g[0]]
        unit = g[1]
        if unit == "day":
            return pub - dt.timedelta(days=n), "day"
        if unit == "week":
            return pub - dt.timedelta(weeks=n), "week"
        if unit == "month":
            return _shift_month(pub, -n), "month"
        return dt.date(pub.year - n, 1, 1), "year"
    if kind == "weekday":
        qualifier = (g[0] or "").strip()
        target = _WEEKDAYS[g[1]]
        if qualifier == "next" or (future and qualifier != "last"):
            delta = (target - pub.weekday()) % 7 or 7
            return pub + dt.timedelta(days=delta), "day"
        delta = (pub.weekday() - target) % 7
        if qualifier == "last" and delta == 0:
            delta = 7
        return pub - dt.timedelta(days=delta), "day"
    if kind == "relative_unit":
        qualifier, unit = g[0], g[1]
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(qualifier, 0)
        if unit == "week":
            monday = pub - dt.timedelta(days=pub.weekday())
            return monday + dt.timedelta(weeks=step), "week"
        if unit == "month":
            return _shift_month(pub, step), "month"
        if unit == "quarter":
            first = dt.date(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1)
            return _shift_month(first, 3 * step), "quarter"
        return dt.date(pub.year + step, 1, 1), "year"
    if kind == "month":
        qualifier, month = g[0], _MONTHS[g[1]]
        if qualifier in ("next", "until", "by"):
            return _month_near(pub, month, True), "month"
        if qualifier in ("last", "since"):
            return _month_near(pub, month, False), "month"
        return _month_near(pub, month, future), "month"
    if kind == "year":
        return dt.date(int(g[0]), 1, 1), "year"
    return None


#: patterns that need a month name, and one cheap search that tells whether any can match
_MONTH_KINDS = frozenset(
    {"day_month_year", "month_day_year", "day_month", "month_day", "month_year"}
)
_MONTH_WORD = re.compile(rf"\b(?:{_MONTH_RE})\b", re.I)
#: every month name and abbreviation holds one of these: a sentence with none of them names
#: no month, found by plain substring tests, much cheaper than the month expression itself
_MONTH_STEMS = tuple(sorted({name[:3] for name in _MONTHS}))
#: patterns that need a figure in the sentence
_DIGIT_KINDS = frozenset(
    {"iso", "day_month_year", "month_day_year", "day_month", "month_day", "month_year", "year"}
)
_DIGIT = re.compile(r"\d")
#: words one of which the pattern needs (lower case): when none is in the sentence, the
#: pattern is not run
_ANCHORS: dict[str, tuple[str, ...]] = {
    "relative_day": ("yesterday", "today", "tonight", "tomorrow", "night", "this "),
    "ago": ("ago",),
    "weekday": tuple(_WEEKDAYS),
    "relative_unit": ("week", "month", "year", "quarter"),
}


def find_dates(sentence: str, pub: dt.date, future: bool = False) -> list[DateMention]:
    """All date expressions in a sentence, non-overlapping, earliest pattern wins a span."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    lower = sentence.lower()
    stems = any(stem in lower for stem in _MONTH_STEMS)
    months = stems and _MONTH_WORD.search(sentence) is not None
    digits = _DIGIT.search(sentence) is not None
    for kind, pattern in _PATTERNS:
        if not months and kind in _MONTH_KINDS:
            continue  # most sentences name no month: five searches saved
        if (not digits and kind in _DIGIT_KINDS) or (not stems and kind == "month"):
            continue
        anchors = _ANCHORS.get(kind)
        if anchors is not None and not any(word in lower for word in anchors):
            continue
        for m in pattern.finditer(sentence):
            if (
                kind == "month"
                and m.group(2).lower() == "may"
                and m.group(1).lower()
                not in ("in", "since", "until", "during", "last", "next", "early", "late", "mid-")
            ):
                continue
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            resolved = _resolve(kind, m, pub, future)
            if resolved is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), resolved[0], resolved[1]))
    found.sort(key=lambda d: d.start)
    return found
