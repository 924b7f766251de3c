"""Draw the sentences of the hand-annotated event dev set, and split it into two parts.

Two sub-commands:

``sample``
    Print (JSON Lines) the sentences drawn for ``tests/data/events-dev.jsonl``,
    without annotations. The draw is fixed (seed 11) and made of four pools:

    * ``snn-cue`` — 120 SaudiNewsNet sentences drawn at random among those holding
      one of a broad list of conflict, protest and diplomacy cue words
      (``CUES``; a sampling filter only, not an annotation);
    * ``snn-random`` — 80 SaudiNewsNet sentences drawn at random with no filter;
    * ``afp`` — 120 sentences drawn at random from the AFP sentence sample
      (``afp-sentences/Sample_arabic_sent.xml``);
    * ``snn-boost`` — extra SaudiNewsNet sentences holding a protest cue
      (``PROTEST_CUES``; 20 of them), an attack cue (``ASSAULT_CUES``; 10) or a
      sanction/mobilisation/withdrawal cue (``RARE_CUES``; 10), added after the first
      three pools were annotated, because PROTEST (3 events in 320 sentences),
      SANCTION, MOBILIZE and RETREAT (3 each) were too rare there.

    SaudiNewsNet article contents are split into sentences on ``.``, ``؟``, ``?``,
    ``!`` and line breaks; sentences of 6–60 words are kept, exact duplicates are
    dropped (agencies' copies of the same wire), and at most one sentence is drawn
    per article. The AFP sample is already one sentence per element; its text is
    kept as given (only the XML line breaks around it are stripped), with the same
    6–60 word bound.

``heldout2``
    Print (JSON Lines) the sentences of a second, fresh held-out set
    (``tests/data/events-dev-heldout2.jsonl``), drawn with a new seed (31) after
    excluding every sentence of ``tests/data/events-dev.jsonl`` (by text, and for
    SaudiNewsNet also every article it drew from): ``snn-cue`` 72 (40%, same cue
    list), ``snn-random`` 45 (25%), ``afp`` 63 (35%); ids ``h2-c-``, ``h2-r-``,
    ``h2-afp-``. No boost pool.

``split``
    Add ``"part": "tuning"`` (about one third) or ``"part": "heldout"`` to every line
    of an annotated file, at random with a fixed seed (seed 12), stratified by the
    rarest event type of each sentence (``NONE`` for a non-event), so that both parts
    hold every frequent type.

Usage:
    python scripts/sample_events_devset.py sample [--data ../shared/data] > drawn.jsonl
    python scripts/sample_events_devset.py sample --context   # with titles, to annotate
    python scripts/sample_events_devset.py heldout2 --context > drawn2.jsonl
    python scripts/sample_events_devset.py split tests/data/events-dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

from saudinewsnet import all_articles, first_by_url

REPO = Path(__file__).resolve().parents[1]
SEED = 11
SPLIT_SEED = 12
MIN_WORDS, MAX_WORDS = 6, 60
COUNTS = {"snn-cue": 120, "snn-random": 80, "afp": 120}
BOOST = {"protest": 20, "assault": 10, "rare": 10}
DEVSET = REPO / "tests" / "data" / "events-dev.jsonl"
BOOSTED = {"snn-cue": 80, "snn-random": 40, "afp": 50, "p": 20, "a": 10}
# Each held-out draw: seed, pool sizes ("p"/"a": protest/attack boost pools) and id
# prefix, in the order drawn; a draw overlaps neither DEVSET nor any earlier draw.
HELDOUT_DRAWS = {
    "heldout2": (31, {"snn-cue": 72, "snn-random": 45, "afp": 63}, "h2"),
    "heldout3": (43, BOOSTED, "h3"),
    "heldout4": (59, BOOSTED, "h4"),
    "heldout5": (71, BOOSTED, "h5"),
    "heldout6": (83, BOOSTED, "h6"),
    "heldout7": (97, BOOSTED, "h7"),
    "heldout8": (101, BOOSTED, "h8"),
    "heldout9": (107, BOOSTED, "h9"),
    "heldout10": (113, BOOSTED, "h10"),
    "heldout11": (127, BOOSTED, "h11"),
    "heldout12": (131, BOOSTED, "h12"),
    "heldout13": (139, BOOSTED, "h13"),
    "heldout14": (151, BOOSTED, "h14"),
    "heldout15": (167, BOOSTED, "h15"),
    "heldout16": (179, BOOSTED, "h16"),
    "heldout17": (193, BOOSTED, "h17"),
    "heldout18": (199, BOOSTED, "h18"),
    "heldout19": (211, BOOSTED, "h19"),
    "heldout20": (223, BOOSTED, "h20"),
    "heldout21": (229, BOOSTED, "h21"),
    "heldout22": (233, BOOSTED, "h22"),
    "heldout23": (241, BOOSTED, "h23"),
    "heldout24": (257, BOOSTED, "h24"),
    "heldout25": (263, BOOSTED, "h25"),
    "heldout26": (269, BOOSTED, "h26"),
    "heldout27": (271, BOOSTED, "h27"),
    "heldout28": (277, BOOSTED, "h28"),
    "heldout29": (281, BOOSTED, "h29"),
    "heldout30": (283, BOOSTED, "h30"),
    "heldout31": (293, BOOSTED, "h31"),
    "heldout32": (307, BOOSTED, "h32"),
    "heldout33": (311, BOOSTED, "h33"),
    "heldout34": (313, BOOSTED, "h34"),
    "heldout35": (317, BOOSTED, "h35"),
    "heldout36": (331, BOOSTED, "h36"),
    "heldout37": (337, BOOSTED, "h37"),
    "heldout38": (347, BOOSTED, "h38"),
    "heldout39": (349, BOOSTED, "h39"),
    "heldout40": (353, BOOSTED, "h40"),
    "heldout41": (359, BOOSTED, "h41"),
    "heldout42": (367, BOOSTED, "h42"),
    "heldout43": (373, BOOSTED, "h43"),
    "heldout44": (379, BOOSTED, "h44"),
    "heldout45": (383, BOOSTED, "h45"),
    "heldout46": (389, BOOSTED, "h46"),
    "heldout47": (397, BOOSTED, "h47"),
    "heldout48": (401, BOOSTED, "h48"),
}


def heldout_file(name: str) -> Path:
    return REPO / "tests" / "data" / f"events-dev-{name}.jsonl"


def draw_named(data: Path, name: str) -> list[dict[str, str]]:
    """The held-out draw ``name``, clear of the dev set and of every draw before it."""
    before = list(HELDOUT_DRAWS)[: list(HELDOUT_DRAWS).index(name)]
    earlier = [DEVSET, *(heldout_file(n) for n in before)]
    return draw_heldout(data, *HELDOUT_DRAWS[name], earlier)


def words(text: str) -> list[str]:
    """The space-separated words of a string."""
    return text.split()


# Sampling filter for the ``snn-cue`` pool: a word starting (after optional clitics
# و/ف, ب/ل/ك and the article ال) with one of these stems.
CUES = words(
    "قصف غارة غارات هجوم هاجم مقتل قتل اشتباك تفجير فجر انتحاري مسلح تظاهر مظاهرة "
    "مظاهرات احتجاج احتج اعتصام إضراب اضراب اعتقال اعتقل القبض اتفاق اتفق وقع التقى "
    "لقاء زار زيارة بحث اجتماع اجتمع اتهم أدان ادان إدانة رفض طالب دعا هدد تهديد حذر "
    "عقوبات انسحاب انسحب مساعدات دعم حشد نشر الحوثي الحوثيين داعش التحالف"
)
PROTEST_CUES = words(
    "تظاهر مظاهرة مظاهرات متظاهر احتجاج احتجاجات محتج اعتصام اعتصم معتصم إضراب اضراب"
)
ASSAULT_CUES = words("قصف غارة غارات هجوم اشتباك اشتباكات تفجير انتحاري قذائف اغتيال")
RARE_CUES = words("عقوبات العقوبات مناورات تعزيزات حشود انسحاب انسحبت انسحبوا سحب")
PREFIX = "(?:و|ف)?(?:ب|ل|ك)?(?:ال)?"
SPLITTER = re.compile(r"[.؟?!\n]+")


def cue_pattern(stems: list[str]) -> re.Pattern[str]:
    """A word that starts, after optional clitics, with one of the stems."""
    alternatives = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    return re.compile(rf"(?:^|\s){PREFIX}(?:{alternatives})")


def snn_sentences(folder: Path) -> list[dict[str, str]]:
    """Every eligible SaudiNewsNet sentence, de-duplicated, in a fixed order."""
    articles = first_by_url(all_articles(folder))
    seen_texts: set[str] = set()
    sentences = []
    for article in articles:
        for piece in SPLITTER.split(article["content"] or ""):
            text = piece.strip()
            if MIN_WORDS <= len(text.split()) <= MAX_WORDS and text not in seen_texts:
                seen_texts.add(text)
                sentences.append(
                    {
                        "source": "saudinewsnet",
                        "ref": article["url"],
                        "published": article["date_extracted"][:10],
                        "text": text,
                        "title": article["title"] or "",
                    }
                )
    return sentences


def afp_sentences(path: Path) -> list[dict[str, str]]:
    """Every eligible sentence of the AFP sample, in file order."""
    root = ET.parse(path).getroot()
    sentences = []
    for element in root.iter("Sentence"):
        text = (element.findtext("Text") or "").strip()
        date = element.get("date", "").strip()
        if MIN_WORDS <= len(text.split()) <= MAX_WORDS:
            sentences.append(
                {
                    "source": "afp",
                    "ref": element.get("id", "").strip(),
                    "published": f"{date[:4]}-{date[4:6]}-{date[6:8]}",
                    "text": text,
                    "title": "",
                }
            )
    return sentences


def _take(
    rng: random.Random,
    pool: list[dict[str, str]],
    count: int,
    name: str,
    prefix: str,
    used_articles: set[str],
) -> list[dict[str, str]]:
    """``count`` sentences of ``pool`` in ``rng``'s order, one per SaudiNewsNet article
    (``used_articles`` is updated), each with an ``id`` and its ``sample`` pool."""
    order = list(range(len(pool)))
    rng.shuffle(order)
    taken: list[dict[str, str]] = []
    for index in order:
        if len(taken) == count:
            break
        sentence = pool[index]
        if sentence["source"] == "saudinewsnet" and sentence["ref"] in used_articles:
            continue
        used_articles.add(sentence["ref"])
        taken.append({"id": f"{prefix}-{len(taken) + 1:03d}", "sample": name, **sentence})
    return taken


def draw(data: Path) -> list[dict[str, str]]:
    """The drawn sentences, pool by pool, each with an ``id`` and its ``sample`` pool."""
    rng = random.Random(SEED)
    snn = snn_sentences(data / "saudinewsnet")
    afp = afp_sentences(data / "afp-sentences" / "Sample_arabic_sent.xml")
    used_articles: set[str] = set()
    drawn: list[dict[str, str]] = []

    def take(pool: list[dict[str, str]], count: int, name: str, prefix: str) -> None:
        drawn.extend(_take(rng, pool, count, name, prefix, used_articles))

    cues = cue_pattern(CUES)
    take([s for s in snn if cues.search(s["text"])], COUNTS["snn-cue"], "snn-cue", "snn-c")
    take(snn, COUNTS["snn-random"], "snn-random", "snn-r")
    take(afp, COUNTS["afp"], "afp", "afp")
    protest, assault = cue_pattern(PROTEST_CUES), cue_pattern(ASSAULT_CUES)
    take([s for s in snn if protest.search(s["text"])], BOOST["protest"], "snn-boost", "snn-p")
    take([s for s in snn if assault.search(s["text"])], BOOST["assault"], "snn-boost", "snn-a")
    rare = cue_pattern(RARE_CUES)
    take([s for s in snn if rare.search(s["text"])], BOOST["rare"], "snn-boost", "snn-x")
    return drawn


def draw_heldout(
    data: Path,
    seed: int,
    counts: dict[str, int],
    prefix: str,
    earlier: list[Path],
) -> list[dict[str, str]]:
    """A fresh held-out draw, disjoint from the sentences (and SaudiNewsNet articles)
    of every file in ``earlier``; ``counts`` may add protest and attack boost pools."""
    lines = [line for path in earlier for line in path.read_text(encoding="utf-8").splitlines()]
    first = [json.loads(line) for line in lines]
    used_texts = {r["text"] for r in first}
    used_articles = {r["ref"] for r in first if r["source"] == "saudinewsnet"}
    rng = random.Random(seed)
    snn = [
        s
        for s in snn_sentences(data / "saudinewsnet")
        if s["text"] not in used_texts and s["ref"] not in used_articles
    ]
    afp = [
        s
        for s in afp_sentences(data / "afp-sentences" / "Sample_arabic_sent.xml")
        if s["text"] not in used_texts
    ]
    drawn: list[dict[str, str]] = []

    def take(pool: list[dict[str, str]], name: str, tag: str, cues: list[str] | None) -> None:
        count = counts.get(tag if name == "snn-boost" else name, 0)
        if count == 0:
            return
        if cues is not None:
            pattern = cue_pattern(cues)
            pool = [s for s in pool if pattern.search(s["text"])]
        drawn.extend(_take(rng, pool, count, name, f"{prefix}-{tag}", used_articles))

    take(snn, "snn-cue", "c", CUES)
    take(snn, "snn-random", "r", None)
    take(afp, "afp", "afp", None)
    take(snn, "snn-boost", "p", PROTEST_CUES)
    take(snn, "snn-boost", "a", ASSAULT_CUES)
    return drawn


def split(path: Path) -> Counter[tuple[str, str]]:
    """Add ``part`` to every line of an annotated file, in place; return counts."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    frequency = Counter(e["type"] for r in records for e in r["events"])
    groups: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        types = {e["type"] for e in record["events"]}
        key = min(types, key=lambda t: (frequency[t], t)) if types else "NONE"
        groups[key].append(record)
    rng = random.Random(SPLIT_SEED)
    for key in sorted(groups):
        group = sorted(groups[key], key=lambda r: r["id"])
        rng.shuffle(group)
        tuning = round(len(group) / 3)
        for position, record in enumerate(group):
            record["part"] = "tuning" if position < tuning else "heldout"
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return Counter((r["part"], r["source"]) for r in records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample", help="print the drawn sentences as JSON Lines")
    sample.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    sample.add_argument("--context", action="store_true", help="keep the article title")
    for name in HELDOUT_DRAWS:
        later = commands.add_parser(name, help=f"print the {name} draw")
        later.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
        later.add_argument("--context", action="store_true", help="keep the article title")
    parts = commands.add_parser("split", help="add the tuning/heldout part to a file")
    parts.add_argument("path", type=Path)
    args = parser.parse_args()
    if args.command == "sample" or args.command in HELDOUT_DRAWS:
        drawn = draw(args.data) if args.command == "sample" else draw_named(args.data, args.command)
        for sentence in drawn:
            if not args.context:
                del sentence["title"]
            sys.stdout.write(json.dumps(sentence, ensure_ascii=False) + "\n")
    else:
        for (part, source), count in sorted(split(args.path).items()):
            print(f"{part}\t{source}\t{count}")


if __name__ == "__main__":
    main()
