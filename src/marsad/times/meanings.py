"""What a time expression means, and its TIMEX3 value against the publication date.

The tagger turns words into one of these meanings; ``value(anchor)`` computes the
normalised value, where ``anchor`` is the publication date or ``None``.

The conventions are listed in ``marsad.times``; ``None`` means the expression has no
value to give (a date that does not exist, a Hijri year outside the Umm al-Qura tables).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from marsad.document import TimeType

REFS = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
HIJRI_YEARS = range(1343, 1501)  # what the Umm al-Qura tables cover


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _number(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def _hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    if year not in HIJRI_YEARS:
        return None
    try:
        return Hijri(year, month, day).to_gregorian()
    except ValueError:
        return None


def _hijri_middle(year: int, month: int | None) -> dt.date | None:
    """The middle day of a Hijri month, or of a Hijri year when ``month`` is None."""
    if month is None:
        start = _hijri_to_gregorian(year, 1, 1)
        return start + dt.timedelta(days=177) if start else None
    start = _hijri_to_gregorian(year, month, 1)
    return start + dt.timedelta(days=14) if start else None


def _nearest(candidates: list[dt.date], anchor: dt.date) -> dt.date:
    return min(candidates, key=lambda day: abs((day - anchor).days))


@dataclass(frozen=True)
class CalendarDate:
    """A day, month or year of the calendar, with some parts possibly left to the anchor.

    ``direction`` says where a month or day without a year lies: -1 the last one
    before the anchor (سبتمبر الماضي), 0 the anchor's own (أيلول الحالي, 12 الجاري),
    +1 the next one (سبتمبر المقبل), None the nearest. A day without a month
    (12 الجاري, السادس والعشرين من الشهر المقبل) is in the anchor's month moved by
    ``direction``.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hijri: bool = False
    direction: int | None = None
    type: TimeType = "DATE"

    def value(self, anchor: dt.date | None) -> str | None:
        if self.hijri:
            return self._hijri_value(anchor)
        year, month = self.year, self.month
        if year is None and anchor is None:
            if month is None:
                return None
            return f"XXXX-{month:02d}" + (f"-{self.day:02d}" if self.day else "")
        if year is None:
            year, month = self._place(anchor)
        if month is None:
            return f"{year:04d}"
        if self.day is None:
            return f"{year:04d}-{month:02d}"
        if not 1 <= self.day <= calendar.monthrange(year, month)[1]:
            return None
        return f"{year:04d}-{month:02d}-{self.day:02d}"

    def _place(self, anchor: dt.date) -> tuple[int, int]:
        """Year (and month, if missing) of a date given without its year."""
        if self.month is None:
            return _shift_month(anchor.year, anchor.month, self.direction or 0)
        if self.direction == 0:
            return anchor.year, self.month
        if self.direction is None:
            middle = min(self.day or 15, 28)
            options = [dt.date(anchor.year + k, self.month, middle) for k in (-1, 0, 1)]
            return _nearest(options, anchor).year, self.month
        # Compare by month, or by month and day when there is a day.
        this = (self.month, self.day or 0)
        now = (anchor.month, anchor.day if self.day else 0)
        if self.direction > 0:
            return (anchor.year if this > now else anchor.year + 1), self.month
        return (anchor.year if this < now else anchor.year - 1), self.month

    def _hijri_value(self, anchor: dt.date | None) -> str | None:
        year = self.year
        if year is None:
            if anchor is None or self.month is None:
                return None
            year = self._hijri_year(anchor)
        if self.month is None:
            middle = _hijri_middle(year, None)
            return f"{middle.year:04d}" if middle else None
        if self.day is None:
            middle = _hijri_middle(year, self.month)
            return f"{middle.year:04d}-{middle.month:02d}" if middle else None
        day = _hijri_to_gregorian(year, self.month, self.day)
        return day.isoformat() if day else None

    def _hijri_year(self, anchor: dt.date) -> int:
        """The Hijri year that puts this month (and day) nearest to the anchor."""
        this_year = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
        options = {}
        for year in (this_year - 1, this_year, this_year + 1):
            day = _hijri_to_gregorian(year, self.month or 1, self.day or 15)
            if day:
                options[day] = year
        if self.direction is not None and self.direction != 0:
            wanted = [d for d in options if (d < anchor) == (self.direction < 0)]
            if wanted:
                return options[_nearest(wanted, anchor)]
        return options[_nearest(list(options), anchor)] if options else this_year


@dataclass(frozen=True)
class Relative:
    """The unit containing the anchor moved by ``offset``: أمس, الشهر الماضي, هذا العام."""

    unit: str  # D W M Y CE
    offset: int
    type: TimeType = "DATE"

    def value(self, anchor: dt.date | None) -> str | None:
        if anchor is None:
            return REFS[max(-1, min(1, self.offset))]
        if self.unit == "D":
            return (anchor + dt.timedelta(days=self.offset)).isoformat()
        if self.unit == "W":
            return _week(anchor + dt.timedelta(weeks=self.offset))
        if self.unit == "M":
            year, month = _shift_month(anchor.year, anchor.month, self.offset)
            return f"{year:04d}-{month:02d}"
        if self.unit == "Y":
            return f"{anchor.year + self.offset:04d}"
        if self.unit == "CE":
            return f"{(anchor.year // 100) + self.offset:02d}"
        return REFS[max(-1, min(1, self.offset))]


@dataclass(frozen=True)
class Season:
    """A season of a given year, or the current/last/next one: صيف 2015, الصيف الماضي."""

    season: str  # SP SU FA WI
    year: int | None = None
    direction: int = 0
    type: TimeType = "DATE"

    def value(self, anchor: dt.date | None) -> str | None:
        if self.year is not None:
            return f"{self.year:04d}-{self.season}"
        if anchor is None:
            return REFS[self.direction]
        # A season belongs to the year it starts in (winter starts in December).
        first = SEASON_MONTHS[self.season]
        year = anchor.year if anchor.month >= first else anchor.year - 1
        inside = anchor < dt.date(*_shift_month(year, first, 3), 1)
        if self.direction > 0 or (self.direction == 0 and not inside):
            year += 1
        elif self.direction < 0 and inside:
            year -= 1
        return f"{year:04d}-{self.season}"


@dataclass(frozen=True)
class Quarter:
    """A quarter of a year: الربع الثالث → ``2015-Q3``, of ``year`` if given (عام 2014,
    العام الماضي), else of the anchor's year; with ``half`` a half: ``2015-H1``."""

    quarter: int  # 1-4, or 1-2 for a half
    year: CalendarDate | Relative | None = None
    half: bool = False
    type: TimeType = "DATE"

    def value(self, anchor: dt.date | None) -> str | None:
        year = self.year.value(anchor) if self.year else (f"{anchor.year:04d}" if anchor else None)
        part = f"{'H' if self.half else 'Q'}{self.quarter}"
        if year is None or not year.isdigit():
            return f"XXXX-{part}"
        return f"{year}-{part}"


@dataclass(frozen=True)
class Weekday:
    """A day of the week: الخميس, الثلاثاء الماضي, اليوم الأحد, يوم الأربعاء الموافق ….

    ``direction`` -1 last, +1 next, 0 the nearest on or before the anchor (news
    report the past). ``around`` is set when a named day comes with it (اليوم 0,
    أمس -1, غدا +1): the weekday nearest to that day, which keeps اليوم الأربعاء
    right when the recorded publication date is a day off. ``same_as`` is a date
    given with it (الموافق 12 أغسطس), which wins.
    """

    weekday: int  # Monday 0
    direction: int = 0
    around: int | None = None
    same_as: CalendarDate | None = None
    type: TimeType = "DATE"

    def value(self, anchor: dt.date | None) -> str | None:
        if self.same_as is not None:
            return self.same_as.value(anchor)
        if anchor is None:
            return REFS[self.direction if self.around is None else max(-1, min(1, self.around))]
        if self.around is not None:
            day = anchor + dt.timedelta(days=self.around)
            gap = (self.weekday - day.weekday() + 3) % 7 - 3
            return (day + dt.timedelta(days=gap)).isoformat()
        back = (anchor.weekday() - self.weekday) % 7
        forward = (self.weekday - anchor.weekday()) % 7
        if self.direction < 0:
            gap = -(back or 7)
        elif self.direction > 0:
            gap = forward or 7
        else:
            gap = -back
        return (anchor + dt.timedelta(days=gap)).isoformat()


@dataclass(frozen=True)
class Offset:
    """A point some time before or after the anchor: قبل ثلاثة أيام, قبل أيام, بعد عامين."""

    unit: str
    amount: float | None  # None: an unspecified number (قبل أيام)
    sign: int
    type: TimeType = "DATE"

    def value(self, anchor: dt.date | None) -> str | None:
        if anchor is None or self.amount is None or self.unit not in ("D", "W", "M", "Y"):
            return REFS[self.sign]
        amount = self.sign * self.amount
        if self.unit in ("D", "W"):
            day = anchor + dt.timedelta(days=amount * (7 if self.unit == "W" else 1))
            return day.isoformat() if self.unit == "D" else _week(day)
        months = round(amount * (12 if self.unit == "Y" else 1))
        year, month = _shift_month(anchor.year, anchor.month, months)
        return f"{year:04d}-{month:02d}"


@dataclass(frozen=True)
class Ref:
    """A vague position in time: ``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``."""

    ref: str
    type: TimeType = "DATE"

    def value(self, anchor: dt.date | None) -> str | None:
        return self.ref


@dataclass(frozen=True)
class Fixed:
    """A value that needs no anchor: a century (القرن العشرين → ``19``), a SET value."""

    fixed: str
    type: TimeType = "DATE"

    def value(self, anchor: dt.date | None) -> str | None:
        return self.fixed


@dataclass(frozen=True)
class HijriDecade:
    """A decade of the Hijri calendar (الثمانينيات الهجرية, the 1380s AH) as the Gregorian
    decade holding its middle year: ``196``. Of the latest Hijri century in which it has
    begun by the anchor (the 1300s without one)."""

    decade: int  # 1-9: the tens digit
    type: TimeType = "DATE"

    def value(self, anchor: dt.date | None) -> str | None:
        century = 1300
        if anchor is not None:
            now = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
            century = 1400 if 1400 + self.decade * 10 <= now else 1300
        middle = _hijri_middle(century + self.decade * 10 + 5, None)
        return f"{middle.year // 10:03d}" if middle else None


@dataclass(frozen=True)
class Duration:
    """A length of time: ``P2Y``, ``PT48H``, ``PXM`` for an unspecified number of months."""

    unit: str
    amount: float | None
    type: TimeType = "DURATION"

    def value(self, anchor: dt.date | None) -> str | None:
        amount = "X" if self.amount is None else _number(self.amount)
        if self.unit == "H" and self.amount is not None and self.amount < 1:
            return f"PT{_number(self.amount * 60)}M"
        if (
            self.unit in ("DE", "CE")
            and self.amount is not None
            and self.amount != int(self.amount)
        ):
            years = self.amount * (10 if self.unit == "DE" else 100)
            return f"P{_number(years)}Y"  # نصف قرن → P50Y
        if self.unit in ("H", "MIN", "S"):
            return f"PT{amount}{self.unit[0]}"
        return f"P{amount}{self.unit}"


@dataclass(frozen=True)
class Clock:
    """A clock time, on the day of ``day`` if given, else on the anchor."""

    hour: int
    minute: int = 0
    day: CalendarDate | Relative | Weekday | None = None
    type: TimeType = "TIME"

    def value(self, anchor: dt.date | None) -> str | None:
        date = self.day.value(anchor) if self.day else (anchor.isoformat() if anchor else None)
        if date is None or len(date) != 10 or date.startswith("X"):
            date = "XXXX-XX-XX"
        return f"{date}T{self.hour:02d}:{self.minute:02d}"


@dataclass(frozen=True)
class PartOfDay:
    """Morning, evening, night … of a day: صباح اليوم → ``2017-09-06TMO``."""

    part: str  # MO MI AF EV NI
    day: CalendarDate | Relative | Weekday
    type: TimeType = "TIME"

    def value(self, anchor: dt.date | None) -> str | None:
        date = self.day.value(anchor)
        if date is None:
            return None
        if len(date) != 10 or date.startswith("X"):
            date = "XXXX-XX-XX"
        return f"{date}T{self.part}"


Meaning = (
    CalendarDate
    | Relative
    | Season
    | Quarter
    | Weekday
    | Offset
    | Ref
    | Fixed
    | HijriDecade
    | Duration
    | Clock
    | PartOfDay
)
