"""Numbers written in words, in normalised form."""

from __future__ import annotations

import pytest

from marsad.times.numbers import cardinal, ordinal_day, ordinal_hour, spelled_year


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ثلاث سنوات", 3),
        ("خمسة عشر عاما", 15),
        ("خمسة وعشرين يوما", 25),
        ("ثمانين عاما", 80),
        ("مائتي عام", 200),
    ],
)
def test_cardinals(words: str, value: int) -> None:
    assert cardinal(words.split(), 0)[0] == value


def test_cardinal_with_its_clitic_removed() -> None:
    assert cardinal(["لعشرة", "ايام"], 0, "عشرة") == (10, 1)


@pytest.mark.parametrize(
    ("words", "value"),
    [("الخامس من", 5), ("الخامس عشر", 15), ("الحادي والعشرين", 21), ("الثلاثين", 30)],
)
def test_days_as_ordinals(words: str, value: int) -> None:
    assert ordinal_day(words.split(), 0)[0] == value


def test_a_lone_first_part_is_not_a_day() -> None:
    assert ordinal_day(["الحادي"], 0) is None


@pytest.mark.parametrize(("words", "value"), [("العاشرة صباحا", 10), ("الثانية عشرة ظهرا", 12)])
def test_hours(words: str, value: int) -> None:
    assert ordinal_hour(words.split(), 0)[0] == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("الف وتسعمائة وخمسة وستين", 1965),
        ("الفين وخمسة عشر", 2015),
        ("الف وثمانمئة", 1800),
        ("الفين", 2000),
    ],
)
def test_years_in_words(words: str, value: int) -> None:
    assert spelled_year(words.split(), 0) == (value, len(words.split()))


def test_an_hour_with_its_clitic_removed() -> None:
    assert ordinal_hour(["والرابعة", "فجرا"], 0, "الرابعة") == (4, 1)
