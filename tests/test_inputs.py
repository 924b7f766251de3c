"""marsad.inputs: bytes, files, stdin and JSON Lines to Documents, or one-line errors."""

from __future__ import annotations

import io
import json
import pickle
import random
import time
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.inputs import (
    MB,
    InputError,
    iter_jsonl,
    looks_like_html,
    read_stdin,
    read_text_file,
    strip_html,
)
from marsad.inputs.decoding import CP1256_NOTE
from marsad.inputs.html import HTML_NOTE

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "deir-ez-zor-op-ed.txt"
EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>مقتل 14 جنديا &amp; جرح آخرين</title>
<style>p { color: red }</style><script>alert(1)</script></head>
<body><h1>عنوان المقال</h1>
<p>قال مسؤولون أفغان إن 14 جنديا
    قتلوا &amp; جرح آخرون.</p>
<div>سطر أول<br>سطر ثان</div>
<script>alert("<p>لا</p>")</script>
<ul><li>بند</li></ul>
</body></html>
"""
PAGE_TEXT = (
    "عنوان المقال\n\nقال مسؤولون أفغان إن 14 جنديا قتلوا & جرح آخرون.\n\nسطر أول\nسطر ثان\n\nبند"
)


def error_of(path: Path, **kwargs: object) -> InputError:
    with pytest.raises(InputError) as caught:
        read_text_file(path, **kwargs)  # type: ignore[arg-type]
    return caught.value


def assert_one_line(err: InputError, prefix: str) -> None:
    text = str(err)
    assert "\n" not in text
    assert text.startswith(prefix), text


# --- plain text files -------------------------------------------------------------------


def test_utf8_file_becomes_document_with_stem_id() -> None:
    doc = read_text_file(EXAMPLE, published="2017-09-06")
    assert doc.id == "deir-ez-zor-op-ed"
    assert doc.text == EXAMPLE_TEXT
    assert doc.text.startswith("إذا كان النصر في دير الزور")
    assert doc.published == "2017-09-06"
    assert doc.notes == []
    assert doc.title is None


def test_cp1256_file_is_decoded_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(EXAMPLE_TEXT.encode("cp1256"))
    doc = read_text_file(path)
    assert doc.text == EXAMPLE_TEXT
    assert doc.notes == [CP1256_NOTE] == ["decoded as cp1256 (not valid UTF-8)"]


def test_cp1256_real_article(tmp_path: Path, saudinewsnet_articles: list[dict[str, str]]) -> None:
    content = saudinewsnet_articles[1]["content"]
    assert content.startswith("أصدر الرئيس عبدربه منصور هادي")
    path = tmp_path / "hadi.txt"
    path.write_bytes(content.encode("cp1256"))
    doc = read_text_file(path)
    assert doc.text == content
    assert CP1256_NOTE in doc.notes


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "قال الوزير".encode())
    doc = read_text_file(path)
    assert doc.text == "قال الوزير"
    assert doc.notes == []


def test_mostly_utf8_with_a_broken_byte_is_not_taken_for_cp1256(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    data = EXAMPLE_TEXT.encode("utf-8")
    at = data.index(b" ", 100)  # between characters, so only the inserted byte is bad
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    assert str(error_of(path)) == (
        f"{path}: not valid UTF-8 (bad byte at offset {at}, 1 in all); re-save the file as UTF-8"
    )


def test_utf16_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("قال الوزير".encode("utf-16"))
    err = error_of(path)
    assert_one_line(err, f"{path}: UTF-16 text")
    assert "save it as UTF-8" in str(err)


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(4096),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        # no NUL, but one byte in seven is a control character: not text either
        "قال الوزير".encode() * 20 + b"\x01\x02\x03" * 20,
    ],
    ids=["random", "png", "controls"],
)
def test_binary_is_refused_naming_the_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    err = error_of(path)
    assert err.source == str(path)
    assert err.line is None
    assert str(err) == (f"{path}: not UTF-8 or cp1256 text (looks binary); pass a UTF-8 .txt file")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n  "], ids=["empty", "whitespace"])
def test_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    assert_one_line(error_of(path), f"{path}: no text (empty or only whitespace)")


def test_english_only_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    # Arabic punctuation and digits alone are not Arabic text.
    path.write_text("Russia and the US agreed on Raqqa، ٢٠١٧.", encoding="utf-8")
    err = error_of(path)
    assert_one_line(err, f"{path}: no Arabic letters found")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert (
        str(error_of(tmp_path / "nope.txt"))
        == f"{tmp_path / 'nope.txt'}: no such file; check the path"
    )
    assert_one_line(error_of(tmp_path), f"{tmp_path}: is a directory")


def test_50_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * MB)  # sparse: no 50 MB written
    began = time.perf_counter()
    err = error_of(path)
    assert time.perf_counter() - began < 0.5
    assert str(err) == (
        f"{path}: 50 MB is over the 10 MB limit per document; split the file or raise --max-mb"
    )


def test_size_limit_can_be_changed(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    data = EXAMPLE_TEXT.encode()
    path.write_bytes(data)
    assert read_text_file(path, max_bytes=len(data)).text == EXAMPLE_TEXT
    err = error_of(path, max_bytes=len(data) - 1)
    assert f"{len(data):,} bytes is over the {len(data) - 1:,} bytes limit" in str(err)


@pytest.mark.parametrize("bad", ["2017/09/06", "06-09-2017", "2017-9-6", "2017-02-30", "أمس"])
def test_bad_published_date_names_the_format(bad: str) -> None:
    err = error_of(EXAMPLE, published=bad)
    assert str(err) == (
        f'{EXAMPLE}: published "{bad}" is not a date in YYYY-MM-DD form; write it like 2017-09-06'
    )


# --- stdin ---------------------------------------------------------------------------------


class CountingStream(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.asked: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        self.asked.append(-1 if size is None else size)
        return super().read(size)


def test_stdin() -> None:
    doc = read_stdin(published="2017-09-06", stream=io.BytesIO(EXAMPLE_TEXT.encode()))
    assert (doc.id, doc.published, doc.text) == ("stdin", "2017-09-06", EXAMPLE_TEXT)


def test_stdin_reads_at_most_one_byte_over_the_limit() -> None:
    stream = CountingStream("خبر ".encode() * 1000)
    with pytest.raises(InputError) as caught:
        read_stdin(stream=stream, max_bytes=100)
    assert stream.asked == [101]
    assert str(caught.value) == (
        "<stdin>: more than 100 bytes is over the 100 bytes limit per document; "
        "split the file or raise --max-mb"
    )


# --- HTML ----------------------------------------------------------------------------------


def test_strip_html_keeps_text_and_title() -> None:
    stripped = strip_html(PAGE)
    assert stripped.text == PAGE_TEXT
    assert stripped.title == "مقتل 14 جنديا & جرح آخرين"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PAGE, True),
        ("<p>قال الوزير</p><p>وأضاف</p>", True),
        ("  <html lang='ar'><body>نص</body></html>", True),
        ("الرقم < 5 و > 3 في الخبر", False),
        ("<b>عاجل</b> قال الوزير", False),
        (EXAMPLE_TEXT, False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_html_file_text_is_the_kept_text(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"  # detected by content, not by name
    path.write_text(PAGE, encoding="utf-8")
    doc = read_text_file(path)
    assert doc.text == PAGE_TEXT
    assert "alert" not in doc.text and "<" not in doc.text and "&amp;" not in doc.text
    assert doc.title == "مقتل 14 جنديا & جرح آخرين"
    assert doc.notes == [HTML_NOTE]


def test_html_title_does_not_override_a_given_title(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert read_text_file(path, title="عنوان آخر").title == "عنوان آخر"


def test_html_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>عنوان</title></head><body><script>x()</script>", "utf-8")
    assert_one_line(error_of(path), f"{path}: no text left after stripping HTML tags")


# --- JSON Lines ----------------------------------------------------------------------------


def test_jsonl_real_articles(tmp_path: Path, saudinewsnet_articles: list[dict[str, str]]) -> None:
    articles = saudinewsnet_articles[:20]
    path = tmp_path / "saudi.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for article in articles:
            row = {"text": article["content"], "title": article["title"], "url": article["url"]}
            row.update(source=article["source"], published=article["date_extracted"][:10])
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    docs = list(iter_jsonl(path))
    assert all(isinstance(doc, Document) for doc in docs)
    assert [doc.id for doc in docs] == [f"saudi:{n}" for n in range(1, 21)]
    first = docs[0]
    assert isinstance(first, Document)
    assert first.text == articles[0]["content"]
    assert first.title == "بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف على مدى خمس سنوات"
    assert (first.source, first.published) == ("aawsat", "2015-07-21")
    assert first.url == articles[0]["url"]


def test_jsonl_bad_lines_are_reported_and_iteration_goes_on(tmp_path: Path) -> None:
    lines = [
        '{"id": "a1", "text": "قال الوزير", "published": "2017-09-06", "title": "خبر"}',
        "",
        '{"text": "قال" "الوزير"}',
        "[1, 2]",
        '{"title": "بلا نص"}',
        '{"text": 42}',
        '{"text": "قال الوزير", "published": "06/09/2017"}',
        '{"text": "The minister said"}',
        '{"text": "   "}',
        '{"text": "<p>قال</p><p>الوزير</p><br>"}',
        '{"id": 7, "text": "خبر", "url": 5}',
        '{"id": 7, "text": "خبر"}',
        "   ",
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(iter_jsonl(path, published="2015-07-21"))
    errors = {r.line: str(r) for r in results if isinstance(r, InputError)}
    docs = [r for r in results if isinstance(r, Document)]
    assert errors == {
        3: f"{path}:3: malformed JSON (Expecting ',' delimiter at column 16); "
        "fix or remove the line",
        4: f'{path}:4: expected a JSON object like {{"text": "..."}}, got an array; '
        "fix or remove the line",
        5: f'{path}:5: no "text" field; each line needs {{"text": "<the article>"}}',
        6: f'{path}:6: "text" must be a string, got a number',
        7: f'{path}:7: "published" "06/09/2017" is not a date in YYYY-MM-DD form; '
        "write it like 2017-09-06",
        8: f"{path}:8: no Arabic letters found; Marsad reads Arabic news text, "
        "pass an Arabic article",
        9: f"{path}:9: no text (empty or only whitespace); pass an Arabic news article",
        11: f'{path}:11: "url" must be a string or null, got a number',
    }
    assert [(d.id, d.text, d.published, d.title) for d in docs] == [
        ("a1", "قال الوزير", "2017-09-06", "خبر"),
        ("feed:10", "قال\n\nالوزير", "2015-07-21", None),
        ("7", "خبر", "2015-07-21", None),
    ]
    assert docs[1].notes == [HTML_NOTE]


def test_jsonl_overlong_line_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    long_line = json.dumps({"text": "خبر " * 30_000}, ensure_ascii=False)  # 240 kB
    path.write_text(long_line + "\n" + '{"text": "قال الوزير"}\n', encoding="utf-8")
    first, second = iter_jsonl(path, max_bytes=1000)
    assert isinstance(first, InputError) and first.line == 1
    assert str(first) == (
        f"{path}:1: line is longer than 71,536 bytes, more than a text within the 1,000 bytes "
        "limit per document needs; split the text or raise --max-mb"
    )
    assert isinstance(second, Document) and second.id == "long:2"


def test_jsonl_text_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "خبر " * 200}) + "\n", encoding="utf-8")
    (err,) = iter_jsonl(path, max_bytes=1000)
    assert str(err) == (
        f"{path}:1: 1,400 bytes is over the 1,000 bytes limit per document; "
        "split the file or raise --max-mb"
    )


def test_jsonl_lone_surrogate_escape_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "escapes.jsonl"
    # "\ud83d" alone is half of an emoji's UTF-16 pair: JSON accepts it, Unicode does not.
    path.write_text('{"text": "خبر \\ud83d عاجل"}\n{"text": "قال الوزير"}\n', encoding="utf-8")
    first, second = iter_jsonl(path)
    assert str(first) == (
        f'{path}:1: "text" holds a lone surrogate \\ud83d at character 4, which is not a '
        "character; fix the escape in the line"
    )
    assert isinstance(second, Document)


def test_jsonl_missing_file_yields_one_error(tmp_path: Path) -> None:
    (err,) = iter_jsonl(tmp_path / "none.jsonl")
    assert str(err) == f"{tmp_path / 'none.jsonl'}: no such file; check the path"


# --- the error type ------------------------------------------------------------------------


def test_input_error_is_one_line_and_pickles() -> None:
    err = InputError("feed.jsonl", "malformed\nJSON;  fix it", 17)
    assert str(err) == "feed.jsonl:17: malformed JSON; fix it"
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.source, copy.line, str(copy)) == ("feed.jsonl", 17, str(err))
    assert str(InputError("<stdin>", "empty")) == "<stdin>: empty"
