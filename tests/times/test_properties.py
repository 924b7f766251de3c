"""Any text at all: time spans are slices of the original, in order, never overlapping."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

WORDS = [
    "أمس", "الماضي", "يوم", "الخميس", "25", "سبتمبر", "أيلول", "(", ")", "/", "1436", "هـ",
    "منذ", "قبل", "أكثر", "من", "عامين", "الساعة", "العاشرة", "صباح", "اليوم", "كل", "نهاية",
    "العام", "الحالي", "وال", "بال", "١٢", ":", "30", "\n", "ـ", "ً",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(WORDS) | st.text(max_size=3), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from([None, "2017-09-06", "2015-08-02"]))
def test_spans_are_slices_in_order(tag_times, text, published) -> None:
    previous_end = 0
    for time in tag_times(text, published):
        assert text[time.start : time.end] == time.text
        assert previous_end <= time.start < time.end
        assert time.value
        previous_end = time.end
