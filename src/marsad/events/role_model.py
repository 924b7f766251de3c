"""A learned choice of an event's target, and of its doer, where the word-order rules
find none.

The word-order rules of ``arguments`` find a doer well but leave many targets
empty: Arabic marks what is acted upon in many ways (an object, على, idafa after
a noun of undergoing, a clause away: أسفرت الغارات عن مقتل مسلحي داعش). For every
actor mention near the trigger this model scores "is the target" with a logistic
regression over binary features: where the mention stands from the trigger (side,
distance, rank), the word before it (على, ضد, من ...), its sector, the trigger's
type and kind, and what the rules chose. A target the rules leave empty gets the
best-scoring mention over a threshold.

A second regression over the same features scores "is the doer". It is asked only
when the rules found no doer (شنت طائرات التحالف سلسلة من الغارات, where سلسلة من
stands between the verb and its noun), and only of the mentions that are neither the
target nor joined to it, so a victim is not taken for the doer. An interaction the
rules find no party to stays a topic (``extract``): a learned doer alone does not
make one an event. The rules' own choices stand: across the coded sets, letting a model
overrule them gained under a point and took victims for doers (أسفرت الغارات عن مقتل
مسلحي داعش) and attackers for the fallen (استشهد جندي بمقذوف أطلقته الميليشيات).

The weights are trained by ``scripts/train_role_model.py`` on the hand-coded dev
sets and kept in ``resources/role_model.tsv``; scoring is a sum of weights, so
no learning library is needed at run time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from marsad.document import Token
from marsad.entities.gazetteer import Match
from marsad.events.arguments import ActorMention, joined_to, part_of
from marsad.events.triggers import Trigger
from marsad.resources import read_rows

MODEL_FILE = "role_model.tsv"
SOURCE_PREFIX = "source:"
COMMAS = frozenset({"،", ","})
SPEECH_VERBS = frozenset({"قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "اضاف", "اضافت", "اشار"})
RANK_LIMIT = 3  # the first three mentions after (or before) the trigger are told apart
POOL_WINDOW = 15  # tokens from the trigger to a mention that may be its target, at most

Roles = tuple[ActorMention | None, ActorMention | None]


@dataclass(frozen=True)
class RoleQuestion:
    """What a role chooser is asked of one trigger: the trigger where it stands, the
    sentence's actor mentions, tokens and stems, the tokens of the sentence's act
    verbs, and what the word-order rules chose."""

    trigger: Trigger
    match: Match
    mentions: list[ActorMention]
    tokens: list[Token]
    stems: list[str]
    verb_tokens: frozenset[int]
    rules: Roles


class RoleChooser(Protocol):
    """Picks the source and target of a trigger, given what the word-order rules chose."""

    def choose(self, question: RoleQuestion) -> Roles: ...


def target_pool(question: RoleQuestion) -> list[ActorMention]:
    """The mentions that may be the target: within ``POOL_WINDOW`` tokens of the
    trigger and not overlapping it; not the source nor a mention joined to it
    (تطالب الولايات المتحدة وبريطانيا: both ask); not one that belongs to another
    verb before a noun (أدانت الجامعة الهجوم: the League neither attacked nor was hit)."""
    trigger, match, stems = question.trigger, question.match, question.stems
    source = question.rules[0]
    partners = joined_to(source, question.mentions, stems)
    return [
        m
        for m in question.mentions
        if not (m.first < match.end and match.start < m.after)
        and max(m.first - match.end, match.start - m.after) <= POOL_WINDOW
        and m not in partners
        and not part_of(m, source, stems)
        and not (trigger.type == "ACCUSE" and m.addressed)  # شكوى إلى مجلس الأمن ضد ...
        and not m.instrument  # غارات بطائرات من دون طيار
        and not _of_verb_before(trigger, match, m, question.verb_tokens)
    ]


def role_features(question: RoleQuestion, mention: ActorMention) -> list[str]:
    """The binary features of one mention as a candidate for the trigger's roles."""
    trigger, match, stems = question.trigger, question.match, question.stems
    mentions, verb_tokens, rules = question.mentions, question.verb_tokens, question.rules
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
    """The weight of each feature for "is the target" and for "is the doer", and the
    probability a mention needs for each."""

    weights: dict[str, float]
    threshold: float
    source_weights: dict[str, float] = field(default_factory=dict)
    source_threshold: float = 1.0

    @classmethod
    def load(cls, filename: str = MODEL_FILE) -> RoleModel:
        weights: dict[str, float] = {}
        source_weights: dict[str, float] = {}
        threshold, source_threshold = 0.5, 1.0
        for name, value in read_rows(filename):
            if name == "threshold":
                threshold = float(value)
            elif name == "source_threshold":
                source_threshold = float(value)
            elif name.startswith(SOURCE_PREFIX):
                source_weights[name[len(SOURCE_PREFIX) :]] = float(value)
            else:
                weights[name] = float(value)
        return cls(weights, threshold, source_weights, source_threshold)

    def probability(self, features: Iterable[str]) -> float:
        """The probability that a mention with these features is the target."""
        return _sigmoid(sum(self.weights.get(feature, 0.0) for feature in features))

    def source_probability(self, features: Iterable[str]) -> float:
        """The probability that a mention with these features is the doer."""
        return _sigmoid(sum(self.source_weights.get(feature, 0.0) for feature in features))

    def choose(self, question: RoleQuestion) -> Roles:
        source, target = question.rules
        if target is None:
            target = self._target(question)
        if source is None and self.source_weights:
            source = self._source(question, target)
        return source, target

    def _target(self, question: RoleQuestion) -> ActorMention | None:
        pool = target_pool(question)
        scores = {id(m): self.probability(role_features(question, m)) for m in pool}
        return _best(pool, scores, self.threshold)

    def _source(self, question: RoleQuestion, target: ActorMention | None) -> ActorMention | None:
        pool = source_pool(question, target)
        scores = {id(m): self.source_probability(role_features(question, m)) for m in pool}
        return _best(pool, scores, self.source_threshold)


def _best(
    pool: list[ActorMention], scores: dict[int, float], threshold: float
) -> ActorMention | None:
    """The best-scoring mention of the pool, if it scores over the threshold."""
    best = max(pool, key=lambda m: scores[id(m)], default=None)
    return best if best is not None and scores[id(best)] > threshold else None


def source_pool(question: RoleQuestion, target: ActorMention | None) -> list[ActorMention]:
    """The mentions that may be the doer when the word-order rules find none: within
    ``POOL_WINDOW`` tokens of the trigger, not overlapping it, not the target nor a
    mention joined to it, not an instrument (غارات بطائرات من دون طيار)."""
    match = question.match
    partners = joined_to(target, question.mentions, question.stems)
    return [
        m
        for m in question.mentions
        if not (m.first < match.end and match.start < m.after)
        and max(m.first - match.end, match.start - m.after) <= POOL_WINDOW
        and m not in partners
        and not m.instrument
    ]


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
