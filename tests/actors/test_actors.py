"""Actor resolution on real Arabic text, against hand-checked codes."""

import pytest

from marsad.document import Document


def codes(doc: Document) -> set[tuple[str, str]]:
    return {(a.text, a.code) for a in doc.actors}


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("الطيران الروسي", "RUS MIL"),  # "غارات الطيران الروسي على مواقع داعش"
        ("الكرملين", "RUS GOV"),  # metonymy: the Kremlin is Russia's government
        ("موسكو", "RUS GOV"),  # "فازت موسكو بالسباق"
        ("واشنطن", "USA GOV"),  # "يمكن ان تعلن واشنطن أنها أيضا أنجزت المهمة"
        ("داعش", "ISIS IMG"),
        ("النظام السوري", "SYR GOV"),
        ("الاميركيون", "USA"),  # a people: no sector
        ("أكراد", "KUR"),  # "أكراد العراق وسوريا"
        ("دونالد ترامب", "USA GOV"),  # president on 2017-09-06
    ],
)
def test_op_ed_actor_codes(op_ed, mention, code):
    assert (mention, code) in codes(op_ed)


def test_lavrov_is_one_mention_with_his_role(op_ed):
    (lavrov,) = [a for a in op_ed.actors if "لافروف" in a.text]
    assert lavrov.text == "وزير الخارجية الروسية سيرغي لافروف"
    assert (lavrov.code, lavrov.country, lavrov.sector) == ("RUS GOV", "RUS", "GOV")
    assert lavrov.role == "foreign minister"


def test_a_capital_as_a_location_is_not_an_actor(op_ed):
    # "ليس هناك في دمشق ولا في بغداد من هو مؤهل": places, not doers.
    assert not any(a.text in ("دمشق", "بغداد") for a in op_ed.actors)


def test_spans_are_slices_of_the_original(op_ed):
    for actor in op_ed.actors:
        assert op_ed.text[actor.start : actor.end] == actor.text


def test_the_article_date_chooses_the_role(pipeline):
    text = "التقى دونالد ترامب أنصاره في ولاية أيوا"
    before = pipeline(Document(id="a", text=text, published="2015-08-03"))
    after = pipeline(Document(id="b", text=text, published="2017-09-06"))
    assert ("دونالد ترامب", "USA OPP") in codes(before)  # candidate since 2015-06-16
    assert ("دونالد ترامب", "USA GOV") in codes(after)  # president since 2017-01-20


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("قصف الجيش السوري مواقع المعارضة في ريف دمشق", "الجيش السوري", "SYR MIL"),
        ("قصف الجيش السوري مواقع المعارضة في ريف دمشق", "المعارضة", "SYR OPP"),
        ("اعتقلت الشرطة المصرية عشرات المتظاهرين", "الشرطة المصرية", "EGY COP"),
        ("اتهمت السعودية إيران بدعم الحوثيين", "السعودية", "SAU GOV"),
        ("اتهمت السعودية إيران بدعم الحوثيين", "الحوثيين", "YEM REB"),
        ("أدانت جامعة الدول العربية الهجوم", "جامعة الدول العربية", "ARL IGO"),
    ],
)
def test_composed_and_known_codes(pipeline, text, mention, code):
    assert (mention, code) in codes(pipeline(Document(id="s", text=text)))


def test_a_bare_actor_noun_takes_the_article_country_when_its_sentence_names_none(pipeline):
    text = "تتواصل المعارك في ريف حلب شمال سوريا.\nوقصف الجيش مواقع المعارضة صباح اليوم."
    doc = pipeline(Document(id="f", text=text, published="2015-08-03"))
    assert doc.focus is not None and doc.focus.country == "SY"
    assert ("الجيش", "SYR MIL") in codes(doc)
    assert ("المعارضة", "SYR OPP") in codes(doc)
