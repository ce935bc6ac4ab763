"""Date expressions, resolved against the publication date, whatever their case; and a
pattern is never skipped for a sentence it would match."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdb.etl.coder import dates

PUB = dt.date(2024, 6, 15)  # a Saturday


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("Talks were held on 2024-05-02 in Doha.", dt.date(2024, 5, 2), "day"),
        ("The ministers met on 3rd May, 2023 in Rome.", dt.date(2023, 5, 3), "day"),
        ("They met on May 3, 2023 in Rome.", dt.date(2023, 5, 3), "day"),
        ("They met on 3 May in Rome.", dt.date(2024, 5, 3), "day"),
        ("They met on Sept. 9 in Rome.", dt.date(2023, 9, 9), "day"),
        ("The deal was signed in March 2021.", dt.date(2021, 3, 1), "month"),
        ("YESTERDAY the envoy left.", dt.date(2024, 6, 14), "day"),
        ("The strike happened last night.", dt.date(2024, 6, 14), "day"),
        ("Troops withdrew three weeks ago.", dt.date(2024, 5, 25), "week"),
        ("Troops withdrew 2 years ago.", dt.date(2022, 1, 1), "year"),
        ("The envoy arrived on Tuesday.", dt.date(2024, 6, 11), "day"),
        ("Sanctions were tightened last Quarter.", dt.date(2024, 1, 1), "quarter"),
        ("Exports fell last month.", dt.date(2024, 5, 1), "month"),
        ("Talks resumed in mid-March.", dt.date(2024, 3, 1), "month"),
        ("The embassy has been closed since 2019.", dt.date(2019, 1, 1), "year"),
    ],
)
def test_each_form_resolves(text, date, precision):
    (found,) = dates.find_dates(text, PUB)
    assert (found.date, found.precision) == (date, precision)


def test_future_forms_look_ahead():
    (found,) = dates.find_dates("The president will travel to Kenya on Tuesday.", PUB, True)
    assert found.date == dt.date(2024, 6, 18)


def test_no_date_words_no_dates():
    assert dates.find_dates("Russia said it would respond to the sanctions.", PUB) == []
    assert dates.find_dates("The market rallied as traders weighed the data.", PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2022, in May, since 2019, last week, this morning, TONIGHT, "
        "on Monday, four days ago, next year, 2023-01-02, March 3, by June.",
        "A Ukrainian drone hit the refinery early on Sunday, three days after talks in May.",
    ],
)
def test_cheap_pretests_never_skip_a_pattern_that_matches(text):
    """The substring tests in front of each pattern are only a shortcut: every pattern that
    matches the sentence somewhere must still have been run."""
    found = {(d.start, d.end) for d in dates.find_dates(text, PUB)}
    for kind, pattern in dates._PATTERNS:
        for m in pattern.finditer(text):
            if dates._resolve(kind, m, PUB, False) is not None:
                assert any(s <= m.start() < e for s, e in found), (kind, m.group(0))
