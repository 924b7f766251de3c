"""TIMEX3 values computed from meanings and an anchor date, checked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.times.meanings import (
    CalendarDate,
    Duration,
    HijriDecade,
    Offset,
    Quarter,
    Relative,
    Season,
    Weekday,
)

WEDNESDAY = dt.date(2017, 9, 6)
MONDAY, SUNDAY = 0, 6


@pytest.mark.parametrize(
    ("meaning", "value"),
    [
        (Weekday(MONDAY), "2017-09-04"),  # nearest Monday on or before
        (Weekday(2), "2017-09-06"),  # the same weekday: today
        (Weekday(2, direction=-1), "2017-08-30"),
        (Weekday(2, direction=1), "2017-09-13"),
        (Weekday(SUNDAY, direction=1), "2017-09-10"),
        (Weekday(1, around=0), "2017-09-05"),  # اليوم الثلاثاء, recorded a day late
        (Weekday(4, around=1), "2017-09-08"),  # غدا الجمعة, a day off: Friday wins
        (Relative("W", -1), "2017-W35"),
        (Relative("M", 4), "2018-01"),
        (Relative("CE", -1), "19"),
        (Offset("D", 10, -1), "2017-08-27"),
        (Offset("M", 9, -1), "2016-12"),
        (Offset("Y", 1, -1), "2016-09"),
        (Offset("D", None, 1), "FUTURE_REF"),
        (Offset("H", 5, -1), "PAST_REF"),
        (CalendarDate(month=9, day=31), None),  # there is no 31 September
        (CalendarDate(month=2, day=29, year=2016), "2016-02-29"),
        (CalendarDate(month=8, direction=-1), "2017-08"),
        (CalendarDate(month=9, direction=-1), "2016-09"),
        (CalendarDate(month=9, direction=1), "2018-09"),
        (CalendarDate(day=26, direction=1), "2017-10-26"),  # السادس والعشرين من الشهر المقبل
        (CalendarDate(year=1436, hijri=True), "2015"),  # 1436 AH: Oct 2014 – Oct 2015
        (CalendarDate(year=1200, month=1, day=1, hijri=True), None),  # outside Umm al-Qura
        (Season("SU", direction=-1), "2017-SU"),  # the summer that just ended
        (Season("WI", direction=-1), "2016-WI"),  # December 2016 – February 2017
        (Season("WI", direction=0), "2017-WI"),  # the coming winter, from December 2017
        (Duration("Y", 2), "P2Y"),
        (Duration("H", 48), "PT48H"),
        (Duration("H", 0.25), "PT15M"),
        (Duration("M", None), "PXM"),
        (Duration("MIN", 36), "PT36M"),
        (Duration("CE", 0.5), "P50Y"),  # نصف قرن
        (Duration("DE", 1.5), "P15Y"),  # عقد ونصف
        (Duration("CE", 2), "P2CE"),
        (Quarter(1, half=True), "2017-H1"),  # النصف الأول من العام
        (HijriDecade(8), "196"),  # the 1380s AH: 1385 AH began on 1965-05-01
        (HijriDecade(2), "200"),  # the 1420s AH have begun by 1438: 1425 AH is 2004-05
    ],
)
def test_values(meaning, value) -> None:
    assert meaning.value(WEDNESDAY) == value
