"""Fixtures for the store tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def articles(saudinewsnet_articles: list[dict[str, str]]) -> list[dict[str, str]]:
    """The first 30 articles of 2015-07-21 (aawsat, 244 to 5,371 characters each)."""
    return saudinewsnet_articles[:30]
