"""CoNLL-style evaluation of the entities stage on a BIO file.

Each corpus sentence is rebuilt as text and run through the real pipeline;
every predicted entity (a character span) is mapped back to the corpus tokens
it covers, and counts as correct only if its label, first and last token all
equal a gold entity's (exact span match). Nationality MISC entities are left
out: neither ANERcorp nor Wojood's flat layer marks nationality adjectives the
way Marsad does.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from marsad.document import Document
from marsad.entities.bio import BioSentence, GoldEntity
from marsad.scoring import Counts

CORE_TYPES = ("PER", "ORG", "LOC")
ALL_TYPES = (*CORE_TYPES, "MISC")


class Scores(Counts):
    def table(self) -> str:
        rows = [f"{'type':12} {'precision':>9} {'recall':>7} {'F1':>6} {'gold':>6}"]
        for name, types in [
            *((t, (t,)) for t in ALL_TYPES),
            ("micro P/O/L", CORE_TYPES),
            ("micro all", ALL_TYPES),
        ]:
            p, r, f, n = self.prf(types)
            rows.append(f"{name:12} {p:9.3f} {r:7.3f} {f:6.3f} {n:6d}")
        return "\n".join(rows)


def predicted_entities(sentence: BioSentence, doc: Document) -> set[GoldEntity]:
    """Predicted entities as corpus-token spans."""
    starts = [start for start, _ in sentence.offsets]
    found = set()
    for entity in doc.entities:
        if "nationality" in entity.attributes:
            continue
        first = bisect.bisect_right(starts, entity.start) - 1
        last = bisect.bisect_right(starts, entity.end - 1) - 1
        found.add(GoldEntity(entity.label, first, last))
    return found


def evaluate(sentences: list[BioSentence], analyse: Callable[[Document], Document]) -> Scores:
    scores = Scores()
    for index, sentence in enumerate(sentences):
        doc = analyse(Document(id=str(index), text=sentence.text))
        gold = set(sentence.entities())
        predicted = predicted_entities(sentence, doc)
        for entity in gold & predicted:
            scores.true_positive[entity.label] += 1
        for entity in predicted - gold:
            scores.false_positive[entity.label] += 1
        for entity in gold - predicted:
            scores.false_negative[entity.label] += 1
    return scores
