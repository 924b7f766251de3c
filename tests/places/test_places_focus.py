"""The article's focus: main country and main place, as CLIFF computes them."""

from __future__ import annotations

from pathlib import Path

from marsad.document import Document, Focus, Place
from marsad.pipeline import DEFAULT_STAGES, Pipeline
from marsad.places.focus import document_focus

EXAMPLE = Path(__file__).parents[2] / "examples" / "deir-ez-zor-op-ed.txt"


def place(gazetteer_id: str | None, country: str | None, feature: str, name: str) -> Place:
    return Place(start=0, end=1, text="x", gazetteer_id=gazetteer_id, country=country,
                 feature=feature, name=name)  # fmt: skip


def test_the_op_ed_is_about_deir_ez_zor_in_syria():
    # Syria: 4 × دير الزور, 4 × الرقة, دمشق, 2 × سوريا, الشمال السوري; Russia 5, US 3, Iraq 3.
    # Deir ez-Zor and Raqqa are both named 4 times; Deir ez-Zor comes first.
    pipeline = Pipeline([s for s in DEFAULT_STAGES if s[0] in ("segment", "entities", "places")])
    doc = pipeline(Document(id="op-ed", text=EXAMPLE.read_text(encoding="utf-8")))
    expected = Focus(country="SY", place_id="geonames:170794", name="دير الزور")
    assert document_focus(doc.places) == expected
    assert doc.focus == expected  # the places stage sets it on the document


def test_a_city_counts_for_its_country():
    places = [
        place("geonames:2017370", "RU", "country", "روسيا"),
        place("geonames:170654", "SY", "city", "دمشق"),
        place("geonames:170063", "SY", "city", "حلب"),
        place("geonames:170063", "SY", "city", "حلب"),
    ]
    assert document_focus(places) == Focus(country="SY", place_id="geonames:170063", name="حلب")


def test_with_only_countries_the_country_is_the_main_place():
    places = [place("geonames:163843", "SY", "country", "سوريا"), place(None, None, "city", "")]
    assert document_focus(places) == Focus(country="SY", place_id="geonames:163843", name="سوريا")


def test_no_resolved_place_no_focus():
    assert document_focus([place(None, None, "city", "")]) is None
    assert document_focus([]) is None
