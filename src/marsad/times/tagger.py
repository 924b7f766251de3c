"""Finding time expressions: a small parser over the document's tokens.

At each token the parser tries every kind of expression (a calendar date, a
weekday, أمس/اليوم/غدا, a relative period, a quantity of time, a clock time, a
frequency, a vague adverb) and keeps the longest match, so "25 أيلول سبتمبر
الحالي" is one expression and not three. Matching is on normalised token forms,
so a word is never matched inside another (واحد is not الأحد); the first word
of an expression may carry the proclitics و ف and ب ل ك (بالامس, والخميس,
لعام). Expressions never cross a line break.

Words that are also ordinary words are only taken with evidence: an ambiguous
month name (مارس practised, آب father, رمضان a name) needs a day, a year, a
relative word, a second month name or a word like في/منذ/شهر before it; اليوم
followed by الوطني or التالي is not today; صلاة الجمعة is a prayer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.document import Token
from marsad.times import lexicon as lx
from marsad.times.meanings import (
    REFS,
    CalendarDate,
    Clock,
    Duration,
    Fixed,
    HijriDecade,
    Meaning,
    Offset,
    PartOfDay,
    Quarter,
    Ref,
    Relative,
    Season,
    Weekday,
)
from marsad.times.numbers import (
    HOURS,
    HUNDREDS,
    ORDINALS,
    TENS,
    UNITS,
    cardinal,
    ordinal_day,
    ordinal_hour,
    spelled_year,
)

NUMBER = re.compile(r"\d+(?:\.\d+)?")
DECADES = {
    "الستينيات": "196", "السبعينيات": "197", "الثمانينيات": "198", "التسعينيات": "199",
    "الستينات": "196", "السبعينات": "197", "الثمانينات": "198", "التسعينات": "199",
}  # fmt: skip
PERIOD_WORDS = lx.DEFINITE_UNITS.keys() | lx.VAGUE_PERIODS | lx.SEASONS.keys()
LONE_PROCLITICS = {"و", "ف", "ب", "ل", "ك"}


@dataclass(frozen=True, slots=True)
class Found:
    """An expression over tokens ``[first, end)`` and what it means."""

    first: int
    end: int
    meaning: Meaning
    mod: str = ""  # TIMEX3 mod: END for نهاية العام, APPROX for نحو عامين


@cache
def forms(word: str) -> tuple[str, ...]:
    """The word, then the word without its proclitics و ف and ب ل ك (للعام → العام)."""
    found = [word]
    rest = word
    if len(rest) > 2 and rest[0] in "وف":
        rest = rest[1:]
        found.append(rest)
    if len(rest) > 2 and rest[0] in "بلك":
        if rest.startswith("لل"):
            found.append("ا" + rest[1:])
        found.append(rest[1:])
    return tuple(found)


@cache
def _starters() -> frozenset[str]:
    """Every word an expression can start with (numbers aside), to skip the rest fast."""
    words = {name.split()[0] for name, _ in lx.months()}
    for table in (
        lx.WEEKDAYS, lx.PARTS_OF_DAY, lx.PERIOD_PARTS, lx.THIS, PERIOD_WORDS, lx.YEAR_NOUNS,
        lx.SINGULAR_UNITS, lx.DUAL_UNITS, lx.PLURAL_UNITS, lx.VAGUE_COUNTS, lx.SET_ADVERBS,
        lx.VAGUE_ADVERBS, lx.ADVERBIAL_UNITS, DECADES, UNITS, TENS, HUNDREDS, ORDINALS, HOURS,
    ):  # fmt: skip
        words.update(table)
    words.update(
        phrase.split()[0]
        for phrase in (
            *lx.APPROXIMATIONS, *lx.VAGUE_PHRASES, *lx.PARTS_OF_DAY, *lx.DEFINITE_PARTS_OF_DAY
        )
    )  # fmt: skip
    words.update(lx.TIME_NOUNS, lx.SOME_TIME, ("غرة", "غره", "السابق", "ال", lx.HALF))
    words.update("ال" + number for number in (*UNITS, *TENS))
    words.update(("يوم", "شهر", "شهري", "اول", "اليوم", "امس", "الامس", "البارحة", "غدا",
                  "الليلة", "الساعة", "الساعه", "القرن", "نصف", "ربع", lx.EVERY, lx.QUARTER,
                  lx.SINCE, lx.AGO, lx.AFTER, lx.WITHIN))  # fmt: skip
    return frozenset(words)


@cache
def _may_start(word: str) -> bool:
    return word[:1].isdigit() or any(form in _starters() for form in forms(word))


def _on_24_hours(hour: int, part_of_day: str | None) -> int:
    """The hour of a 12-hour clock read with its part of the day: الواحدة ظهرا → 13,
    الحادية عشرة ظهرا → 11, التاسعة مساء → 21, الثانية ليلا → 2."""
    if part_of_day == "MI":
        return hour + 12 if hour < 6 else hour
    if part_of_day in ("AF", "EV"):
        return hour + 12 if hour < 12 else hour
    if part_of_day == "NI":
        return hour + 12 if 6 <= hour < 12 else hour
    return hour


def _first_in(word: str, table: dict | set | frozenset) -> str | None:
    return _first_in_list(forms(word), table)


def _first_in_list(words: list[str] | tuple[str, ...], table: dict | set | frozenset) -> str | None:
    for form in words:
        if form in table:
            return form
    return None


class _Line:
    """The parser over the words of one line; every method returns a ``Found`` or None."""

    def __init__(self, tokens: list[Token], offset: int) -> None:
        self.tokens = tokens
        self.words = [token.norm for token in tokens]
        self.offset = offset  # index of the line's first token in the document

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def touching(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` with no space between."""
        return 0 < i < len(self.tokens) and self.tokens[i - 1].end == self.tokens[i].start

    def integer(self, i: int) -> int | None:
        word = self.word(i)
        return int(word) if word.isdigit() and word.isascii() else None

    # -- scanning ---------------------------------------------------------------------

    def scan(self) -> list[Found]:
        found: list[Found] = []
        i = 0
        rules = (self.date, self.weekday, self.deictic, self.part_of_day, self.clock,
                 self.period_part, self.period, self.counted_period, self.quarter,
                 self.since_ago, self.quantity_alone, self.every, self.vague,
                 self.century)  # fmt: skip
        while i < len(self.words):
            if not _may_start(self.words[i]):
                i += 1
                continue
            best: Found | None = None
            for rule in rules:
                match = rule(i)
                if match and (best is None or (match.first, -match.end) < (best.first, -best.end)):
                    best = match
            if best is None or self.word(best.first - 1) in lx.NAME_BEFORE:
                i += 1
                continue
            first = best.first
            # The article or a conjunction or preposition written apart from a number:
            # الـ24 ساعة, الـ12 من أغسطس, الـ 24 ساعة الماضية, و2011, بـ50.
            if (
                self.word(first - 1) == "ال"
                and self.integer(first) is not None
                and (self.touching(first) or isinstance(best.meaning, Duration))
            ):
                first -= 1
            if self.word(first - 1) in LONE_PROCLITICS and self.touching(first):
                first -= 1
            mod = best.mod or self._approximation(best.first, best.end)
            found.append(Found(self.offset + first, self.offset + best.end, best.meaning, mod))
            i = best.end
        return found

    def _approximation(self, first: int, end: int) -> str:
        """The TIMEX3 mod of an approximation inside ``[first, end)``: أكثر من عامين →
        MORE_THAN, نحو ثلاث سنوات, قبل عام تقريبا → APPROX; "" without one."""
        for j in range(first, end):
            start = forms(self.word(j))[-1] if j == first else self.word(j)
            if start in lx.TRAILING_APPROXIMATIONS and j > first:
                return lx.APPROXIMATION_MODS.get(start, "APPROX")
            for length in (4, 3, 2, 1):
                phrase = " ".join([start, *self.words[j + 1 : j + length]])
                if j + length <= end and phrase in lx.APPROXIMATIONS:
                    return lx.APPROXIMATION_MODS.get(phrase, "APPROX")
        return ""

    # -- calendar dates ------------------------------------------------------------------

    def month(self, i: int, *, first: bool = False) -> tuple[int, int, bool, bool] | None:
        """A month name at ``i`` (one or two words), with or without its other name:
        أيلول سبتمبر, أيلول (سبتمبر), سبتمبر/أيلول. Returns (end, month, hijri, paired)."""
        table = lx.months()
        for form in forms(self.word(i)) if first else (self.word(i),):
            if len(form) < 3 and form != self.word(i):
                continue  # باب is not ب + آب
            for name, end in ((f"{form} {self.word(i + 1)}", i + 2), (form, i + 1)):
                for calendar in ("gregorian", "hijri"):
                    number = table.get((name, calendar))
                    if number is None:
                        continue
                    if calendar == "hijri":
                        return end, number, True, False
                    paired = self._paired_month(end, number)
                    return paired or end, number, False, paired is not None
        return None

    def _paired_month(self, i: int, number: int) -> int | None:
        """End of a second name of the same month right after the first one."""
        table = lx.months()

        def same(j: int) -> int | None:
            for name, end in ((f"{self.word(j)} {self.word(j + 1)}", j + 2), (self.word(j), j + 1)):
                if table.get((name, "gregorian")) == number:
                    return end
            return None

        if self.word(i) == "(" and (end := same(i + 1)) and self.word(end) == ")":
            return end + 1
        if self.word(i) in ("/", "-") and (end := same(i + 1)):
            return end
        return same(i)

    def year_after(self, i: int, *, hijri: bool | None) -> tuple[int, int, bool] | None:
        """A year after a month: 2015, 1436 هـ, عام 1995, من العام 2015, من العام ألف
        وتسعمائة وخمسة وستين. Returns (end, year, hijri)."""
        j = i + 1 if self.word(i) == "من" else i
        if self.word(j) in lx.YEAR_NOUNS:
            return self._year_number(j + 1, hijri=hijri) or self._spelled_year(j + 1, hijri)
        return self._year_number(j, hijri=hijri)

    def _spelled_year(self, i: int, hijri: bool | None) -> tuple[int, int, bool] | None:
        """A year in words after a year noun: ألف وتسعمائة وخمسة وستين, ألفين وخمسة عشر."""
        found = spelled_year(self.words, i)
        if found is None or hijri:
            return None
        year, end = found
        end = end + 1 if self.word(end) in lx.GREGORIAN_ERA else end
        return (end, year, False) if 1000 <= year <= 2100 else None

    def _year_number(self, i: int, *, hijri: bool | None) -> tuple[int, int, bool] | None:
        """A four-digit year at ``i`` with its era if written (هـ, م, ميلادية).
        Hijri when marked so, or when 1300–1499 unmarked. Returns (end, year, hijri)."""
        year = self.integer(i)
        if year is None or len(self.word(i)) != 4:
            return None
        era = self.word(i + 1)
        if era == "م" and self.integer(i + 2) is not None and self.touching(i + 2):
            era = ""  # 1500 م2: square metres
        if era in lx.HIJRI_ERA:
            is_hijri = True
        elif era in lx.GREGORIAN_ERA:
            is_hijri = False
        else:
            is_hijri = 1300 <= year < 1500 if hijri is None else hijri
        if (hijri is not None and is_hijri != hijri) or not (
            1300 <= year < 1500 if is_hijri else 1000 <= year <= 2100
        ):
            return None
        end = i + 2 if era in lx.HIJRI_ERA or era in lx.GREGORIAN_ERA else i + 1
        return end, year, is_hijri

    def day(self, i: int) -> tuple[int, int] | None:
        """A day of the month: 25, الخامس والعشرين, أول. Returns (end, day)."""
        number = self.integer(i)
        if number is not None:
            return (i + 1, number) if 1 <= number <= 31 and len(self.word(i)) <= 2 else None
        if self.word(i) == "اول" or _first_in(self.word(i), {"غرة", "غره"}):
            return i + 1, 1  # غرة ذي القعدة: its first day
        found = ordinal_day(self.words, i)
        return (found[1], found[0]) if found else None

    def date(self, i: int) -> Found | None:
        start = i + 1 if _first_in(self.word(i), {"يوم"}) else i
        return (
            self.numeric_date(start, i)
            or self.day_month(start, i)
            or self.month_date(i)
            or self.year(i)
        )

    def numeric_date(self, i: int, first: int) -> Found | None:
        """18 / 10 / 1436هـ, 1436/10/20, 5-8-2015: day/month/year or year/month/day."""
        parts = [self.integer(i + k) for k in (0, 2, 4)]
        separator = self.word(i + 1)
        if None in parts or separator not in ("/", "-") or self.word(i + 3) != separator:
            return None
        year_first = len(self.word(i)) == 4
        if not year_first and len(self.word(i + 4)) != 4:
            return None
        year, month, day = parts if year_first else parts[::-1]
        end = i + 5
        era = self.word(end)
        if era in lx.HIJRI_ERA or era in lx.GREGORIAN_ERA:
            end += 1
        hijri = era in lx.HIJRI_ERA or (era not in lx.GREGORIAN_ERA and 1300 <= year < 1500)
        if not (1 <= month <= 12 and 1 <= day <= 31) or not (
            1300 <= year < 1500 if hijri else 1900 <= year <= 2100
        ):
            return None
        return Found(first, end, CalendarDate(year, month, day, hijri=hijri))

    def day_month(self, i: int, first: int) -> Found | None:
        """A day with its month: 25 أيلول سبتمبر الحالي, الخامس والعشرين من شهر سبتمبر
        2017, 18 شوال 1436 هـ, 12 الجاري, السادس والعشرين من الشهر المقبل."""
        found = self.day(i)
        if not found:
            return None
        j, day = found
        j = j + 1 if self.word(j) == "من" else j
        relative = self._relative_month(j)
        if relative:
            end, direction = relative
            return Found(first, end, CalendarDate(day=day, direction=direction))
        j = j + 1 if _first_in(self.word(j), {"شهر"}) else j
        month = self.month(j)
        if not month or (self.word(i) == "اول" and month[2]):
            return None
        return self._month_tail(first, month, day)

    def _relative_month(self, i: int) -> tuple[int, int] | None:
        """الجاري / من الشهر المقبل / بالشهر الجاري / هذا الشهر after a day number."""
        word = self.word(i)
        if word in ("الجاري", "الحالي"):
            return i + 1, 0
        if _first_in(word, {"الشهر"}) and self.word(i + 1) in lx.RELATIVE:
            return i + 2, lx.RELATIVE[self.word(i + 1)]
        if word == "هذا" and self.word(i + 1) == "الشهر":
            return i + 2, 0
        return None

    def _month_tail(self, first: int, month: tuple[int, int, bool, bool], day: int | None) -> Found:
        """What follows a month: a year, or a relative word (الماضي, المقبل, الحالي)."""
        end, number, hijri, _ = month
        year = self.year_after(end, hijri=hijri)
        if year:
            return Found(first, year[0], CalendarDate(year[1], number, day, hijri=year[2]))
        direction = lx.RELATIVE.get(self.word(end))
        if direction is not None:
            end += 1
        elif _first_in(self.word(first - 1), {lx.SINCE}):
            direction = -1  # منذ يناير: the last January
        return Found(first, end, CalendarDate(None, number, day, hijri=hijri, direction=direction))

    def month_date(self, i: int) -> Found | None:
        """A month with a year or a relative word, or alone when it cannot be a word:
        أكتوبر 2010, سبتمبر الماضي, شهر رمضان, في نوفمبر, مارس آذار."""
        start = i + 1 if _first_in(self.word(i), {"شهر", "شهري"}) else i
        month = self.month(start, first=start == i)
        if not month:
            return None
        end, _, hijri, paired = month
        found = self._month_tail(i, month, None)
        licensed = (
            start > i
            or paired
            or found.end > end
            or _first_in(self.word(i - 1), lx.MONTH_LEADS) is not None
            or (not hijri and _first_in(self.word(start), lx.AMBIGUOUS_MONTHS) is None)
        )
        return found if licensed else None

    def year(self, i: int) -> Found | None:
        """عام 2015, هذا العام 1436هـ, العام (1428هـ, 1436هـ, 2015م, عام ألفين وخمسة عشر,
        and a bare 2015 unless it counts things or names a model (موديل 2011)."""
        this = _first_in(self.word(i), lx.THIS) is not None
        k = i + 1 if this else i
        noun = _first_in(self.word(k), lx.YEAR_NOUNS)
        if this and not noun:
            return None
        j = k + 1 if noun else k
        if noun and self.word(j) == "(" and self.integer(j + 1) is not None:
            j += 1  # العام (1428هـ 2007م): the first year goes with the noun
        found = self._year_number(j, hijri=None) or (self._spelled_year(j, None) if noun else None)
        if not found:
            return None
        end, year, hijri = found
        if (
            not noun
            and end == j + 1
            and (
                not (1900 <= year <= 2100 or self._lifespan(j))
                or self.word(j + 1) in lx.COUNTED_AFTER
                or self._in_number_group(j)
                or self._model_year(j)
            )
        ):
            return None
        return Found(i, end, CalendarDate(year, hijri=hijri))

    def _lifespan(self, i: int) -> bool:
        """Bare number ``i`` is one end of two years in brackets: (1856 - 1915)."""
        if self.word(i - 1) == "(" and self.word(i + 1) in ("-", "–") and self.word(i + 3) == ")":
            partner, after = i + 2, i + 4
        elif self.word(i + 1) == ")" and self.word(i - 1) in ("-", "–") and self.word(i - 3) == "(":
            partner, after = i - 2, i + 2
        else:
            return False
        return (
            len(self.word(partner)) == 4
            and self.integer(partner) is not None
            and self.word(after) not in lx.COUNTED_AFTER  # (1500 - 1600) ريال
        )

    def _model_year(self, i: int) -> bool:
        """Bare year ``i`` names a model: موديل 2015, سيارة ميتسوبيشي لانسر 2011."""
        if self.word(i - 1) in lx.MODEL_BEFORE:
            return True
        for j in range(i - 1, max(i - 4, 0) - 1, -1):
            word = self.word(j)
            if _first_in(word, lx.CARS):
                return True
            if not word.isalpha() or word in lx.MONTH_LEADS or word in ("من", "عن", "علي"):
                return False
        return False

    def _in_number_group(self, i: int) -> bool:
        """Number ``i`` is part of 12/2015, 10:30 or 2015-16 (joined without spaces)."""
        before = self.word(i - 1) in ("/", "-", ":") and self.touching(i)
        after = self.word(i + 1) in ("/", "-", ":") and self.touching(i + 1)
        return (before and self.integer(i - 2) is not None) or (
            after and self.integer(i + 2) is not None
        )

    # -- days of the week and named days ---------------------------------------------------

    def weekday(self, i: int) -> Found | None:
        """الخميس, يوم الاثنين, الثلاثاء الماضي, يوم الأحد 20 شوال 1436هـ."""
        has_day = _first_in(self.word(i), {"يوم"}) is not None
        j = i + 1 if has_day else i
        name = self.word(j) if has_day else _first_in(self.word(j), lx.WEEKDAYS)
        if name not in lx.WEEKDAYS:
            return None
        if not has_day and (
            _first_in(self.word(i - 1), lx.WEEKDAY_BLOCKERS)
            or self.word(j + 1) in ("معا", "عشر", "عشرة")  # الاثنين معا, الأحد عشر
        ):
            return None
        end = j + 1
        direction = lx.RELATIVE.get(self.word(end), 0)
        if self.word(end) in lx.RELATIVE:
            end += 1
        elif self._in_future_sentence(i):
            direction = 1
        dated = self.numeric_date(end, i) or self.day_month(end, i)
        if dated:
            return dated
        same_as = self._linked_date(end)
        return Found(i, end, Weekday(lx.WEEKDAYS[name], direction, same_as=same_as))

    def _in_future_sentence(self, i: int) -> bool:
        """A word like سوف, المقرر, سيتم comes before ``i`` in its sentence."""
        for j in range(i - 1, -1, -1):
            if self.word(j) in lx.SENTENCE_ENDS:
                return False
            if _first_in(self.word(j), lx.FUTURE_MARKERS):
                return True
        return False

    def _linked_date(self, i: int) -> CalendarDate | None:
        """The date in "… الموافق 12 أغسطس 2015" right after ``i``."""
        if self.word(i) not in lx.LINKS:
            return None
        j = i + 2 if self.word(i + 1) == "ل" else i + 1
        found = self.numeric_date(j, j) or self.day_month(j, j)
        return found.meaning if found and isinstance(found.meaning, CalendarDate) else None

    def _named_day(self, i: int) -> tuple[int, int] | None:
        """اليوم, أمس, أمس الأول, أول من أمس, غدا, بعد غد, يوم أمس. Returns (end, offset)."""
        word = _first_in(self.word(i), {"يوم", "اليوم", "امس", "الامس", "البارحة", "غدا",
                                         "اول", "بعد", "هذا"})  # fmt: skip
        following = self.word(i + 1)
        if word == "يوم" and following in ("امس", "غد", "الغد"):
            return i + 2, -1 if following == "امس" else 1
        if word in ("امس", "الامس"):
            if following == "الحاجة":
                return None
            return (i + 2, -2) if following == "الاول" else (i + 1, -1)
        if word == "البارحة":
            return i + 1, -1
        if word == "غدا":
            return i + 1, 1
        if word == "اول" and following == "امس":
            return i + 2, -2
        if word == "اول" and following == "من" and self.word(i + 2) == "امس":
            return i + 3, -2
        if word == "بعد" and following in ("غد", "الغد"):
            return i + 2, 2
        if word == "هذا" and following == "اليوم":
            return i + 2, 0
        if word == "اليوم":
            if following in lx.NOT_TODAY_AFTER or _first_in(self.word(i - 1), lx.NOT_TODAY_BEFORE):
                return None
            if following in lx.QUOTES and self.word(i - 1) in lx.QUOTES:
                return None  # the newspaper: لـ"اليوم"
            return i + 1, 0
        return None

    def deictic(self, i: int) -> Found | None:
        """A named day, alone or with its weekday: أمس, اليوم (الأحد), أمس الاثنين, الليلة."""
        if _first_in(self.word(i), {"الليلة"}):
            direction = lx.RELATIVE.get(self.word(i + 1), 0)
            end = i + 2 if self.word(i + 1) in lx.RELATIVE else i + 1
            return Found(i, end, PartOfDay("NI", Relative("D", direction)))
        named = self._named_day(i)
        if not named:
            return None
        end, offset = named
        if (
            self.word(end) == "("
            and self.word(end + 1) in lx.WEEKDAYS
            and self.word(end + 2) == ")"
        ):
            weekday, end = lx.WEEKDAYS[self.word(end + 1)], end + 3
        elif self.word(end) in lx.WEEKDAYS:
            weekday, end = lx.WEEKDAYS[self.word(end)], end + 1
        else:
            return Found(i, end, Relative("D", offset))
        if dated := self.numeric_date(end, i) or self.day_month(end, i):
            return dated  # اليوم الأحد 17 / 10 / 1436هـ
        return Found(i, end, Weekday(weekday, around=offset, same_as=self._linked_date(end)))

    def _day_reference(self, i: int) -> Found | None:
        """A day that a part of the day or a clock time can belong to."""
        for rule in (self.deictic, self.weekday, self.date):
            found = rule(i)
            meaning = found.meaning if found else None
            if isinstance(meaning, CalendarDate | Weekday) or (
                isinstance(meaning, Relative) and meaning.unit == "D"
            ):
                return found
        return None

    def part_of_day(self, i: int) -> Found | None:
        """صباح اليوم, مساء أمس, فجر الثلاثاء, ليلة أمس, ظهر يوم الخميس, بعد ظهر اليوم;
        منتصف الليل and بعيد الظهر also alone, on the publication date."""
        two_words = [f"{form} {self.word(i + 1)}" for form in forms(self.word(i))]
        if word := _first_in_list(two_words, lx.DEFINITE_PARTS_OF_DAY):
            end = i + 2
            k = end + 1 if self.word(end) == "من" else end
            day = self._day_reference(k)
            meaning = day.meaning if day else Relative("D", 0)
            return Found(
                i, day.end if day else end, PartOfDay(lx.DEFINITE_PARTS_OF_DAY[word], meaning)
            )
        if word := _first_in_list(two_words, lx.PARTS_OF_DAY):
            end = i + 2
        elif word := _first_in(self.word(i), lx.PARTS_OF_DAY):
            end = i + 1
        else:
            return None
        end = end + 1 if self.word(end) == "من" else end
        day = self._day_reference(end)
        if not day:
            return None
        return Found(i, day.end, PartOfDay(lx.PARTS_OF_DAY[word], day.meaning))

    def clock(self, i: int) -> Found | None:
        """الساعة العاشرة صباحا, الساعة 10:30, العاشرة من صباح أمس, 12:42."""
        has_hour_word = _first_in(self.word(i), {"الساعة", "الساعه"}) is not None
        if has_hour_word and self.word(i - 1) in lx.NOT_CLOCK_BEFORE:
            return None  # سعر الساعة الواحدة: a watch
        j = i + 1 if has_hour_word else i
        if has_hour_word and self.word(j) == "ال" and self.integer(j + 1) is not None:
            j += 1  # الساعة الـ8
        hour, minute, colon = self.integer(j), 0, False
        dotted = re.fullmatch(r"(\d{1,2})\.(\d{2})", self.word(j)) if has_hour_word else None
        if dotted:  # الساعة 11.59
            hour, minute, colon = int(dotted[1]), int(dotted[2]), True
        if not has_hour_word and self.word(j - 1) == "ال":
            return None  # البطولة العربية الـ21 مساء أمس: an ordinal
        if (
            has_hour_word
            and hour is not None
            and len(self.word(j)) == 4
            and self.word(j + 1).startswith(lx.CLOCK_ZONE)
        ):
            hour, minute, colon = hour // 100, hour % 100, True  # الساعة 0621 بتوقيت جرينتش
            end = j + 1
        elif dotted:
            end = j + 1
        elif hour is not None:
            end = j + 1
            if self.word(end) == ":" and self.touching(end) and len(self.word(end + 1)) == 2:
                minute, end, colon = self.integer(end + 1) or 0, end + 2, True
        elif found := ordinal_hour(
            self.words, j, None if has_hour_word else forms(self.word(j))[-1]
        ):
            hour, end = found  # والرابعة فجرا: the first word may carry و
        else:
            return None
        if hour > 24 or minute > 59:
            return None
        fraction = {"والنصف": 30, "والربع": 15, "ونصف": 30}.get(self.word(end))
        if fraction:
            minute, end = fraction, end + 1
        elif self.word(end) == "الا" and (before := self._minutes(end + 1)):
            hour, minute, end = hour - 1, 60 - before[0], before[1]  # العاشرة إلا ربعا
        k = end + 1 if self.word(end) == "من" else end
        part_of_day, day = None, None
        if (part := self.part_of_day(k)) and isinstance(part.meaning, PartOfDay):
            part_of_day, day, end = part.meaning.part, part.meaning.day, part.end
        elif self.word(end) in lx.CLOCK_PARTS:
            part_of_day, end = lx.CLOCK_PARTS[self.word(end)], end + 1
            k = end + 1 if self.word(end) == "من" else end
            if found := self._day_reference(k):  # الواحدة ظهرا من هذا اليوم
                day, end = found.meaning, found.end
        elif found := self._day_reference(k):
            day, end = found.meaning, found.end
        if not (has_hour_word or colon or part_of_day):
            return None
        return Found(i, end, Clock(_on_24_hours(hour, part_of_day) % 24, minute, day))

    def _minutes(self, i: int) -> tuple[int, int] | None:
        """Minutes before the hour: ربعا, ثلثا, عشر دقائق. Returns (minutes, end)."""
        word = self.word(i)
        if word in ("ربع", "ربعا", "ثلث", "ثلثا"):
            return (15 if word.startswith("ربع") else 20), i + 1
        counted = cardinal(self.words, i)
        if counted and counted[0] < 60:
            end = counted[1] + (self.word(counted[1]) in ("دقائق", "دقيقة", "دقيقه"))
            return counted[0], end
        return None

    # -- periods relative to now -------------------------------------------------------------

    def period(self, i: int) -> Found | None:
        """العام الماضي, هذا الأسبوع, الأيام المقبلة, العامين الماضيين, السنوات العشر
        السابقة, الساعات القليلة المقبلة, الآونة الأخيرة, هذا الصيف, القرن الماضي."""
        this = _first_in(self.word(i), lx.THIS) is not None
        j = i + 1 if this else i
        word = self.word(j) if this else _first_in(self.word(j), PERIOD_WORDS)
        if word in lx.SEASONS:
            direction = lx.RELATIVE.get(self.word(j + 1))
            if direction is None and not this:
                return None
            end = j + 2 if direction is not None else j + 1
            return Found(i, end, Season(lx.SEASONS[word], direction=direction or 0))
        if word in lx.VAGUE_PERIODS:  # not هذه الفترة: mostly "that period"
            k = j + 2 if self.word(j + 1) in ("القريبة", "القليلة") else j + 1
            following = self.word(k)  # الفترة (القريبة) المقبلة
            if following in lx.RELATIVE or following in lx.PLURAL_RECENT:
                return Found(i, k + 1, Ref(REFS[lx.RELATIVE.get(following, -1)]))
            return None
        if word not in lx.DEFINITE_UNITS:
            return None
        unit, plural = lx.DEFINITE_UNITS[word], word[2:] in lx.PLURAL_UNITS
        end, amount = self._period_count(j + 1, word[2:] in lx.DUAL_UNITS)
        following = self.word(end)
        if following in lx.RELATIVE:
            direction = lx.RELATIVE[following]
            if direction == 0 and word in lx.AMBIGUOUS_DUALS:
                return None  # العقود الحالية: the current contracts
        elif following in lx.PLURAL_RECENT and (plural or amount is not None):
            direction = -1  # الأيام الأخيرة, الشهرين الأخيرين
        elif this and amount is None:
            if plural and unit in ("H", "MIN", "S"):
                return None  # هذه الساعات: mostly "these watches"
            return Found(i, end, Ref("PRESENT_REF") if plural else Relative(unit, 0))
        elif (plural or amount == 2) and amount is not None and word not in lx.AMBIGUOUS_DUALS:
            end += following in lx.WHICH_OF_THEM  # الأشهر الثلاثة الأولى
            return Found(i, end, Duration(unit, amount))  # الأسبوعين, الأشهر الثلاثة
        else:
            return None
        if amount is not None:
            return Found(i, end + 1, Duration(unit, amount))
        return Found(i, end + 1, Ref(REFS[direction]) if plural else Relative(unit, direction))

    def counted_period(self, i: int) -> Found | None:
        """A definite number before its unit, then which of them: العشر سنوات القادمة,
        الأربعة أعوام الأخيرة, الـ24 ساعة الماضية → durations, as السنوات العشر السابقة."""
        if self.word(i) == "ال" and self.integer(i + 1) is not None:
            amount, end = self.integer(i + 1), i + 2
        else:
            word = forms(self.word(i))[-1]
            counted = cardinal(self.words, i, word[2:]) if word.startswith("ال") else None
            if not counted or counted[0] < 3:
                return None
            amount, end = counted
        unit_word = self.word(end)
        unit = (lx.SINGULAR_UNITS.get(unit_word) or lx.PLURAL_UNITS.get(unit_word)
                or lx.COUNTED_ONLY_UNITS.get(unit_word))  # fmt: skip
        following = self.word(end + 1)
        if unit and (
            following in lx.RELATIVE
            or following in lx.PLURAL_RECENT
            or following in lx.WHICH_OF_THEM
        ):
            return Found(i, end + 2, Duration(unit, amount))
        return None

    def _period_count(self, i: int, dual: bool) -> tuple[int, int | None]:
        """How many units a period has: 2 for a dual, else a number after the unit
        (الأيام الثلاثة, السنوات العشر, الأيام 3), then a vague adjective (القليلة).
        Returns (end, count or None)."""
        end, amount = i, 2 if dual else None
        if self.word(end) == "ال" and self.integer(end + 1) is not None:
            end += 1  # الساعات الـ 24 الماضية
        following = self.word(end)
        if (number := self.integer(end)) is not None:
            amount, end = number, end + 1
        elif following.startswith("ال"):
            spelled = cardinal(self.words, end, following[2:])
            if spelled and spelled[0] > 2:
                amount, end = spelled
        if self.word(end) in lx.VAGUE_ADJECTIVES:
            end += 1
        return end, amount

    def period_part(self, i: int) -> Found | None:
        """نهاية العام الحالي, مطلع الأسبوع الجاري, منتصف الشهر, أواخر 2014: the period's value."""
        if not _first_in(self.word(i), lx.PERIOD_PARTS):
            return None
        mod = lx.PERIOD_PARTS[_first_in(self.word(i), lx.PERIOD_PARTS) or ""]
        inner = self.period(i + 1) or self.quarter(i + 1) or self.date(i + 1) or self.century(i + 1)
        if inner:
            return Found(i, inner.end, inner.meaning, mod)
        word = self.word(i + 1)
        following = self.word(i + 2)
        if word in ("العام", "الشهر", "الاسبوع", "السنة") and (
            not following.startswith("ال") or following in lx.NOT_NOUNS
        ):
            return Found(i, i + 2, Relative(lx.DEFINITE_UNITS[word], 0), mod)
        return None

    def quarter(self, i: int) -> Found | None:
        """الربع الثالث, الربع الأول من العام, الربع الأخير من عام 2014, الربع الثاني من
        العام الماضي: of the year named after it, else of the publication year. A half
        (النصف الأول من العام → ``2015-H1``) only with its year: alone it is mostly a
        match's."""
        half = _first_in(self.word(i), {lx.HALF}) is not None
        names = lx.HALVES if half else lx.QUARTERS
        if not (half or _first_in(self.word(i), {lx.QUARTER})) or self.word(i + 1) not in names:
            return None
        number, end = names[self.word(i + 1)], i + 2
        if self.word(end) == "من":
            if year := self.year(end + 1):
                return Found(i, year.end, Quarter(number, year=year.meaning, half=half))
            period = self.period(end + 1)
            if period and isinstance(period.meaning, Relative) and period.meaning.unit == "Y":
                return Found(i, period.end, Quarter(number, year=period.meaning, half=half))
            if self.word(end + 1) in ("العام", "السنة"):
                return Found(i, end + 2, Quarter(number, half=half))
        return None if half else Found(i, end, Quarter(number))

    def century(self, i: int) -> Found | None:
        """القرن العشرين → 19, القرن الواحد والعشرين → 20, الثمانينيات → 198,
        الثمانينيات الهجرية → 196 (the 1380s AH)."""
        word = _first_in(self.word(i), DECADES)
        if word:
            era = self.word(i + 1)
            if era in lx.HIJRI_ERA or era in ("الهجرية", "الهجري"):
                return Found(i, i + 2, HijriDecade(int(DECADES[word][-1])))
            if era in lx.GREGORIAN_ERA or era in ("الميلادية", "الميلادي"):
                return Found(i, i + 2, Fixed(DECADES[word]))
            return Found(i, i + 1, Fixed(DECADES[word]))
        if not _first_in(self.word(i), {"القرن"}):
            return None
        if self.word(i + 1) == "الواحد" and self.word(i + 2) == "والعشرين":
            return Found(i, i + 3, Fixed("20"))
        found = ordinal_day(self.words, i + 1)
        if not found:
            return None
        number, end = found
        return Found(i, end, Fixed(f"{number - 1:02d}"))

    # -- quantities of time ------------------------------------------------------------------

    def quantity(self, i: int) -> tuple[int, str, float | None, str] | None:
        """A quantity of time: (end, unit, amount, kind), amount None when unspecified.

        kind: counted (25 عاما, ثلاث سنوات, ربع ساعة), dual (عامين), vague (عدة أيام,
        أيام قليلة), plural (أيام), single (عام); an approximation before it (أكثر من,
        نحو) makes any kind counted."""
        j = i
        first = forms(self.word(i))[-1]
        for length in (4, 3, 2, 1):
            if " ".join([first, *self.words[i + 1 : i + length]]) in lx.APPROXIMATIONS:
                j = i + length
                break
        found = self._bare_quantity(j, first=j == i)
        if not found:
            return None
        end, unit, amount, kind = found
        if self.word(end) in lx.INDEFINITE_RELATIVE and kind != "single":
            end += 1  # خمسة عشر عاما ماضية, أيام مضت
        if self.word(end) in lx.TRAILING_APPROXIMATIONS:
            end += 1
        return end, unit, amount, kind if j == i else "counted"

    def _bare_quantity(self, i: int, *, first: bool) -> tuple[int, str, float | None, str] | None:
        word = forms(self.word(i))[-1] if first else self.word(i)
        if NUMBER.fullmatch(self.word(i)):
            counted: tuple[float, int] | None = (float(self.word(i)), i + 1)
            if self.word(i - 1) == "(" and self.word(i + 1) == ")":
                counted = (counted[0], i + 2)  # (39) دقيقة
        else:
            counted = cardinal(self.words, i, word)
        if counted is not None:
            amount, end = counted
            unit_word = self.word(end)
            unit = (lx.SINGULAR_UNITS.get(unit_word) or lx.PLURAL_UNITS.get(unit_word)
                    or lx.COUNTED_ONLY_UNITS.get(unit_word))  # fmt: skip
            if not unit or (unit == "DE" and self._contracts(end + 1)):
                return None
            end += 1
            if self.word(end) in lx.UNIT_QUALIFIERS:
                end += 1  # 24 يوم عمل
            if self.word(end) == "ونصف":
                amount += 0.5
                end += 2 if self.word(end + 1) in lx.DEFINITE_UNITS else 1
            return end, unit, amount, "counted"
        if word in lx.DUAL_UNITS:
            if lx.DUAL_UNITS[word] == "DE" and self._contracts(i + 1):
                return None
            return i + 1, lx.DUAL_UNITS[word], 2, "dual"
        if word in ("نصف", "ربع") and self.word(i + 1) in lx.SINGULAR_UNITS:
            unit = lx.SINGULAR_UNITS[self.word(i + 1)]
            return i + 2, unit, 0.5 if word == "نصف" else 0.25, "counted"
        if word in lx.VAGUE_COUNTS and self.word(i + 1) in lx.PLURAL_UNITS:
            return i + 2, lx.PLURAL_UNITS[self.word(i + 1)], None, "vague"
        following = self.word(i + 1)
        if word in lx.PLURAL_UNITS:
            if following in lx.VAGUE_ADJECTIVES:
                return i + 2, lx.PLURAL_UNITS[word], None, "vague"
            if following.startswith("ال") and following not in lx.INDEFINITE_RELATIVE:
                return None  # خلال أيام التداول: days of something
            return i + 1, lx.PLURAL_UNITS[word], None, "plural"
        if (
            word in lx.SINGULAR_UNITS
            and not following.startswith("ال")  # خلال شهر رمضان, منذ يوم الخميس
            and not self._year_number(i + 1, hijri=None)  # منذ عام 2011
            and not (self.integer(i + 1) is not None and word[:3] in ("يوم", "شهر"))  # يوم 15
            and following not in lx.NAMED_PERIODS
            and not self.month(i + 1)
        ):
            end, amount = i + 1, 1.0
            if following == "ونصف":
                return end + 1, lx.SINGULAR_UNITS[word], 1.5, "counted"
            if following in lx.ONE:
                return end + 1, lx.SINGULAR_UNITS[word], 1.0, "counted"  # لعام واحد
            return end, lx.SINGULAR_UNITS[word], amount, "single"
        return None

    def _contracts(self, i: int) -> bool:
        """After a counted عقد/عقود at ``i``: words that make them contracts
        (خمسة عقود لمشاريع جديدة, عقدين مع شركتين), not decades."""
        word = self.word(i)
        return word in lx.CONTRACT_AFTER or (word.startswith("ل") and len(word) > 4)

    def since_ago(self, i: int) -> Found | None:
        """منذ أكثر من عامين (P2Y), قبل أيام (PAST_REF), قبل عام تقريبا, خلال أيام معدودة;
        قبل/بعد counting from another event (بعد ساعات من بدء التداول) keep the duration only."""
        word = _first_in(self.word(i), {lx.SINCE, lx.AGO, lx.AFTER, lx.WITHIN})
        if not word:
            return None
        found = self.quantity(i + 1)
        if not found:
            return None
        end, unit, amount, _ = found
        if word in (lx.SINCE, lx.WITHIN):
            return Found(i, end, Duration(unit, amount))
        after = end + 1 if self.word(end) == "فقط" else end
        if self.word(end - 1) not in lx.INDEFINITE_RELATIVE and (  # قبل ثلاثين عاما مضت
            self.word(after) in ("من", "علي")
            or self.word(i - 1) in lx.NARRATIVE_THEN
            or (word == lx.AFTER and self._dated(after + (self.word(after) == "في")))
            or (word == lx.AFTER and self._narrative_after(i, after))
        ):
            return Found(i + 1, end, Duration(unit, amount))
        return Found(i, end, Offset(unit, amount, -1 if word == lx.AGO else 1))

    def _narrative_after(self, i: int, after: int) -> bool:
        """وبعد عامين بلغ الهلال النهائي: بعد joined to و or ف goes on a story, counting
        from its last event, unless a future verb follows (وبعد يوم سنخوض أول لقاء)."""
        following = self.word(after)
        return self.word(i)[:1] in ("و", "ف") and not (
            following == "سوف" or (len(following) > 3 and following.startswith(lx.FUTURE_PREFIXES))
        )

    def _dated(self, i: int) -> bool:
        """A date with its day or month at ``i``: after بعد ثلاثة أشهر في 26 يونيو the
        quantity counts from another event."""
        found = self.date(i)
        return (
            found is not None
            and isinstance(found.meaning, CalendarDate)
            and (found.meaning.month is not None)
        )

    def quantity_alone(self, i: int) -> Found | None:
        """48 ساعة, ثلاث سنوات, عدة أيام, مكثت شهرا; a bare أيام or عام only after لمدة,
        طوال, على مدى, or with ل (لسنوات)."""
        if self.word(i) in lx.ADVERBIAL_UNITS:
            return Found(i, i + 1, Duration(lx.ADVERBIAL_UNITS[self.word(i)], 1))
        found = self.quantity(i)
        if not found:
            return None
        end, unit, amount, kind = found
        if forms(self.word(i))[-1] in lx.NAME_DUALS and not _first_in(
            self.word(i - 1), lx.DURATION_LEADS
        ):
            return None  # قبيلة شهران
        if (
            kind in ("plural", "single")
            and not _first_in(self.word(i - 1), lx.DURATION_LEADS)
            and not (kind == "plural" and self.word(i).startswith("ل"))
            and not (self.word(i).startswith("ب") and unit != "DE" and self._before_or_after(i))
        ):
            return None
        return Found(i, end, Duration(unit, amount))

    def _before_or_after(self, i: int) -> bool:
        """بعد or قبل a few words before ``i`` in its sentence: وبعده بعام, ومات بعدها
        بيوم, وقبل أن تلفظ المباراة أنفاسها بدقيقة."""
        for j in range(i - 1, max(i - 6, 0) - 1, -1):
            if self.word(j) in lx.SENTENCE_ENDS or self.word(j) == "،":
                return False
            if _first_in(self.word(j), lx.BEFORE_AFTER):
                return True
        return False

    # -- frequencies and vague expressions ---------------------------------------------------

    def every(self, i: int) -> Found | None:
        """سنويا, كل يوم, كل يوم جمعة, سنة تلو الأخرى."""
        word = _first_in(self.word(i), lx.SET_ADVERBS)
        if word:
            return Found(i, i + 1, Fixed(lx.SET_ADVERBS[word], "SET"))
        if _first_in(self.word(i), {lx.EVERY}):
            unit = lx.SINGULAR_UNITS.get(self.word(i + 1))
            weekday = lx.WEEKDAYS.get("ال" + self.word(i + 2))
            if unit == "D" and weekday is not None:
                return Found(i, i + 3, Fixed(f"XXXX-WXX-{weekday + 1}", "SET"))
            if unit and self.word(i + 2) in lx.GREETING_AFTER:
                return None
            if unit:
                value = f"PT1{unit[0]}" if unit in ("H", "MIN") else f"P1{unit}"
                return Found(i, i + 2, Fixed(value, "SET"))
            found = self._bare_quantity(i + 1, first=False)  # كل ربع ساعة, كل ثلاثة أشهر
            if found and found[3] in ("counted", "dual"):
                return Found(i, found[0], Duration(found[1], found[2], "SET"))
            return None
        unit = lx.SINGULAR_UNITS.get(self.word(i))
        if (
            unit
            and self.word(i + 1) in lx.ONE_AFTER_ANOTHER
            and (self.word(i + 2) in lx.ANOTHER or self.word(i + 2) in lx.SINGULAR_UNITS)
        ):
            return Found(i, i + 3, Fixed(f"P1{unit}", "SET"))
        return None

    def vague(self, i: int) -> Found | None:
        """الآن, حاليا, مؤخرا, وقت سابق, الوقت الحالي, المستقبل القريب, في الماضي."""
        word = _first_in(self.word(i), lx.VAGUE_ADVERBS)
        if word == "الان" and self.tokens[i].text.startswith("آ"):
            return None  # the name آلان (Alain)
        if word:
            if word == "اخيرا" and (
                self.word(i) != "اخيرا" or i == 0 or self.word(i - 1) in lx.SENTENCE_ENDS
            ):
                return None  # وأخيرا, or first in its sentence: "finally"
            if word == "قريبا" and self.word(i + 1) == "من":
                return None  # قريبا من: "near"
            return Found(i, i + 1, Ref(lx.VAGUE_ADVERBS[word]))
        first = forms(self.word(i))
        for form in first:
            phrase = f"{form} {self.word(i + 1)}"
            if phrase in lx.VAGUE_PHRASES:
                return Found(i, i + 2, Ref(lx.VAGUE_PHRASES[phrase]))
        return self._time_noun(i) or self._some_time(i)

    def _time_noun(self, i: int) -> Found | None:
        """في الماضي, من المستقبل, في السابق; الماضي والحاضر والمستقبل joined by و."""
        word = self.word(i)
        if word == "السابق" and self.word(i - 1) == "في":
            return Found(i, i + 1, Ref("PAST_REF"))
        noun = _first_in(word, lx.TIME_NOUNS)
        if noun is None:
            return None
        if noun == word and self.word(i - 1) in lx.TIME_NOUN_LEADS:
            return Found(i, i + 1, Ref(lx.TIME_NOUNS[noun]))
        joined = (word.startswith("و") and _first_in(self.word(i - 1), lx.TIME_NOUNS)) or (
            self.word(i + 1).startswith("و") and _first_in(self.word(i + 1), lx.TIME_NOUNS)
        )
        return Found(i, i + 1, Ref(lx.TIME_NOUNS[noun])) if joined else None

    def _some_time(self, i: int) -> Found | None:
        """منذ فترة (طويلة), قبل فترة → PAST_REF; لفترة مقبلة, فترة سابقة → their direction."""
        lead = _first_in(self.word(i), {lx.SINCE, lx.AGO})
        j = i + 1 if lead else i
        if (self.word(j) if lead else forms(self.word(j))[-1]) not in lx.SOME_TIME:
            return None
        following = self.word(j + 1)
        if following in lx.INDEFINITE_RELATIVE and following[:2] != "ال":
            return Found(i, j + 2, Ref(REFS[1 if following in ("مقبلة", "قادمة") else -1]))
        if lead:
            end = j + 2 if following in lx.SOME_TIME_LENGTHS and following != "ليست" else j + 1
            return Found(i, end, Ref("PAST_REF"))
        return None


def tag(tokens: list[Token], text: str) -> list[Found]:
    """Time expressions among ``tokens`` of ``text``, in order, never overlapping."""
    found: list[Found] = []
    first = 0
    for index in range(1, len(tokens) + 1):
        if index == len(tokens) or "\n" in text[tokens[index - 1].end : tokens[index].start]:
            found.extend(_Line(tokens[first:index], first).scan())
            first = index
    return found
