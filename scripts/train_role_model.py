"""Train the role model (the target of an event the word-order rules give none).

Training data: the hand-coded dev sets of ``TRAINING`` (3,760 sentences). Each
sentence runs through the pipeline with the word-order rules alone; every
trigger the events stage reaches is paired with the gold event of the same type
whose trigger overlaps it, and each mention that may be its target becomes an
example labelled by whether its code is the gold target. ``events-dev-heldout22.jsonl``
to ``events-dev-heldout30.jsonl`` were scored blind against the model trained so, and are
not in ``TRAINING`` yet; a later held-out set must stay out of it too: it is the one to
report the model on.

``--cross-validate`` first scores the model one file at a time, trained on the
others, through the whole coder (``marsad.events.evaluation``), beside the rules
alone, so the gain is measured on text the model did not see.

Needs scikit-learn (in the dev extra: ``pip install -e '.[dev]'``); the written
model is a table of weights that the product reads without it.

Usage: python scripts/train_role_model.py [--cross-validate]
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
    evaluate,
    gold_trigger_span,
    read_gold,
)
from marsad.events.extract import extract_events
from marsad.events.role_model import (
    MODEL_FILE,
    RoleChooser,
    RoleModel,
    RoleQuestion,
    Roles,
    role_features,
    target_pool,
)
from marsad.pipeline import DEFAULT_STAGES, Pipeline, Resources

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
MODEL = REPO / "src" / "marsad" / "resources" / MODEL_FILE
TRAINING = ("events-dev", *(f"events-dev-heldout{n}" for n in range(2, 22)))
# Chosen by --cross-validate over the training files (regularisation and the
# probability a mention needs to fill a role).
C = 1.0
THRESHOLD = 0.15


@dataclass
class Example:
    features: list[str]
    target: bool


@dataclass
class Recorder:
    """A role chooser that keeps the rules' choice and records every candidate target."""

    calls: list[tuple[tuple[int, int], str, list[list[str]], list[ActorMention]]] = field(
        default_factory=list
    )

    def choose(self, question: RoleQuestion) -> Roles:
        pool = target_pool(question)
        first, last = question.tokens[question.match.start], question.tokens[question.match.end - 1]
        features = [role_features(question, m) for m in pool]
        self.calls.append(((first.start, last.end), question.trigger.type, features, pool))
        return question.rules


def pipeline_with(roles: RoleChooser | None, resources: Resources) -> Pipeline:
    def events(doc: Document, res: Resources) -> Document:
        return extract_events(doc, res.event_triggers, roles)

    stages = tuple((name, events if name == "events" else stage) for name, stage in DEFAULT_STAGES)
    return Pipeline(stages, resources)


def examples(sentences: list[GoldSentence], resources: Resources) -> list[Example]:
    recorder = Recorder()
    analyse = pipeline_with(recorder, resources)
    found = []
    for sentence in sentences:
        recorder.calls.clear()
        analyse(Document(id=sentence.id, text=sentence.text, published=sentence.published))
        unused = list(sentence.events)
        for span, type_, features, pool in recorder.calls:
            gold = _gold_for(sentence, unused, span, type_)
            if gold is None:
                continue  # a trigger with no gold event teaches nothing about roles
            unused.remove(gold)
            for mention_features, mention in zip(features, pool, strict=True):
                found.append(Example(mention_features, mention.actor.code == gold.target))
    return found


def _gold_for(
    sentence: GoldSentence, unused: list[GoldEvent], span: tuple[int, int], type_: str
) -> GoldEvent | None:
    for gold in unused:
        start, end = gold_trigger_span(sentence, gold)
        if gold.type == type_ and start < span[1] and span[0] < end:
            return gold
    return None


def train(found: list[Example], threshold: float, c: float) -> RoleModel:
    vectors = DictVectorizer()
    matrix = vectors.fit_transform([dict.fromkeys(e.features, 1) for e in found])
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, [e.target for e in found])
    weights = dict(zip(vectors.feature_names_, map(float, model.coef_[0]), strict=True))
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    return RoleModel({name: w for name, w in weights.items() if abs(w) > 1e-4}, threshold)


def write(model: RoleModel, path: Path) -> None:
    lines = [
        "# Role model: feature, weight for 'is the target' (a logistic regression).",
        "# Written by scripts/train_role_model.py; do not edit by hand.",
        f"threshold\t{model.threshold}",
    ]
    lines += [f"{name}\t{weight:.4f}" for name, weight in sorted(model.weights.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def cross_validate(
    files: dict[str, list[GoldSentence]],
    per_file: dict[str, list[Example]],
    resources: Resources,
    threshold: float,
    c: float,
) -> None:
    totals = {"rules": [0, 0, 0], "model": [0, 0, 0]}
    for held, sentences in files.items():
        found = [e for name, rows in per_file.items() if name != held for e in rows]
        fold = train(found, threshold, c)
        row = [held]
        for label, roles in (("rules", None), ("model", fold)):
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
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    args = parser.parse_args()
    resources = Resources()
    files = {name: read_gold(DATA / f"{name}.jsonl") for name in TRAINING}
    per_file = {name: examples(sentences, resources) for name, sentences in files.items()}
    if args.cross_validate:
        cross_validate(files, per_file, resources, args.threshold, args.c)
    found = [e for rows in per_file.values() for e in rows]
    model = train(found, args.threshold, args.c)
    write(model, args.out)
    print(f"{args.out}: {len(model.weights)} features from {len(found)} candidate mentions")


if __name__ == "__main__":
    main()
