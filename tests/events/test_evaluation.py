"""The event evaluation, a sentence read alone and read in its article."""

from pathlib import Path

from marsad.events.evaluation import GoldEvent, GoldSentence, coded_sets, evaluate

ARTICLE = (
    "انفجرت سيارة مفخخة في سوق شعبي ببغداد صباح اليوم.\nوأدانت الحكومة الهجوم وتعهدت بملاحقة الجناة"
)
SENTENCE = GoldSentence(
    id="baghdad-1",
    text="وأدانت الحكومة الهجوم وتعهدت بملاحقة الجناة",
    published="2015-08-01",
    part="test",
    events=(GoldEvent("ACCUSE", "وأدانت", "IRQ GOV", ""),),
)


def test_the_article_tells_whose_government_condemned(pipeline):
    # Alone, الحكومة has no country; after a bombing in Baghdad it is Iraq's.
    alone = evaluate([SENTENCE], pipeline)
    in_article = evaluate([SENTENCE], pipeline, {SENTENCE.id: ARTICLE})
    assert alone.true_positive["ACCUSE"] == in_article.true_positive["ACCUSE"] == 1
    assert alone.roles["source right"] == 0
    assert in_article.roles["source right"] == 1


def test_only_the_sentences_events_are_scored_in_its_article(pipeline):
    # The car bomb of the first sentence is not this sentence's event: no extra false
    # positive comes from it.
    alone = evaluate([SENTENCE], pipeline)
    in_article = evaluate([SENTENCE], pipeline, {SENTENCE.id: ARTICLE})
    assert in_article.false_positive == alone.false_positive


def test_an_article_without_the_sentence_is_not_used(pipeline):
    elsewhere = evaluate([SENTENCE], pipeline, {SENTENCE.id: "اجتمع الوزير بنظيره في جنيف."})
    assert elsewhere.true_positive["ACCUSE"] == 1
    assert elsewhere.roles["source right"] == 0


def test_the_coded_sets_are_listed_in_the_order_they_were_drawn(tmp_path: Path):
    for name in (
        "events-dev",
        "events-dev-heldout10",
        "events-dev-heldout9",
        "events-dev-heldout2",
    ):
        (tmp_path / f"{name}.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "events-dev.README.md").write_text("", encoding="utf-8")
    # By number, not by letter: heldout10 was drawn after heldout9.
    assert coded_sets(tmp_path) == [
        "events-dev",
        "events-dev-heldout2",
        "events-dev-heldout9",
        "events-dev-heldout10",
    ]
