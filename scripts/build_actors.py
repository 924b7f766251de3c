"""Compile the actor dictionaries from registry packages and UniversalPetrarch.

Writes to ``src/marsad/resources/``:
- ``countries.tsv``: Arabic country names (CLDR via babel, ``ar`` and regional
  Arabic locales) → ISO 3166-1 alpha-3 (pycountry);
- ``actor_dictionary.tsv.gz``: names from the UniversalPetrarch Arabic actor
  dictionary → CAMEO-style code with its date range. That dictionary is noisy
  (lemmatised names, some wrong codes), so Marsad trusts it less than its own
  hand-kept ``actors.tsv``, which is not generated.

Needs the build extra: pip install -e '.[build]'
Usage: python scripts/build_actors.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections.abc import Iterator
from pathlib import Path

import babel
import pycountry

from marsad.text.normalise import normalise_word

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "src" / "marsad" / "resources"
ARABIC_LOCALES = ("ar", "ar_SY", "ar_IQ", "ar_LB", "ar_EG", "ar_SA", "ar_MA", "ar_DZ", "ar_TN")
# [IRQGOV 20101221-20140908]: country or group (3 letters), sectors (3 letters each), dates.
CODE = re.compile(r"\[~?([A-Z]{3,})(?:\s+(\d{8})-(\d{8}))?\]")
OPEN_END = "18000101"  # the dictionary's way of writing "no end date"


def countries() -> Iterator[tuple[str, str]]:
    for locale in ARABIC_LOCALES:
        for code, name in babel.Locale.parse(locale).territories.items():
            country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
            if country:
                yield normalise_word(name), country.alpha_3


def split_code(code: str) -> str:
    """IRQGOV → IRQ GOV; PSECVLELI → PSE CVL (Marsad keeps country + first sector)."""
    return " ".join(code[i : i + 3] for i in range(0, min(len(code), 6), 3))


def petrarch_actors(path: Path) -> Iterator[tuple[str, str, str, str]]:
    name = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line[0].isspace():
            name = " ".join(normalise_word(line.split("[")[0]).replace("_", " ").split())
        for code, start, end in CODE.findall(line):
            if name:
                end = "" if end in ("", OPEN_END) else end
                yield name, split_code(code), _iso(start), _iso(end)


def _iso(date: str) -> str:
    return f"{date[:4]}-{date[4:6]}-{date[6:]}" if date else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args()
    country_rows = sorted(set(countries()))
    (RESOURCES / "countries.tsv").write_text(
        "# Arabic country names (CLDR) → ISO alpha-3; built by scripts/build_actors.py\n"
        + "".join(f"{name}\t{code}\n" for name, code in country_rows),
        encoding="utf-8",
    )
    actor_rows = sorted(set(petrarch_actors(args.data / "upetrarch-ar" / "actor_dict_ar_v4.txt")))
    with gzip.GzipFile(RESOURCES / "actor_dictionary.tsv.gz", "wb", mtime=0) as out:
        out.write("".join("\t".join(row) + "\n" for row in actor_rows).encode("utf-8"))
    print(f"{len(country_rows):,} country names; {len(actor_rows):,} dictionary entries")


if __name__ == "__main__":
    main()
