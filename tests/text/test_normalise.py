"""Normalisation: hand-checked forms, and offsets that always lead back to the original."""

from hypothesis import given
from hypothesis import strategies as st

from marsad.text.normalise import normalise, normalise_word


def test_removes_tashkeel_and_tatweel():
    assert normalise_word("قَصَفَ الطَّيَرانُ") == "قصف الطيران"
    assert normalise_word("جـــيش") == "جيش"
    assert normalise_word("عاماً") == "عاما"


def test_unifies_alef_forms_and_alef_maqsura():
    assert normalise_word("أحمد إيران آذار ٱلله") == "احمد ايران اذار الله"
    assert normalise_word("إلى مستشفى") == "الي مستشفي"


def test_digits_become_ascii():
    assert normalise_word("٢٥ أيلول ٢٠١٧") == "25 ايلول 2017"
    assert normalise_word("۱۴۰۲") == "1402"  # Persian digits
    assert normalise_word("٣٫٥٪") == "3.5%"


def test_invisible_controls_are_removed():
    assert normalise_word("حين\u200f") == "حين"
    assert normalise_word("\u202bدمشق\u202c") == "دمشق"


def test_lone_surrogates_become_replacement_characters():
    assert normalise_word("دمشق\ud800") == "دمشق\ufffd"


def test_a_text_of_deleted_characters_only_normalises_to_nothing():
    normalised = normalise("\xad\u200f")  # soft hyphen, RLM: found by hypothesis
    assert (normalised.text, normalised.starts, normalised.ends) == ("", [], [])


def test_presentation_forms_expand():
    # ﻻ is the lam-alef ligature; ﺩﻣﺸﻖ is دمشق in presentation forms.
    assert normalise_word("ﻻ") == "لا"
    assert normalise_word("ﺩﻣﺸﻖ") == "دمشق"
    assert normalise_word("ﻷن") == "لان"  # lam-alef with hamza → لا


def test_taa_marbuta_folds_only_when_asked():
    assert normalise_word("الرقة") == "الرقة"
    assert normalise_word("الرقة", fold_taa_marbuta=True) == "الرقه"


def test_span_in_normalised_text_maps_to_original_with_its_tashkeel():
    original = "قَصَفَ الطَّيَرانُ الرُّوسِيُّ"
    normalised = normalise(original)
    at = normalised.text.index("الطيران")
    start, end = normalised.to_original(at, at + len("الطيران"))
    assert original[start:end] == "الطَّيَرانُ"


def test_ligature_maps_to_the_whole_original_character():
    original = "ﻻ شك"
    normalised = normalise(original)
    assert normalised.text == "لا شك"
    assert normalised.to_original(0, 1) == (0, 1)
    assert normalised.to_original(1, 2) == (0, 1)
    assert normalised.to_original(3, 5) == (2, 4)


ARABIC_AND_FRIENDS = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ")
    + list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")
    + list("\u200b\u200c\u200d\u200e\u200f\u202b\u202c\u2067\u2069\ufeff\u061c")
    + list("ﻻﻷﺩﻣﺸﻖﷲﷺ")
    + list("٠١٢٣٤٥٦٧٨٩۰۱۲٫٬٪")
    + list(' \n\t.،؛؟!«»"()-')
)
ANY_TEXT = st.text(alphabet=ARABIC_AND_FRIENDS | st.characters(), max_size=200)


@given(ANY_TEXT, st.booleans())
def test_every_normalised_span_maps_back_inside_the_original(text, fold):
    normalised = normalise(text, fold_taa_marbuta=fold)
    size = len(normalised.text)
    for start in range(size + 1):
        for end in (start, min(size, start + 1), min(size, start + 3), size):
            if end < start:
                continue
            begin, finish = normalised.to_original(start, end)
            assert 0 <= begin <= finish <= len(text)


@given(ANY_TEXT)
def test_offset_map_is_ordered_and_covers_every_normalised_character(text):
    normalised = normalise(text)
    if normalised.starts is None:
        assert len(normalised.text) == len(text)
        return
    assert len(normalised.starts) == len(normalised.ends) == len(normalised.text)
    assert normalised.starts == sorted(normalised.starts)
    for start, end in zip(normalised.starts, normalised.ends, strict=True):
        assert start < end <= len(text)
