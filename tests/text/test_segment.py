"""Segmentation on real Arabic news, against hand-checked expectations."""

import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import Document
from marsad.pipeline import Pipeline

EXAMPLE = Path(__file__).parents[2] / "examples" / "deir-ez-zor-op-ed.txt"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def analyse(pipeline: Pipeline, text: str) -> Document:
    return pipeline(Document(id="t", text=text))


def pieces(doc: Document) -> list[tuple[str, str]]:
    """(token as written, its clitic split joined by +, empty when whole)."""
    return [(t.text, "+".join(s.norm for s in t.segments)) for t in doc.tokens]


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("وبالرقة", "و+ب+ال+رقة"),
        ("والرئيس", "و+ال+رئيس"),
        ("للرئيس", "ل+ال+رئيس"),  # the article's alef is not written after ل
        ("بالنسبة", "ب+ال+نسبة"),
        ("سيكون", "س+يكون"),
        ("حكومته", "حكومة+ه"),  # taa marbuta is written ت before a suffix
        ("وزارتي", "وزارة+ي"),  # وزارة + ي, not و + زارت (she visited) + ي
        ("وحكومتها", "و+حكومة+ها"),
        ("والدهم", "والد+هم"),  # their father, not و + ال + دهم (and the raid)
        ("وتمكن", "و+تمكن"),
        ("لقائه", "لقاء+ه"),  # a final hamza sits on a seat before a suffix
        ("اعتدائها", "اعتداء+ها"),
        ("فجرت", ""),  # blew up: فجر + ت, not ف + جرت (took place)
        ("فتحت", ""),  # opened, not ف + تحت (under)
        ("فقالت", "ف+قالت"),
        ("واعتصم", "و+اعتصم"),  # never seen whole; اعتصم (held a sit-in) is, if rarely
        ("رئيس", ""),  # a hamza seat inside a word is no suffix boundary
        ("قائد", ""),
        ("لكنه", "لكن+ه"),
        ("كلها", "كل+ها"),
        # Words that merely start with clitic letters stay whole.
        ("بغداد", ""),
        ("لبنان", ""),
        ("كركوك", ""),
        ("فلسطين", ""),
        ("وزير", ""),
        ("واحد", ""),
        ("سوريا", ""),
        ("ساهم", ""),
        ("كاليبر", ""),
        ("الله", ""),
        ("الذي", ""),
    ],
)
def test_clitic_splitting(pipeline, word, split):
    assert pieces(analyse(pipeline, word)) == [(word, split)]


def test_clitic_pieces_are_slices_of_the_original(pipeline):
    doc = analyse(pipeline, "وَبِالرَّقَّةِ")
    (token,) = doc.tokens
    assert [s.text for s in token.segments] == ["وَ", "بِ", "ال", "رَّقَّةِ"]
    assert [s.kind for s in token.segments] == ["conjunction", "preposition", "article", "stem"]
    assert token.stem == "رقة"


def test_elided_article_is_a_one_letter_slice_normalised_to_al(pipeline):
    (token,) = analyse(pipeline, "للرئيس").tokens
    article = token.segments[1]
    assert (article.start, article.end, article.text, article.norm) == (1, 2, "ل", "ال")


def test_saudinewsnet_sentence(pipeline, shared_data):
    # Asharq Al-Awsat, 2015-08-03, "ماذا تعني عودة الروس؟" (first paragraph).
    with zipfile.ZipFile(shared_data / "saudinewsnet" / "2015-08-03.zip") as zipped:
        articles = json.loads(zipped.read("2015-08-03.json"))
    (article,) = [
        a for a in articles if a["url"].startswith("http://aawsat.com/home/article/421026/")
    ]
    doc = analyse(pipeline, article["content"])
    first, second = doc.sentences[0], doc.sentences[1]
    assert first.text.startswith("يعقد وزير الخارجية الروسي")
    assert first.text.endswith("ضد «داعش»، واستقرار الخليج.")
    assert second.text.startswith("واللافت في البيان الروسي")
    assert second.text.endswith("عبر البوابة الخليجية؟")
    tokens = dict(pieces(doc)[:70])
    assert tokens["يعقد"] == ""
    assert tokens["وزير"] == ""
    assert tokens["الخارجية"] == "ال+خارجية"
    assert tokens["اجتماعًا"] == ""  # the tanween stays inside the token
    assert tokens["والأميركي"] == "و+ال+اميركي"
    assert tokens["واليوم"] == "و+ال+يوم"
    assert tokens["وبحسب"] == "و+ب+حسب"
    assert tokens["فإن"] == "ف+ان"
    assert tokens["سيناقش"] == "س+يناقش"
    assert tokens["سوريا"] == ""
    assert tokens["وليبيا"] == "و+ليبيا"
    assert tokens["داعش"] == ""
    assert tokens["واستقرار"] == "و+استقرار"
    assert tokens["لاتفاق"] == "ل+اتفاق"
    assert tokens["للمنطقة"] == "ل+ال+منطقة"
    assert tokens["يقدمه"] == "يقدم+ه"
    assert tokens["الذي"] == ""


def test_anercorp_sentence_tokens(pipeline, shared_data):
    # The first sentence of ANERcorp train.txt, rebuilt from its token lines.
    lines = (shared_data / "anercorp" / "train.txt").read_text(encoding="utf-8").splitlines()
    words = [line.rsplit(" ", 1)[0] for line in lines[2:14]]
    doc = analyse(pipeline, " ".join(words))
    assert pieces(doc) == [
        ("ورفض", "و+رفض"),
        ("حمدان", ""),
        ("الاجراءات", "ال+اجراءات"),
        ("التي", ""),
        ("اتخذتها", "اتخذت+ها"),
        ("السلطات", "ال+سلطات"),
        ("الاميركية", "ال+اميركية"),
        ("بعد", ""),
        ("اعتداءات", ""),  # ANERcorp glues the number on: اعتداءات11
        ("11", ""),
        ("سبتمبر", ""),
        ("2001", ""),
    ]


def test_op_ed_sentences(pipeline):
    doc = analyse(pipeline, EXAMPLE.read_text(encoding="utf-8"))
    texts = [s.text for s in doc.sentences]
    assert texts[2] == "لم تكن الخطة مفاجئة ولا كانت نتيجتها أيضاً."
    # A sentence ending " ." (space before the stop) still ends there.
    assert texts[5] == "فازت موسكو بالسباق، لأن دواعش الرقة ما زالوا يعاندون ."
    # "الحالي مؤشر أول، تليه" runs on: the Arabic comma does not end a sentence.
    assert any(t.startswith("الاستفتاء المقرر في كردستان العراق في 25 أيلول") for t in texts)
    assert texts[-1].endswith("أو حتى أجنبياً.")
    assert len(texts) == 23


def test_sentences_keep_closing_quotes_and_skip_abbreviations(pipeline):
    doc = analyse(pipeline, "قال د. أحمد: «سنعود.» ثم غادر! هل يعود؟ نعم")
    assert [s.text for s in doc.sentences] == [
        "قال د. أحمد: «سنعود.»",
        "ثم غادر!",
        "هل يعود؟",
        "نعم",
    ]


def test_decimal_numbers_and_line_breaks(pipeline):
    doc = analyse(pipeline, "ارتفع المؤشر 3.5 بالمئة\nوتراجع النفط")
    assert [t.text for t in doc.tokens][2] == "3.5"
    assert [s.text for s in doc.sentences] == ["ارتفع المؤشر 3.5 بالمئة", "وتراجع النفط"]


TEXT = st.text(alphabet=st.sampled_from(list("وبلكفسالرقةدمشزير ")) | st.characters(), max_size=300)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_every_span_is_its_slice_of_the_original(pipeline, text):
    doc = pipeline(Document(id="p", text=text))
    previous_end = 0
    for token in doc.tokens:
        assert text[token.start : token.end] == token.text
        assert previous_end <= token.start < token.end
        previous_end = token.end
        for segment in token.segments:
            assert text[segment.start : segment.end] == segment.text
            assert token.start <= segment.start < segment.end <= token.end
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert sum(1 for _ in doc.tokens) == sum(
        1 for s in doc.sentences for t in doc.tokens if s.start <= t.start < s.end
    )
