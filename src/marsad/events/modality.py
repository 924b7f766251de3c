"""Whether an event is reported as happening, denied, expected or only possible.

Looks at a few words before the trigger and at the trigger's own future prefix
(س): لم/لن/لا/ليس and نفى negate; سوف, س, لن, يعتزم, ينوي, من المقرر make it
future; إذا, لو, ربما, يمكن make it hypothetical, and so does قد before an
imperfect verb (قد يهاجم) but not before a past one (قد هاجم is "has attacked").
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.document import Token
from marsad.entities.gazetteer import token_stem

NEGATORS = frozenset({"لم", "لن", "لا", "ليس", "ليست", "نفي", "ينفي", "نفت", "تنفي"})
FUTURE = frozenset({"سوف", "لن", "يعتزم", "تعتزم", "ينوي", "تنوي", "المقرر", "المرتقب"})
HYPOTHETICAL = frozenset({"اذا", "لو", "ربما", "يمكن", "يحتمل", "الممكن"})
IMPERFECT_PREFIXES = ("ي", "ت", "ن")
WINDOW = 3  # words before the trigger that can modify it


@dataclass(frozen=True)
class Modality:
    negated: bool
    modality: str | None  # "future", "hypothetical" or None (asserted)


def modality_of(tokens: list[Token], trigger: int) -> Modality:
    before = [token_stem(t) for t in tokens[max(0, trigger - WINDOW) : trigger]]
    stem = token_stem(tokens[trigger])
    # ما negates only right before a past verb (ما قصفت); elsewhere it is "what".
    negated = any(word in NEGATORS for word in before) or before[-1:] == ["ما"]
    if any(word in FUTURE for word in before) or any(
        s.kind == "future" for s in tokens[trigger].segments
    ):
        return Modality(negated, "future")
    if any(word in HYPOTHETICAL for word in before) or (
        "قد" in before and stem.startswith(IMPERFECT_PREFIXES)
    ):
        return Modality(negated, "hypothetical")
    return Modality(negated, None)
