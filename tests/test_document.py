"""The document model: JSON round trip, the committed schema, span slices."""

import json
from pathlib import Path

import msgspec
import pytest

from marsad.document import (
    SCHEMA_VERSION,
    Document,
    Entity,
    Event,
    Span,
    from_json,
    json_schema,
    to_json,
)
from marsad.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]


def test_committed_schema_matches_the_model():
    committed = json.loads((REPO / "schema" / "document.schema.json").read_text())
    assert committed == json_schema(), "run: python scripts/write_json_schema.py"


def test_round_trip_keeps_every_annotation():
    text = "قصفت الطائرات الروسية مواقع داعش في دير الزور"
    doc = Pipeline()(Document(id="a1", text=text, published="2017-09-05", title="غارات"))
    # Hand-placed annotations of later stages, to check their shapes survive JSON.
    doc.entities = [Entity(start=28, end=32, text="داعش", label="ORG")]
    doc.events = [
        Event(
            type="ASSAULT",
            mode="aerial",
            cameo="195",
            trigger=Span(start=0, end=4, text="قصفت"),
            sentence=0,
            confidence=0.8,
        )
    ]
    again = from_json(to_json(doc))
    assert again == doc
    assert again.schema_version == SCHEMA_VERSION
    assert text[28:32] == "داعش"
    assert [t.text for t in again.tokens][:3] == ["قصفت", "الطائرات", "الروسية"]


def test_pretty_json_is_the_same_document():
    doc = Pipeline()(Document(id="a2", text="وبالرقة"))
    assert from_json(to_json(doc, pretty=True)) == doc
    assert "\n" in to_json(doc, pretty=True)


def test_decoding_rejects_a_bad_shape():
    with pytest.raises(msgspec.ValidationError):
        from_json('{"id": "x", "text": "نص", "entities": [{"start": 0}]}')
    with pytest.raises(msgspec.ValidationError):
        from_json('{"id": "x", "text": "نص", "events": [{"type": "INVADE"}]}')


def test_normalised_view_is_not_serialised():
    doc = Document(id="a3", text="أَحمد")
    assert doc.normalised.text == "احمد"
    assert "normalised" not in to_json(doc)


def test_spans_by_start_takes_the_spans_that_start_in_a_range():
    from marsad.document import Span, SpansByStart

    text = "قصفت الطائرات الروسية مواقع داعش في دير الزور"
    spans = [Span(start=36, end=45, text=text[36:45]), Span(start=5, end=21, text=text[5:21])]
    spans.append(Span(start=28, end=32, text=text[28:32]))
    by_start = SpansByStart(spans)
    assert [s.text for s in by_start.starting_in(0, 33)] == ["الطائرات الروسية", "داعش"]
    assert [s.text for s in by_start.starting_in(28, 36)] == ["داعش"]  # start in, end out
    assert by_start.starting_in(33, 36) == []
