"""Evaluation of the event coder on hand-annotated sentences.

The dev set (``tests/data/events-dev.jsonl``, see its README and
``docs/coding-guide.md``) holds sentences with their gold events. Each
sentence runs through the whole pipeline on its own. A predicted event matches
a gold one of the same type whose trigger overlaps its trigger (the gold
trigger is the word as written; the first occurrence in the sentence is
used). Scores: per-type precision/recall/F1 over matched events, and, over
matched events, how often the source and target codes are exactly right
(country and sector both; an empty gold code is right only when nothing is
predicted).

With ``articles`` (sentence id → the text of the article it was drawn from), a
sentence is scored in its article instead: the whole article runs through the
pipeline, as Marsad reads news, and only the events whose trigger lies in the
sentence are scored. The annotators read the article's title, and sometimes the
article, to tell who an actor is; the coder then has the same evidence.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from marsad.document import Document, Event
from marsad.scoring import Counts

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@dataclass(frozen=True)
class GoldEvent:
    type: str
    trigger: str
    source: str
    target: str


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    published: str | None
    part: str
    events: tuple[GoldEvent, ...]


@dataclass
class EventScores(Counts):
    roles: Counter[str] = field(default_factory=Counter)  # source/target right and total
    sentences: Counter[str] = field(default_factory=Counter)

    def table(self) -> str:
        rows = [f"{'type':10} {'precision':>9} {'recall':>7} {'F1':>6} {'gold':>5} {'pred':>5}"]
        for name in TYPES:
            p, r, f, gold = self.prf([name])
            predicted = self.true_positive[name] + self.false_positive[name]
            if gold or predicted:
                rows.append(f"{name:10} {p:9.3f} {r:7.3f} {f:6.3f} {gold:5d} {predicted:5d}")
        p, r, f, gold = self.prf(TYPES)
        rows.append(f"{'micro':10} {p:9.3f} {r:7.3f} {f:6.3f} {gold:5d}")
        for role in ("source", "target"):
            total = self.roles[f"{role} total"]
            right = self.roles[f"{role} right"]
            share = right / total if total else 0.0
            rows.append(f"{role} code accuracy on matched events: {share:.3f} ({right}/{total})")
        s = self.sentences
        rows.append(
            f"sentences: {s['total']}, with no gold event: {s['no event']}, "
            f"of which coded with no event: {s['no event, none predicted']}"
        )
        return "\n".join(rows)


def coded_sets(folder: Path) -> list[str]:
    """The hand-coded sets in ``folder`` by name: events-dev, then events-dev-heldout2,
    3, ... in the order they were drawn."""
    later = sorted(folder.glob("events-dev-heldout*.jsonl"), key=lambda p: int(p.stem[18:]))
    return ["events-dev", *(p.stem for p in later)]


def read_gold(path: Path, part: str | None = None) -> list[GoldSentence]:
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if part and row.get("part") != part:
            continue
        events = tuple(
            GoldEvent(e["type"], e["trigger"], e.get("source", ""), e.get("target", ""))
            for e in row["events"]
        )
        sentences.append(
            GoldSentence(row["id"], row["text"], row.get("published"), row.get("part", ""), events)
        )
    return sentences


def gold_trigger_span(sentence: GoldSentence, gold: GoldEvent) -> tuple[int, int]:
    """Where the gold trigger stands: its first occurrence in the sentence."""
    start = sentence.text.find(gold.trigger)
    return (start, start + len(gold.trigger)) if start >= 0 else (-1, -1)


def _matches(sentence: GoldSentence, gold: GoldEvent, predicted: Event, offset: int = 0) -> bool:
    start, end = gold_trigger_span(sentence, gold)
    return (
        predicted.type == gold.type
        and predicted.trigger.start < end + offset
        and start + offset < predicted.trigger.end
    )


def _predicted(
    sentence: GoldSentence, analyse: Callable[[Document], Document], article: str | None
) -> tuple[list[Event], int]:
    """The events coded in the sentence, and where the sentence starts in the text read:
    the sentence alone, or its article when it is given and holds the sentence."""
    offset = article.find(sentence.text) if article else -1
    if article is None or offset < 0:
        doc = analyse(Document(id=sentence.id, text=sentence.text, published=sentence.published))
        return list(doc.events), 0
    doc = analyse(Document(id=sentence.id, text=article, published=sentence.published))
    end = offset + len(sentence.text)
    return [e for e in doc.events if offset <= e.trigger.start < end], offset


def evaluate(
    sentences: list[GoldSentence],
    analyse: Callable[[Document], Document],
    articles: Mapping[str, str] | None = None,
) -> EventScores:
    scores = EventScores()
    for sentence in sentences:
        predicted, offset = _predicted(sentence, analyse, (articles or {}).get(sentence.id))
        scores.sentences["total"] += 1
        if not sentence.events:
            scores.sentences["no event"] += 1
            scores.sentences["no event, none predicted"] += not predicted
        for gold in sentence.events:
            found = next((p for p in predicted if _matches(sentence, gold, p, offset)), None)
            if found is None:
                scores.false_negative[gold.type] += 1
                continue
            predicted.remove(found)
            scores.true_positive[gold.type] += 1
            for role, code in (("source", found.source), ("target", found.target)):
                scores.roles[f"{role} total"] += 1
                expected = getattr(gold, role)
                scores.roles[f"{role} right"] += (code.code if code else "") == expected
        for extra in predicted:
            scores.false_positive[extra.type] += 1
    return scores
