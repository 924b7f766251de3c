"""Ingest: repeatable, resumable after kill -9, bad records kept in `skipped`."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from store_helpers import OP_ED, counts, write_jsonl, write_zip

from marsad.store.database import Store
from marsad.store.ingest import ingest
from marsad.store.records import document_hash
from marsad.store.schema import DOCUMENT_TABLES
from marsad.store.search import SearchIndex


def mixed_inputs(folder: Path, articles: list[dict[str, str]]) -> list[Path]:
    """The op-ed, a day of 8 articles + one without content, a JSONL feed with a copy of an
    article (other outlet), a malformed line and a new article, and a binary file."""
    folder.mkdir()
    no_content = {k: v for k, v in articles[8].items() if k != "content"}
    day = write_zip(folder / "2015-07-21.zip", {"2015-07-21.json": [*articles[:8], no_content]})
    feed = write_jsonl(
        folder / "feed.jsonl",
        [
            {"id": "copy", "text": articles[0]["content"], "source": "okaz"},
            '{"id": "broken", "text": "خبر',
            {"id": "new", "text": articles[9]["content"], "published": "2015-07-22"},
        ],
    )
    binary = folder / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    return [OP_ED, day, feed, binary]


def test_ingest_stores_everything_once_and_records_what_it_skipped(
    tmp_path: Path, articles: list[dict[str, str]]
) -> None:
    inputs = mixed_inputs(tmp_path / "in", articles)
    db = tmp_path / "marsad.duckdb"
    reported: list[str] = []

    report = ingest(inputs, db, on_skip=lambda skip: reported.append(str(skip)))

    assert (report.shards, report.articles) == (4, 14)
    assert report.written.new_documents == 10  # op-ed + 8 + the new JSONL article
    assert report.written.copies == 1
    assert report.written.skipped == 3
    assert "segment" in report.stages
    day, feed, binary = (str(p) for p in inputs[1:])
    assert reported == [
        f'{day}:2015-07-21.json[8]: no "content" text; the article has nothing to read',
        f"{feed}:2: malformed JSON (Unterminated string starting at at column 26); "
        "fix or remove the line",
        f"{binary}: not UTF-8 or cp1256 text (looks binary); pass a UTF-8 .txt file",
    ]
    rows = counts(db)
    assert (rows["documents"], rows["inputs"], rows["skipped"], rows["shards"]) == (10, 11, 3, 4)
    assert rows["search_indexed"] == 10
    with Store(db, read_only=True) as store:
        skipped = store.con.execute(
            "SELECT file, member, item FROM skipped ORDER BY file, item"
        ).fetchall()
        assert skipped == [(day, "2015-07-21.json", 8), (feed, "", 2), (binary, "", None)]
        # Same text, same document: the JSONL copy is an input of the aawsat article.
        copies = store.con.execute(
            "SELECT source, input_id FROM inputs WHERE doc_id = ? ORDER BY source",
            [document_hash(articles[0]["content"])],
        ).fetchall()
        assert copies == [("aawsat", "2015-07-21:0"), ("okaz", "copy")]
        published = store.con.execute(
            "SELECT published::VARCHAR FROM documents WHERE input_id = 'new'"
        ).fetchone()
        assert published == ("2015-07-22",)
        # Every stored span is the slice of the stored text its offsets say.
        for table in ("sentences", "entities", "times", "places", "actors"):
            (wrong,) = store.con.execute(
                f"SELECT count(*) FROM {table} AS t JOIN documents AS d USING (doc_id) "
                "WHERE substring(d.text, t.span_start + 1, t.span_end - t.span_start) <> t.text"
            ).fetchone()
            assert wrong == 0, table
        (sentences,) = store.con.execute("SELECT count(*) FROM sentences").fetchone()
        assert sentences > 50  # the comparison above ran over real rows


def test_ingesting_again_adds_nothing(tmp_path: Path, articles: list[dict[str, str]]) -> None:
    inputs = mixed_inputs(tmp_path / "in", articles)
    db = tmp_path / "marsad.duckdb"
    ingest(inputs, db)
    before = counts(db)

    again = ingest(inputs, db)

    assert (again.already_done, again.articles, again.written.new_documents) == (4, 0, 0)
    assert counts(db) == before

    # A copy of an input under another name is read, but its texts are already stored:
    # only its own input and skipped records are added.
    renamed = tmp_path / "in" / "feed-copy.jsonl"
    renamed.write_bytes(inputs[2].read_bytes())
    copy = ingest([renamed], db)

    assert (copy.written.new_documents, copy.written.copies, copy.written.skipped) == (0, 2, 1)
    after = counts(db)
    assert after == before | {
        "inputs": before["inputs"] + 2,
        "skipped": before["skipped"] + 1,
        "shards": before["shards"] + 1,
    }


def test_ingest_killed_mid_way_then_rerun_stores_every_article_exactly_once(
    tmp_path: Path, articles: list[dict[str, str]]
) -> None:
    # Six daily members of five real articles and one empty one: one skip line per shard.
    members = {
        f"day-{n}.json": [*articles[5 * n : 5 * n + 5], {**articles[0], "content": " "}]
        for n in range(6)
    }
    corpus = write_zip(tmp_path / "days.zip", members)
    db = tmp_path / "marsad.duckdb"
    script = (
        "import sys\n"
        "from marsad.store.ingest import ingest\n"
        "ingest([sys.argv[1]], sys.argv[2], write_batch=1,"
        " on_skip=lambda skip: print(skip, flush=True))\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(corpus), str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        for _ in range(3):  # shards 1 and 2 are written, shard 3 is being written
            assert child.stdout.readline()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    # Whatever was stored is whole: every stored shard has all its inputs, no other shard has any.
    with Store(db) as store:
        finished = store.con.execute("SELECT member, documents FROM shards").fetchall()
        inputs = dict(
            store.con.execute("SELECT member, count(*) FROM inputs GROUP BY member").fetchall()
        )
    assert 2 <= len(finished) < 6
    assert inputs == {member: documents for member, documents in finished}

    report = ingest([corpus], db)

    assert report.already_done == len(finished)
    rows = counts(db)
    assert (rows["documents"], rows["inputs"], rows["skipped"], rows["shards"]) == (30, 30, 6, 6)
    with Store(db) as store:
        for table in DOCUMENT_TABLES:
            key = "doc_id" if table.name in ("documents", "search_terms") else "doc_id, ordinal"
            duplicates = store.con.execute(
                f"SELECT count(*) FROM (SELECT {key} FROM {table.name} "
                f"GROUP BY {key} HAVING count(*) > 1)"
            ).fetchone()
            assert duplicates == (0,), table.name
        stored = {d for (d,) in store.con.execute("SELECT doc_id FROM documents").fetchall()}
        index = SearchIndex.for_store(db)
        indexed = index.index.searcher().num_docs
    assert stored == {document_hash(a["content"]) for a in articles}
    assert indexed == 30  # the index, too, holds each document once
