"""Fixtures for the time tests: a pipeline that segments and tags times, nothing else."""

from __future__ import annotations

import pytest

from marsad.document import Document, TimeExpression
from marsad.pipeline import Pipeline, segment_stage, times_stage


@pytest.fixture(scope="session")
def tag_times():
    pipeline = Pipeline(stages=(("segment", segment_stage), ("times", times_stage)))

    def tag(text: str, published: str | None = "2017-09-06") -> list[TimeExpression]:
        return pipeline(Document(id="test", text=text, published=published)).times

    return tag
