"""Collapsing the same event reported by several outlets into one.

Two event mentions are the same event when they agree on type, source actor
code, target actor code, place id, day and negation. A mention with no actor
code and no place has nothing to match on and stays an event of its own (else
every unattributed protest of a day would be one). The key is hashed into the
mention's ``event_id`` when it is written, so collapsing needs no second pass:
the ``events`` view groups mentions by ``event_id`` and lists the outlets of
every document (and every copy of it) that mentioned the event.
"""

from __future__ import annotations

import hashlib
from datetime import date

EVENTS_VIEW = """
CREATE OR REPLACE VIEW events AS
WITH outlets AS (
    SELECT m.event_id, list_sort(list_distinct(list(i.source))) AS sources
    FROM (SELECT DISTINCT event_id, doc_id FROM event_mentions) AS m
    JOIN inputs AS i USING (doc_id)
    GROUP BY m.event_id
)
SELECT
    m.event_id,
    any_value(m.type) AS type,
    mode(m.mode) AS mode,
    mode(m.cameo) AS cameo,
    any_value(m.source_code) AS source_code,
    mode(m.source_name) AS source_name,
    mode(m.source_country) AS source_country,
    any_value(m.target_code) AS target_code,
    mode(m.target_name) AS target_name,
    mode(m.target_country) AS target_country,
    any_value(m.place_id) AS place_id,
    mode(m.place_name) AS place_name,
    mode(m.place_name_en) AS place_name_en,
    mode(m.lat) AS lat,
    mode(m.lon) AS lon,
    mode(m.country) AS country,
    any_value(m.event_date) AS event_date,
    any_value(m.negated) AS negated,
    max(m.confidence) AS confidence,
    count(*) AS mentions,
    count(DISTINCT m.doc_id) AS documents,
    coalesce(any_value(o.sources), []) AS sources,
    -- The earliest mention (by document id, then order in it) is the evidence shown.
    arg_min(m.doc_id, (m.doc_id, m.ordinal)) AS first_doc_id,
    arg_min(m.sentence, (m.doc_id, m.ordinal)) AS first_sentence
FROM event_mentions AS m
LEFT JOIN outlets AS o USING (event_id)
GROUP BY m.event_id
"""


def event_day(time_value: str | None, published: str | None) -> str | None:
    """The day of an event: its time value when that names a day, else the publication date."""
    if time_value and len(time_value) >= 10:
        try:
            return date.fromisoformat(time_value[:10]).isoformat()
        except ValueError:
            pass
    return published


def event_id(
    type_: str,
    source_code: str | None,
    target_code: str | None,
    place_id: str | None,
    day: str | None,
    negated: bool,
    *,
    mention: tuple[str, int],
) -> str:
    """A stable id shared by every mention of the same event.

    ``mention`` (document id, ordinal) makes the id unique when there are no actor
    codes and no place to match on.
    """
    parts: tuple[object, ...] = (
        type_, source_code, target_code, place_id, day, "negated" if negated else ""
    )  # fmt: skip
    if not (source_code or target_code or place_id):
        parts += mention
    key = "\x1f".join(str(part or "") for part in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
