"""The actors stage: who could act, with CAMEO-style codes.

Actor mentions come from three places in each sentence:
1. noun phrases headed by an actor noun, composed with the nationality or
   country right after it, and the person named after that (الطيران الروسي →
   RUS MIL; وزير الخارجية الروسي سيرغي لافروف → one mention, RUS GOV, foreign
   minister). A bare الجيش, المعارضة or الشرطة gets its sector alone (MIL, OPP,
   COP) with low confidence, unless it lies inside another actor's name;
2. PER and ORG entities found in the actor dictionaries, the role chosen by the
   article's date (دونالد ترامب → USA GOV from 2017-01-20);
3. places and peoples used as doers: a capital or country not introduced as a
   location (فازت موسكو → RUS GOV, but في دمشق is only a place), and peoples
   (الروس → RUS; a lone adjective such as الروسية counts, with low confidence);
4. hand-kept multi-word group names the entity tagger may have missed (قوات
   التحالف, الحشد الشعبي).
A bare actor noun takes the country of its sentence when the sentence names
exactly one (اعتقلت الشرطة ... في القاهرة → EGY COP), or the article's focus
country when the sentence names none.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from marsad.actors.dictionary import ActorDictionary, ActorEntry, choose, split_code
from marsad.document import Actor, Document, Entity, Place, SpansByStart, Token
from marsad.entities.gazetteer import token_stem
from marsad.entities.recognise import leading_clitic

# A place after one of these words is where something happens, not who does it.
LOCATIVE = frozenset(
    {
        "في",
        "من",
        "نحو",
        "داخل",
        "خارج",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "قرب",
        "عبر",
        "حول",
        "انحاء",
        "مدينه",
        "محافظه",
        "ريف",
        "منطقه",
        "اقليم",
        "بلده",
        "قريه",
        "عاصمه",
        "ارض",
        "اراضي",
        "مناطق",
    }
)
LOCATIVE_CLITICS = frozenset({"ب", "ل", "ك"})
ADJECTIVE_ENDINGS = ("ي", "يه", "يا", "يان", "يتان")
COMPOSED_CONFIDENCE = 0.8
PLACE_AS_ACTOR_CONFIDENCE = 0.6
ADJECTIVE_CONFIDENCE = 0.5
BARE_SECTOR_CONFIDENCE = 0.4


@dataclass(frozen=True)
class ActorModels:
    names: ActorDictionary
    sectors: ActorDictionary
    groups: ActorDictionary
    iso3: dict[str, str]  # ISO alpha-2 → alpha-3


@dataclass(frozen=True)
class _Sentence:
    """A sentence's tokens, their stems, and its entities by first token."""

    doc: Document
    tokens: list[Token]
    stems: list[str]
    entities: dict[int, tuple[Entity, int]]  # first token → (entity, token after it)
    places: list[Place]  # the places that start in the sentence

    def stems_of(self, first: int, after: int) -> list[str]:
        return self.stems[first:after]


def resolve_actors(doc: Document, models: ActorModels) -> Document:
    starts = [t.start for t in doc.tokens]
    all_entities, all_places = SpansByStart(doc.entities), SpansByStart(doc.places)
    actors: list[Actor] = []
    for sentence in doc.sentences:
        first = bisect.bisect_left(starts, sentence.start)
        tokens = doc.tokens[first : bisect.bisect_left(starts, sentence.end)]
        entities = all_entities.starting_in(sentence.start, sentence.end)
        places = all_places.starting_in(sentence.start, sentence.end)
        actors.extend(_sentence_actors(_index(doc, tokens, entities, places), models))
    doc.actors = actors
    return doc


def _index(
    doc: Document, tokens: list[Token], entities: list[Entity], places: list[Place]
) -> _Sentence:
    token_starts = [t.start for t in tokens]
    by_first: dict[int, tuple[Entity, int]] = {}
    for entity in entities:
        first = bisect.bisect_right(token_starts, entity.start) - 1
        by_first[first] = (entity, bisect.bisect_left(token_starts, entity.end))
    return _Sentence(doc, tokens, [token_stem(t) for t in tokens], by_first, places)


def _sentence_actors(sentence: _Sentence, models: ActorModels) -> list[Actor]:
    day = sentence.doc.published
    used: set[int] = set()  # first tokens of entities folded into a noun phrase
    actors: list[Actor] = []
    bare: list[Actor] = []
    taken: set[int] = set()  # tokens inside a group name
    for start, end in models.groups.scan(sentence.stems):
        entry = choose(models.groups.lookup(sentence.stems[start:end]), day)
        if entry is not None and entry.holds_on(day):
            actors.append(_phrase_actor(sentence, start, end, entry.code, entry.role, entry.trust))
            taken.update(range(start, end))
    for start, end in _merged(models.sectors.scan(sentence.stems), sentence.tokens):
        if taken.intersection(range(start, end)):
            continue
        noun = _head_noun(models.sectors, sentence.stems[start:end])
        country, person, last = None, None, end
        if end in sentence.entities:
            entity, after = sentence.entities[end]
            country = _country_of(entity, sentence.stems_of(end, after), models, day)
            if country:
                used.add(end)
                last = after
        if last in sentence.entities and sentence.entities[last][0].label == "PER":
            entity, after = sentence.entities[last]
            person = choose(models.names.lookup(sentence.stems_of(last, after)), day)
            used.add(last)
            last = after
        if country is None and person is None:
            bare.append(_phrase_actor(sentence, start, end, noun.code, noun.role,
                                      BARE_SECTOR_CONFIDENCE))  # fmt: skip
            continue
        code = person.code if person else f"{country} {noun.code}"
        role = (person.role if person else "") or noun.role
        actors.append(_phrase_actor(sentence, start, last, code, role, COMPOSED_CONFIDENCE))
    for first, (entity, after) in sentence.entities.items():
        if first not in used and not taken.intersection(range(first, after)):
            actor = _entity_actor(sentence, entity, first, after, models)
            if actor is not None:
                actors.append(actor)
            elif entity.label == "PER":
                bare.append(_unknown_person(sentence, entity, first, after, models))
    bare = [b for b in bare if not any(_overlap(b, a) for a in actors)]
    country = _sole_country(sentence, actors, models)
    if country:
        bare = [_with_country(b, country) for b in bare]
    return sorted(actors + bare, key=lambda a: a.start)


def _sole_country(sentence: _Sentence, actors: list[Actor], models: ActorModels) -> str | None:
    """The one state a sentence names, through its actors or its places, if only one;
    if it names none, the country the article is about (its focus)."""
    states = set(models.iso3.values())
    found = {a.country for a in actors if a.country in states}
    found.update(models.iso3[p.country] for p in sentence.places if p.country in models.iso3)
    doc = sentence.doc
    if not found and doc.focus and doc.focus.country in models.iso3:
        return models.iso3[doc.focus.country]
    return found.pop() if len(found) == 1 else None


def _with_country(actor: Actor, country: str) -> Actor:
    return _make_span(
        actor.start, actor.end, actor.text, f"{country} {actor.sector}", actor.role or "",
        BARE_SECTOR_CONFIDENCE + 0.1,
    )  # fmt: skip


def _overlap(one: Actor, other: Actor) -> bool:
    return one.start < other.end and other.start < one.end


def _head_noun(sectors: ActorDictionary, stems: list[str]) -> ActorEntry:
    """The entry of a (merged) actor-noun phrase: its longest known tail (قوات الشرطة → COP)."""
    for start in range(len(stems)):
        entries = sectors.lookup(stems[start:])
        if entries:
            return entries[0]
    raise ValueError(f"no actor noun in {stems}")


def _merged(spans: Iterable[tuple[int, int]], tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """Adjacent actor nouns are one phrase (قوات الجيش, قوات الشرطة), unless the
    second starts with و: المقاومة والجيش are two actors."""
    current: tuple[int, int] | None = None
    for start, end in spans:
        joined = any(s.kind == "conjunction" for s in tokens[start].segments)
        if current and start == current[1] and not joined:
            current = (current[0], end)
            continue
        if current:
            yield current
        current = (start, end)
    if current:
        yield current


def _country_of(
    entity: Entity, stems: list[str], models: ActorModels, day: str | None
) -> str | None:
    """The country a nationality adjective or a country/capital name points to."""
    if "nationality" in entity.attributes:
        return entity.attributes["nationality"]
    if entity.label == "LOC":
        entry = choose(models.names.lookup(stems), day)
        if entry and entry.kind in ("country", "metonym"):
            return entry.country
    return None


def _entity_actor(
    sentence: _Sentence, entity: Entity, first: int, after: int, models: ActorModels
) -> Actor | None:
    stems = sentence.stems_of(first, after)
    if "nationality" in entity.attributes:
        adjective = stems[-1].endswith(ADJECTIVE_ENDINGS)
        confidence = ADJECTIVE_CONFIDENCE if adjective else COMPOSED_CONFIDENCE
        return _make(entity, entity.attributes["nationality"], "", confidence)
    entries = models.names.lookup(stems)
    if not entries and entity.label == "PER" and len(stems) > 1:
        entries = models.names.lookup(stems[-1:])  # a family name: لافروف
    if entity.label == "LOC":
        # A place is an actor only as a state or its seat (واشنطن), and only as a doer.
        entries = tuple(e for e in entries if e.kind in ("country", "metonym"))
        entry = choose(entries, sentence.doc.published)
        if entry is None or not _agentive(sentence.tokens, first):
            return None
        code = entry.code if entry.sector else f"{entry.code} GOV"
        return _make(entity, code, "", PLACE_AS_ACTOR_CONFIDENCE * entry.trust)
    entry = choose(entries, sentence.doc.published)
    if entry is None:
        return None
    return _make(entity, entry.code, entry.role, entry.trust)


def _unknown_person(
    sentence: _Sentence, entity: Entity, first: int, after: int, models: ActorModels
) -> Actor:
    """A person no dictionary knows: the sector of an actor noun beside the name
    (مهدية غلرو، الناشطة → OPP; الوزير فلان → GOV), else a private person (CVL)."""
    beside = [*range(max(0, first - 2), first), *range(after, min(after + 3, len(sentence.stems)))]
    for index in beside:
        entries = models.sectors.lookup(sentence.stems[index : index + 1])
        if entries:
            return _make(entity, entries[0].code, entries[0].role, BARE_SECTOR_CONFIDENCE)
    return _make(entity, "CVL", "", BARE_SECTOR_CONFIDENCE)


def _agentive(tokens: list[Token], index: int) -> bool:
    """False for a place introduced as a location: في دمشق, بدمشق, مدينة حلب.
    إلى دمشق stays an actor: a visit to or aid for a state is to its government."""
    token = tokens[index]
    if any(s.kind == "preposition" and s.norm in LOCATIVE_CLITICS for s in token.segments):
        return False
    return index == 0 or token_stem(tokens[index - 1]) not in LOCATIVE


def _phrase_actor(
    sentence: _Sentence, first: int, after: int, code: str, role: str, confidence: float
) -> Actor:
    head, last = sentence.tokens[first], sentence.tokens[after - 1]
    start = next((s.start for s in head.segments if not leading_clitic(s)), head.start)
    text = sentence.doc.text[start : last.end]
    return _make_span(start, last.end, text, code, role, confidence)


def _make(entity: Entity, code: str, role: str, confidence: float) -> Actor:
    return _make_span(entity.start, entity.end, entity.text, code, role, confidence)


def _make_span(start: int, end: int, text: str, code: str, role: str, confidence: float) -> Actor:
    country, sector = split_code(code)
    return Actor(
        start=start,
        end=end,
        text=text,
        code=code,
        country=country,
        sector=sector,
        role=role or None,
        confidence=round(min(confidence, 1.0), 3),
    )
