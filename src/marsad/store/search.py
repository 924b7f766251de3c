"""Full-text search over articles: a Tantivy index of Marsad's own stems.

The index sits beside the store (``marsad.duckdb.search/``) and holds, per
document, the terms of terms.py (clitic-free, tashkeel-free stems), so a query
analysed the same way matches ``وبالرقّة`` for ``الرقة``. It is derived data: the
store keeps the terms (``search_terms``) and which documents the index has
(``search_indexed``), so ``sync`` catches up after a crash and can rebuild a
deleted index. Why Tantivy over stems rather than Tantivy's Arabic stemmer or a
DuckDB term table: docs/store.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import tantivy

from marsad.store.database import Store, StoreError
from marsad.store.query import EventFilter, documents_with_events, rows
from marsad.store.terms import text_terms
from marsad.text.clitics import CliticSplitter

# Tantivy's writer wants at least 15 MB per thread; one thread keeps memory small.
WRITER_HEAP_BYTES = 64 * 1024 * 1024
SYNC_CHUNK = 5000
LEAD_CHARACTERS = 200


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("doc_id", stored=True, tokenizer_name="raw")
    # The first 64 bits of doc_id as a number: a fast field, read in bulk to filter hits.
    builder.add_unsigned_field("doc_key", fast=True)
    # Terms arrive analysed and space-separated; positions allow phrase queries.
    builder.add_text_field("terms", tokenizer_name="whitespace")
    return builder.build()


@dataclass(frozen=True)
class Hit:
    doc_id: str
    score: float
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    lead: str  # the start of the text


class SearchIndex:
    def __init__(self, path: Path) -> None:
        self.schema = _schema()
        self.created = not path.is_dir()
        path.mkdir(parents=True, exist_ok=True)
        self.index = tantivy.Index(self.schema, path=str(path))

    @classmethod
    def for_store(cls, db: Path) -> SearchIndex:
        return cls(search_path(db))

    def sync(self, store: Store) -> int:
        """Index the stored documents the index lacks; returns how many.

        Adding deletes the document first, so a document indexed by a sync that was
        killed before it could record so in the store is not indexed twice.
        """
        con = store.con
        if self.created:  # a new (or deleted and recreated) index holds nothing yet
            con.execute("DELETE FROM search_indexed")
            self.created = False
        cursor = con.execute(
            "SELECT doc_id, terms FROM search_terms AS t "
            "WHERE NOT EXISTS (SELECT 1 FROM search_indexed AS i WHERE i.doc_id = t.doc_id)"
        )
        added: list[str] = []
        writer = self.index.writer(heap_size=WRITER_HEAP_BYTES, num_threads=1)
        while chunk := cursor.fetchmany(SYNC_CHUNK):
            for doc_id, terms in chunk:
                writer.delete_documents_by_term("doc_id", doc_id)
                doc = tantivy.Document()
                doc.add_text("doc_id", doc_id)
                doc.add_unsigned("doc_key", _doc_key(doc_id))
                doc.add_text("terms", terms)
                writer.add_document(doc)
                added.append(doc_id)
        writer.commit()
        writer.wait_merging_threads()
        if added:
            con.execute("INSERT INTO search_indexed SELECT unnest(?)", [added])
        return len(added)

    def search(
        self,
        store: Store,
        terms: list[list[str]],
        event_filter: EventFilter | None = None,
        *,
        limit: int = 20,
    ) -> list[Hit]:
        """Documents holding every term group (a group of several terms is a phrase),
        best first (BM25); with a filter, only documents with a matching event."""
        groups = [group for group in terms if group]
        if not groups:
            return []
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, self._group_query(group)) for group in groups]
        )
        self.index.reload()
        searcher = self.index.searcher()
        if event_filter is not None and event_filter.active:
            # Every match, then those of documents with a matching event, still best first.
            allowed = {_doc_key(d) for d in documents_with_events(store.con, event_filter)}
            if not allowed or not searcher.num_docs:
                return []
            every = searcher.search(query, limit=searcher.num_docs, count=False).hits
            keys = searcher.fast_field_values("doc_key", [address for _, address in every])
            best = [hit for hit, key in zip(every, keys, strict=True) if key in allowed][:limit]
        else:
            best = searcher.search(query, limit=limit, count=False).hits
        scores = {searcher.doc(address)["doc_id"][0]: score for score, address in best}
        if not scores:
            return []
        found = rows(
            store.con,
            f"SELECT doc_id, title, source, url, published, left(text, {LEAD_CHARACTERS}) AS lead "
            "FROM documents WHERE doc_id IN (SELECT unnest(?))",
            [list(scores)],
        )
        hits = [Hit(score=scores[row["doc_id"]], **row) for row in found]
        return sorted(hits, key=lambda hit: (-hit.score, hit.doc_id))

    def _group_query(self, group: list[str]) -> tantivy.Query:
        if len(group) == 1:
            return tantivy.Query.term_query(self.schema, "terms", group[0])
        return tantivy.Query.phrase_query(self.schema, "terms", group)


def search(
    db: Path, query: str, event_filter: EventFilter | None = None, *, limit: int = 20
) -> list[Hit]:
    """Articles of the store at ``db`` matching ``query`` (and the event filter)."""
    with Store(db, read_only=True) as store:
        index = open_for_search(db)
        return index.search(
            store, parse_query(query, CliticSplitter.load()), event_filter, limit=limit
        )


def _doc_key(doc_id: str) -> int:
    return int(doc_id[:16], 16)


def search_path(db: Path) -> Path:
    return db.with_name(db.name + ".search")


def parse_query(query: str, splitter: CliticSplitter) -> list[list[str]]:
    """Term groups of a query: each word alone, or a "quoted phrase" as one group."""
    groups: list[list[str]] = []
    for number, part in enumerate(query.split('"')):
        terms = text_terms(part, splitter)
        if number % 2:  # inside quotes
            groups.append(terms)
        else:
            groups.extend([term] for term in terms)
    return groups


def open_for_search(db: Path) -> SearchIndex:
    path = search_path(db)
    if not path.is_dir():
        raise StoreError(
            f"{path}: no search index beside the store; run marsad ingest again with the "
            "same inputs to rebuild it (nothing is processed twice)"
        )
    return SearchIndex(path)
