"""Exports: events as ACLED-like CSV, PLOVER JSON Lines, GeoJSON; every table as Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import duckdb

from marsad.countries import lookup
from marsad.store import schema
from marsad.store.database import Store
from marsad.store.query import EventFilter, find_events

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor1_code",
    "actor2", "actor2_code", "country", "location", "latitude", "longitude", "source", "notes",
    "fatalities", "mentions",
)  # fmt: skip

# The event view is exported too, so a Parquet reader need not rebuild the collapse.
PARQUET_RELATIONS = (*(table.name for table in schema.ALL_TABLES), "events")


def write_text(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One readable line per event: date, type/mode, source → target, place, outlets, evidence."""
    count = 0
    for event in events:
        kind = event["type"] + (f"/{event['mode']}" if event["mode"] else "")
        actors = f"{event['source_code'] or '?'} → {event['target_code'] or '?'}"
        place = event["place_name"] or "?"
        if event["country"]:
            place += f" ({event['country']})"
        outlets = ", ".join(event["sources"])
        sentence = " ".join((event["sentence_text"] or "").split())
        out.write(
            f"{_iso(event['event_date']) or '?'}  {kind}  {actors}  {place}  "
            f"{event['mentions']}× {outlets}  {event['event_id']}\n    {sentence}\n"
        )
        count += 1
    return count


def write_csv(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """ACLED-like rows, one per collapsed event; ``notes`` is the evidence sentence."""
    writer = csv.writer(out)
    writer.writerow(ACLED_COLUMNS)
    count = 0
    for event in events:
        country = lookup(event["country"])
        writer.writerow((
            f"{country.alpha3 if country else 'XXX'}-{event['event_id']}",
            _iso(event["event_date"]),
            event["type"],
            event["mode"] or "",
            event["source_name"] or event["source_code"] or "",
            event["source_code"] or "",
            event["target_name"] or event["target_code"] or "",
            event["target_code"] or "",
            country.name if country else "",
            event["place_name_en"] or event["place_name"] or "",
            _number(event["lat"]),
            _number(event["lon"]),
            "; ".join(event["sources"]),
            " ".join((event["sentence_text"] or "").split()),
            "",  # fatalities: not extracted
            event["mentions"],
        ))  # fmt: skip
        count += 1
    return count


def write_plover(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One PLOVER-style JSON object per line (``event``, ``mode``, ``context`` as in
    PLOVER; actors, location and every mention with its evidence)."""
    count = 0
    for event in events:
        record = {
            "id": event["event_id"],
            "date": _iso(event["event_date"]),
            "event": event["type"],
            "mode": event["mode"],
            "context": [],
            "cameo": event["cameo"],
            "source": _actor(event, "source"),
            "target": _actor(event, "target"),
            "location": _location(event),
            "negated": event["negated"],
            "confidence": event["confidence"],
            "publishers": event["sources"],
            "mentions": [
                {**mention, "published": _iso(mention["published"])}
                for mention in event["mention_list"]
            ],
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_geojson(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection of the events that have coordinates, as points [lon, lat]."""
    features = [
        {
            "type": "Feature",
            "id": event["event_id"],
            "geometry": {"type": "Point", "coordinates": [event["lon"], event["lat"]]},
            "properties": {
                "date": _iso(event["event_date"]),
                "event": event["type"],
                "mode": event["mode"],
                "source": event["source_code"],
                "target": event["target_code"],
                "place": event["place_name"],
                "place_en": event["place_name_en"],
                "place_id": event["place_id"],
                "country": event["country"],
                "publishers": event["sources"],
                "mentions": event["mentions"],
                "sentence": event["sentence_text"],
            },
        }
        for event in events
        if event["lat"] is not None and event["lon"] is not None
    ]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


EVENT_WRITERS: dict[str, Callable[[Iterable[dict[str, Any]], TextIO], int]] = {
    "text": write_text,
    "csv": write_csv,
    "plover": write_plover,
    "geojson": write_geojson,
}


def load_events(
    db: Path, event_filter: EventFilter, fmt: str, *, limit: int | None = None
) -> list[dict[str, Any]]:
    """The events matching the filter, with what format ``fmt`` needs."""
    with Store(db, read_only=True) as store:
        return find_events(store.con, event_filter, limit=limit, with_mentions=fmt == "plover")


def export_parquet(db: Path, directory: Path) -> list[Path]:
    with Store(db, read_only=True) as store:
        return write_parquet(store.con, directory)


def write_parquet(con: duckdb.DuckDBPyConnection, directory: Path) -> list[Path]:
    """Every table (and the collapsed events) as ``DIR/<name>.parquet``."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in PARQUET_RELATIONS:
        path = directory / f"{name}.parquet"
        con.execute(f"COPY (SELECT * FROM {name}) TO '{_sql_string(path)}' (FORMAT parquet)")
        written.append(path)
    return written


def _sql_string(path: Path) -> str:
    return str(path).replace("'", "''")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.5f}"


def _actor(event: dict[str, Any], role: str) -> dict[str, Any] | None:
    code, name = event[f"{role}_code"], event[f"{role}_name"]
    if code is None and name is None:
        return None
    return {"code": code, "name": name, "country": event[f"{role}_country"]}


def _location(event: dict[str, Any]) -> dict[str, Any] | None:
    if event["place_id"] is None and event["place_name"] is None:
        return None
    return {
        "id": event["place_id"],
        "name": event["place_name"],
        "name_en": event["place_name_en"],
        "country": event["country"],
        "lat": event["lat"],
        "lon": event["lon"],
    }
