"""What an article is about, as CLIFF computes it: its main country and main place.

The main country is the one its resolved places lie in most often (a mention
of Raqqa counts for Syria as much as a mention of Syria); the main place is
the city, governorate or region of that country mentioned most often, else the
country itself. Ties go to whichever was mentioned first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from marsad.document import Focus, Place

BELOW_COUNTRY = frozenset({"city", "admin", "region"})


def document_focus(places: Sequence[Place]) -> Focus | None:
    resolved = [p for p in places if p.gazetteer_id and p.country]
    if not resolved:
        return None
    country = _most_common([p.country for p in resolved if p.country])
    in_country = [p for p in resolved if p.country == country]
    below = [p for p in in_country if p.feature in BELOW_COUNTRY]
    place_id = _most_common([p.gazetteer_id for p in below or in_country if p.gazetteer_id])
    place = next(p for p in in_country if p.gazetteer_id == place_id)
    return Focus(country=country, place_id=place_id, name=place.name or "")


def _most_common(values: list[str]) -> str:
    counts = Counter(values)  # keeps first-seen order, so max() breaks ties by first mention
    return max(counts, key=counts.__getitem__)
