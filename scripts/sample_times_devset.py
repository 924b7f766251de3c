"""Print the SaudiNewsNet articles drawn for the hand-annotated time dev set.

The draw is fixed (seed 5): articles whose ``date_extracted`` is after
2015-08-01, with 150–3,000 characters of content (long articles would make
annotating by hand impractical), de-duplicated by URL, shuffled, then taken in
order — the first ones for the tuning part, the following ones for the held-out
part (see ``tests/data/times-saudinewsnet-README.md``).

Usage: python scripts/sample_times_devset.py --first 0 --count 10 [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import random
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = 5
AFTER = "2015-08-01"
MIN_CHARS, MAX_CHARS = 150, 3000


def draw(folder: Path) -> list[dict[str, str]]:
    """All eligible articles in the fixed random order."""
    seen: set[str] = set()
    articles = []
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                for article in json.loads(zipped.read(name)):
                    content = article["content"] or ""
                    if (
                        article["date_extracted"][:10] > AFTER
                        and MIN_CHARS <= len(content) <= MAX_CHARS
                        and article["url"] not in seen
                    ):
                        seen.add(article["url"])
                        articles.append(article)
    articles.sort(key=lambda a: a["url"])
    random.Random(SEED).shuffle(articles)
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--count", type=int, default=10)
    args = parser.parse_args()
    articles = draw(args.data / "saudinewsnet")
    for index in range(args.first, args.first + args.count):
        article = articles[index]
        print(f"=== #{index} {article['url']} published {article['date_extracted'][:10]}")
        print(article["content"])
        print()


if __name__ == "__main__":
    main()
