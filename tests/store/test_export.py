"""Collapsing one event reported by several outlets, and the exports of events and tables."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest
from store_helpers import counts, store_documents

from marsad.document import Actor, Document, Event, Place, Span, TimeRef
from marsad.store.database import Store
from marsad.store.dedupe import event_day, event_id
from marsad.store.export import (
    ACLED_COLUMNS,
    PARQUET_RELATIONS,
    export_parquet,
    write_csv,
    write_geojson,
    write_plover,
)
from marsad.store.query import EventFilter, find_events

RAQQA = {"gazetteer_id": "geonames:172955", "name": "الرقة", "name_en": "Ar Raqqah",
         "lat": 35.95, "lon": 39.01, "country": "SY", "feature": "city"}  # fmt: skip
DEIR_EZ_ZOR = {"gazetteer_id": "geonames:170794", "name": "دير الزور", "name_en": "Deir ez-Zor",
               "lat": 35.336, "lon": 40.1408, "country": "SY", "feature": "city"}  # fmt: skip
ALEPPO = {"gazetteer_id": "geonames:170063", "name": "حلب", "name_en": "Aleppo",
          "lat": 36.2021, "lon": 37.1343, "country": "SY", "feature": "city"}  # fmt: skip


def span(text: str, word: str) -> dict[str, object]:
    start = text.index(word)
    return {"start": start, "end": start + len(word), "text": word}


def report(
    text: str,
    *,
    outlet: str,
    trigger: str,
    type_: str = "ASSAULT",
    day: str,
    source: tuple[str, str] | None = None,  # (words, code)
    target: tuple[str, str] | None = None,
    place: tuple[str, dict[str, object]] | None = None,
    negated: bool = False,
) -> Document:
    """A one-sentence report with one hand-coded event."""
    event = Event(
        type=type_,  # type: ignore[arg-type]
        mode="aerial" if type_ == "ASSAULT" else None,
        trigger=Span(**span(text, trigger)),  # type: ignore[arg-type]
        sentence=0,
        source=Actor(**span(text, source[0]), code=source[1]) if source else None,  # type: ignore[arg-type]
        target=Actor(**span(text, target[0]), code=target[1]) if target else None,  # type: ignore[arg-type]
        place=Place(**span(text, place[0]), **place[1]) if place else None,  # type: ignore[arg-type]
        time=TimeRef(value=day),
        negated=negated,
        confidence=0.7,
    )
    return Document(
        id=outlet, text=text, source=outlet, url=f"https://{outlet}.example/1", published=day,
        events=[event],
    )  # fmt: skip


# Two outlets report the same strikes on Raqqa in their own words; then other events.
RIYADH = "شنت طائرات الولايات المتحدة غارات جوية على مواقع تنظيم داعش في الرقة أمس."
OKAZ = "قصفت طائرات الولايات المتحدة مواقع داعش في مدينة الرقة السورية."
REPORTS = [
    report(RIYADH, outlet="alriyadh", trigger="غارات", day="2015-07-20",
           source=("الولايات المتحدة", "USA MIL"), target=("داعش", "ISIS IMG"),
           place=("الرقة", RAQQA)),
    report(OKAZ, outlet="okaz", trigger="قصفت", day="2015-07-20",
           source=("الولايات المتحدة", "USA MIL"), target=("داعش", "ISIS IMG"),
           place=("الرقة", RAQQA)),
    report("وفي دير الزور استهدفت غارات روسية مواقع المعارضة.", outlet="aawsat",
           trigger="غارات", day="2015-07-22", source=("روسية", "RUS MIL"),
           place=("دير الزور", DEIR_EZ_ZOR)),
    report("ونفت موسكو أن تكون طائراتها قد قصفت مدينة حلب.", outlet="alyaum", trigger="قصفت",
           day="2015-07-22", source=("موسكو", "RUS GOV"), place=("حلب", ALEPPO), negated=True),
    report("تظاهر مئات في العاصمة احتجاجا على انقطاع الكهرباء.", outlet="sabq",
           trigger="تظاهر", type_="PROTEST", day="2015-07-23"),
]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "marsad.duckdb"
    store_documents(path, REPORTS)
    return path


def events(db: Path, event_filter: EventFilter | None = None, **options: bool) -> list[dict]:
    with Store(db, read_only=True) as store:
        return find_events(store.con, event_filter or EventFilter(), **options)


def test_the_same_event_from_two_outlets_is_one_event_with_both_sources(db: Path) -> None:
    found = events(db)
    assert [(e["type"], e["place_name_en"], e["mentions"]) for e in found] == [
        ("ASSAULT", "Ar Raqqah", 2),
        ("ASSAULT", "Deir ez-Zor", 1),
        ("PROTEST", None, 1),
    ]  # by date; the negated Aleppo report is left out
    raqqa = found[0]
    assert raqqa["sources"] == ["alriyadh", "okaz"]
    assert (raqqa["source_code"], raqqa["target_code"]) == ("USA MIL", "ISIS IMG")
    assert raqqa["sentence_text"] in (RIYADH, OKAZ)
    negated = events(db, EventFilter(include_negated=True))
    assert [e["place_name_en"] for e in negated if e["negated"]] == ["Aleppo"]


def test_event_days_and_ids() -> None:
    assert event_day("2015-07-20", "2015-07-21") == "2015-07-20"
    assert event_day("2015-07-20T10:00", None) == "2015-07-20"
    assert event_day("2015-07", "2015-07-21") == "2015-07-21"  # not a day: publication date
    assert event_day("PAST_REF", None) is None
    key = ("ASSAULT", "USA MIL", None, "geonames:172955", "2015-07-20", False)
    assert event_id(*key, mention=("a", 0)) == event_id(*key, mention=("b", 3))
    assert event_id(*key, mention=("a", 0)) != event_id(*key[:-1], True, mention=("a", 0))
    # Nothing to match on (no actor code, no place): every mention is its own event.
    bare = ("PROTEST", None, None, None, "2015-07-20", False)
    assert event_id(*bare, mention=("a", 0)) != event_id(*bare, mention=("b", 0))


def test_events_filter_on_type_actor_country_place_and_dates(db: Path) -> None:
    def places(**criteria: object) -> list[str | None]:
        return [e["place_name_en"] for e in events(db, EventFilter(**criteria))]  # type: ignore[arg-type]

    assert places(type="protest") == [None]
    assert places(actor="RUS") == ["Deir ez-Zor"]  # RUS matches RUS MIL
    assert places(actor="ISIS IMG") == ["Ar Raqqah"]  # as target
    assert places(actor="RU") == []  # a code, not a prefix of letters
    assert places(country="SYR") == ["Ar Raqqah", "Deir ez-Zor"]
    assert places(place="geonames:170794") == ["Deir ez-Zor"]
    assert places(place="الرقة") == ["Ar Raqqah"]
    assert places(since=date(2015, 7, 21), until=date(2015, 7, 22)) == ["Deir ez-Zor"]


def test_csv_has_acled_like_columns(db: Path) -> None:
    out = io.StringIO()
    assert write_csv(events(db), out) == 3
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS
    raqqa = dict(zip(ACLED_COLUMNS, rows[1], strict=True))
    assert raqqa["event_id_cnty"].startswith("SYR-")
    assert raqqa | {"event_id_cnty": "", "notes": ""} == {
        "event_id_cnty": "", "event_date": "2015-07-20", "event_type": "ASSAULT",
        "sub_event_type": "aerial", "actor1": "USA MIL", "actor1_code": "USA MIL",
        "actor2": "ISIS IMG", "actor2_code": "ISIS IMG", "country": "Syria",
        "location": "Ar Raqqah", "latitude": "35.95000", "longitude": "39.01000",
        "source": "alriyadh; okaz", "notes": "", "fatalities": "", "mentions": "2",
    }  # fmt: skip
    assert raqqa["notes"] in (RIYADH, OKAZ)
    protest = dict(zip(ACLED_COLUMNS, rows[3], strict=True))
    assert (protest["event_id_cnty"][:4], protest["country"], protest["latitude"]) == (
        "XXX-", "", ""
    )  # fmt: skip


def test_geojson_is_a_feature_collection_of_points(db: Path) -> None:
    out = io.StringIO()
    assert write_geojson(events(db), out) == 2  # the protest has no place
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    raqqa = collection["features"][0]
    assert raqqa["geometry"]["coordinates"] == [39.01, 35.95]  # [lon, lat]
    assert raqqa["properties"]["publishers"] == ["alriyadh", "okaz"]


def test_plover_lines_carry_every_mention_with_its_evidence(db: Path) -> None:
    out = io.StringIO()
    assert write_plover(events(db, with_mentions=True), out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    raqqa = records[0]
    assert (raqqa["event"], raqqa["mode"], raqqa["date"]) == ("ASSAULT", "aerial", "2015-07-20")
    assert raqqa["location"]["id"] == "geonames:172955"
    assert raqqa["source"]["code"] == "USA MIL" and raqqa["target"]["code"] == "ISIS IMG"
    mentions = {m["source"]: m for m in raqqa["mentions"]}
    assert set(mentions) == {"alriyadh", "okaz"}
    okaz = mentions["okaz"]
    assert (okaz["sentence"], okaz["trigger"], okaz["published"]) == (OKAZ, "قصفت", "2015-07-20")
    assert OKAZ[okaz["trigger_start"] : okaz["trigger_end"]] == "قصفت"


def test_parquet_holds_every_table_and_reads_back(db: Path, tmp_path: Path) -> None:
    written = export_parquet(db, tmp_path / "parquet")
    assert sorted(p.name for p in written) == sorted(f"{n}.parquet" for n in PARQUET_RELATIONS)
    expected = counts(db) | {"events": 4}
    con = duckdb.connect()
    for path in written:
        (rows,) = con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()
        assert rows == expected[path.stem], path.name
