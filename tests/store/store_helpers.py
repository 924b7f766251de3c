"""Helpers for the store tests: inputs in SaudiNewsNet's layout, row counts, stores."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from marsad.document import Document
from marsad.store.database import Store
from marsad.store.records import RecordBuilder
from marsad.store.schema import ALL_TABLES
from marsad.store.search import SearchIndex
from marsad.store.sources import Shard
from marsad.store.terms import document_terms
from marsad.text.clitics import CliticSplitter
from marsad.text.segment import segment

REPO = Path(__file__).resolve().parents[2]
OP_ED = REPO / "examples" / "deir-ez-zor-op-ed.txt"


def write_zip(path: Path, members: dict[str, object]) -> Path:
    """A zip in SaudiNewsNet's layout: each member a JSON array of articles (or raw bytes)."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            data = content if isinstance(content, bytes) else json.dumps(content).encode()
            archive.writestr(name, data)
    return path


def write_jsonl(path: Path, lines: list[object]) -> Path:
    """JSON Lines; a ``str`` item is written as the raw line."""
    text = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def counts(db: Path) -> dict[str, int]:
    """Rows per table."""
    with Store(db, read_only=True) as store:
        return {
            t.name: store.con.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
            for t in ALL_TABLES
        }


def store_documents(db: Path, docs: list[Document], *, file: str = "handmade.jsonl") -> None:
    """Segment hand-annotated documents (events and places set by the test) and store them
    as one shard, without the rest of the pipeline."""
    splitter = CliticSplitter.load()
    builder = RecordBuilder(Shard("jsonl", file, "", 0, "fixed"), ["segment"])
    for doc in docs:
        doc = segment(doc, splitter)
        builder.add(doc, document_terms(doc.tokens))
    with Store(db) as store:
        store.write([builder.build()])
        SearchIndex.for_store(db).sync(store)
