"""Processed documents to table rows: what a shard sends back to the writing process.

A document is keyed by the sha256 of its text (``doc_id``): the same text is the
same document, whichever file or outlet it came from. Rows are built where the
pipeline ran (a Dask worker, or the ingesting process) as Arrow tables, which
travel between processes cheaply.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import pyarrow as pa

from marsad.document import Document, Event, Span
from marsad.store import schema
from marsad.store.dedupe import event_day, event_id
from marsad.store.sources import Shard, Skip

Row = tuple[object, ...]


def document_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ShardRecords:
    """Everything one shard produced: rows per table name, and the records skipped."""

    shard: Shard
    tables: dict[str, pa.Table]
    skipped: list[Skip]
    documents: int  # accepted input records, copies included

    @property
    def articles(self) -> int:
        return self.documents + len(self.skipped)


class RecordBuilder:
    """Collects the rows of one shard; a text seen before in it is recorded as a copy only."""

    def __init__(self, shard: Shard, stages: list[str]) -> None:
        self.shard = shard
        self.stages = stages
        self.rows: dict[str, list[Row]] = {table.name: [] for table in schema.RECORD_TABLES}
        self.skipped: list[Skip] = []
        self.seen: set[str] = set()
        self.documents = 0

    def is_new(self, doc: Document) -> bool:
        return document_hash(doc.text) not in self.seen

    def add_copy(self, doc: Document) -> None:
        """Record an input whose text is already in this shard (not processed again)."""
        self.rows["inputs"].append(self._input_row(doc, document_hash(doc.text)))
        self.documents += 1

    def add(self, doc: Document, terms: list[str]) -> None:
        """Record a processed document, all its annotations and its search terms."""
        doc_id = document_hash(doc.text)
        self.seen.add(doc_id)
        self.documents += 1
        rows = self.rows
        rows["inputs"].append(self._input_row(doc, doc_id))
        rows["documents"].append((
            doc_id, doc.id, doc.title, doc.source, doc.url, _day(doc.published), doc.text,
            doc.notes, doc.schema_version, self.stages,
        ))  # fmt: skip
        sentences, entities, times = rows["sentences"], rows["entities"], rows["times"]
        for i, s in enumerate(doc.sentences):
            sentences.append((doc_id, i, s.start, s.end, s.text))
        for i, e in enumerate(doc.entities):
            entities.append((doc_id, i, *_span(e), e.label, e.confidence, e.attributes))
        for i, t in enumerate(doc.times):
            times.append((doc_id, i, *_span(t), t.type, t.value, t.confidence))
        for i, p in enumerate(doc.places):
            rows["places"].append((
                doc_id, i, *_span(p), p.gazetteer_id, p.name, p.name_en, p.lat, p.lon,
                p.feature, p.country, p.confidence, p.reason,
            ))  # fmt: skip
        for i, a in enumerate(doc.actors):
            rows["actors"].append((
                doc_id, i, *_span(a), a.code, a.country, a.sector, a.name, a.role, a.confidence
            ))  # fmt: skip
        for i, event in enumerate(doc.events):
            rows["event_mentions"].append(_event_row(doc_id, i, event, doc.published))
        rows["search_terms"].append((doc_id, " ".join(terms)))

    def skip(self, skip: Skip) -> None:
        self.skipped.append(skip)

    def build(self) -> ShardRecords:
        tables = {
            table.name: _arrow_table(self.rows[table.name], table.arrow_schema)
            for table in schema.RECORD_TABLES
        }
        return ShardRecords(self.shard, tables, self.skipped, self.documents)

    def _input_row(self, doc: Document, doc_id: str) -> Row:
        shard = self.shard
        return (
            shard.file, shard.member, doc_id, doc.id, doc.title, doc.source, doc.url,
            _day(doc.published),
        )  # fmt: skip


def _arrow_table(rows: list[Row], arrow_schema: pa.Schema) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in arrow_schema]
    arrays = [
        pa.array(column, type=field.type)
        for column, field in zip(columns, arrow_schema, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=arrow_schema)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _span(span: Span) -> Row:
    return span.start, span.end, span.text


def _event_row(doc_id: str, ordinal: int, event: Event, published: str | None) -> Row:
    source, target, place, time = event.source, event.target, event.place, event.time
    day = event_day(time.value if time else None, published)
    values: dict[str, object] = {
        "doc_id": doc_id,
        "ordinal": ordinal,
        "event_id": event_id(
            event.type,
            source.code if source else None,
            target.code if target else None,
            place.gazetteer_id if place else None,
            day,
            event.negated,
            mention=(doc_id, ordinal),
        ),
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "sentence": event.sentence,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "trigger_text": event.trigger.text,
        "time_value": time.value if time else None,
        "time_start": time.start if time else None,
        "time_end": time.end if time else None,
        "event_date": _day(day),
        "negated": event.negated,
        "confidence": event.confidence,
    }
    for role, actor in (("source", source), ("target", target)):
        if actor:
            values |= {
                f"{role}_code": actor.code,
                f"{role}_name": actor.name,
                f"{role}_country": actor.country,
                f"{role}_start": actor.start,
                f"{role}_end": actor.end,
            }
    if place:
        values |= {
            "place_id": place.gazetteer_id,
            "place_name": place.name,
            "place_name_en": place.name_en,
            "lat": place.lat,
            "lon": place.lon,
            "country": place.country,
            "place_start": place.start,
            "place_end": place.end,
        }
    return tuple(values.get(name) for name in schema.EVENT_MENTIONS.column_names)
