"""The marsad command line: exit codes, one-line errors, and output that parses back."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from marsad import __version__
from marsad.cli import app
from marsad.document import Document, from_json
from marsad.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "deir-ez-zor-op-ed.txt"
EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")

runner = CliRunner()


def run(*args: str | Path, stdin: bytes | None = None) -> Result:
    return runner.invoke(app, [str(a) for a in args], input=stdin)


def documents(stdout: str) -> list[Document]:
    return [from_json(line) for line in stdout.splitlines()]


def assert_offsets(doc: Document) -> None:
    assert doc.tokens and doc.sentences
    for span in [*doc.tokens, *doc.sentences]:
        assert doc.text[span.start : span.end] == span.text


def stderr_lines(result: Result) -> list[str]:
    return result.stderr.splitlines()


def test_extract_example() -> None:
    result = run("extract", EXAMPLE, "--published", "2017-09-06")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    (doc,) = documents(result.stdout)
    assert (doc.id, doc.published, doc.text) == ("deir-ez-zor-op-ed", "2017-09-06", EXAMPLE_TEXT)
    assert_offsets(doc)
    assert doc.sentences[0].text.startswith("إذا كان النصر في دير الزور")


def test_summary_shows_counts_not_json() -> None:
    result = run("extract", EXAMPLE, "--published", "2017-09-06", "--summary")
    assert result.exit_code == 0, result.output
    expected = Pipeline()(Document(id="x", text=EXAMPLE_TEXT))
    out = result.stdout
    assert not out.lstrip().startswith("{")
    assert re.search(r"^id\s+deir-ez-zor-op-ed\s*$", out, re.M)
    assert re.search(r"^published\s+2017-09-06\s*$", out, re.M)
    assert re.search(rf"^sentences\s+{len(expected.sentences)}\s*$", out, re.M)
    assert re.search(rf"^tokens\s+{len(expected.tokens)}\s*$", out, re.M)
    for name in ("entities", "times", "places", "actors", "events"):
        assert re.search(rf"^{name}\s+{len(getattr(expected, name))}\s*$", out, re.M), name
    assert "إذا كان النصر في دير الزور" in out
    assert "sentence 3" in out and "sentence 4" not in out


def test_html_is_stripped_and_offsets_are_into_kept_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>معركة دير الزور</title><script>alert(1)</script></head>"
        "<body><p>قصفت الطائرات الروسية مواقع داعش &amp; تقدمت القوات.</p>"
        "<p>وقال المرصد إن المعركة مستمرة.</p></body></html>",
        encoding="utf-8",
    )
    result = run("extract", page)
    assert result.exit_code == 0, result.output
    (doc,) = documents(result.stdout)
    assert doc.text == (
        "قصفت الطائرات الروسية مواقع داعش & تقدمت القوات.\n\nوقال المرصد إن المعركة مستمرة."
    )
    assert (doc.title, doc.notes) == ("معركة دير الزور", ["HTML tags stripped"])
    assert_offsets(doc)
    assert len(doc.sentences) == 2


def write_feed(path: Path, articles: list[dict[str, str]]) -> None:
    lines = [
        json.dumps({"text": a["content"], "title": a["title"], "url": a["url"]}, ensure_ascii=False)
        for a in articles
    ]
    lines.insert(2, '{"text": "خبر", "title": "مقطوع"')  # line 3: truncated JSON
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_malformed_jsonl_line_skips_only_that_line(
    tmp_path: Path, saudinewsnet_articles: list[dict[str, str]]
) -> None:
    articles = saudinewsnet_articles[:4]
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, articles)
    result = run("extract", "--jsonl", feed, "--published", "2015-07-21")
    assert result.exit_code == 1
    docs = documents(result.stdout)
    assert [d.id for d in docs] == ["feed:1", "feed:2", "feed:4", "feed:5"]
    assert [d.title for d in docs] == [a["title"] for a in articles]
    assert [d.text for d in docs] == [a["content"] for a in articles]
    assert all(d.published == "2015-07-21" for d in docs)
    for doc in docs:
        assert_offsets(doc)
    assert stderr_lines(result) == [
        f"marsad: {feed}:3: malformed JSON (Expecting ',' delimiter at column 33); "
        "fix or remove the line",
        "marsad: wrote 4 documents, skipped 1 inputs",
    ]
    # a .jsonl file given as an argument is read the same way, not as one article
    again = run("extract", feed, "--published", "2015-07-21")
    assert [d.id for d in documents(again.stdout)] == ["feed:1", "feed:2", "feed:4", "feed:5"]


def test_bad_inputs_are_one_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    english = tmp_path / "english.txt"
    english.write_text("The siege of Deir ez-Zor was broken.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = run("extract", binary, EXAMPLE, empty, english, missing)
    assert result.exit_code == 1
    assert [d.id for d in documents(result.stdout)] == ["deir-ez-zor-op-ed"]
    assert stderr_lines(result) == [
        f"marsad: {binary}: not UTF-8 or cp1256 text (looks binary); pass a UTF-8 .txt file",
        f"marsad: {empty}: no text (empty or only whitespace); pass an Arabic news article",
        f"marsad: {english}: no Arabic letters found; Marsad reads Arabic news text, "
        "pass an Arabic article",
        f"marsad: {missing}: no such file; check the path",
        "marsad: wrote 1 documents, skipped 4 inputs",
    ]
    assert "Traceback" not in result.output


def test_50_mb_file_is_refused_fast(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    began = time.perf_counter()
    result = run("extract", huge, "--max-mb", "20")
    assert time.perf_counter() - began < 2
    assert result.exit_code == 1
    assert stderr_lines(result)[0] == (
        f"marsad: {huge}: 50 MB is over the 20 MB limit per document; "
        "split the file or raise --max-mb"
    )


def test_cp1256_file_is_noted(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(EXAMPLE_TEXT.encode("cp1256"))
    result = run("extract", path)
    assert result.exit_code == 0, result.output
    (doc,) = documents(result.stdout)
    assert doc.text == EXAMPLE_TEXT
    assert doc.notes == ["decoded as cp1256 (not valid UTF-8)"]


@pytest.mark.parametrize("bad", ["06/09/2017", "2017-13-01"])
def test_bad_published_is_a_usage_error(bad: str) -> None:
    result = run("extract", EXAMPLE, "--published", bad)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert stderr_lines(result) == [
        f'marsad: --published "{bad}" is not a date in YYYY-MM-DD form; write it like 2017-09-06'
    ]


def test_no_inputs_and_unknown_option_are_usage_errors() -> None:
    result = run("extract")
    assert result.exit_code == 2
    assert stderr_lines(result)[0].startswith("marsad: no inputs; pass article files")
    assert run("extract", EXAMPLE, "--no-such-option").exit_code == 2


def test_stdin() -> None:
    result = run("extract", "-", "--published", "2017-09-06", stdin=EXAMPLE_TEXT.encode())
    assert result.exit_code == 0, result.output
    (doc,) = documents(result.stdout)
    assert (doc.id, doc.published, doc.text) == ("stdin", "2017-09-06", EXAMPLE_TEXT)


def test_output_file(tmp_path: Path, saudinewsnet_articles: list[dict[str, str]]) -> None:
    article = saudinewsnet_articles[0]
    feed = tmp_path / "in.jsonl"
    row = {"id": "aawsat-410826", "text": article["content"], "title": article["title"]}
    row["published"] = "2015-07-21"
    feed.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", EXAMPLE, "--jsonl", feed, "-o", out, "--published", "2017-09-06")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    docs = documents(out.read_text(encoding="utf-8"))
    assert [(d.id, d.published, d.title) for d in docs] == [
        ("deir-ez-zor-op-ed", "2017-09-06", None),
        ("aawsat-410826", "2015-07-21", article["title"]),
    ]


def test_pretty_documents_are_separated_by_a_blank_line(tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_text("قال الوزير إن المعركة انتهت.", encoding="utf-8")
    result = run("extract", EXAMPLE, second, "--pretty")
    assert result.exit_code == 0, result.output
    blocks = result.stdout.split("\n\n")
    assert len(blocks) == 2
    assert blocks[0].startswith('{\n  "id": "deir-ez-zor-op-ed"')
    assert [from_json(block).id for block in blocks] == ["deir-ez-zor-op-ed", "second"]


def test_version_and_help() -> None:
    version = run("--version")
    assert (version.exit_code, version.stdout) == (0, f"marsad {__version__}\n")
    help_text = run("extract", "--help").stdout
    assert "marsad extract examples/deir-ez-zor-op-ed.txt --published 2017-09-06" in help_text
    for option in ("--jsonl", "--published", "--output", "--pretty", "--summary", "--max-mb"):
        assert option in help_text


def test_module_entry_point_runs(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    completed = subprocess.run(
        [sys.executable, "-m", "marsad", "extract", str(EXAMPLE), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    (doc,) = documents(out.read_text(encoding="utf-8"))
    assert doc.id == "deir-ez-zor-op-ed" and doc.text == EXAMPLE_TEXT
