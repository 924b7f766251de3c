"""Finding shards in folders and zips, and reading them into documents or skipped records."""

from __future__ import annotations

from pathlib import Path

from store_helpers import OP_ED, write_jsonl, write_zip

from marsad.document import Document
from marsad.store.sources import Skip, discover, read_shard


def test_folders_are_searched_recursively_for_known_suffixes(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "op-ed.txt").write_text(OP_ED.read_text(encoding="utf-8"))
    (tmp_path / "a" / "page.html").write_text("<p>خبر</p>")
    write_jsonl(tmp_path / "feed.jsonl", [{"text": "خبر"}])
    write_zip(tmp_path / "day.zip", {"day-1.json": [], "day-2.json": []})
    (tmp_path / "notes.md").write_text("# not an input")

    found = discover([tmp_path, tmp_path / "missing.txt"])

    shards = [(Path(s.file).relative_to(tmp_path).as_posix(), s.member) for s in found.shards]
    assert shards == [
        ("a/b/op-ed.txt", ""),
        ("a/page.html", ""),
        ("day.zip", "day-1.json"),
        ("day.zip", "day-2.json"),
        ("feed.jsonl", ""),
    ]
    assert [s.kind for s in found.shards] == [
        "article", "article", "saudinewsnet", "saudinewsnet", "jsonl"
    ]  # fmt: skip
    assert found.ignored == 1
    assert found.missing == [str(tmp_path / "missing.txt")]


def test_saudinewsnet_articles_keep_source_url_title_and_the_day_as_published(
    tmp_path: Path, articles: list[dict[str, str]]
) -> None:
    write_zip(tmp_path / "2015-07-21.zip", {"2015-07-21.json": articles[:3]})
    (shard,) = discover([tmp_path]).shards

    docs = list(read_shard(shard))

    assert all(isinstance(doc, Document) for doc in docs)
    first = docs[0]
    assert isinstance(first, Document)
    assert first.id == "2015-07-21:0"
    assert first.published == "2015-07-21"  # from date_extracted "2015-07-21 02:51:32"
    assert first.source == "aawsat"
    assert first.title == "بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف على مدى خمس سنوات"
    assert first.url == articles[0]["url"]
    assert first.text == articles[0]["content"]


def test_bad_saudinewsnet_records_are_skipped_with_member_and_index(
    tmp_path: Path, articles: list[dict[str, str]]
) -> None:
    no_content = {k: v for k, v in articles[1].items() if k != "content"}
    bad_date = {**articles[2], "date_extracted": "21/07/2015"}
    path = write_zip(
        tmp_path / "day.zip",
        {
            "good.json": [articles[0], no_content, "not an article", bad_date],
            "broken.json": b'[{"content": "\xd8\xae\xd8\xa8\xd8\xb1"',
        },
    )
    shards = discover([path]).shards

    good = list(read_shard(shards[0]))
    (broken,) = read_shard(shards[1])

    assert isinstance(good[0], Document)
    assert [(s.member, s.item) for s in good[1:] if isinstance(s, Skip)] == [
        ("good.json", 1), ("good.json", 2), ("good.json", 3)
    ]  # fmt: skip
    assert str(good[1]) == (
        f'{path}:good.json[1]: no "content" text; the article has nothing to read'
    )
    assert "date_extracted" in str(good[3])
    assert isinstance(broken, Skip)
    assert (broken.member, broken.item) == ("broken.json", None)
    assert "not a JSON array of articles" in broken.reason


def test_a_file_that_is_not_a_zip_is_one_skipped_shard(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.zip"
    path.write_bytes(b"PK\x03\x04 truncated")
    (shard,) = discover([path]).shards
    (skip,) = read_shard(shard)
    assert isinstance(skip, Skip)
    assert str(skip).startswith(f"{path}: cannot read the zip file")


def test_jsonl_and_binary_files_are_skipped_with_their_position(tmp_path: Path) -> None:
    feed = write_jsonl(
        tmp_path / "feed.jsonl",
        [{"id": "a", "text": "أعلن التحالف الدولي عن غارات جديدة."}, '{"text": "خبر', {"x": 1}],
    )
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 4)

    found = discover([feed, binary]).shards
    items = [item for shard in found for item in read_shard(shard)]

    assert isinstance(items[0], Document) and items[0].id == "a"
    skips = [str(item) for item in items[1:]]
    assert skips[0].startswith(f"{feed}:2: malformed JSON")
    assert skips[1].startswith(f'{feed}:3: no "text" field')
    assert skips[2].startswith(f"{binary}: not UTF-8 or cp1256 text (looks binary)")
