"""The hand-annotated SaudiNewsNet dev set: well formed, and the tagger still scores on
its tuning parts (``tuning``, and ``tuning2`` and ``tuning3``, each once held out). The
held-out part, ``heldout3``, is only checked for form here, when its lines are present:
it is for ``bench/eval_times.py``."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "data" / "times-saudinewsnet.jsonl"
TYPES = {"DATE", "TIME", "DURATION", "SET"}
# Each part is a run of draws in the sampler's fixed order, none skipped.
PARTS = {
    "tuning": range(0, 92),
    "tuning2": range(92, 161),
    "tuning3": range(161, 236),
    "heldout3": range(236, 316),
}
TUNING = ("tuning", "tuning2", "tuning3")


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


def test_parts_are_runs_of_draws_and_large_enough(records) -> None:
    present = {record["part"] for record in records}
    assert present <= PARTS.keys()
    for part, draws in PARTS.items():
        chosen = [r for r in records if r["part"] == part]
        if part not in TUNING and not chosen:
            continue  # the held-out part is appended once annotated
        assert [r["draw"] for r in chosen] == list(draws)
        if part in TUNING:
            assert sum(len(r["times"]) for r in chosen) >= 200
    assert len(records) == sum(len(PARTS[part]) for part in present)
    assert len({r["url"] for r in records}) == len(records)


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


@pytest.mark.parametrize("part", TUNING)
def test_tuning_part_strict_span_f1(part, records, contents, tag_times) -> None:
    gold = predicted = right = 0
    for record in (r for r in records if r["part"] == part):
        found = {(t.start, t.end) for t in tag_times(contents[record["url"]], record["published"])}
        wanted = {(t["start"], t["end"]) for t in record["times"]}
        gold, predicted, right = (
            gold + len(wanted),
            predicted + len(found),
            right + len(found & wanted),
        )
    precision, recall = right / predicted, right / gold
    assert 2 * precision * recall / (precision + recall) >= 0.9
