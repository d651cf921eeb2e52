import calendar
import datetime
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indo_us_dialogue import DatePrecision, PartialDate
from indo_us_dialogue._model.dates import DATE_PATTERN, days_in_month


@given(st.dates(min_value=datetime.date(1, 1, 1)))
def test_every_real_day_parses_and_prints_back(day: datetime.date) -> None:
    """Every real calendar day round-trips through its ISO text at day precision."""
    text = day.isoformat()
    parsed = PartialDate.parse(text)
    assert str(parsed) == text
    assert parsed.precision is DatePrecision.DAY
    assert parsed.to_date() == day


@given(st.integers(0, 9999), st.integers(1, 12), st.integers(1, 31))
def test_pattern_and_class_agree_on_every_candidate_day(year: int, month: int, day: int) -> None:
    """The schema's date pattern accepts exactly the days that exist on the calendar."""
    text = f"{year:04d}-{month:02d}-{day:02d}"
    real = day <= calendar.monthrange(year, month)[1]
    assert (re.fullmatch(DATE_PATTERN.strip("^$"), text) is not None) == real
    if real:
        assert str(PartialDate.parse(text)) == text
    else:
        with pytest.raises(ValueError, match="not a real date"):
            PartialDate.parse(text)


@given(st.integers(0, 9999), st.integers(1, 12))
def test_month_lengths_are_the_calendars(year: int, month: int) -> None:
    """days_in_month agrees with the standard library's calendar in every month of years 0000-9999."""
    assert days_in_month(year, month) == calendar.monthrange(year, month)[1]
    assert PartialDate(year=year, month=month).latest() == (year, month, calendar.monthrange(year, month)[1])


@pytest.mark.parametrize(
    "text",
    ["", "2023-1", "2023-00", "2023-13", "2023-02-29", "1900-02-29", "2023-11-10\n", "２０２３", "2023-11-10T00"],
)
def test_parse_rejects_what_is_not_a_partial_date(text: str) -> None:
    """Malformed or impossible dates (and trailing newlines, non-ASCII digits) are refused."""
    with pytest.raises(ValueError, match="not a real date"):
        PartialDate.parse(text)


def test_precision_is_kept_not_invented() -> None:
    """A year-precision date stays a year: it spans the whole year and has no exact day."""
    year = PartialDate.parse("2025")
    assert year.precision is DatePrecision.YEAR
    assert year.earliest() == (2025, 1, 1)
    assert year.latest() == (2025, 12, 31)
    with pytest.raises(ValueError, match="only known to the year"):
        year.to_date()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"year": 2023, "day": 1}, "a day needs a month"),
        ({"year": 2023, "month": 2, "day": 29}, "has no day 29"),
        ({"year": 10000}, "0000-9999"),
        ({"year": True}, "must be an int"),
        ({"year": 2023, "month": 0}, "01-12"),
    ],
)
def test_construction_rejects_impossible_dates(kwargs: dict[str, int], message: str) -> None:
    """A PartialDate that names no real date cannot be constructed."""
    with pytest.raises((TypeError, ValueError), match=message):
        PartialDate(**kwargs)
