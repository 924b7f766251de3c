"""Numbers written in words: cardinals (ثلاثة, خمسة عشر, خمسة وعشرين) and
ordinals (الخامس والعشرين for a day, العاشرة for an hour), in normalised form.

Each parser reads words from position ``i`` of a list of normalised words and
returns ``(value, end)`` with ``end`` the position after the number, or ``None``.
"""

from __future__ import annotations

UNITS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2,
    "اثني": 2, "اثنتا": 2, "اثنتي": 2, "ثلاث": 3, "ثلاثة": 3, "اربع": 4, "اربعة": 4,
    "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8,
    "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10, "احد": 1, "احدي": 1,
}  # fmt: skip
TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
HUNDREDS = {"مائة": 100, "مئة": 100, "مائتي": 200, "مائتين": 200, "مئتي": 200, "مئتين": 200}
# تسعمائة, ثلاثمئة: hundreds written as one word.
HUNDREDS_PREFIXES = {"ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "ثماني": 8,
                     "تسع": 9}  # fmt: skip
HUNDREDS |= {
    prefix + hundred: value * 100
    for prefix, value in HUNDREDS_PREFIXES.items()
    for hundred in ("مائة", "مئة")
}
THOUSANDS = {"الف": 1000, "الفا": 1000, "الفين": 2000, "الفان": 2000}
TEEN = {"عشر", "عشرة"}

ORDINALS = {
    "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
    "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي": 1, "العشرين": 20,
    "الثلاثين": 30,
}  # fmt: skip
# Feminine ordinals name the hours: الساعة العاشرة, الحادية عشرة.
HOURS = {
    "الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6,
    "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية": 11,
}  # fmt: skip


def _word(words: list[str], i: int) -> str:
    return words[i] if i < len(words) else ""


def _without_and(word: str) -> str:
    return word[1:] if word.startswith("و") and len(word) > 2 else word


def cardinal(words: list[str], i: int, first: str | None = None) -> tuple[int, int] | None:
    """ثلاثة → 3, خمسة عشر → 15, خمسة وعشرين → 25, عشرين → 20, مائة → 100.

    ``first`` replaces the word at ``i`` (the word without its clitics or article)."""
    word = first or _word(words, i)
    if word in HUNDREDS:
        return HUNDREDS[word], i + 1
    if word in TENS:
        return TENS[word], i + 1
    if word not in UNITS:
        return None
    value = UNITS[word]
    following = _word(words, i + 1)
    if following in TEEN and value < 10:
        return 10 + value, i + 2
    tens = _without_and(following)
    if following.startswith("و") and tens in TENS and value < 10:
        return value + TENS[tens], i + 2
    return value, i + 1


def spelled_year(words: list[str], i: int) -> tuple[int, int] | None:
    """A year in words: ألف وتسعمائة وخمسة وستين → 1965, ألفين وخمسة عشر → 2015."""
    value = THOUSANDS.get(_word(words, i))
    if value is None:
        return None
    end = i + 1
    hundreds = _without_and(_word(words, end))
    if _word(words, end).startswith("و") and hundreds in HUNDREDS:
        value, end = value + HUNDREDS[hundreds], end + 1
    rest = _word(words, end)
    found = cardinal(words, end, _without_and(rest)) if rest.startswith("و") else None
    if found and found[0] < 100:
        value, end = value + found[0], found[1]
    return value, end


def ordinal_day(words: list[str], i: int) -> tuple[int, int] | None:
    """Day of the month: الخامس → 5, الخامس عشر → 15, الخامس والعشرين → 25."""
    word = _word(words, i)
    if word not in ORDINALS:
        return None
    value = ORDINALS[word]
    following = _word(words, i + 1)
    if value < 10 and following in TEEN:
        return 10 + value, i + 2
    tens = _without_and(following)
    if value < 10 and following.startswith("و") and tens in ORDINALS and ORDINALS[tens] >= 20:
        return value + ORDINALS[tens], i + 2
    if word == "الحادي":  # only in compounds
        return None
    return value, i + 1


def ordinal_hour(words: list[str], i: int, first: str | None = None) -> tuple[int, int] | None:
    """Hour of the clock: العاشرة → 10, الحادية عشرة → 11, الثانية عشرة → 12.

    ``first`` replaces the word at ``i`` (the word without its clitics)."""
    word = first or _word(words, i)
    if word not in HOURS:
        return None
    if _word(words, i + 1) in TEEN and word in ("الحادية", "الثانية"):
        return HOURS[word] + (0 if word == "الحادية" else 10), i + 2
    if word == "الحادية":
        return None
    return HOURS[word], i + 1
