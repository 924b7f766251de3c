"""Documents to rows: every field lands in its own column."""

from __future__ import annotations

from datetime import date

from marsad.document import (
    SCHEMA_VERSION,
    Actor,
    Document,
    Entity,
    Event,
    Place,
    Sentence,
    Span,
    TimeExpression,
    TimeRef,
)
from marsad.store.records import RecordBuilder, document_hash
from marsad.store.sources import Shard

TEXT = "قصفت طائرات روسية مدينة الرقة أمس."


def span(word: str) -> dict[str, object]:
    start = TEXT.index(word)
    return {"start": start, "end": start + len(word), "text": word}


def test_each_annotation_field_has_its_column() -> None:
    russia = Actor(**span("روسية"), code="RUS MIL", country="RUS", sector="MIL", name="روسيا",
                   role="air force", confidence=0.9)  # fmt: skip
    raqqa = Place(**span("الرقة"), gazetteer_id="geonames:172955", name="الرقة",
                  name_en="Ar Raqqah", lat=35.95, lon=39.01, feature="city", country="SY",
                  confidence=0.8, reason="largest city")  # fmt: skip
    doc = Document(
        id="report-1", text=TEXT, title="غارات", source="okaz", url="https://okaz.example/1",
        published="2015-07-21", notes=["HTML tags stripped"],
        sentences=[Sentence(start=0, end=len(TEXT), text=TEXT)],
        entities=[Entity(**span("الرقة"), label="LOC", confidence=0.7,
                         attributes={"source": "gazetteer"})],
        times=[TimeExpression(**span("أمس"), type="DATE", value="2015-07-20", confidence=0.6)],
        places=[raqqa], actors=[russia],
        events=[Event(type="ASSAULT", mode="aerial", cameo="195", trigger=Span(**span("قصفت")),
                      sentence=0, source=russia, place=raqqa,
                      time=TimeRef(value="2015-07-20", start=31, end=34), confidence=0.5)],
    )  # type: ignore[arg-type]  # fmt: skip
    builder = RecordBuilder(Shard("jsonl", "/in/feed.jsonl", "", 0, "x"), ["segment", "events"])
    builder.add(doc, ["قصفت", "طائرات"])
    tables = {name: table.to_pylist() for name, table in builder.build().tables.items()}

    doc_id = document_hash(TEXT)
    assert tables["documents"] == [{
        "doc_id": doc_id, "input_id": "report-1", "title": "غارات", "source": "okaz",
        "url": "https://okaz.example/1", "published": date(2015, 7, 21), "text": TEXT,
        "notes": ["HTML tags stripped"], "schema_version": SCHEMA_VERSION,
        "stages": ["segment", "events"],
    }]  # fmt: skip
    assert tables["inputs"] == [{
        "file": "/in/feed.jsonl", "member": "", "doc_id": doc_id, "input_id": "report-1",
        "title": "غارات", "source": "okaz", "url": "https://okaz.example/1",
        "published": date(2015, 7, 21),
    }]  # fmt: skip
    key = {"doc_id": doc_id, "ordinal": 0}
    assert tables["entities"] == [key | {
        "span_start": 24, "span_end": 29, "text": "الرقة", "label": "LOC", "confidence": 0.7,
        "attributes": [("source", "gazetteer")],
    }]  # fmt: skip
    assert tables["times"] == [key | {
        "span_start": 30, "span_end": 33, "text": "أمس", "type": "DATE", "value": "2015-07-20",
        "confidence": 0.6,
    }]  # fmt: skip
    assert tables["places"] == [key | {
        "span_start": 24, "span_end": 29, "text": "الرقة", "place_id": "geonames:172955",
        "name": "الرقة", "name_en": "Ar Raqqah", "lat": 35.95, "lon": 39.01, "feature": "city",
        "country": "SY", "confidence": 0.8, "reason": "largest city",
    }]  # fmt: skip
    assert tables["actors"] == [key | {
        "span_start": 12, "span_end": 17, "text": "روسية", "code": "RUS MIL", "country": "RUS",
        "sector": "MIL", "name": "روسيا", "role": "air force", "confidence": 0.9,
    }]  # fmt: skip
    (mention,) = tables["event_mentions"]
    assert len(mention.pop("event_id")) == 16
    assert mention == key | {
        "type": "ASSAULT", "mode": "aerial", "cameo": "195", "sentence": 0,
        "trigger_start": 0, "trigger_end": 4, "trigger_text": "قصفت",
        "source_code": "RUS MIL", "source_name": "روسيا", "source_country": "RUS",
        "source_start": 12, "source_end": 17,
        "target_code": None, "target_name": None, "target_country": None,
        "target_start": None, "target_end": None,
        "place_id": "geonames:172955", "place_name": "الرقة", "place_name_en": "Ar Raqqah",
        "lat": 35.95, "lon": 39.01, "country": "SY", "place_start": 24, "place_end": 29,
        "time_value": "2015-07-20", "time_start": 31, "time_end": 34,
        "event_date": date(2015, 7, 20), "negated": False, "confidence": 0.5,
    }  # fmt: skip
    assert tables["search_terms"] == [{"doc_id": doc_id, "terms": "قصفت طائرات"}]
