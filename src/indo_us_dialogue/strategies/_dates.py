"""Partial dates: real calendar days, months and years between two bounds.

Bounds are whole days, ``(year, month, day)``; a date is generated only if every
day it can mean lies between them, so ``2023`` is never drawn above
``2023-11-10``, but ``2023-12`` is.
"""

import calendar
import datetime
import functools

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from .._model.dates import DatePrecision, PartialDate
from ._arguments import check_member

__all__ = ["FIRST_DAY", "LAST_DAY", "DateBound", "Day", "day_bounds", "partial_dates", "partial_dates_between"]

#: A day as (year, month, day); year 0 is a real (leap) year in the model.
Day = tuple[int, int, int]
#: What a date argument may be: a ``PartialDate`` (a range of days), a ``datetime.date`` or None (no bound).
DateBound = PartialDate | datetime.date | None

FIRST_DAY: Day = (0, 1, 1)
LAST_DAY: Day = (9999, 12, 31)
# datetime.date starts at year 1; the Gregorian calendar repeats every 400 years
# (146097 days), so year 0 is handled as year 400 shifted back one cycle.
_CYCLE_DAYS = 146097


def _ordinal(day: Day) -> int:
    year, month, dom = day
    if year == 0:
        return datetime.date(400, month, dom).toordinal() - _CYCLE_DAYS
    return datetime.date(year, month, dom).toordinal()


def _from_ordinal(number: int) -> PartialDate:
    if number >= 1:
        date = datetime.date.fromordinal(number)
        return PartialDate(year=date.year, month=date.month, day=date.day)
    date = datetime.date.fromordinal(number + _CYCLE_DAYS)
    return PartialDate(year=date.year - 400, month=date.month, day=date.day)


def _last_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _bound(value: DateBound, *, name: str, low: bool) -> Day:
    if value is None:
        return FIRST_DAY if low else LAST_DAY
    if isinstance(value, PartialDate):
        return value.earliest() if low else value.latest()
    if isinstance(value, datetime.date):
        return (value.year, value.month, value.day)
    raise InvalidArgument(f"{name} must be a PartialDate, a datetime.date or None, got {value!r}")


def day_bounds(min_value: DateBound, max_value: DateBound, *, names: tuple[str, str]) -> tuple[Day, Day]:
    """The first and last day two date arguments allow (named ``names`` in errors)."""
    low = _bound(min_value, name=names[0], low=True)
    high = _bound(max_value, name=names[1], low=False)
    if low > high:
        raise InvalidArgument(f"{names[0]}={min_value} is after {names[1]}={max_value}")
    return low, high


def partial_dates(
    *,
    min_value: DateBound = None,
    max_value: DateBound = None,
    precision: "DatePrecision | str | None" = None,
) -> SearchStrategy[PartialDate]:
    """Real calendar dates at year, month or day precision.

    Every day the generated date can mean lies within the bounds: with
    ``min_value=PartialDate.parse("2023-11-10")``, ``2023`` is never generated
    (it includes January) but ``2023-12`` is.

    Args:
        min_value: The earliest day allowed; a ``PartialDate`` stands for its
            first day. Default ``0000-01-01``, the earliest the model allows.
        max_value: The latest day allowed; a ``PartialDate`` stands for its
            last day. Default ``9999-12-31``.
        precision: Only dates of this precision (``"year"``, ``"month"`` or
            ``"day"``); by default all three, where they fit the bounds.

    Raises:
        InvalidArgument: the bounds are reversed, or no date of the requested
            precision fits between them.
    """
    low, high = day_bounds(min_value, max_value, names=("min_value", "max_value"))
    return partial_dates_between(low, high, check_member(DatePrecision, precision, "precision"))


@functools.cache
def partial_dates_between(low: Day, high: Day, wanted: DatePrecision | None = None) -> SearchStrategy[PartialDate]:
    """Dates of the ``wanted`` precision (any, if None) all of whose days lie from ``low`` to ``high``."""
    choices: list[SearchStrategy[PartialDate]] = []
    # Whole years inside the bounds.
    first_year = low[0] + (low[1:] != (1, 1))
    last_year = high[0] - (high[1:] != (12, 31))
    if wanted in (None, DatePrecision.YEAR) and first_year <= last_year:
        choices.append(st.integers(first_year, last_year).map(lambda y: PartialDate(year=y)))
    # Whole months inside the bounds, counted from January of year 0.
    first_month = low[0] * 12 + low[1] - 1 + (low[2] != 1)
    last_month = high[0] * 12 + high[1] - 1 - (high[2] != _last_of_month(high[0], high[1]))
    if wanted in (None, DatePrecision.MONTH) and first_month <= last_month:
        choices.append(st.integers(first_month, last_month).map(lambda n: PartialDate(year=n // 12, month=n % 12 + 1)))
    if wanted in (None, DatePrecision.DAY):
        choices.append(st.integers(_ordinal(low), _ordinal(high)).map(_from_ordinal))
    if not choices:
        raise InvalidArgument(f"no {wanted} precision date lies between {low} and {high}")
    return st.one_of(choices)
