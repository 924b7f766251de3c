"""Nationality adjectives (nationalities.tsv) on real Arabic news sentences.

The sentences are from SaudiNewsNet (July-August 2015, some cut short); the
expected codes were checked by hand: a nationality adjective after an actor noun
gives the actor its country.
"""

import pytest

from marsad.document import Document
from marsad.entities.gazetteer import read_nationalities
from marsad.resources import read_rows
from marsad.text.normalise import normalise_word

GROUP_CODES = {"KUR", "ARB", "XKX"}  # the Kurds, the Arabs; Kosovo has no ISO code


def analyse(pipeline, text: str) -> Document:
    return pipeline(Document(id="s", text=text, published="2015-07-21"))


def actor_codes(doc: Document) -> set[tuple[str, str]]:
    return {(a.text, a.code) for a in doc.actors}


def nationalities(doc: Document) -> set[tuple[str, str]]:
    return {(e.text, e.attributes["nationality"]) for e in doc.entities if e.attributes}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "الجيش البوروندي يقتل 31 مسلحا ويعتقل 171 خلال اشتباكات شمال البلاد",
            "الجيش البوروندي",
            "BDI MIL",
        ),
        (
            "وأعلنت أمس الشرطة الكينية أن مقاتلين يشتبه بأنهم ينتمون إلى حركة الشباب "
            "قتلوا خمسة أشخاص في هجوم على آلية للشرطة شمال الساحل الكيني.",
            "الشرطة الكينية",
            "KEN COP",
        ),
        (
            "وعلى صعيد ذي صلة، قال مسؤول كبير بالجيش الكاميروني إن 12 مدنيا على الأقل "
            "وجنديا تشاديا واحدا قتلوا في هجومين انتحاريين",
            "الجيش الكاميروني",
            "CMR MIL",
        ),
        # Both words inflected: North Korea, not South Korea's "الكورية" alone.
        (
            "بدورها قالت الخارجية الكورية الشمالية أنها غير مهتمة بحوار مع الولايات "
            "المتحدة على غرار إيران للتخلي عن قدراتها النووية.",
            "الخارجية الكورية الشمالية",
            "PRK GOV",
        ),
    ],
)
def test_an_adjective_gives_the_actor_its_country(pipeline, text, mention, code):
    assert (mention, code) in actor_codes(analyse(pipeline, text))


def test_the_army_that_kills_is_burundian(pipeline):
    doc = analyse(pipeline, "الجيش البوروندي يقتل 31 مسلحا ويعتقل 171 خلال اشتباكات شمال البلاد")
    (killing,) = [e for e in doc.events if e.trigger.text == "يقتل"]
    assert killing.type == "ASSAULT"
    assert killing.source is not None and killing.source.code == "BDI MIL"


@pytest.mark.parametrize(
    ("text", "adjective", "code"),
    [
        (
            "من جهة أخرى، أرسلت الإدارة الشبابية مبلغ مليون ومائة ألف دولار للنادي "
            "الإسماعيلي كدفعتين أخيرتين من صفقة انتقال اللاعب الغاني جون أنطوي",
            "الغاني",
            "GHA",
        ),
        (
            "ثم أجرى المدرب الأوروجوياني خورخي دا سيلفا مناورة على كامل الملعب طبق فيها "
            "اللاعبون عددا من الجمل الفنية",
            "الأوروجوياني",
            "URY",
        ),
    ],
)
def test_an_adjective_is_a_nationality(pipeline, text, adjective, code):
    assert (adjective, code) in nationalities(analyse(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        # المالي is "financial" here, not Malian: Mali has no adjective in the list.
        "في حين يصر الجزء الآخر من «الكتيبة» على شرعيته بسبب الدعم المالي والعسكري "
        "الذي يتلقاه منه.",
        "بعد أن قرر صندوق الدعم المالي لمنطقة اليورو فتح محادثات مع اثينا حول برنامج "
        "ثالث للانقاذ المالي.",
        # Words a bare adjective would be keyed on once ي is read as "my":
        # البنين "boys" (not بنيني, Benin), أستون (not إستوني), النامية (not بنامي).
        "وتعمد بعض مدارس البنين إلى تنفيذ بعض تلك الألعاب خلال حصة التربية الرياضية",
        "وكان بينتيكي انضم إلى صفوف أستون فيلا قادما من غنك البلجيكي عام 2012",
        "بهدف تعزيز التعاون بين هذه الدول والدول النامية الأخرى.",
    ],
)
def test_common_words_are_not_nationalities(pipeline, text):
    doc = analyse(pipeline, text)
    assert {code for _, code in nationalities(doc)} <= {"BEL"}  # البلجيكي is Belgian


def test_codes_are_iso_alpha3_or_known_groups():
    iso3 = {alpha3 for _, alpha3, *_ in read_rows("iso3166.tsv")}
    codes = {label.removeprefix("NAT:") for _, label in read_nationalities()}
    assert codes - iso3 <= GROUP_CODES
    assert len(codes) > 150


def test_no_form_names_two_countries():
    country_of: dict[str, str] = {}
    for form, label in read_nationalities():
        key = " ".join(normalise_word(word) for word in form.split())
        assert country_of.setdefault(key, label) == label, form
