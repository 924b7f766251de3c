"""Checks of the hand-annotated event dev sets (``tests/data/events-dev.jsonl``,
``events-dev-heldout2.jsonl`` and ``events-dev-heldout3.jsonl``).

These check the files only — their format, the coding guide's vocabulary and that
each is the reproducible draw of ``scripts/sample_events_devset.py`` — and never import the
event coder.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).resolve().parent / "data"
DEVSET = DATA / "events-dev.jsonl"
SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.fixture(scope="module")
def sampler() -> Iterator[ModuleType]:
    """``scripts/sample_events_devset.py``, with its sibling ``saudinewsnet.py`` importable."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        spec = importlib.util.spec_from_file_location(
            "sample_events_devset", SCRIPTS / "sample_events_devset.py"
        )
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(SCRIPTS))


MODES = {
    "AGREE": {"", "ceasefire", "sign"},
    "CONSULT": {"", "visit", "meet", "phone", "negotiate"},
    "SUPPORT": {""},
    "CONCEDE": {""},
    "COOPERATE": {""},
    "AID": {""},
    "RETREAT": {""},
    "REQUEST": {""},
    "ACCUSE": {""},
    "REJECT": {""},
    "THREATEN": {""},
    "PROTEST": {"", "demonstrate", "sit-in", "strike", "hunger-strike", "riot"},
    "SANCTION": {""},
    "MOBILIZE": {""},
    "COERCE": {"", "arrest", "raid", "seize", "abduct"},
    "ASSAULT": {"", "aerial", "shelling", "explosives", "firearms", "clash", "killing", "beat"},
}
CODE = re.compile(r"^([A-Z]{3,4}( [A-Z]{3})?|[A-Z]{3})?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SENTENCE_KEYS = {"id", "source", "ref", "published", "text", "sample", "events", "part"}
EVENT_KEYS = {"type", "mode", "trigger", "source", "target", "negated", "modality"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    lines = DEVSET.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_every_line_parses_and_has_the_fields(records: list[dict]) -> None:
    assert len(records) >= 300
    for record in records:
        assert SENTENCE_KEYS <= set(record) <= SENTENCE_KEYS | {"note"}, record["id"]
        assert record["source"] in {"saudinewsnet", "afp"}
        assert record["part"] in {"tuning", "heldout"}
        assert DATE.match(record["published"]), record["id"]
        assert record["text"] and record["text"] == record["text"].strip()
        assert isinstance(record["events"], list)
    assert len({r["id"] for r in records}) == len(records)


def test_events_use_the_guide_vocabulary(records: list[dict]) -> None:
    for record in records:
        for event in record["events"]:
            where = f"{record['id']}: {event}"
            assert set(event) == EVENT_KEYS, where
            assert event["type"] in MODES, where
            assert event["mode"] in MODES[event["type"]], where
            assert CODE.match(event["source"]) and CODE.match(event["target"]), where
            assert isinstance(event["negated"], bool), where
            assert event["modality"] in {"", "future", "hypothetical"}, where


def test_triggers_occur_in_the_text(records: list[dict]) -> None:
    for record in records:
        for event in record["events"]:
            assert event["trigger"] and event["trigger"] in record["text"], record["id"]


def test_parts_hold_every_type_and_non_events(records: list[dict]) -> None:
    parts = Counter(r["part"] for r in records)
    assert 0.25 <= parts["tuning"] / len(records) <= 0.4
    for part in ("tuning", "heldout"):
        chosen = [r for r in records if r["part"] == part]
        types = {e["type"] for r in chosen for e in r["events"]}
        assert types == set(MODES), (part, set(MODES) - types)
        assert any(not r["events"] for r in chosen)
    contrasts = [
        r
        for r in records
        if not r["events"] or {"ASSAULT", "PROTEST"} & {e["type"] for e in r["events"]}
    ]
    assert len(contrasts) >= 100


def test_the_file_is_the_scripted_draw(
    shared_data: Path, records: list[dict], sampler: ModuleType
) -> None:
    drawn = sampler.draw(shared_data)
    keys = ("id", "source", "ref", "published", "text", "sample")
    assert [{k: d[k] for k in keys} for d in drawn] == [{k: r[k] for k in keys} for r in records]


# --- The later held-out sets (``tests/data/events-dev-heldout2.jsonl`` … ``heldout42``) ---

WITH_AFP = {"snn-cue", "snn-random", "afp", "snn-boost"}  # boosted: protests, attacks
SNN_ONLY = {"snn-cue", "snn-random", "snn-boost"}  # from heldout11 the AFP file is used up
LATER = {
    "heldout2": {"snn-cue", "snn-random", "afp"},
    **{f"heldout{n}": WITH_AFP for n in range(3, 11)},
    **{f"heldout{n}": SNN_ONLY for n in range(11, 49)},
}


def later_set(name: str) -> list[dict]:
    lines = (DATA / f"events-dev-{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize("name", LATER)
def test_later_set_lines_parse_and_have_the_fields(name: str) -> None:
    records = later_set(name)
    assert len(records) >= 120
    for record in records:
        assert SENTENCE_KEYS <= set(record) <= SENTENCE_KEYS | {"note"}, record["id"]
        assert record["source"] in {"saudinewsnet", "afp"}
        assert record["sample"] in LATER[name]
        assert record["part"] == name
        assert DATE.match(record["published"]), record["id"]
        assert record["text"] and record["text"] == record["text"].strip()
        assert isinstance(record["events"], list)
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)


@pytest.mark.parametrize("name", LATER)
def test_later_set_events_use_the_guide_vocabulary(name: str) -> None:
    test_events_use_the_guide_vocabulary(later_set(name))


@pytest.mark.parametrize("name", LATER)
def test_later_set_triggers_occur_in_the_text(name: str) -> None:
    test_triggers_occur_in_the_text(later_set(name))


def test_later_sets_share_no_sentence_with_earlier_ones(records: list[dict]) -> None:
    earlier = list(records)
    for name in LATER:
        later = later_set(name)
        assert not {r["text"] for r in earlier} & {r["text"] for r in later}
        assert not {r["id"] for r in earlier} & {r["id"] for r in later}
        articles = {r["ref"] for r in earlier if r["source"] == "saudinewsnet"}
        assert not articles & {r["ref"] for r in later if r["source"] == "saudinewsnet"}
        earlier += later


@pytest.mark.parametrize("name", LATER)
def test_later_set_is_the_scripted_draw(shared_data: Path, sampler: ModuleType, name: str) -> None:
    drawn = sampler.draw_named(shared_data, name)
    keys = ("id", "source", "ref", "published", "text", "sample")
    records = later_set(name)
    assert [{k: d[k] for k in keys} for d in drawn] == [{k: r[k] for k in keys} for r in records]
