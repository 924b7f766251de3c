"""Choose one gazetteer entry per mention: candidates → features → rank, reasons kept.

Each candidate gets points, and every point has a reason:
- a prior by kind: a country beats a same-named town; a city counts by its
  population (per factor of ten), a capital more (capitals stand for their
  governments in news) unless it shares its country's name (الكويت) and
  nothing says a city is meant (a dateline, a city word, a list of cities);
  governorates, regions and seas sit in between;
- cue words before the name (``مدينة``, ``محافظة``, ``العاصمة``, ``دولة``)
  and datelines favour the kind they name;
- a nationality adjective next to the name (``عمان الأردني``) favours
  entries in that country;
- the article's countries: how often each country is named, by nationality
  adjectives and by the other mentions (as first resolved on priors and local
  evidence alone), as CLIFF and Mordecai do;
- names listed together (``عسير وجازان``, ``الجزائر والشارقة والدوحة``) tend
  to be of one kind: an entry of the kind that the list's other unambiguous
  names are (عسير can only be a region) gains, or if there are none, of the
  kind its neighbours were first resolved to.

The highest total wins; confidence is its share of the candidates' softmax.
A small town that nothing in the article supports is not taken: the mention
is more likely a place missing from the gazetteer than that namesake. A
mention left unresolved still gets a country when the article names just one
(``بقطاع ظهران الجنوب بمنطقة عسير``: SA).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from marsad.document import Document, Place
from marsad.places.candidates import Mention, MentionFinder
from marsad.places.gazetteer import PlaceEntry, PlaceGazetteer

COUNTRY_PRIOR = 13.0
REGION_PRIOR = 9.0  # regions and seas
ADMIN_PRIOR = 7.0
POINTS_PER_DECADE = 1.5  # a city's prior per factor of ten of its population
CAPITAL_POINTS = 3.0
CUE_POINTS = {"city": 4.0, "admin": 7.0, "capital": 4.0, "country": 4.0, "dateline": 4.0}
NATIONALITY_POINTS = 6.0
LIST_POINTS = 3.0
ARTICLE_COUNTRY_POINTS = 2.0  # for a country named once; one more per doubling
TEMPERATURE = 2.0  # of the softmax that turns points into a confidence
PARTIAL_MATCH_FACTOR = 0.8  # confidence kept when only part of the mention was a name
# Below this a choice is not made: a city of about 20,000 people with nothing for it.
MIN_POINTS = 6.5
LIST_SEPARATORS = " ،,و"  # what may stand between two names of one list
TANWEEN_FATH = "\u064b"


@dataclass(frozen=True)
class Scored:
    entry: PlaceEntry
    points: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Resolution:
    """A mention, its candidates best first, and the reason if none was chosen."""

    mention: Mention
    text: str
    ranked: tuple[Scored, ...]
    unresolved: str | None = None
    fallback_country: str | None = None  # of an unresolved mention, when the article has one

    @property
    def best(self) -> Scored | None:
        return self.ranked[0] if self.ranked and self.unresolved is None else None

    def confidence(self) -> float:
        if self.best is None:
            return 0.0
        top = self.ranked[0].points
        weights = [math.exp((s.points - top) / TEMPERATURE) for s in self.ranked]
        share = 1.0 / sum(weights)
        return round(share * (PARTIAL_MATCH_FACTOR if self.mention.partial else 1.0), 2)

    def reason(self) -> str:
        if self.best is None:
            if self.fallback_country:
                return f"{self.unresolved}; in {self.fallback_country}, the one country named"
            return self.unresolved or ""
        parts = list(self.best.reasons)
        if len(self.ranked) > 1:
            runner = self.ranked[1].entry
            parts.append(f"{len(self.ranked)} candidates, next {_label(runner)}")
        if self.mention.partial:
            parts.append("matched part of the mention")
        return "; ".join(parts)

    def place(self) -> Place:
        mention = self.mention
        span = {"start": mention.start, "end": mention.end, "text": self.text}
        if self.best is None:
            return Place(**span, country=self.fallback_country, reason=self.reason())
        entry = self.best.entry
        return Place(
            **span,
            gazetteer_id=entry.id,
            name=entry.name,
            name_en=entry.name_en,
            lat=entry.lat,
            lon=entry.lon,
            feature=entry.feature,
            country=entry.country,
            confidence=self.confidence(),
            reason=self.reason(),
        )


def resolve_spans(
    doc: Document, spans: Sequence[tuple[int, int]], gazetteer: PlaceGazetteer
) -> list[Resolution]:
    """Resolve the mentions at ``spans`` (character offsets) of a segmented document."""
    finder = MentionFinder(doc, gazetteer)
    mentions = [finder.find(start, end) for start, end in spans]
    first = [_rank(m, Counter(), frozenset()) for m in mentions]
    named = Counter(_nationalities(doc, gazetteer))
    named.update(ranked[0].entry.country for ranked in first if ranked and ranked[0].entry.country)
    resolutions = []
    list_kinds = _list_kinds(doc, mentions, first)
    for mention, own, listed in zip(mentions, first, list_kinds, strict=True):
        others = named.copy()
        if own and own[0].entry.country:
            others[own[0].entry.country] -= 1  # a mention is no evidence for itself
        ranked = _rank(mention, others, listed)
        text = doc.text[mention.start : mention.end]
        resolutions.append(Resolution(mention, text, ranked, _unresolved(mention, text, ranked)))
    return _with_fallback_country(resolutions, _nationalities(doc, gazetteer))


def _with_fallback_country(
    resolutions: list[Resolution], nationalities: list[str]
) -> list[Resolution]:
    """Unresolved place names get the country of the article when it names only one
    (by resolved places and nationality adjectives): a village of the gazetteer's
    missing is most likely there. Adjectives (tanween) are not place names."""
    countries = set(nationalities)
    countries.update(r.best.entry.country for r in resolutions if r.best and r.best.entry.country)
    if len(countries) != 1:
        return resolutions
    (country,) = countries
    return [
        replace(r, fallback_country=country)
        if r.best is None and TANWEEN_FATH not in r.text[-2:]
        else r
        for r in resolutions
    ]


def outermost(resolutions: list[Resolution]) -> list[Resolution]:
    """Without mentions inside another: ``ريف`` once ``دمشق`` grew into ``ريف دمشق``."""
    spans = [(r.mention.start, r.mention.end) for r in resolutions]
    return [
        r
        for r, (start, end) in zip(resolutions, spans, strict=True)
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
    ]


def _list_kinds(
    doc: Document, mentions: list[Mention], first: list[tuple[Scored, ...]]
) -> list[frozenset[str]]:
    """For each mention, the kinds of place its list points to: those of the list's other
    names that can be only one kind (عسير in ``عسير والباحة وجازان``), else those its
    neighbours were first resolved to; empty outside a list."""
    runs: list[range] = []  # consecutive mentions listed together
    start = 0
    for index in range(len(mentions)):
        if index + 1 not in _listed_with(doc, mentions, index):
            runs.append(range(start, index + 1))
            start = index + 1
    kinds = []
    for run in runs:
        features = {i: {c.feature for c in mentions[i].candidates} for i in run}
        for index in run:
            sure = {f for i in run if i != index and len(features[i]) == 1 for f in features[i]}
            neighbours = (first[i] for i in _listed_with(doc, mentions, index))
            kinds.append(frozenset(sure or {r[0].entry.feature for r in neighbours if r}))
    return kinds


def _listed_with(doc: Document, mentions: list[Mention], index: int) -> list[int]:
    """The mentions next to mention ``index`` in a list (``عسير وجازان``)."""
    neighbours = []
    for other in (index - 1, index + 1):
        if 0 <= other < len(mentions):
            left, right = sorted((mentions[index], mentions[other]), key=lambda m: m.start)
            between = doc.text[left.end : right.start]
            if left.end <= right.start and not between.strip(LIST_SEPARATORS):
                neighbours.append(other)
    return neighbours


def _nationalities(doc: Document, gazetteer: PlaceGazetteer) -> list[str]:
    iso2 = gazetteer.iso2_of_iso3
    codes = (e.attributes.get("nationality", "") for e in doc.entities)
    return [iso2[code] for code in codes if code in iso2]


def _unresolved(mention: Mention, text: str, ranked: tuple[Scored, ...]) -> str | None:
    if TANWEEN_FATH in text[-2:]:
        # سورياً, عربياً: an adjective in the accusative, not a place name
        return "an adjective with tanween (سورياً), not a place name"
    if not ranked:
        return f"no gazetteer entry for «{text}»"
    if ranked[0].points < MIN_POINTS:
        return f"nothing in the article supports a namesake; the best: {_label(ranked[0].entry)}"
    return None


def _rank(mention: Mention, countries: Counter[str], listed: frozenset[str]) -> tuple[Scored, ...]:
    scored = [_score(entry, mention, countries, listed) for entry in mention.candidates]
    return tuple(sorted(scored, key=lambda s: (-s.points, s.entry.id)))


def _score(
    entry: PlaceEntry, mention: Mention, countries: Counter[str], listed: frozenset[str]
) -> Scored:
    city_meant = bool({"city", "dateline"} & mention.cues) or "city" in listed
    capital_counts = city_meant or not _names_its_country(mention, entry)
    points, reasons = _prior(entry, capital_counts=capital_counts)
    for cue in sorted(mention.cues):
        if _cue_fits(cue, entry):
            points += CUE_POINTS[cue]
            reasons.append("dateline" if cue == "dateline" else f"after a {cue} word")
    if entry.country in mention.nationalities:
        points += NATIONALITY_POINTS
        reasons.append(f"next to a {entry.country} nationality adjective")
    if entry.feature in listed:
        points += LIST_POINTS
        reasons.append(f"listed with another {entry.feature}")
    times = countries.get(entry.country or "", 0)
    if times > 0:
        points += ARTICLE_COUNTRY_POINTS + math.log2(times)
        reasons.append(f"{entry.country} named {_times(times)} in the article")
    return Scored(entry, points, tuple(reasons))


def _names_its_country(mention: Mention, entry: PlaceEntry) -> bool:
    """The mention also names the entry's country: الكويت, هونغ كونغ (the capital yields)."""
    return any(c.feature == "country" and c.country == entry.country for c in mention.candidates)


def _prior(entry: PlaceEntry, *, capital_counts: bool) -> tuple[float, list[str]]:
    if entry.feature == "country":
        return COUNTRY_PRIOR, ["country"]
    if entry.feature == "admin":
        return ADMIN_PRIOR, [f"administrative area of {entry.country}"]
    if entry.feature in ("region", "water"):
        where = f" of {entry.country}" if entry.country else ""
        return REGION_PRIOR, [f"{entry.feature}{where}"]
    points = POINTS_PER_DECADE * math.log10(max(entry.population, 1))
    where = f"city in {entry.country}, population {entry.population:,}"
    if entry.capital and capital_counts:
        return points + CAPITAL_POINTS, [f"capital of {entry.country}; {where}"]
    return points, [where]


def _cue_fits(cue: str, entry: PlaceEntry) -> bool:
    if cue == "capital":
        return entry.capital
    if cue == "dateline":
        return entry.feature == "city"
    return entry.feature == cue


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def _label(entry: PlaceEntry) -> str:
    country = f", {entry.country}" if entry.country else ""
    population = f", population {entry.population:,}" if entry.feature == "city" else ""
    return f"{entry.name_en} ({entry.feature}{country}{population})"
