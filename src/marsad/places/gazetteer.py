"""The place gazetteer: entries with coordinates, indexed by the stems of their Arabic names.

Two files in ``marsad/resources``:
- ``places.tsv.gz``, compiled by ``scripts/build_places.py`` from GeoNames
  (countries, cities, continents) with Arabic names from GeoNames, CLDR and
  iso-codes; one entry per line (``COLUMNS``), names separated by ``|``;
- ``curated_places.tsv``, hand-kept: regions, seas and governorates the
  sources lack, and overrides. A curated row replaces the compiled entry with
  the same id (keeping its names); a row with only an id and names adds names.

Names are keyed like the entity gazetteer (``stem_key``), so ``وبالرقة`` finds
``الرقة`` and ``إسطنبول`` finds ``اسطنبول``: clitics, hamza and ة/ه do not matter.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Literal

from marsad.entities.gazetteer import stem_key
from marsad.text.clitics import CliticSplitter

RESOURCES = resources.files("marsad.resources")
COMPILED_FILE = "places.tsv.gz"
CURATED_FILE = "curated_places.tsv"
COLUMNS = ("id", "feature", "country", "iso3", "capital", "population", "lat", "lon",
           "name_en", "names")  # fmt: skip
CURATED_COLUMNS = ("id", "names", "feature", "country", "capital", "population", "lat", "lon",
                   "name_en", "check")  # fmt: skip
NAME_SEPARATOR = "|"
# Names whose stems have fewer letters (من, ان, بن, or لاو → او) are mostly stray
# transliterations in GeoNames that collide with common words; they are not indexed.
MIN_KEY_LETTERS = 3

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

    @property
    def name(self) -> str:
        return self.names[0]


def entry_row(entry: PlaceEntry) -> str:
    """One line of ``places.tsv.gz`` (without the newline)."""
    values = (entry.id, entry.feature, entry.country or "", entry.iso3 or "",
              "1" if entry.capital else "", str(entry.population or ""),
              f"{entry.lat:.5f}", f"{entry.lon:.5f}", entry.name_en,
              NAME_SEPARATOR.join(entry.names))  # fmt: skip
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
        if not row["lat"]:  # names only
            if old is None:
                raise ValueError(f"{CURATED_FILE} line {number}: no entry {row['id']} to name")
            by_id[row["id"]] = replace(old, names=_unique(old.names + names))
            continue
        new = _entry(row | {"names": NAME_SEPARATOR.join(names)})
        if old is not None:
            new = replace(new, names=_unique(new.names + old.names), iso3=old.iso3)
        by_id[row["id"]] = new
    return list(by_id.values())


def _unique(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


@dataclass
class PlaceGazetteer:
    entries: list[PlaceEntry]
    # stem key of a name → the entries it names
    index: dict[tuple[str, ...], list[PlaceEntry]] = field(default_factory=dict)
    longest: int = 0

    @classmethod
    def build(cls, entries: list[PlaceEntry], splitter: CliticSplitter) -> PlaceGazetteer:
        gazetteer = cls(entries)
        for entry in entries:
            for name in entry.names:
                key = stem_key(name, splitter)
                if len("".join(key)) >= MIN_KEY_LETTERS:
                    found = gazetteer.index.setdefault(key, [])
                    if not found or found[-1] is not entry:  # an entry's names come together
                        found.append(entry)
        gazetteer.longest = max(map(len, gazetteer.index), default=0)
        return gazetteer

    @classmethod
    def load(cls, splitter: CliticSplitter) -> PlaceGazetteer:
        curated = RESOURCES.joinpath(CURATED_FILE).read_text(encoding="utf-8")
        return cls.build(merge_curated(read_compiled(), curated), splitter)

    def lookup(self, stems: Iterable[str]) -> list[PlaceEntry]:
        return self.index.get(tuple(stems), [])

    @functools.cached_property
    def iso2_of_iso3(self) -> dict[str, str]:
        """Alpha-3 → alpha-2 of every country (nationality adjectives carry alpha-3)."""
        return {e.iso3: e.country for e in self.entries if e.iso3 and e.country}
