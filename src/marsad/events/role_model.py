"""A learned choice of an event's source and target among the sentence's actors.

The word-order rules of ``arguments`` are right about a third of the time on
fresh text: Arabic puts the doer before or after the verb, in idafa after a
noun, after من قبل or in a relative clause, and the rules each see one of those.
This model weighs them together. For every actor mention of the sentence it
scores "is the source" and "is the target" with two logistic regressions over
binary features: where the mention stands from the trigger (side, distance,
rank), the word before it (على, ضد, من ...), its sector, the trigger's type and
kind, and whether the rules chose it. A target the rules leave empty gets the
best-scoring mention over a threshold; a role they fill changes only when the
model finds another mention clearly likelier. An empty source stays empty:
filled by the model it was right a little more often across the coded sets, but
it took the victims for the doers (أسفرت الغارات عن مقتل مسلحي داعش) and cost the
target more than it gained.

The weights are trained by ``scripts/train_role_model.py`` on the hand-coded dev
sets and kept in ``resources/role_model.tsv``; scoring is a sum of weights, so
no learning library is needed at run time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from marsad.document import Token
from marsad.entities.gazetteer import Match
from marsad.events.arguments import ActorMention, conjuncts
from marsad.events.triggers import Trigger
from marsad.resources import read_rows

MODEL_FILE = "role_model.tsv"
COMMAS = frozenset({"،", ","})
SPEECH_VERBS = frozenset({"قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "اضاف", "اضافت", "اشار"})
RANK_LIMIT = 3  # the first three mentions after (or before) the trigger are told apart
POOL_WINDOW = 15  # tokens from the trigger to a mention that may fill a role, at most
# How much likelier the model must find another mention to overrule the rules' choice.
# The rules are precise where they fire; the model's gain is mostly in roles they
# leave empty (chosen by cross-validation, see scripts/train_role_model.py).
OVERRIDE_MARGIN = 0.3

Roles = tuple[ActorMention | None, ActorMention | None]


class RoleChooser(Protocol):
    """Picks the source and target of a trigger, given what the word-order rules chose."""

    def choose(
        self,
        trigger: Trigger,
        match: Match,
        mentions: list[ActorMention],
        tokens: list[Token],
        stems: list[str],
        verb_tokens: frozenset[int],
        rules: Roles,
    ) -> Roles: ...


def candidates(match: Match, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that can fill a role: those within ``POOL_WINDOW`` tokens of the
    trigger, not overlapping it."""
    return [
        m
        for m in mentions
        if not (m.first < match.end and match.start < m.after)
        and max(m.first - match.end, match.start - m.after) <= POOL_WINDOW
    ]


def role_features(
    trigger: Trigger,
    match: Match,
    mention: ActorMention,
    mentions: list[ActorMention],
    stems: list[str],
    verb_tokens: frozenset[int],
    rules: Roles,
) -> list[str]:
    """The binary features of one mention as a candidate for the trigger's roles."""
    after = mention.first >= match.end
    side = "after" if after else "before"
    low, high = (match.end, mention.first) if after else (mention.after, match.start)
    distance = _bucket(high - low)
    same_side = [m for m in mentions if (m.first >= match.end) == after and m is not mention]
    nearer = sum(1 for m in same_side if low <= m.first < high)
    rank = f"{side}{min(nearer, RANK_LIMIT)}"
    gap = stems[low:high]
    previous = stems[mention.first - 1] if mention.first > 0 else "<s>"
    before_previous = stems[mention.first - 2] if mention.first > 1 else "<s>"
    sector = mention.actor.sector or "-"
    flags = {
        "introduced": mention.introduced,
        "passive_agent": mention.passive_agent,
        "after_from": mention.after_from,
        "after_support_verb": mention.after_support_verb,
        "after_attribution": mention.after_attribution,
        "conjoined": mention.conjoined,
        "attached_lam": mention.attached_lam,
        "comma_between": bool(COMMAS.intersection(gap)),
        "and_between": "و" in gap,
        "speech_verb_between": bool(SPEECH_VERBS.intersection(gap)),
        "has_country": bool(mention.actor.country),
        # أدانت الجامعة الهجوم: right after another act's verb, a mention is that verb's
        # subject or object; with another act's verb between, it is in another clause.
        "after_other_verb": mention.first - 1 in verb_tokens and mention.first != match.end,
        "verb_between": any(i in verb_tokens for i in range(low, high)),
    }
    features = [
        "bias",
        f"type={trigger.type}",
        f"kind={trigger.kind}",
        f"side={side}",
        f"side,distance={side},{distance}",
        f"kind,side={trigger.kind},{side}",
        f"kind,side,distance={trigger.kind},{side},{distance}",
        f"type,side={trigger.type},{side}",
        f"rank={rank}",
        f"kind,rank={trigger.kind},{rank}",
        f"sector={sector}",
        f"type,sector={trigger.type},{sector}",
        f"previous={previous}",
        f"before_previous={before_previous}",
        f"side,previous={side},{previous}",
        f"mentions_between={min(nearer, RANK_LIMIT)}",
    ]
    features += [name for name, on in flags.items() if on]
    if mention.introduced:
        features.append(f"introduced,side={side}")
    for role, chosen in zip(("source", "target"), rules, strict=True):
        verdict = "none" if chosen is None else "this" if chosen is mention else "other"
        features += [f"rule_{role}={verdict}", f"rule_{role},kind={verdict},{trigger.kind}"]
    return features


@dataclass(frozen=True)
class RoleModel:
    """Weights of the two logistic regressions (source, target) per feature."""

    weights: dict[str, tuple[float, float]]
    threshold: float

    @classmethod
    def load(cls, filename: str = MODEL_FILE) -> RoleModel:
        weights: dict[str, tuple[float, float]] = {}
        threshold = 0.5
        for row in read_rows(filename):
            if row[0] == "threshold":
                threshold = float(row[1])
            else:
                weights[row[0]] = (float(row[1]), float(row[2]))
        return cls(weights, threshold)

    def scores(self, features: Iterable[str]) -> tuple[float, float]:
        """The probabilities that a mention with these features is the source, the target."""
        source = target = 0.0
        for feature in features:
            weight = self.weights.get(feature)
            if weight:
                source += weight[0]
                target += weight[1]
        return _sigmoid(source), _sigmoid(target)

    def choose(
        self,
        trigger: Trigger,
        match: Match,
        mentions: list[ActorMention],
        tokens: list[Token],
        stems: list[str],
        verb_tokens: frozenset[int],
        rules: Roles,
    ) -> Roles:
        pool = candidates(match, mentions)
        scores = {
            id(m): self.scores(
                role_features(trigger, match, m, mentions, stems, verb_tokens, rules)
            )
            for m in pool
        }
        rule_source, rule_target = rules
        own = [m for m in pool if not _of_verb_before(trigger, match, m, verb_tokens)]
        # A mention the rules gave one role is not moved to the other (قتل جنديان: the
        # soldiers were killed, they did not kill), nor is the source's conjunct made
        # its target (تطالب الولايات المتحدة وبريطانيا: both ask).
        source = self._pick(
            [m for m in own if m is not rule_target], scores, 0, rule_source, fill=False
        )
        partners = conjuncts(source, mentions, stems)
        others = [m for m in own if m is not rule_source and m not in partners]
        proposed_target = rule_target if rule_target is not source else None
        return source, self._pick(others, scores, 1, proposed_target, fill=True)

    def _pick(
        self,
        pool: list[ActorMention],
        scores: dict[int, tuple[float, float]],
        role: int,
        proposed: ActorMention | None,
        *,
        fill: bool,
    ) -> ActorMention | None:
        """The rules' choice for a role, unless the model likes another mention of
        the pool better by ``OVERRIDE_MARGIN``; with ``fill``, an empty role gets the
        model's best mention over the threshold. A rules' choice outside the pool (a
        speaker far off) stands."""
        best = max(pool, key=lambda m: scores[id(m)][role], default=None)
        if best is not None and scores[id(best)][role] <= self.threshold:
            best = None
        if proposed is None:
            return best if fill else None
        if id(proposed) not in scores or best is None:
            return proposed
        better = scores[id(best)][role] > scores[id(proposed)][role] + OVERRIDE_MARGIN
        return best if better else proposed


def _of_verb_before(
    trigger: Trigger, match: Match, mention: ActorMention, verb_tokens: frozenset[int]
) -> bool:
    """An actor right after another act's verb, before a verbal noun, belongs to that
    verb (أدانت الجامعة الهجوم: the League condemned; it neither attacked nor was hit)."""
    before = mention.after <= match.start
    return trigger.kind != "verb" and before and mention.first - 1 in verb_tokens


def _bucket(distance: int) -> str:
    """Token distance in the steps that matter to Arabic word order."""
    if distance <= 2:
        return str(distance)
    return "3-4" if distance <= 4 else "5-8" if distance <= 8 else "9+"


def _sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-value))
