"""Print the SaudiNewsNet articles drawn for the hand-annotated time dev set.

The draw is fixed (seed 5): articles whose ``date_extracted`` is after
2015-08-01, with 150–3,000 characters of content (long articles would make
annotating by hand impractical), de-duplicated by URL, shuffled, then taken in
order — the first ones for the tuning part, the following ones for the held-out
part (see ``tests/data/times-saudinewsnet-README.md``).

With ``--locate FILE --part NAME`` it instead turns hand annotations into dev-set
lines: FILE has a ``#draw`` line per article followed by one
``text<TAB>type<TAB>value[<TAB>n]`` line per expression in reading order; each is
found as the n-th (default first) whole-word occurrence after the previous one.

Usage: python scripts/sample_times_devset.py --first 0 --count 10 [--data ../shared/data]
       python scripts/sample_times_devset.py --locate notes.tsv --part heldout2 >> GOLD
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from saudinewsnet import all_articles, first_by_url

REPO = Path(__file__).resolve().parents[1]
SEED = 5
AFTER = "2015-08-01"
MIN_CHARS, MAX_CHARS = 150, 3000


def draw(folder: Path) -> list[dict[str, str]]:
    """All eligible articles in the fixed random order."""
    articles = first_by_url(
        article
        for article in all_articles(folder)
        if article["date_extracted"][:10] > AFTER
        and MIN_CHARS <= len(article["content"] or "") <= MAX_CHARS
    )
    random.Random(SEED).shuffle(articles)
    return articles


def whole_word_at(text: str, wanted: str, after: int, nth: int) -> int:
    """Start of the nth occurrence of ``wanted`` at or after ``after`` not inside a word."""
    start = after - 1
    while nth:
        start = text.find(wanted, start + 1)
        if start < 0:
            raise ValueError(f"{wanted!r}: not found")
        end = start + len(wanted)
        if not (start > 0 and text[start - 1].isalnum()) and not (
            end < len(text) and text[end].isalnum()
        ):
            nth -= 1
    return start


def locate(notes: Path, part: str, articles: list[dict[str, str]]) -> list[dict]:
    """Dev-set records for the annotated draws, spans found in the article text."""
    records: list[dict] = []
    for line in notes.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and line[1:].isdigit():
            article = articles[int(line[1:])]
            records.append(
                {
                    "url": article["url"],
                    "published": article["date_extracted"][:10],
                    "part": part,
                    "draw": int(line[1:]),
                    "times": [],
                }
            )
            position = 0
        elif line and not line.startswith("#"):
            text, kind, value, *nth = line.split("\t")
            content = articles[records[-1]["draw"]]["content"]
            try:
                start = whole_word_at(content, text, position, int(nth[0]) if nth else 1)
            except ValueError as error:
                raise ValueError(f"draw {records[-1]['draw']}: {error}") from None
            position = start + len(text)
            records[-1]["times"].append(
                {"start": start, "end": position, "text": text, "type": kind, "value": value}
            )
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--locate", type=Path, help="hand annotations to turn into dev-set lines")
    parser.add_argument("--part", default="heldout2")
    args = parser.parse_args()
    articles = draw(args.data / "saudinewsnet")
    if args.locate:
        for record in locate(args.locate, args.part, articles):
            print(json.dumps(record, ensure_ascii=False))
        return
    for index in range(args.first, args.first + args.count):
        article = articles[index]
        print(f"=== #{index} {article['url']} published {article['date_extracted'][:10]}")
        print(article["content"])
        print()


if __name__ == "__main__":
    main()
