"""The bundled op-ed (published 2017-09-06), every time expression checked by hand."""

from __future__ import annotations

from pathlib import Path

from marsad.pipeline import Pipeline

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "deir-ez-zor-op-ed.txt"

# (text as written, nth occurrence in the article, TIMEX3 type, value), in reading order.
EXPECTED = [
    ("منذ أكثر من عامين", 1, "DURATION", "P2Y"),  # the besieged unit, stuck for over two years
    ("منذ أشهر", 1, "DURATION", "PXM"),
    ("نهاية العام الحالي", 1, "DATE", "2017"),  # end of 2017: the year's value
    ("خلال أيام معدودة", 1, "DURATION", "PXD"),
    ("الآن", 1, "DATE", "PRESENT_REF"),
    ("25 أيلول سبتمبر الحالي", 1, "DATE", "2017-09-25"),  # the Kurdish referendum
    ("كل يوم", 1, "SET", "P1D"),
    ("بالامس", 1, "DATE", "2017-09-05"),  # the siege broken the day before publication
    ("قبل عام تقريباً", 1, "DATE", "2016-09"),
    ("الآن", 2, "DATE", "PRESENT_REF"),
    ("قبل أيام", 1, "DATE", "PAST_REF"),
    ("قبل أسابيع", 1, "DATE", "PAST_REF"),
    ("الآن", 3, "DATE", "PRESENT_REF"),  # من الآن فصاعداً
]


def nth_index(text: str, part: str, nth: int) -> int:
    start = -1
    for _ in range(nth):
        start = text.index(part, start + 1)
    return start


def test_every_expression_of_the_op_ed_with_its_span_and_value(tag_times) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    found = [(t.start, t.end, t.text, t.type, t.value) for t in tag_times(text, "2017-09-06")]
    expected = []
    for part, nth, kind, value in EXPECTED:
        start = nth_index(text, part, nth)
        expected.append((start, start + len(part), part, kind, value))
    assert found == expected


def test_spans_point_into_the_original_text(tag_times) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for time in tag_times(text):
        assert text[time.start : time.end] == time.text


def test_times_run_right_after_segmentation() -> None:
    assert Pipeline().stage_names[:2] == ["segment", "times"]
