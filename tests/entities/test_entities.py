"""Entities on real Arabic text, against hand-checked expectations."""

import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from marsad.document import Document, Entity
from marsad.entities.bio import BioSentence, GoldEntity, read_bio
from marsad.entities.evaluation import CORE_TYPES, evaluate
from marsad.pipeline import DEFAULT_STAGES, Pipeline

EXAMPLE = Path(__file__).parents[2] / "examples" / "deir-ez-zor-op-ed.txt"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline([stage for stage in DEFAULT_STAGES if stage[0] in ("segment", "entities")])


@pytest.fixture(scope="module")
def op_ed(pipeline) -> Document:
    text = EXAMPLE.read_text(encoding="utf-8")
    return pipeline(Document(id="op-ed", text=text, published="2017-09-06"))


def labelled(doc: Document) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in doc.entities}


def labelled_all(doc: Document) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in doc.entities]


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("دونالد ترامب", "PER"),
        ("سيرغي لافروف", "PER"),
        ("داعش", "ORG"),
        ("الكرملين", "ORG"),
        ("دير الزور", "LOC"),
        ("الرقة", "LOC"),
        ("دمشق", "LOC"),
        ("بغداد", "LOC"),
        ("كردستان العراق", "LOC"),
        ("البحر المتوسط", "LOC"),
        ("واشنطن", "LOC"),
        ("موسكو", "LOC"),
        ("إيران", "LOC"),
    ],
)
def test_op_ed_entities(op_ed, name, label):
    assert (name, label) in labelled(op_ed)


def test_op_ed_every_mention_of_deir_ez_zor_is_found(op_ed):
    # دير الزور is written four times in the op-ed (checked with grep -o).
    assert Counter(labelled_all(op_ed))[("دير الزور", "LOC")] == 4


def test_nationality_adjectives_are_misc_with_their_country(op_ed):
    nationalities = {
        (e.text, e.attributes["nationality"]) for e in op_ed.entities if e.label == "MISC"
    }
    # "غارات الطيران الروسي", "أكراد العراق", "الحليف الايراني", "الاميركيون وحلفاؤهم"
    assert ("الروسي", "RUS") in nationalities
    assert ("أكراد", "KUR") in nationalities
    assert ("الايراني", "IRN") in nationalities
    assert ("الاميركيون", "USA") in nationalities
    # "للروس": the entity starts after the preposition and the alef-less article.
    assert ("روس", "RUS") in nationalities


def test_entity_spans_are_slices_of_the_original(op_ed):
    for entity in op_ed.entities:
        assert op_ed.text[entity.start : entity.end] == entity.text
        assert 0 < entity.confidence <= 1


def test_leading_clitics_are_outside_the_entity(pipeline):
    doc = pipeline(Document(id="t", text="وصلت القوات وبالرقة اشتباكات عنيفة"))
    assert ("الرقة", "LOC") in labelled(doc)


def test_saudinewsnet_places_and_groups(pipeline, shared_data):
    # Asharq Al-Awsat, 2015-08-03, "ماذا تعني عودة الروس؟" (first paragraph).
    with zipfile.ZipFile(shared_data / "saudinewsnet" / "2015-08-03.zip") as zipped:
        articles = json.loads(zipped.read("2015-08-03.json"))
    (article,) = [
        a for a in articles if a["url"].startswith("http://aawsat.com/home/article/421026/")
    ]
    first_paragraph = article["content"].split("\n")[0]
    found = labelled(pipeline(Document(id="a", text=first_paragraph)))
    # None of these four places is in the curated list: the CRF finds them.
    for place in ("قطر", "سوريا", "اليمن", "ليبيا"):
        assert (place, "LOC") in found
    assert ("داعش", "ORG") in found


def test_anercorp_dev_names_the_tagger_never_saw_in_a_list(pipeline, shared_data):
    # ANERcorp dev.txt, document 1: "... اتخذ لها عامر وريكات من القائم البعيد ..."
    sentence = read_bio(shared_data / "anercorp" / "dev.txt")[0]
    assert "عامر وريكات" in sentence.text
    found = labelled(pipeline(Document(id="d", text=sentence.text)))
    assert ("عامر وريكات", "PER") in found


def test_scores_are_computed_per_exact_span():
    sentence = BioSentence(
        ["زار", "بوتين", "دمشق", "و", "حلب"], ["O", "B-PER", "B-LOC", "O", "B-LOC"]
    )
    assert sentence.entities() == [
        GoldEntity("PER", 1, 1),
        GoldEntity("LOC", 2, 2),
        GoldEntity("LOC", 4, 4),
    ]

    def analyse(doc: Document) -> Document:
        # Right: بوتين PER. Wrong label: دمشق as ORG. Missed: حلب.
        doc.entities = [
            Entity(start=4, end=9, text="بوتين", label="PER"),
            Entity(start=10, end=14, text="دمشق", label="ORG"),
        ]
        return doc

    scores = evaluate([sentence], analyse)
    # PER 1/1; LOC 0 of 2 gold; ORG 1 false positive → P/O/L: tp 1, fp 1, fn 2.
    precision, recall, f1, gold = scores.prf(CORE_TYPES)
    assert (precision, recall, gold) == (0.5, 1 / 3, 3)
    assert f1 == pytest.approx(0.4)


def test_anercorp_dev_micro_f1(pipeline, shared_data):
    # dev.txt is never trained or tuned on (scripts/train_ner.py uses train.txt only).
    scores = evaluate(read_bio(shared_data / "anercorp" / "dev.txt"), pipeline)
    assert scores.prf(CORE_TYPES)[2] >= 0.80


def test_a_known_place_fills_in_where_the_tagger_found_nothing(pipeline):
    # "Hundreds demonstrated in Basra": the tagger, trained on 2000s wire text, leaves
    # البصرة untagged here; the list of known places marks it.
    doc = pipeline(Document(id="t", text="تظاهر المئات في البصرة أمس احتجاجا على انقطاع الكهرباء"))
    assert ("البصرة", "LOC") in labelled(doc)


def test_a_known_place_does_not_replace_what_the_tagger_found(pipeline):
    # "The president of the University of Basra": an organisation, not the city.
    doc = pipeline(Document(id="t", text="وقال رئيس جامعة البصرة إن الدراسة ستستأنف"))
    assert ("جامعة البصرة", "ORG") in labelled(doc)
    assert ("البصرة", "LOC") not in labelled(doc)


def test_a_phrase_curated_as_no_name_is_no_entity(pipeline):
    # "The king received a phone call from the American president": after a title the
    # tagger reads اتصالا هاتفيا as a person's name; it is a phone call.
    doc = pipeline(Document(id="t", text="تلقى الملك اتصالا هاتفيا من الرئيس الأمريكي"))
    assert not any(entity.text == "اتصالا هاتفيا" for entity in doc.entities)
