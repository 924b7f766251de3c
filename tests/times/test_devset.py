"""The hand-annotated SaudiNewsNet dev set: well formed, and the tagger still scores on
its tuning part (the held-out part is for ``bench/eval_times.py``, never for tuning)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "data" / "times-saudinewsnet.jsonl"
TYPES = {"DATE", "TIME", "DURATION", "SET"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def contents(shared_data: Path, records: list[dict]) -> dict[str, str]:
    wanted = {record["url"] for record in records}
    found: dict[str, str] = {}
    for archive in sorted((shared_data / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                for article in json.loads(zipped.read(name)):
                    if article["url"] in wanted:
                        found.setdefault(article["url"], article["content"])
    return found


def test_both_parts_are_large_enough(records) -> None:
    sizes = {
        part: sum(len(r["times"]) for r in records if r["part"] == part)
        for part in ("tuning", "heldout")
    }
    assert sizes["tuning"] >= 200 and sizes["heldout"] >= 200


def test_spans_match_the_articles(records, contents) -> None:
    for record in records:
        text = contents[record["url"]]
        assert record["published"] > "2015-08-01"
        previous_end = -1
        for time in record["times"]:
            assert text[time["start"] : time["end"]] == time["text"]
            assert time["type"] in TYPES and time["value"]
            assert time["start"] >= previous_end  # sorted, no overlaps
            previous_end = time["end"]


def test_tuning_part_strict_span_f1(records, contents, tag_times) -> None:
    gold = predicted = right = 0
    for record in (r for r in records if r["part"] == "tuning"):
        found = {(t.start, t.end) for t in tag_times(contents[record["url"]], record["published"])}
        wanted = {(t["start"], t["end"]) for t in record["times"]}
        gold, predicted, right = (
            gold + len(wanted),
            predicted + len(found),
            right + len(found & wanted),
        )
    precision, recall = right / predicted, right / gold
    assert 2 * precision * recall / (precision + recall) >= 0.9
