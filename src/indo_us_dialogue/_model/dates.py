"""Dates with precision: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

Popolo and FollowTheMoney write partial dates as ISO 8601 prefixes; so do we.
``2023`` says "some time in 2023", which is a different claim from
``2023-11-10``. A :class:`PartialDate` keeps that difference and refuses
dates that do not exist on the calendar (``2023-02-30``).
"""

import enum
import re
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    import datetime

__all__ = ["DATE_PATTERN", "DatePrecision", "PartialDate", "days_in_month"]

_YEAR = r"[0-9]{4}"
_MONTH = r"(?:0[1-9]|1[0-2])"
# A Gregorian leap year: divisible by 4 but not by 100, or divisible by 400.
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
#: The exact set of valid partial dates, as an anchored regular expression that
#: is linear-time in every engine (fixed-width alternatives, no nested repetition).
#: It is the JSON Schema ``pattern`` for dates, so every language's validator
#: rejects ``2023-02-30`` just as :class:`PartialDate` does.
DATE_PATTERN = (
    "^(?:"
    rf"{_YEAR}(?:-{_MONTH}(?:-(?:0[1-9]|1[0-9]|2[0-8]))?)?"
    rf"|{_YEAR}-(?:0[13-9]|1[0-2])-(?:29|30)"
    rf"|{_YEAR}-(?:0[13578]|1[02])-31"
    rf"|{_LEAP_YEAR}-02-29"
    ")$"
)
_DATE_RE = re.compile(DATE_PATTERN.removesuffix("$") + r"\Z")


def days_in_month(year: int, month: int) -> int:
    """The number of days of a month of the proleptic Gregorian calendar, year 0 (a leap year) included."""
    # calendar.monthrange says the same, but importing calendar (and the locale and
    # datetime modules it imports) takes longer than everything else this module does.
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


class DatePrecision(enum.StrEnum):
    """How much of a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@attrs.frozen(kw_only=True, order=False)
class PartialDate:
    """A calendar date known to year, month or day precision.

    Build one with :meth:`parse` (``PartialDate.parse("2023-11")``) or with the
    fields (``PartialDate(year=2023, month=11)``). ``str()`` gives the ISO prefix.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("year", "month", "day"):
            value = getattr(self, name)
            if value is not None and (type(value) is not int):
                raise TypeError(f"{name} must be an int, got {type(value).__name__}")
        if not 0 <= self.year <= 9999:
            raise ValueError(f"year must be 0000-9999, got {self.year}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month must be 01-12, got {self.month}")
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            last = days_in_month(self.year, self.month)
            if not 1 <= self.day <= last:
                raise ValueError(f"{self.year:04d}-{self.month:02d} has no day {self.day}")

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            ValueError: ``text`` is not one of those forms or names no real date.
        """
        if not isinstance(text, str) or not _DATE_RE.match(text):
            raise ValueError(f"{text!r} is not a real date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        parts = [int(p) for p in text.split("-")]
        return cls(
            year=parts[0],
            month=parts[1] if len(parts) > 1 else None,
            day=parts[2] if len(parts) > 2 else None,
        )

    @property
    def precision(self) -> DatePrecision:
        """The most specific part that is known."""
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    def earliest(self) -> tuple[int, int, int]:
        """The first day the date could mean, as ``(year, month, day)``."""
        return (self.year, self.month or 1, self.day or 1)

    def latest(self) -> tuple[int, int, int]:
        """The last day the date could mean, as ``(year, month, day)``."""
        month = self.month or 12
        if self.day is not None:
            return (self.year, month, self.day)
        return (self.year, month, days_in_month(self.year, month))

    def to_date(self) -> "datetime.date":
        """The exact date.

        Raises:
            ValueError: the date is not known to the day, or is in year 0000, which
                :class:`datetime.date` cannot represent.
        """
        if self.month is None or self.day is None:
            raise ValueError(f"{self} is only known to the {self.precision}")
        import datetime  # noqa: PLC0415 - rarely needed, so not imported with the package

        return datetime.date(self.year, self.month, self.day)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text
