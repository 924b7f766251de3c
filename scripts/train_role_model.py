"""Train the role model: who is the target, and the doer, of an event the word-order
rules leave them empty.

Training data: the hand-coded dev sets. Each sentence runs through the pipeline with
the word-order rules alone; every trigger the events stage reaches is paired with the
gold event of the same type whose trigger overlaps it, and each mention that may fill
an empty role becomes an example labelled by whether its code is the gold one.

Two logistic regressions share the features of ``role_features``:

- the target's, trained on ``TARGET_TRAINING`` (3,760 sentences). Its weights are
  kept as they are unless ``--target`` is given: the word-order rules were tuned
  beside them for many rounds, and retrained with today's rules (on those sets or on
  all) they lowered micro F1 over the coded sets by 0.002.
- the doer's, trained on every coded set in ``tests/data``. It is asked only where
  the rules find no doer, of the mentions that are not the target nor joined to it.
  A held-out set must stay out of ``tests/data`` until it has been scored: it is the
  one to report the model on.

``--cross-validate`` first scores the doer's model one file at a time, trained on
the others, through the whole coder (``marsad.events.evaluation``), beside the
target's model alone, so the gain is measured on text the model did not see.

Needs scikit-learn (in the dev extra: ``pip install -e '.[dev]'``); the written
model is a table of weights that the product reads without it.

Usage: python scripts/train_role_model.py [--cross-validate] [--target]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from marsad.document import Document
from marsad.events.arguments import ActorMention
from marsad.events.evaluation import (
    GoldEvent,
    GoldSentence,
    coded_sets,
    evaluate,
    gold_trigger_span,
    read_gold,
)
from marsad.events.extract import extract_events
from marsad.events.role_model import (
    MODEL_FILE,
    SOURCE_PREFIX,
    RoleChooser,
    RoleModel,
    RoleQuestion,
    Roles,
    role_features,
    source_pool,
    target_pool,
)
from marsad.pipeline import DEFAULT_STAGES, Pipeline, Resources

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
MODEL = REPO / "src" / "marsad" / "resources" / MODEL_FILE
TARGET_TRAINING = ("events-dev", *(f"events-dev-heldout{n}" for n in range(2, 22)))
# Chosen by --cross-validate over the training files (regularisation and the
# probability a mention needs to fill a role).
C = 1.0
THRESHOLD = 0.15
SOURCE_THRESHOLD = 0.35


@dataclass
class Example:
    features: list[str]
    gold: bool  # the mention's code is the gold one for the role it is a candidate for


@dataclass
class Candidates:
    """One trigger's span and type, and its candidate targets and doers with features."""

    span: tuple[int, int]
    type: str
    targets: list[tuple[list[str], ActorMention]]
    sources: list[tuple[list[str], ActorMention]]


@dataclass
class Recorder:
    """A role chooser that keeps the rules' choice and records every candidate target
    and, where the rules find no doer, every candidate doer (given the target the
    target model, if any, adds)."""

    target_model: RoleModel | None = None
    calls: list[Candidates] = field(default_factory=list)

    def choose(self, question: RoleQuestion) -> Roles:
        first, last = question.tokens[question.match.start], question.tokens[question.match.end - 1]
        targets = [(role_features(question, m), m) for m in target_pool(question)]
        source, target = question.rules
        if target is None and self.target_model is not None:
            target = self.target_model.choose(question)[1]
        sources = []
        if source is None:
            sources = [(role_features(question, m), m) for m in source_pool(question, target)]
        self.calls.append(
            Candidates((first.start, last.end), question.trigger.type, targets, sources)
        )
        return question.rules


def pipeline_with(roles: RoleChooser | None, resources: Resources) -> Pipeline:
    def events(doc: Document, res: Resources) -> Document:
        return extract_events(doc, res.event_triggers, roles)

    stages = tuple((name, events if name == "events" else stage) for name, stage in DEFAULT_STAGES)
    return Pipeline(stages, resources)


def examples(
    sentences: list[GoldSentence], resources: Resources, target_model: RoleModel | None = None
) -> tuple[list[Example], list[Example]]:
    """The candidate targets and the candidate doers of ``sentences``, labelled."""
    recorder = Recorder(target_model)
    analyse = pipeline_with(recorder, resources)
    targets, sources = [], []
    for sentence in sentences:
        recorder.calls.clear()
        analyse(Document(id=sentence.id, text=sentence.text, published=sentence.published))
        unused = list(sentence.events)
        for call in recorder.calls:
            gold = _gold_for(sentence, unused, call.span, call.type)
            if gold is None:
                continue  # a trigger with no gold event teaches nothing about roles
            unused.remove(gold)
            targets += [Example(f, m.actor.code == gold.target) for f, m in call.targets]
            sources += [Example(f, m.actor.code == gold.source) for f, m in call.sources]
    return targets, sources


def _gold_for(
    sentence: GoldSentence, unused: list[GoldEvent], span: tuple[int, int], type_: str
) -> GoldEvent | None:
    for gold in unused:
        start, end = gold_trigger_span(sentence, gold)
        if gold.type == type_ and start < span[1] and span[0] < end:
            return gold
    return None


def fit(found: list[Example], c: float) -> dict[str, float]:
    """The weights of a logistic regression over the examples' binary features."""
    vectors = DictVectorizer()
    matrix = vectors.fit_transform([dict.fromkeys(e.features, 1) for e in found])
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, [e.gold for e in found])
    weights = dict(zip(vectors.feature_names_, map(float, model.coef_[0]), strict=True))
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    return {name: w for name, w in weights.items() if abs(w) > 1e-4}


def write(model: RoleModel, path: Path) -> None:
    lines = [
        "# Role model: feature, weight for 'is the target' (a logistic regression);",
        "# source: feature, weight for 'is the doer'.",
        "# Written by scripts/train_role_model.py; do not edit by hand.",
        f"threshold\t{model.threshold}",
        f"source_threshold\t{model.source_threshold}",
    ]
    lines += [f"{name}\t{weight:.4f}" for name, weight in sorted(model.weights.items())]
    lines += [
        f"{SOURCE_PREFIX}{name}\t{weight:.4f}"
        for name, weight in sorted(model.source_weights.items())
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def cross_validate(
    files: dict[str, list[GoldSentence]],
    per_file: dict[str, list[Example]],
    target_model: RoleModel,
    resources: Resources,
    c: float,
) -> None:
    """Each file scored with the doer's model trained on the other files, beside the
    target's model alone."""
    alone = RoleModel(target_model.weights, target_model.threshold)
    totals = {"target model": [0, 0, 0], "with doers": [0, 0, 0]}
    for held, sentences in files.items():
        found = [e for name, rows in per_file.items() if name != held for e in rows]
        fold = RoleModel(
            alone.weights, alone.threshold, fit(found, c), target_model.source_threshold
        )
        row = [held]
        for label, roles in (("target model", alone), ("with doers", fold)):
            roles_scores = evaluate(sentences, pipeline_with(roles, resources)).roles
            counts = [roles_scores[k] for k in ("source right", "target right", "source total")]
            totals[label] = [a + b for a, b in zip(totals[label], counts, strict=True)]
            row.append(
                f"{label} source {counts[0] / counts[2]:.3f} target {counts[1] / counts[2]:.3f}"
            )
        print(f"{row[0]:22} {row[1]} | {row[2]}  ({counts[2]} matched events)")
    for label, (source, target, total) in totals.items():
        print(
            f"{'all, ' + label:22} source {source / total:.3f} "
            f"target {target / total:.3f} ({total})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross-validate", action="store_true")
    parser.add_argument("--target", action="store_true", help="retrain the target's weights too")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--source-threshold", type=float, default=SOURCE_THRESHOLD)
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    args = parser.parse_args()
    resources = Resources()
    read = {name: read_gold(DATA / f"{name}.jsonl") for name in coded_sets(DATA)}
    if args.target:
        found = [e for name in TARGET_TRAINING for e in examples(read[name], resources)[0]]
        weights, threshold = fit(found, args.c), args.threshold
    else:
        committed = RoleModel.load()
        weights, threshold = committed.weights, committed.threshold
    target_model = RoleModel(weights, threshold, source_threshold=args.source_threshold)
    per_file = {name: examples(rows, resources, target_model)[1] for name, rows in read.items()}
    if args.cross_validate:
        cross_validate(read, per_file, target_model, resources, args.c)
    found = [e for rows in per_file.values() for e in rows]
    model = RoleModel(weights, threshold, fit(found, args.c), args.source_threshold)
    write(model, args.out)
    print(
        f"{args.out}: {len(model.weights)} target and {len(model.source_weights)} doer "
        f"features, the doer's from {len(found)} candidate mentions in {len(read)} sets"
    )


if __name__ == "__main__":
    main()
