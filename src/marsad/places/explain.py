"""``marsad geocode``: what a name, or each place in a short text, resolves to, and why.

The text is segmented and tagged; its LOC entities are the mentions. A text in
which the tagger finds no place (a bare name such as ``موسكو``) is taken as one
mention as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.document import Document, Focus
from marsad.pipeline import Resources, entities_stage, segment_stage
from marsad.places.focus import document_focus
from marsad.places.resolve import Resolution, outermost, resolve_spans

SHOWN_CANDIDATES = 5


@dataclass(frozen=True)
class Geocoded:
    resolutions: list[Resolution]
    focus: Focus | None


def geocode(text: str, resources: Resources) -> Geocoded:
    doc = entities_stage(segment_stage(Document(id="geocode", text=text), resources), resources)
    spans = [(e.start, e.end) for e in doc.entities if e.label == "LOC"]
    if not spans and doc.tokens:
        spans = [(doc.tokens[0].start, doc.tokens[-1].end)]
    resolutions = outermost(resolve_spans(doc, spans, resources.places))
    return Geocoded(resolutions, document_focus([r.place() for r in resolutions]))


def describe(geocoded: Geocoded) -> list[str]:
    """The report as lines of text: each mention, its answer, and its best candidates."""
    lines = []
    for resolution in geocoded.resolutions:
        place = resolution.place()
        lines.append(f"«{place.text}» [{place.start}:{place.end}]")
        if place.gazetteer_id is None:
            lines.append(f"  unresolved: {place.reason}")
        else:
            lines.append(
                f"  → {place.gazetteer_id} {place.name} / {place.name_en}, {place.feature}, "
                f"{place.country or 'no country'}, {place.lat:.4f} {place.lon:.4f}, "
                f"confidence {place.confidence:.2f}"
            )
        for rank, scored in enumerate(resolution.ranked[:SHOWN_CANDIDATES], start=1):
            entry = scored.entry
            lines.append(
                f"  {rank}. {scored.points:5.1f}  {entry.id} {entry.name_en} ({entry.feature}, "
                f"{entry.country or '-'}): {'; '.join(scored.reasons)}"
            )
        if len(resolution.ranked) > SHOWN_CANDIDATES:
            lines.append(f"  … and {len(resolution.ranked) - SHOWN_CANDIDATES} more")
    if geocoded.focus and len(geocoded.resolutions) > 1:
        focus = geocoded.focus
        lines.append(f"focus: {focus.country}, {focus.place_id} {focus.name}")
    return lines
