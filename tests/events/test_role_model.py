"""The learned role model against the features the events stage computes."""

import sys
from pathlib import Path

import pytest

from marsad.events.role_model import RoleModel

REPO = Path(__file__).resolve().parents[2]


def family(feature: str) -> str:
    return feature.partition("=")[0]  # "previous=على" → "previous"; flags are their own


def test_the_committed_model_knows_only_features_the_stage_computes(pipeline):
    # The weights must have been trained on the features role_features computes now:
    # a renamed or removed kind of feature would silently lose its weights. Replaying
    # the first training file shows every kind the model weighs.
    pytest.importorskip("sklearn")  # the training script imports it
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import train_role_model as training
    finally:
        sys.path.pop(0)
    from marsad.events.evaluation import read_gold

    sentences = read_gold(training.DATA / f"{training.TARGET_TRAINING[0]}.jsonl")
    targets, sources = training.examples(sentences, pipeline.resources, RoleModel.load())
    seen = {family(f) for e in targets + sources for f in e.features}
    model = RoleModel.load()
    assert {family(f) for f in model.weights} <= seen
    assert {family(f) for f in model.source_weights} <= seen
    assert 0 < model.threshold < 1 and 0 < model.source_threshold < 1


def test_a_mention_the_rules_chose_scores_higher_than_one_they_did_not():
    model = RoleModel.load()
    chosen = ["bias", "kind=verb", "side=after", "rule_target=this", "rule_target,kind=this,verb"]
    passed = ["bias", "kind=verb", "side=after", "rule_target=other", "rule_target,kind=other,verb"]
    assert model.probability(chosen) > model.probability(passed)
