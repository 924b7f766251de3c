"""Full-text search: tashkeel, alef forms and clitics do not matter; event filters apply."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from store_helpers import OP_ED, store_documents

from marsad.document import Document, Event, Place, Span, TimeRef
from marsad.store.query import EventFilter, FilterError
from marsad.store.records import document_hash
from marsad.store.search import search

# Hand-written, in the style of a wire report; the town carries و + ب + ال and a shadda.
RAQQA_REPORT = "وبالرقّة، شنّت طائرات التحالف الدولي غارات جوية على مواقع لتنظيم داعش."


def raqqa_report() -> Document:
    text = RAQQA_REPORT
    town = text.index("الرقّة")
    strikes = text.index("غارات")
    event = Event(
        type="ASSAULT",
        mode="aerial",
        trigger=Span(start=strikes, end=strikes + 5, text="غارات"),
        sentence=0,
        place=Place(
            start=town,
            end=town + 6,
            text="الرقّة",
            gazetteer_id="geonames:172955",
            name="الرقة",
            name_en="Ar Raqqah",
            lat=35.95,
            lon=39.01,
            country="SY",
        ),
        time=TimeRef(value="2015-07-20"),
        confidence=0.8,
    )
    return Document(id="raqqa", text=text, source="wire", published="2015-07-21", events=[event])


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, articles: list[dict[str, str]]) -> Path:
    """The hand-written report (with an event), the op-ed and 30 real articles (no events)."""
    path = tmp_path_factory.mktemp("search") / "marsad.duckdb"
    docs = [
        raqqa_report(),
        Document(id="op-ed", text=OP_ED.read_text(encoding="utf-8")),
        *(
            Document(id=str(i), text=a["content"], title=a["title"], source=a["source"])
            for i, a in enumerate(articles)
        ),
    ]
    store_documents(path, docs)
    return path


def found(db: Path, query: str, event_filter: EventFilter | None = None) -> set[str]:
    ids = {document_hash(RAQQA_REPORT): "raqqa", document_hash(OP_ED.read_text("utf-8")): "op-ed"}
    return {ids.get(hit.doc_id, "article") for hit in search(db, query, event_filter, limit=50)}


def article_ids(db: Path, query: str, articles: list[dict[str, str]]) -> set[int]:
    by_hash = {document_hash(a["content"]): i for i, a in enumerate(articles)}
    return {by_hash[h.doc_id] for h in search(db, query, limit=50) if h.doc_id in by_hash}


def test_clitics_and_tashkeel_do_not_matter(db: Path) -> None:
    # وبالرقّة in the report, الرقة (four times) in the op-ed.
    assert found(db, "الرقة") == {"raqqa", "op-ed"}
    assert found(db, "الرَّقَّة") == {"raqqa", "op-ed"}
    assert found(db, "بالرقه") == {"raqqa", "op-ed"}  # taa marbuta written as haa


def test_alef_forms_do_not_matter(db: Path, articles: list[dict[str, str]]) -> None:
    # إيران appears in articles 2 (وإيران in its title, ايران bare), 6 and 12; 17 and 18 only
    # have the adjective الإيراني, which is another word.
    assert article_ids(db, "ايران", articles) == {2, 6, 12}
    assert article_ids(db, "إيران", articles) == {2, 6, 12}
    assert article_ids(db, "الايراني", articles) == {2, 12, 17, 18}


def test_all_words_must_occur_and_quotes_keep_them_together(
    db: Path, articles: list[dict[str, str]]
) -> None:
    # غارات and جوية occur together only in the report and in article 15.
    assert article_ids(db, "غارات جوية", articles) == {15}
    assert found(db, '"غارات جوية"') == {"raqqa", "article"}
    assert found(db, '"جوية غارات"') == set()
    assert found(db, "جوية غارات") == {"raqqa", "article"}
    assert found(db, "كلمةلاتوجد") == set()


def test_results_are_ranked_best_first(db: Path) -> None:
    hits = search(db, "الرقة دير الزور", limit=5)
    assert hits[0].doc_id == document_hash(OP_ED.read_text("utf-8"))
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_event_filters_keep_articles_with_a_matching_event(db: Path) -> None:
    assert found(db, "الرقة", EventFilter(type="assault")) == {"raqqa"}
    assert found(db, "الرقة", EventFilter(country="SYR")) == {"raqqa"}
    assert found(db, "الرقة", EventFilter(place="Ar Raqqah")) == {"raqqa"}
    assert found(db, "الرقة", EventFilter(until=date(2015, 7, 20))) == {"raqqa"}
    # Articles without events never pass a filter; nothing matching means nothing found.
    assert found(db, "ايران", EventFilter(type="ASSAULT")) == set()
    assert found(db, "الرقة", EventFilter(type="PROTEST")) == set()
    assert found(db, "الرقة", EventFilter(country="IQ")) == set()
    assert found(db, "الرقة", EventFilter(since=date(2015, 7, 21))) == set()


def test_bad_filter_values_are_refused() -> None:
    with pytest.raises(FilterError, match="unknown event type 'ATTACK'"):
        EventFilter(type="attack")
    with pytest.raises(FilterError, match="unknown country code 'XYZ'"):
        EventFilter(country="XYZ")
