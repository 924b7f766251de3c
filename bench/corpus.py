"""What the benchmarks share: their corpus options, SaudiNewsNet articles to run on,
and percentiles."""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

SENTENCE_BREAKS = re.compile(r"[.؟?!\n]+")
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def corpus_options(doc: str | None, days: int) -> argparse.Namespace:
    """``--data`` (the shared data folder) and ``--days`` (daily zips to read), parsed;
    ``doc`` is the benchmark's docstring, whose first line describes it."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--days", type=int, default=days, help="how many daily zips to read")
    return parser.parse_args()


def each_article(folder: Path, days: int | None = None) -> Iterator[dict[str, str]]:
    """Every article (``url``, ``title``, ``content``, ``date_extracted`` ...) of the
    daily zips in ``folder``, in file order, reprints included; the first ``days`` zips
    only if given."""
    for archive in sorted(folder.glob("*.zip"))[:days]:
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                yield from json.loads(zipped.read(name))


def load_articles(folder: Path, days: int) -> list[tuple[str, str]]:
    """(text, publication date) of the non-empty articles of the first ``days`` daily zips."""
    return [
        (article["content"], article["date_extracted"][:10])
        for article in each_article(folder, days)
        if article["content"].strip()
    ]


def first_copies(folder: Path) -> dict[str, dict[str, str]]:
    """URL → the first copy of that article (agencies' reprints share a URL)."""
    by_url: dict[str, dict[str, str]] = {}
    for article in each_article(folder):
        by_url.setdefault(article["url"], article)
    return by_url


def articles_holding(folder: Path, sentences: set[str]) -> dict[str, str]:
    """The content of the first article (in URL order, as the dev-set samplers read
    them) holding each of ``sentences`` as one of its sentences (split on . ؟ ? !
    and line breaks, stripped, as the samplers split them)."""
    by_url = first_copies(folder)
    found: dict[str, str] = {}
    for url in sorted(by_url):
        content = by_url[url]["content"]
        for piece in SENTENCE_BREAKS.split(content):
            if piece.strip() in sentences:
                found.setdefault(piece.strip(), content)
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
