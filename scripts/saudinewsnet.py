"""Reading the SaudiNewsNet daily zips, for the dev-set samplers.

Each zip holds JSON arrays of articles (``url``, ``title``, ``content``,
``date_extracted`` ...). The samplers draw from the same fixed order: the first
copy of each URL, sorted by URL (agencies' reprints share a URL across days).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

Article = dict[str, str]


def all_articles(folder: Path) -> Iterator[Article]:
    """Every article of every zip in ``folder``, in file order, reprints included."""
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                yield from json.loads(zipped.read(name))


def first_by_url(articles: Iterable[Article]) -> list[Article]:
    """The first copy of each URL, sorted by URL."""
    by_url: dict[str, Article] = {}
    for article in articles:
        by_url.setdefault(article["url"], article)
    return [by_url[url] for url in sorted(by_url)]
