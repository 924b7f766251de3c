"""Choose one gazetteer entry per mention: candidates → features → rank, reasons kept.

Each candidate gets points, and every point has a reason:
- a prior by kind: a country beats a same-named town; a city counts by its
  population (per factor of ten), a capital more (capitals stand for their
  governments in news) unless it shares its country's name (الكويت) and
  nothing says a city is meant (a dateline, a city word, a list of cities);
  governorates, regions and seas sit in between; a district (a Saudi محافظة)
  and a town GeoNames gives no population count as small towns do;
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
  kind its neighbours were first resolved to;
- a town near another town of the article (within 150 km) gains over its
  namesakes far away (تربة beside الطائف is Turabah, not the Turubah of Ha'il).

The highest total wins; confidence is its share of the candidates' softmax.
A small town that nothing in the article supports is not taken: the mention
is more likely a place missing from the gazetteer than that namesake (a
district that is its name's only entry is taken). Nor is a namesake outside
the country a nationality adjective after the name states (هورست الهولندية),
nor a town named like a quarter (بحي المحمدية). A mention left unresolved
still gets a country (``_with_fallback_country``): the one that adjective
states, or ``في`` + a country after it, else of its namesakes if all are
divisions of one country, else of the article's places (``في بوداي قرب
بعلبك``: LB). Some names get neither: those that are not places here (an
adjective with tanween, سورياً; the euro; a newspaper, لـ«الشرق الأوسط») and
those of what lies across borders with no entry (a river after نهر, a sea, a
part of a region named by a direction: وسط أوروبا).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from marsad.document import Document, Place
from marsad.places.candidates import DIRECTIONS, Mention, MentionFinder
from marsad.places.gazetteer import PlaceEntry, PlaceGazetteer, plain_key
from marsad.text.normalise import normalise_word

COUNTRY_PRIOR = 13.0
REGION_PRIOR = 9.0  # regions and seas
ADMIN_PRIOR = 7.0
DISTRICT_PRIOR = 5.0  # below MIN_POINTS: a district is taken only with support
# A town GeoNames gives no population (Tall Afar) counts as a village of this size.
UNKNOWN_POPULATION = 3000
POINTS_PER_DECADE = 1.5  # a city's prior per factor of ten of its population
CAPITAL_POINTS = 3.0
CUE_POINTS = {"city": 4.0, "admin": 7.0, "capital": 4.0, "country": 4.0, "dateline": 4.0}
NATIONALITY_POINTS = 6.0
LIST_POINTS = 3.0
NEAR_KM, NEAR_POINTS = 150.0, 2.0  # for a town near another town of the article
ARTICLE_COUNTRY_POINTS = 2.0  # for a country named once; one more per doubling
TEMPERATURE = 2.0  # of the softmax that turns points into a confidence
PARTIAL_MATCH_FACTOR = 0.8  # confidence kept when only part of the mention was a name
# Below this a choice is not made: a city of about 20,000 people with nothing for it.
MIN_POINTS = 6.5
LIST_SEPARATORS = " ،,و"  # what may stand between two names of one list
# A name is a title, not a place, after a word for a newspaper (صحيفة الرياض), a region's
# name after the word for an airline (طيران الشرق الأوسط), and a name in quotes after لـ
# or a colon (قال لـ«الشرق الأوسط», لندن: «الشرق الأوسط» — a byline) or a region's name in
# quotes («أوروبا»; not a sea: «الخليج الفارسي» is the name the writer rejects).
OPENING_QUOTES = ("«", '"', "“")
CLOSING_QUOTES = ("»", '"', "”")
PRESS_WORDS = frozenset({"صحيفه", "لصحيفه", "وصحيفه", "جريده", "لجريده", "وجريده", "مجله",
                         "لمجله", "ومجله"})  # fmt: skip
AIRLINE_WORDS = frozenset({"طيران", "لطيران", "وطيران"})
# A country's name after the word for a river names the river (نهر النيجر, نهر الكونغو),
# which the gazetteer lacks and which crosses borders: no entry and no country.
RIVER_WORDS = frozenset({"نهر", "نهري"})
# A sea the gazetteer lacks (بحر الصين الجنوبي) is no country's either.
SEA_WORDS = frozenset({"بحر"})
# A name after the word for a quarter names a town's quarter (بحي المحمدية, in Jeddah),
# which the gazetteer lacks; a town of that name elsewhere is not meant.
QUARTER_WORDS = frozenset({"حي"})
# Names the entity tagger takes for places that are none (plain keys, see gazetteer.plain_key).
NOT_PLACES = {("يورو",): "the euro (منطقة اليورو: the euro area)"}
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
    fallback_country: str | None = None  # of an unresolved mention: the article's country
    fallback_reason: str = ""  # why that country
    # no country follows from the name: it is not a place here (a newspaper, a currency),
    # or it names what lies across borders (a river, a sea, a part of a region)
    countryless: bool = False

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
                return f"{self.unresolved}; in {self.fallback_country}, {self.fallback_reason}"
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
    first = [_rank(m, Counter(), frozenset(), ()) for m in mentions]
    places = [_point(ranked[0].entry) if ranked else None for ranked in first]
    nationalities = _nationalities(doc, gazetteer)
    # The countries each name's mentions were first resolved to: a mention is no
    # evidence for itself, nor are its repeats (بلنسية three times would otherwise vote
    # twice for its own most populous namesake).
    by_name: defaultdict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for mention, ranked in zip(mentions, first, strict=True):
        if ranked and ranked[0].entry.country:
            by_name[_candidate_ids(mention)][ranked[0].entry.country] += 1
    named = sum(by_name.values(), Counter(nationalities))
    resolutions = []
    weak: list[int] = []  # mentions left unresolved for want of support
    list_kinds = _list_kinds(doc, mentions, first)
    id_sets = [frozenset(_candidate_ids(m)) for m in mentions]
    for index, (mention, listed) in enumerate(zip(mentions, list_kinds, strict=True)):
        ids = id_sets[index]
        # a repeat of the name, even read with more or fewer namesakes (مدينة زنجبار
        # has Zanzibar City's name alone), is no evidence either
        repeats = {at for at, other in enumerate(id_sets) if ids & other} | {index}
        others = named - sum((by_name[key] for key in by_name if ids.intersection(key)), Counter())
        near = tuple(p for at, p in enumerate(places) if p and at not in repeats)
        ranked = _rank(mention, others, listed, near)
        text = doc.text[mention.start : mention.end]
        countryless = (
            _not_a_place(doc, mention, text, ranked)
            or _a_river(doc, mention, text)
            or _an_unknown_sea(text, ranked)
            or _part_of_a_region(mention, text, ranked)
        )
        quarter = _a_quarter(doc, mention) if not _beside(ranked, near) else ""
        unresolved = countryless or quarter or _unresolved(mention, text, ranked)
        resolutions.append(
            Resolution(mention, text, ranked, unresolved, countryless=bool(countryless))
        )
        if unresolved and ranked and ranked[0].points < MIN_POINTS and not countryless:
            weak.append(index)
    resolutions = _as_its_repeats(resolutions, weak)
    return _with_fallback_country(doc, resolutions, nationalities)


def _as_its_repeats(resolutions: list[Resolution], weak: list[int]) -> list[Resolution]:
    """A name left unresolved for want of support takes the entry another mention of it
    was resolved to (مدينة تمير ... مركز تمير): one place per name in an article."""
    chosen = {r.best.entry.id: r for r in resolutions if r.best}
    for index in weak:
        resolution = resolutions[index]
        ids = [scored.entry.id for scored in resolution.ranked]
        taken = next((chosen[i] for i in ids if i in chosen), None)
        if taken is None or taken.best is None:
            continue
        entry = taken.best.entry
        first = next(s for s in resolution.ranked if s.entry.id == entry.id)
        repeat = replace(first, reasons=(*first.reasons, f"as «{taken.text}» elsewhere"))
        rest = tuple(s for s in resolution.ranked if s is not first)
        resolutions[index] = replace(resolution, ranked=(repeat, *rest), unresolved=None)
    return resolutions


def _candidate_ids(mention: Mention) -> tuple[str, ...]:
    return tuple(entry.id for entry in mention.candidates)


def _with_fallback_country(
    doc: Document, resolutions: list[Resolution], nationalities: list[str]
) -> list[Resolution]:
    """Unresolved place names get the country of their namesakes when all are divisions
    of one country (a district nothing in the article supports); else the country the
    article's resolved places lie in most often (a village the gazetteer lacks is most
    likely there); on a tie, the country of the nearest of those places; with no
    resolved place, the country its nationality adjectives name most often. Adjectives
    (tanween) and names that are not places (a newspaper) get none."""
    located = [r for r in resolutions if r.best and r.best.entry.country]
    counts = Counter(r.best.entry.country for r in located if r.best)
    return [
        _fallback(r, _country_placed_in(doc, r, located), located, counts, Counter(nationalities))
        if r.best is None and not r.countryless
        else r
        for r in resolutions
    ]


def _country_placed_in(doc: Document, resolution: Resolution, located: list[Resolution]) -> str:
    """The country a place is said to lie in, right after its name: ايفينكي في روسيا."""
    for other in located:
        between = doc.text[resolution.mention.end : other.mention.start]
        if other.best and other.best.entry.feature == "country" and between.strip() == "في":
            return other.best.entry.country or ""
    return ""


def _fallback(
    resolution: Resolution,
    placed_in: str,
    located: list[Resolution],
    counts: Counter[str],
    nationalities: Counter[str],
) -> Resolution:
    def country(code: str, why: str) -> Resolution:
        return replace(resolution, fallback_country=code, fallback_reason=why)

    if stated := resolution.mention.country_after:
        return country(stated, "which the adjective after it names")
    if placed_in:
        return country(placed_in, "the country it is said to be in")
    namesakes = {scored.entry.country for scored in resolution.ranked}
    districts = all(scored.entry.feature == "admin" for scored in resolution.ranked)
    if resolution.ranked and districts and len(namesakes) == 1 and None not in namesakes:
        return country(next(iter(namesakes)) or "", "where every namesake is")
    if len(counts) == 1 or (not counts and len(nationalities) == 1):
        return country(next(iter(counts or nationalities)), "the one country named")
    if not counts:
        top = nationalities.most_common(2)
        if len(top) == 2 and top[0][1] > top[1][1]:
            return country(top[0][0], "the country its nationality words name most")
        return resolution
    top = counts.most_common()
    best = [code for code, times in top if times == top[0][1]]
    if len(best) == 1:
        return country(best[0], "the country of most of its places")
    at = resolution.mention.start
    nearest = min(
        (r for r in located if r.best and r.best.entry.country in best),
        key=lambda r: abs(r.mention.start - at),
    )
    return country(best[0] if nearest.best is None else nearest.best.entry.country or best[0],
                   "the country of the nearest place")  # fmt: skip


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


def _not_a_place(doc: Document, mention: Mention, text: str, ranked: tuple[Scored, ...]) -> str:
    """Why the name is not a place here, or "" if it may be one."""
    if TANWEEN_FATH in text[-2:]:
        # سورياً, عربياً: an adjective in the accusative, not a place name
        return "an adjective with tanween (سورياً), not a place name"
    if (what := NOT_PLACES.get(plain_key(text))) is not None:
        return f"{what}, not a place"
    before = doc.text[max(mention.start - 30, 0) : mention.start].rstrip()
    after = doc.text[mention.end : mention.end + 3].lstrip()
    quoted = before.endswith(OPENING_QUOTES) and after.startswith(CLOSING_QUOTES)
    words = before.rstrip("".join(OPENING_QUOTES) + " ").split()
    word = normalise_word(words[-1], fold_taa_marbuta=True).rstrip("ـ") if words else ""
    feature = ranked[0].entry.feature if ranked else None
    if (
        word in PRESS_WORDS
        or (word in AIRLINE_WORDS and feature in ("region", "water"))
        or (quoted and (word in ("ل", ":") or feature == "region"))
    ):
        return "the name of a newspaper or an airline («الشرق الأوسط»), not a place"
    return ""


def _a_river(doc: Document, mention: Mention, text: str) -> str:
    """Why the name is a river's (نهر النيجر), or ""."""
    if _one_of(_word_before(doc, mention), RIVER_WORDS) or _one_of(_first_word(text), RIVER_WORDS):
        return "a river (نهر النيجر); rivers have no gazetteer entry and cross borders"
    return ""


def _word_before(doc: Document, mention: Mention) -> str:
    words = doc.text[max(mention.start - 12, 0) : mention.start].split()
    return normalise_word(words[-1]) if words else ""


def _first_word(text: str) -> str:
    words = text.split()
    return normalise_word(words[0]) if words else ""


def _one_of(word: str, words: frozenset[str]) -> bool:
    """Is ``word`` one of ``words``, or one after a clitic و, ب or ل (بنهر, بحي)?"""
    return word in words or (word[:1] in ("و", "ب", "ل") and word[1:] in words)


def _an_unknown_sea(text: str, ranked: tuple[Scored, ...]) -> str:
    """Why a sea's name with no entry has no country (بحر الصين الجنوبي), or ""."""
    if not ranked and _one_of(_first_word(text), SEA_WORDS):
        return f"no gazetteer entry for the sea «{text}»; seas lie between countries"
    return ""


def _part_of_a_region(mention: Mention, text: str, ranked: tuple[Scored, ...]) -> str:
    """Why a part of a region named by a direction (وسط أوروبا, غرب البلقان) is not that
    region, or "": the gazetteer has the parts it knows whole (جنوب شرق آسيا)."""
    direction = _one_of(_first_word(text), DIRECTIONS)
    if mention.partial and direction and ranked and ranked[0].entry.feature == "region":
        return f"a part of {ranked[0].entry.name_en} ({text}), which has no entry"
    return ""


def _a_quarter(doc: Document, mention: Mention) -> str:
    """Why the name is a town's quarter (بحي المحمدية), or ""."""
    word = _word_before(doc, mention)
    if _one_of(word, QUARTER_WORDS):
        return f"a town's quarter, after «{word}»; the gazetteer has none"
    return ""


def _beside(ranked: tuple[Scored, ...], near: tuple[tuple[float, float], ...]) -> bool:
    """Is the best candidate within reach of another place of the article? A quarter's
    entry then is the quarter (حي التواهي in Aden), not a namesake town elsewhere."""
    here = _point(ranked[0].entry) if ranked else None
    return bool(here) and any(_distance_km(here, there) <= NEAR_KM for there in near)


def _unresolved(mention: Mention, text: str, ranked: tuple[Scored, ...]) -> str | None:
    if not ranked:
        return f"no gazetteer entry for «{text}»"
    stated = mention.country_after
    if stated and all(scored.entry.country != stated for scored in ranked):
        return f"no entry for «{text}» in {stated}, which the adjective after it names"
    if ranked[0].points < MIN_POINTS and not _the_one_district(ranked):
        return f"nothing in the article supports a namesake; the best: {_label(ranked[0].entry)}"
    return None


def _the_one_district(ranked: tuple[Scored, ...]) -> bool:
    """Is the one entry of a name a district (الأحساء, وادي الدواسر)? With no namesake
    to mistake it for, it needs no support; a district is held back only among namesakes."""
    return len(ranked) == 1 and ranked[0].entry.feature == "admin"


def _point(entry: PlaceEntry) -> tuple[float, float] | None:
    """Where a town or district is; None for larger places, whose point says little."""
    local = entry.feature == "city" or entry.admin_level >= 2
    return (entry.lat, entry.lon) if local else None


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def _rank(
    mention: Mention,
    countries: Counter[str],
    listed: frozenset[str],
    near: tuple[tuple[float, float], ...],
) -> tuple[Scored, ...]:
    scored = [_score(entry, mention, countries, listed, near) for entry in mention.candidates]
    return tuple(sorted(scored, key=lambda s: (-s.points, s.entry.id)))


def _score(
    entry: PlaceEntry,
    mention: Mention,
    countries: Counter[str],
    listed: frozenset[str],
    near: tuple[tuple[float, float], ...] = (),
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
    here = _point(entry)
    if here and len(mention.candidates) > 1 and near:
        closest = min(_distance_km(here, there) for there in near)
        if closest <= NEAR_KM:
            points += NEAR_POINTS
            reasons.append(f"{closest:.0f} km from another place of the article")
    return Scored(entry, points, tuple(reasons))


def _names_its_country(mention: Mention, entry: PlaceEntry) -> bool:
    """The mention also names the entry's country: الكويت, هونغ كونغ (the capital yields)."""
    return any(c.feature == "country" and c.country == entry.country for c in mention.candidates)


def _prior(entry: PlaceEntry, *, capital_counts: bool) -> tuple[float, list[str]]:
    if entry.feature == "country":
        return COUNTRY_PRIOR, ["country"]
    if entry.feature == "admin" and entry.admin_level >= 2:
        return DISTRICT_PRIOR, [f"district of {entry.country}"]
    if entry.feature == "admin":
        return ADMIN_PRIOR, [f"administrative area of {entry.country}"]
    if entry.feature in ("region", "water"):
        where = f" of {entry.country}" if entry.country else ""
        return REGION_PRIOR, [f"{entry.feature}{where}"]
    points = POINTS_PER_DECADE * math.log10(entry.population or UNKNOWN_POPULATION)
    known = f"{entry.population:,}" if entry.population else "unknown"
    where = f"city in {entry.country}, population {known}"
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
