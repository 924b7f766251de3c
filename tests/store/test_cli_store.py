"""The store's commands: ingest, search, events, export (thin wrappers; exit codes, output)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from store_helpers import OP_ED, write_jsonl
from typer.testing import CliRunner, Result

from marsad.cli import app

runner = CliRunner()


def run(*args: str | Path) -> Result:
    return runner.invoke(app, [str(a) for a in args])


def test_ingest_search_events_export(tmp_path: Path, articles: list[dict[str, str]]) -> None:
    lines: list[object] = [{"id": str(i), "text": a["content"]} for i, a in enumerate(articles[:5])]
    feed = write_jsonl(tmp_path / "feed.jsonl", [*lines, "not json"])
    db = tmp_path / "news.duckdb"

    ingested = run("ingest", OP_ED, feed, "--db", db)

    assert ingested.exit_code == 1  # one line skipped
    said = ingested.stderr.splitlines()
    assert said[0].startswith(f"marsad: {feed}:6: malformed JSON")
    assert "6 new documents" in said[-1] and "1 skipped" in said[-1]

    again = run("ingest", OP_ED, feed, "--db", db)
    assert again.exit_code == 0
    assert "0 new documents" in again.stderr
    assert "2 of 2 inputs were already ingested" in again.stderr

    found = run("search", "دير الزور", "--db", db)
    assert found.exit_code == 0, found.output
    assert "إذا كان النصر في دير الزور" in found.stdout.splitlines()[0]

    nothing = run("search", "دير الزور", "--db", db, "--type", "PROTEST", "--from", "2030-01-01")
    assert (nothing.exit_code, nothing.stdout) == (0, "")
    assert nothing.stderr == "marsad: no article matches\n"

    out = tmp_path / "events.csv"
    exported = run("events", "--db", db, "--format", "csv", "-o", out)
    assert exported.exit_code == 0, exported.output
    header = next(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert header[:4] == ["event_id_cnty", "event_date", "event_type", "sub_event_type"]

    parquet = run("export", "--parquet", tmp_path / "pq", "--db", db)
    assert parquet.exit_code == 0, parquet.output
    assert (tmp_path / "pq" / "documents.parquet").is_file()


def test_ingest_dates_undated_articles_with_published(tmp_path: Path) -> None:
    db = tmp_path / "op-ed.duckdb"
    assert run("ingest", OP_ED, "--published", "2017-09-06", "--db", db).exit_code == 0
    plover = run("events", "--db", db, "--type", "AGREE", "--format", "plover")
    assert plover.exit_code == 0, plover.output
    # "منذ أشهر تم الاتفاق ...": no date in the sentence, so the publication date.
    assert '"2017-09-06"' in plover.stdout
    bad = run("ingest", OP_ED, "--published", "6/9/2017", "--db", db)
    assert bad.exit_code == 2
    assert "write it like 2017-09-06" in bad.stderr


def test_usage_errors(tmp_path: Path) -> None:
    missing = run("search", "الرقة", "--db", tmp_path / "none.duckdb")
    assert missing.exit_code == 2
    assert "no store here; create it with marsad ingest" in missing.stderr
    assert run("events", "--format", "xml", "--db", tmp_path / "x").exit_code == 2
    bad_date = run("events", "--from", "2015-13-01", "--db", tmp_path / "x")
    assert (bad_date.exit_code, bad_date.stderr) == (
        2, "marsad: '2015-13-01' is not a date; write it like 2015-07-01\n"
    )  # fmt: skip
    both = run("ingest", OP_ED, "--workers", "2", "--scheduler", "tcp://127.0.0.1:1")
    assert both.exit_code == 2
