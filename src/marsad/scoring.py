"""Precision, recall and F1 from per-type counts, shared by the evaluations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Counts:
    true_positive: Counter[str] = field(default_factory=Counter)
    false_positive: Counter[str] = field(default_factory=Counter)
    false_negative: Counter[str] = field(default_factory=Counter)

    def prf(self, types: Iterable[str]) -> tuple[float, float, float, int]:
        """Micro precision, recall, F1 over ``types``, and how many gold items."""
        types = list(types)
        tp = sum(self.true_positive[t] for t in types)
        fp = sum(self.false_positive[t] for t in types)
        fn = sum(self.false_negative[t] for t in types)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1, tp + fn
