"""Time expressions: found in the text and normalised to TIMEX3 values against the
publication date (``Document.published``).

Modules: ``lexicon`` (month, weekday, unit and other words), ``numbers`` (numbers in
words), ``tagger`` (finding expressions over tokens), ``meanings`` (what an
expression means and its value against the publication date).

Conventions
-----------
Spans cover whole tokens, so a proclitic stays in (بالامس, والخميس, لعام 2015), and
include what makes the value: قبل/بعد/منذ/خلال before a quantity (قبل أيام, منذ
أكثر من عامين), approximations (أكثر من, نحو, تقريبا), the relative word (الماضي,
المقبل, الحالي), a weekday or day named with a date (اليوم الأحد, يوم الأحد 20 شوال
1436هـ), the day a clock time or part of the day belongs to (الساعة العاشرة من صباح
أمس), the article of a number (الـ24 ساعة الماضية, الـ12 من أغسطس) and the word that
says which of a counted period (الأشهر الثلاثة الأولى, الشهرين الأخيرين, الأشهر التسعة
المتبقية). Other prepositions (في, من, حتى, لمدة, على مدى) stay out: لمدة ثلاث سنوات
tags ثلاث سنوات. Two dates linked by الموافق are two expressions with one value.
Not times: a car's model year (لانسر 2011, موديل 2015), اليوم in a name (روسيا اليوم,
جريدة اليوم) or for a day already named (نفس اليوم, ذلك اليوم), عقود that are contracts.

Values:
- أمس, الخميس الماضي, الشهر المقبل, العام الحالي: the day, week (ISO, ``2017-W35``),
  month or year relative to the publication date. A weekday alone is the nearest such
  day on or before the publication date (news report the past); المقبل/القادم make it
  the next one, as does a future marker earlier in its sentence (سوف, من المقرر,
  سيتم). A weekday named with اليوم/أمس/غدا is the one nearest to that day.
- A day or month without a year takes the year that puts it nearest to the
  publication date; الماضي/المقبل/الجاري (or منذ before it) choose the direction.
- A quarter is ``2017-Q3``, of the year named after it (الربع الأول من العام الماضي →
  ``2016-Q1``) or of the publication year; a half ``2017-H1`` (النصف الأول من العام),
  only with its year.
- A part of a period takes the period's value, and the part goes in the TIMEX3
  ``mod``: نهاية العام الحالي → ``2017`` END, مطلع الشهر الجاري → ``2017-09`` START,
  منتصف 2015 → ``2015`` MID. An approximation keeps its value too, with its mod:
  نحو عامين → ``P2Y`` APPROX, منذ أكثر من عامين → ``P2Y`` MORE_THAN, أقل من أسبوعين →
  LESS_THAN, لا يقل عن → EQUAL_OR_MORE.
- "Ago" and "later" with a number point at a date at the unit's granularity, years
  at the month: قبل ثلاثة أيام → ``2017-09-03``, قبل عام تقريباً → ``2016-09``;
  without a number (قبل أيام, قبل أسابيع) or below a day they are ``PAST_REF`` /
  ``FUTURE_REF``. Counted from another event (بعد ساعات من بدء التداول, بعد ثلاثة
  أشهر في 26 يونيو, and a story's وبعد عامين بلغ unless a future verb follows) only the
  quantity is tagged, as a duration; so is ب + a quantity a few words after قبل/بعد
  (وبعده بعام → ``P1Y``).
- منذ or خلال with a quantity is a DURATION (منذ أكثر من عامين → ``P2Y``, منذ أشهر →
  ``PXM``, خلال أيام معدودة → ``PXD``), as are lengths (48 ساعة → ``PT48H``) and ages.
- Plural periods without a number (الأيام الماضية, السنوات المقبلة, الآونة الأخيرة),
  vague adverbs (الآن, حاليا, مؤخرا, وقت سابق, منذ فترة) and the nouns الماضي, الحاضر,
  المستقبل (after في/من/إلى or joined by و) are ``PAST_REF``, ``PRESENT_REF``
  or ``FUTURE_REF``; with a number or dual they are durations (العامين الماضيين → ``P2Y``),
  even alone (خلال اليومين → ``P2D``, الأشهر الثلاثة → ``P3M``; not العامين, also
  "general"). A lone مكثت شهرا or لسنوات is a duration too.
- Frequencies are SET: سنويا → ``P1Y``, كل يوم → ``P1D``, كل ربع ساعة → ``PT15M``,
  كل يوم جمعة → ``XXXX-WXX-5``.
- Parts of the day are TIME: صباح اليوم → ``2017-09-06TMO`` (MO, MI, AF, EV, NI); a
  clock time, منتصف الليل or بعيد الظهر without a day of its own is on the
  publication date.
- Hijri dates are converted with hijridate (Umm al-Qura, years 1343–1500 AH); a
  Hijri month or year that straddles Gregorian ones takes the Gregorian month or year
  holding its middle day (شوال 1436 → ``2015-07``); a Hijri month without a year is
  the occurrence nearest to the publication date; a Hijri decade the Gregorian one
  holding its middle year (الثمانينيات الهجرية → ``196``).

Without a publication date, relative expressions are kept: a date without its year
gets a TIMEX3 placeholder (``XXXX-09-25``), and named days, weekdays, relative periods
and "ago" the direction alone (``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``); a Hijri
month without a year is skipped, as is any date that does not exist (31 September).
"""

from __future__ import annotations

import datetime as dt

from marsad.document import Document, TimeExpression
from marsad.times.tagger import tag


def _anchor(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def find_times(doc: Document) -> list[TimeExpression]:
    """The document's time expressions with their values; needs ``doc.tokens``."""
    anchor = _anchor(doc.published)
    times = []
    for found in tag(doc.tokens, doc.text):
        value = found.meaning.value(anchor)
        if value is None:
            continue
        start, end = doc.tokens[found.first].start, doc.tokens[found.end - 1].end
        times.append(
            TimeExpression(
                start=start,
                end=end,
                text=doc.text[start:end],
                type=found.meaning.type,
                value=value,
                mod=found.mod,
            )
        )
    return times
