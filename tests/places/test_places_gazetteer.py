"""The place gazetteer: committed entries, hand-kept rows, and lookup by stems."""

from __future__ import annotations

import pytest

from marsad.entities.gazetteer import stem_key
from marsad.pipeline import Resources
from marsad.places.gazetteer import (
    RESOURCES,
    PlaceEntry,
    PlaceGazetteer,
    entry_row,
    merge_curated,
    parse_row,
)

DEIR_EZ_ZOR = "geonames:170794"


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


@pytest.fixture(scope="module")
def gazetteer(resources) -> PlaceGazetteer:
    return resources.places


def ids(gazetteer: PlaceGazetteer, resources: Resources, name: str) -> set[str]:
    return {e.id for e in gazetteer.lookup(stem_key(name, resources.clitic_splitter))}


@pytest.mark.parametrize(
    ("name", "entry_id"),
    [
        ("دير الزور", DEIR_EZ_ZOR),
        ("ديرالزور", DEIR_EZ_ZOR),  # written as one word
        ("وبدير الزور", DEIR_EZ_ZOR),  # و + ب
        ("الرقة", "geonames:172955"),
        ("بالرقة", "geonames:172955"),  # ب + ال
        ("الرقه", "geonames:172955"),  # ة written ه
        ("إسطنبول", "geonames:745044"),
        ("اسطنبول", "geonames:745044"),
        ("الموصل", "geonames:99072"),
        ("البوكمال", "geonames:174448"),  # GeoNames has البو كمال; the one-word form is indexed
        ("كوباني", "geonames:172256"),  # hand-kept name of ‘Ayn al ‘Arab
        ("عين العرب", "geonames:172256"),
        ("واشنطن", "geonames:4140963"),  # Washington, D.C.: hand-kept
        ("أمريكا", "geonames:6252001"),
        ("كردستان العراق", "marsad:iq-kurdistan-region"),
        ("إقليم كردستان", "marsad:iq-kurdistan-region"),
        ("البحر الأبيض المتوسط", "marsad:mediterranean-sea"),
        ("البحر المتوسط", "marsad:mediterranean-sea"),
        ("الخليج العربي", "marsad:persian-gulf"),
        ("سيناء", "marsad:sinai"),
        ("الضفة الغربية", "marsad:west-bank"),
        ("قطاع غزة", "marsad:gaza-strip"),
        ("الجولان", "marsad:golan-heights"),
        ("الغوطة الشرقية", "marsad:eastern-ghouta"),
        ("الشرق الأوسط", "marsad:middle-east"),
        ("ريف دمشق", "marsad:sy-rif-dimashq"),
    ],
)
def test_names_find_their_entry(gazetteer, resources, name, entry_id):
    assert entry_id in ids(gazetteer, resources, name)


def test_moscow_is_also_a_name_of_mesquite_texas(gazetteer, resources):
    # GeoNames lists موسكو for Mesquite, TX (4710826): both are candidates, priors decide.
    assert {"geonames:524901", "geonames:4710826"} <= ids(gazetteer, resources, "موسكو")


@pytest.mark.parametrize(
    ("entry_id", "lat", "lon", "feature", "country"),
    [
        (DEIR_EZ_ZOR, 35.34, 40.14, "city", "SY"),
        ("geonames:172955", 35.95, 39.01, "city", "SY"),  # Raqqa
        ("geonames:4140963", 38.90, -77.04, "city", "US"),  # Washington, D.C.
        ("geonames:163843", 33.51, 36.29, "country", "SY"),  # placed at Damascus, its capital
        ("marsad:mediterranean-sea", 36.29, 18.66, "water", None),
    ],
)
def test_entries_have_checked_coordinates(gazetteer, entry_id, lat, lon, feature, country):
    entry = next(e for e in gazetteer.entries if e.id == entry_id)
    assert (entry.lat, entry.lon) == pytest.approx((lat, lon), abs=0.01)
    assert (entry.feature, entry.country) == (feature, country)


def test_capitals_are_marked(gazetteer):
    capitals = {e.id for e in gazetteer.entries if e.capital}
    assert {"geonames:170654", "geonames:98182", "geonames:524901"} <= capitals  # Damascus...
    assert "geonames:4710826" not in capitals  # Mesquite


def test_nationality_codes_map_to_countries(gazetteer):
    assert gazetteer.iso2_of_iso3["SYR"] == "SY"
    assert gazetteer.iso2_of_iso3["USA"] == "US"


def test_every_entry_is_a_valid_place(gazetteer):
    for entry in gazetteer.entries:
        assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180, entry.id
        assert entry.names and entry.name_en, entry.id
        assert entry.id.startswith(("geonames:", "marsad:")), entry.id


def test_two_letter_names_are_not_indexed(gazetteer):
    # من, ان, بن: stray transliterations in GeoNames that collide with common words
    assert not [key for key in gazetteer.index if len("".join(key)) < 3]


def test_rows_round_trip():
    entry = PlaceEntry(id="geonames:170794", feature="city", country="SY", lat=35.33588,
                       lon=40.14084, name_en="Deir ez-Zor", names=("دير الزور", "ديرالزور"),
                       population=271800)  # fmt: skip
    assert parse_row(entry_row(entry)) == entry


COMPILED = [
    PlaceEntry(id="geonames:1", feature="city", country="SY", lat=1.0, lon=2.0, name_en="A",
               names=("الف",), population=10),
]  # fmt: skip


def test_a_curated_row_with_names_only_adds_names():
    merged = merge_curated(COMPILED, "geonames:1\tالألف\n")
    assert merged[0].names == ("الف", "الألف")
    assert merged[0].lat == 1.0


def test_a_curated_minus_name_takes_the_name_away():
    merged = merge_curated(COMPILED, "geonames:1\t-الف,باء\n")
    assert merged[0].names == ("باء",)


def test_a_full_curated_row_replaces_the_entry_and_keeps_its_names():
    row = "geonames:1\tباء\tadmin\tSY\t\t\t3.5\t4.5\tB\tchecked by hand\n"
    (merged,) = merge_curated(COMPILED, row)
    assert (merged.feature, merged.lat, merged.lon, merged.name_en) == ("admin", 3.5, 4.5, "B")
    assert merged.names == ("باء", "الف")


def test_names_for_a_missing_entry_are_an_error():
    with pytest.raises(ValueError, match="no entry geonames:2"):
        merge_curated(COMPILED, "# comment\ngeonames:2\tجيم\n")


def test_the_curated_file_has_a_header_saying_how_coordinates_were_checked():
    text = RESOURCES.joinpath("curated_places.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert "# - check: how the coordinates were checked" in text
    assert all(len(row) == 2 or (len(row) == 10 and row[9]) for row in rows)
