"""What the benchmarks share: SaudiNewsNet articles to run on, and percentiles."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path


def load_articles(folder: Path, days: int) -> list[tuple[str, str]]:
    """(text, publication date) of the non-empty articles of the first ``days`` daily zips."""
    articles = []
    for archive in sorted(folder.glob("*.zip"))[:days]:
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                for article in json.loads(zipped.read(name)):
                    if article["content"].strip():
                        articles.append((article["content"], article["date_extracted"][:10]))
    return articles


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
