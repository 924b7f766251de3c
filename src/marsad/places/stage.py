"""The places stage: every LOC entity resolved to a gazetteer entry (or kept with a
reason), and the article's focus: its main country and place."""

from __future__ import annotations

from marsad.document import Document
from marsad.places.focus import document_focus
from marsad.places.gazetteer import PlaceGazetteer
from marsad.places.resolve import outermost, resolve_spans


def resolve_places(doc: Document, gazetteer: PlaceGazetteer) -> Document:
    spans = [(e.start, e.end) for e in doc.entities if e.label == "LOC"]
    resolutions = outermost(resolve_spans(doc, spans, gazetteer))
    doc.places = [resolution.place() for resolution in resolutions]
    doc.focus = document_focus(doc.places)
    return doc
