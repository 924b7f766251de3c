"""Place resolution on real Arabic text, against hand-checked entries and coordinates."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.document import Document, Place
from marsad.pipeline import DEFAULT_STAGES, Pipeline
from marsad.places.resolve import resolve_spans

EXAMPLE = Path(__file__).parents[2] / "examples" / "deir-ez-zor-op-ed.txt"
STAGES = ("segment", "entities", "places")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline([stage for stage in DEFAULT_STAGES if stage[0] in STAGES])


@pytest.fixture(scope="module")
def op_ed(pipeline) -> Document:
    text = EXAMPLE.read_text(encoding="utf-8")
    return pipeline(Document(id="op-ed", text=text, published="2017-09-06"))


def resolve(pipeline: Pipeline, text: str, *mentions: str) -> dict[str, Place]:
    """Resolve the given mentions of ``text`` (spans found by search), as the eval does."""
    doc = pipeline(Document(id="t", text=text))
    spans = [(text.index(m), text.index(m) + len(m)) for m in mentions]
    resolutions = resolve_spans(doc, spans, pipeline.resources.places)
    return {m: r.place() for m, r in zip(mentions, resolutions, strict=True)}


def test_places_stage_runs_after_entities():
    names = [name for name, _ in DEFAULT_STAGES]
    assert names.index("places") == names.index("entities") + 1


# Every place of the op-ed, checked by reading it: (text, entry, lat, lon, feature, country).
OP_ED = {
    "دير الزور": ("geonames:170794", 35.34, 40.14, "city", "SY"),  # the city the battle was for
    "الرقة": ("geonames:172955", 35.95, 39.01, "city", "SY"),
    "البحر المتوسط": ("marsad:mediterranean-sea", 36.29, 18.66, "water", None),
    "موسكو": ("geonames:524901", 55.75, 37.62, "city", "RU"),  # not Mesquite, Texas
    "واشنطن": ("geonames:4140963", 38.90, -77.04, "city", "US"),  # D.C., not the state
    "دمشق": ("geonames:170654", 33.51, 36.29, "city", "SY"),
    "بغداد": ("geonames:98182", 33.34, 44.40, "city", "IQ"),
    "العراق": ("geonames:99237", 33.34, 44.40, "country", "IQ"),
    "سوريا": ("geonames:163843", 33.51, 36.29, "country", "SY"),
    "كردستان العراق": ("marsad:iq-kurdistan-region", 36.39, 44.20, "admin", "IQ"),
    "الشمال السوري": ("marsad:north-syria", 36.25, 37.93, "region", "SY"),
    "روسيا": ("geonames:2017370", 55.75, 37.62, "country", "RU"),
    "إيران": ("geonames:130758", 35.69, 51.42, "country", "IR"),
}


def test_every_place_of_the_op_ed_resolves_to_the_right_entry(op_ed):
    resolved = [p for p in op_ed.places if p.gazetteer_id]
    assert {p.text for p in resolved} == set(OP_ED)
    for place in resolved:
        entry, lat, lon, feature, country = OP_ED[place.text]
        assert place.gazetteer_id == entry, place.text
        assert (place.lat, place.lon) == pytest.approx((lat, lon), abs=0.01), place.text
        assert (place.feature, place.country) == (feature, country), place.text
        assert 0 < place.confidence <= 1 and place.reason


def test_op_ed_mentions_are_all_kept(op_ed):
    # دير الزور 4, الرقة 4, موسكو 3, واشنطن 3 times (counted with grep -o on the file).
    counts = {name: sum(p.text == name for p in op_ed.places) for name in OP_ED}
    assert counts["دير الزور"] == 4 and counts["الرقة"] == 4
    assert counts["موسكو"] == 3 and counts["واشنطن"] == 3
    for place in op_ed.places:
        assert op_ed.text[place.start : place.end] == place.text


def test_an_accusative_adjective_is_kept_unresolved_with_a_reason(op_ed):
    # "سواء كان سورياً أو لبنانياً": Syrian, an adjective the tagger took for a place.
    (adjective,) = [p for p in op_ed.places if p.text == "سورياً"]
    assert adjective.gazetteer_id is None and "tanween" in (adjective.reason or "")


def test_reasons_name_the_evidence(op_ed):
    moscow = next(p for p in op_ed.places if p.text == "موسكو")
    assert "capital of RU" in (moscow.reason or "")
    assert "next Mesquite" in (moscow.reason or "")


@pytest.mark.parametrize(
    ("text", "mention", "entry"),
    [
        # Amman when Jordan is named next to it; Oman after سلطنة.
        ("وصل الوزير إلى العاصمة الأردنية عمان أمس", "عمان", "geonames:250441"),
        ("هبطت طائرة الخطوط الملكية في مطار عمان الأردني مساء أمس", "عمان", "geonames:250441"),
        ("زار الوزير سلطنة عمان أمس", "سلطنة عمان", "geonames:286963"),
        # A country beats its capital of the same name.
        ("ارتفعت أسعار النفط في الكويت أمس", "الكويت", "geonames:285570"),
        # A governorate after محافظة, its city otherwise.
        ("قتل ثلاثة مدنيين في محافظة حلب أمس", "محافظة حلب", "marsad:sy-aleppo"),
        ("قتل ثلاثة مدنيين في مدينة حلب أمس", "حلب", "geonames:170063"),
        # ريف + دمشق is the governorate even when only دمشق is tagged.
        ("سقطت قذائف على بلدات في ريف دمشق", "دمشق", "marsad:sy-rif-dimashq"),
        # بلنسية is the Andalusian name of Valencia in Spain, never of its larger Venezuelan
        # namesake (فالنسيا), even with the name repeated and no country named.
        ("خرج أبو زيد من بلنسية ثم عاد إلى بلنسية بعد عام", "بلنسية", "geonames:2509954"),
        # A state's official name in the press: الجمهورية اليمنية is Yemen.
        ("قال رئيس الجمهورية اليمنية إن الحوار مستمر", "الجمهورية اليمنية", "geonames:69543"),
        # A direction word before a name: the name.
        ("وحذر من أن الوضع في جنوب لبنان يتسم بالهشاشة", "جنوب لبنان", "geonames:272103"),
        # An industrial city is found under its town.
        ("افتتح الأمير مصنعا جديدا في الجبيل الصناعية أمس", "الجبيل الصناعية", "geonames:109435"),
        # A k written ق at the start of a foreign name: Kazakhstan.
        ("وصل الوزير إلى قازاخستان في زيارة رسمية", "قازاخستان", "geonames:1522867"),
        # GeoNames files المالديف under Moldova too; the curated list takes it away.
        ("وصل الرئيس إلى جمهورية المالديف", "جمهورية المالديف", "geonames:1282028"),
        # Al-Ahsa's only entry is the governorate district (GeoNames gives it no
        # population); with nothing to mistake it for, it is taken.
        ("افتتح مستشفى جديد في الأحساء أمس", "الأحساء", "geonames:10972331"),
        # The holy sites of the Hajj: Arafat is the plain east of Mecca, not the
        # Mauritanian town GeoNames gives the name.
        ("بدأ الحجاج صعودهم إلى عرفات لأداء الركن الأعظم", "عرفات", "marsad:sa-arafat"),
        ("وبات الحجاج ليلتهم في مشعر منى", "منى", "marsad:sa-mina"),
        ("ثم نفر الحجاج إلى المزدلفة بعد غروب الشمس", "المزدلفة", "marsad:sa-muzdalifah"),
        # Valencia in Spain as today's press writes it, and Afyon, Afyonkarahisar's
        # short name.
        ("انتقل اللاعب إلى نادي في مدينة فالنسيا الإسبانية", "فالنسيا", "geonames:2509954"),
        ("هبطت الطائرة في مطار مدينة أفيون التركية", "أفيون", "geonames:325303"),
        # Medina by its name in the Saudi press, and Taiwan as sport names it.
        ("وصل الحجاج إلى طيبة الطيبة لزيارة المسجد النبوي", "طيبة الطيبة", "geonames:109223"),
        ("فاز المنتخب على الصين تايبيه في التصفيات", "الصين تايبيه", "geonames:1668284"),
    ],
)
def test_a_name_resolves_to_the_entry_its_context_says(pipeline, text, mention, entry):
    place = resolve(pipeline, text, mention)[mention]
    assert place.gazetteer_id == entry, place.reason


def test_a_governorate_of_the_eastern_province(pipeline):
    # الأحساء has no town of that name (its towns are الهفوف and المبرز): the governorate,
    # taken as a district is, with the support of a Saudi place beside it.
    text = "هطلت أمطار غزيرة على الأحساء والدمام في المنطقة الشرقية"
    place = resolve(pipeline, text, "الأحساء", "الدمام", "المنطقة الشرقية")["الأحساء"]
    assert (place.gazetteer_id, place.country) == ("geonames:10972331", "SA"), place.reason


def test_names_listed_with_a_region_are_regions(pipeline):
    # Clouds over the highlands of the regions of Asir and Jazan: عسير is only a region.
    found = resolve(pipeline, "تتكون السحب على مرتفعات عسير وجازان", "عسير", "جازان")
    assert found["عسير"].gazetteer_id == "marsad:sa-asir"
    assert found["جازان"].gazetteer_id == "marsad:sa-jazan"
    assert "listed with another admin" in (found["جازان"].reason or "")


def test_a_mention_grows_to_the_name_it_is_part_of(pipeline):
    place = resolve(pipeline, "سقطت قذائف على بلدات في ريف دمشق", "دمشق")["دمشق"]
    assert place.text == "ريف دمشق"


def test_a_dateline_names_a_city(pipeline):
    # "الجزائر - واج :": the dateline of an APS story from Algiers, not Algeria.
    text = "الجزائر - واج : أعلنت وزارة الداخلية عن تنظيم الانتخابات المحلية"
    assert resolve(pipeline, text, "الجزائر")["الجزائر"].gazetteer_id == "geonames:2507480"


def test_without_a_dateline_the_country_wins(pipeline):
    text = "أعلنت وزارة الداخلية في الجزائر عن تنظيم الانتخابات المحلية"
    assert resolve(pipeline, text, "الجزائر")["الجزائر"].gazetteer_id == "geonames:2589581"


def test_a_dateline_names_the_capital_even_when_it_shares_its_countrys_name(pipeline):
    # A CNN story from Tunis (ANERcorp dev): the dateline is the city, not Tunisia.
    text = "تونس ( CNN ) - - أقال مجلس إدارة الترجي الرياضي التونسي مدرب الفريق الأول"
    assert resolve(pipeline, text, "تونس")["تونس"].gazetteer_id == "geonames:2464470"


def test_a_capital_listed_with_cities_is_the_city(pipeline):
    # Book fairs of Algiers, Sharjah and Doha (SaudiNewsNet): a list of cities.
    text = "فهنالك معرض الكتاب بالجزائر والشارقة والدوحة وهذه مع غيرها لا يحضرني الآن موعدها"
    found = resolve(pipeline, text, "الجزائر", "الشارقة", "الدوحة")
    assert found["الجزائر"].gazetteer_id == "geonames:2507480", found["الجزائر"].reason


def test_a_list_with_a_name_that_can_only_be_a_region_is_of_regions(pipeline):
    # Thunderstorms over the regions of Asir, Al-Bahah, Jazan and Najran (SaudiNewsNet
    # headline): the three that are also cities are the regions too.
    text = "هطول أمطار رعدية على عسير والباحة وجازان ونجران"
    found = resolve(pipeline, text, "عسير", "الباحة", "جازان", "نجران")
    assert [found[name].gazetteer_id for name in found] == [
        "marsad:sa-asir", "marsad:sa-al-bahah", "marsad:sa-jazan", "marsad:sa-najran"
    ]  # fmt: skip


def test_a_cue_word_inside_a_proper_name_is_no_cue(pipeline):
    # "the two regions of Medina and Tabuk": المدينة of المدينة المنورة is no city word
    # for تبوك; "the Eastern Province and Riyadh": المنطقة still is a region word.
    text = (
        "قد تمتد حتى المرتفعات بين منطقتي المدينة المنورة وتبوك"
        " و على الأجزاء الجنوبية للمنطقة الشرقية والرياض"
    )
    found = resolve(pipeline, text, "المدينة المنورة", "تبوك", "منطقة الشرقية", "الرياض")
    assert found["تبوك"].gazetteer_id == "marsad:sa-tabuk", found["تبوك"].reason
    assert found["الرياض"].gazetteer_id == "marsad:sa-riyadh", found["الرياض"].reason


def test_a_saudi_town_without_an_arabic_name_in_geonames_is_curated(pipeline):
    text = "تم ضبط هاكر اخترق موقعاً حكومياً على شبكة الانترنت في محافظة الليث"
    place = resolve(pipeline, text, "الليث")["الليث"]
    assert place.gazetteer_id == "geonames:109253"  # Al Lith, Makkah Region
    assert (place.lat, place.lon) == pytest.approx((20.148, 40.272), abs=0.01)


def test_a_name_that_is_not_in_the_gazetteer_is_kept_with_a_reason(pipeline):
    # بوداي (Boudai), a village near Baalbek, has no entry; it takes the country of the
    # sentence's places (Baalbek: Lebanon), not of its nationality words (الاسرائيليين).
    text = "واكد ان الجنود الاسرائيليين اشتبكوا مع مقاتلي حزب الله في بوداي قرب بعلبك"
    place = resolve(pipeline, text, "بوداي", "بعلبك")["بوداي"]
    assert place.gazetteer_id is None and "no gazetteer entry" in (place.reason or "")
    assert place.country == "LB" and "the one country named" in (place.reason or "")


def test_an_unresolved_name_takes_the_country_of_the_nearest_place_on_a_tie(pipeline):
    # Stavanger, misspelt, between Norway and Doha (ANERcorp dev): one place each, and
    # Norway is the nearer.
    text = "فقررت ان أعود من مدينتي ستنفجر جنوب غرب النرويج الي الدوحة علي دراجتي البخارية"
    found = resolve(pipeline, text, "ستنفجر", "النرويج", "الدوحة")
    assert found["ستنفجر"].gazetteer_id is None and found["ستنفجر"].country == "NO"
    assert "the nearest place" in (found["ستنفجر"].reason or "")


def test_a_small_namesake_alone_is_not_taken(pipeline):
    # كولكول (Kulkul, North Darfur) has no entry; nothing supports a namesake.
    text = "وقال متحدث انه لا يوجد للجيش قوات في كولكول لكن المنطقة كانت دائما تابعة لهم"
    place = resolve(pipeline, text, "كولكول")["كولكول"]
    assert place.gazetteer_id is None and place.country is None  # no country named


def test_a_name_cut_short_grows_to_the_name_that_goes_on():
    pipeline = Pipeline([stage for stage in DEFAULT_STAGES if stage[0] in STAGES])
    # ANERcorp tags «روسيا» alone in «روسيا البيضاء» (Belarus), and «الولايات» alone in
    # «الولايات المتحدة»: the words after them finish the name.
    text = "وزار الرئيس وفدا من روسيا البيضاء ثم سافر الى الولايات المتحدة"
    found = resolve(pipeline, text, "روسيا", "الولايات")
    assert found["روسيا"].country == "BY"
    assert found["الولايات"].country == "US"
    # A name that is whole stays itself: «روسيا» followed by a verb is Russia.
    assert resolve(pipeline, "وقالت روسيا ان الاتفاق ممكن", "روسيا")["روسيا"].country == "RU"


def test_abu_in_a_name_is_found_when_it_declines():
    pipeline = Pipeline([stage for stage in DEFAULT_STAGES if stage[0] in STAGES])
    # "in the governorate of Abu Arish" (Jazan): أبو is written أبي after a noun.
    found = resolve(pipeline, "وصل المحافظ إلى محافظة أبي عريش صباح أمس", "أبي عريش")
    assert found["أبي عريش"].gazetteer_id == "geonames:110619"  # Abū ‘Arīsh, SA


def test_a_written_vowel_mark_decides_between_amman_and_oman(pipeline):
    # عمّان with a shadda is Amman; عُمان with a damma is Oman; unmarked, the country wins.
    assert resolve(pipeline, "وصل الوفد إلى عمّان أمس", "عمّان")["عمّان"].country == "JO"
    assert resolve(pipeline, "وصل الوفد إلى عُمان أمس", "عُمان")["عُمان"].country == "OM"
    assert resolve(pipeline, "وصل الوفد إلى عمان أمس", "عمان")["عمان"].country == "OM"


def test_a_name_whose_first_letter_reads_as_and_needs_it_written(pipeline):
    # Oujda is وجدة: its و reads as "and", leaving جدة, Jeddah's name. Without the و in
    # the text the Moroccan context does not make جدة Oujda; with it, it may.
    text = "وصل الوفد المغربي إلى جدة أمس"
    assert resolve(pipeline, text, "جدة")["جدة"].name_en == "Jeddah"
    text = "وصل الوفد المغربي إلى مدينة وجدة أمس"
    assert resolve(pipeline, text, "وجدة")["وجدة"].name_en == "Oujda"


def test_a_foreign_name_spelled_without_a_long_vowel(pipeline):
    # كولومبس for كولومبوس (Columbus, Ohio, the largest of GeoNames' Columbuses).
    text = "وأقيم الحفل في مدينة كولومبس بولاية أوهايو"
    place = resolve(pipeline, text, "كولومبس")["كولومبس"]
    assert (place.name_en, place.country) == ("Columbus", "US")
    # Burma, Myanmar's older name, which Arabic news still uses.
    assert resolve(pipeline, "اضطهاد المسلمين في بورما", "بورما")["بورما"].country == "MM"


def test_canals_and_channels_are_water(pipeline):
    # "... through the Panama Canal"; "migrants crossing the English Channel".
    canal = resolve(pipeline, "تمر السفن عبر قناة بنما إلى المحيط الهادئ", "قناة بنما")["قناة بنما"]
    assert (canal.feature, canal.country) == ("water", "PA")
    text = "يحاول المهاجرون عبور القنال الإنجليزي إلى بريطانيا"
    channel = resolve(pipeline, text, "القنال الإنجليزي")["القنال الإنجليزي"]
    assert channel.feature == "water" and channel.name_en == "English Channel"


def test_a_name_whose_last_letter_reads_as_a_pronoun_needs_it_written(pipeline):
    # Nīlī (Afghanistan) is نيلي: its ي reads as "my", leaving نيل, which النيل (the Nile)
    # must not reach. Cali (كالي) is still found where the text writes its ي.
    nile = resolve(pipeline, "غرق مركب سياحي في النيل شمال القاهرة", "النيل", "القاهرة")["النيل"]
    assert (nile.gazetteer_id, nile.country) == (None, "EG")
    cali = resolve(pipeline, "وصل المنتخب إلى مدينة كالي الكولومبية", "كالي")["كالي"]
    assert (cali.name_en, cali.country) == ("Cali", "CO")


def test_a_clitic_other_than_the_lost_letter_does_not_reach_oujda(pipeline):
    # بجدة is ب + جدة, Jeddah; Oujda needs its own و, even beside a Moroccan adjective.
    text = "أقامت القنصلية العامة المغربية بجدة حفل استقبال"
    assert resolve(pipeline, text, "جدة")["جدة"].name_en == "Jeddah"


def test_a_country_named_after_the_word_river_is_the_river(pipeline):
    niger = resolve(pipeline, "أقاموا قراهم على ضفتي نهر النيجر", "النيجر")["النيجر"]
    assert (niger.gazetteer_id, niger.country) == (None, None)
    assert "river" in niger.reason


def test_a_name_read_as_written_does_not_reach_one_that_lost_its_first_letter(pipeline):
    # Baja (Hungary) is بايا; its ب reads as a preposition, leaving ايا. A mountain
    # named «أيا», with no clitic written, is not Baja.
    text = 'علقوا بجبل "أيا" بمركز المرقبان'
    place = resolve(pipeline, text, "أيا")["أيا"]
    assert place.gazetteer_id is None


# Names the gazetteer has no entry for, and the country the text gives them (None: none).
UNRESOLVED = [
    # Horst in the Netherlands has no entry; the US Hursts are not meant.
    pytest.param("يقيم الفريق معسكره في مدينة هورست الهولندية", "هورست", (), "NL",
                 id="the adjective after it states the country"),
    pytest.param("شملت الدراسة رجالا من غرب تركيا إلى ايفينكي في روسيا", "ايفينكي",
                 ("تركيا", "روسيا"), "RU", id="a place said to be in a country"),
    # Mohammedia is in Morocco; حي المحمدية is a quarter of Jeddah.
    pytest.param("تقام البطولة على ملاعب بحي المحمدية في جدة", "المحمدية", ("جدة",), "SA",
                 id="a quarter is no namesake town elsewhere"),
    # Central Europe has no entry; Europe is not the place meant, nor has it a country.
    pytest.param("اجتاحت موجة حر شديدة دول وسط أوروبا هذا الأسبوع", "وسط أوروبا", (), None,
                 id="a part of a region named by a direction"),
    pytest.param("تتنازع الصين والفلبين على جزر في بحر الصين الجنوبي", "بحر الصين الجنوبي",
                 ("الصين", "الفلبين"), None, id="a sea lies between countries"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "others", "country"), UNRESOLVED)
def test_a_name_with_no_entry_gets_the_country_the_text_gives(
    pipeline, text, mention, others, country
):
    place = resolve(pipeline, text, *others, mention)[mention]
    assert (place.gazetteer_id, place.country) == (None, country)


def test_a_quarters_reason_names_the_word_that_made_it_one(pipeline):
    place = resolve(pipeline, "اندلع حريق في منزل بحي الجرف شمال المدينة", "الجرف")["الجرف"]
    assert place.gazetteer_id is None
    assert "«بحي»" in (place.reason or "")


def test_a_city_word_does_not_choose_the_city_whose_name_it_is_part_of(pipeline):
    # GeoNames names Zanzibar City «مدينة زنجبار»; Zinjibar, Abyan's capital, is زنجبار.
    # After «مدينة» both are candidates, and Abyan and Yemen say which.
    text = "سيطرت القوات الموالية للحكومة على مدينة زنجبار، عاصمة محافظة أبين في جنوب اليمن"
    place = resolve(pipeline, text, "زنجبار", "محافظة أبين", "اليمن")["زنجبار"]
    assert (place.gazetteer_id, place.country) == ("geonames:69426", "YE"), place.reason


def test_a_name_named_again_is_the_same_place(pipeline):
    # "The people of the town of Tumair celebrated ..., in the presence of the head of the
    # Tumair centre": the second Tumair has no cue of its own; it is the town named first.
    text = "احتفل أهالي مدينة تمير بعيد الفطر المبارك بحضور رئيس مركز تمير"
    first = text.index("تمير")
    second = text.index("تمير", first + 1)
    doc = pipeline(Document(id="t", text=text))
    spans = [(first, first + 4), (second, second + 4)]
    places = [r.place() for r in resolve_spans(doc, spans, pipeline.resources.places)]
    assert [p.gazetteer_id for p in places] == ["geonames:396550", "geonames:396550"]
    assert "elsewhere" in (places[1].reason or "")


def test_a_quarter_with_an_entry_beside_its_town_is_that_quarter(pipeline):
    # "... took the Tawahi quarter, the last quarter of Aden": GeoNames has Tawahi, in Aden.
    text = "سيطرت القوات على حي التواهي آخر أحياء عدن"
    place = resolve(pipeline, text, "التواهي", "عدن")["التواهي"]
    assert (place.gazetteer_id, place.country) == ("geonames:77662", "YE"), place.reason
