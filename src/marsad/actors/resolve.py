"""The actors stage: who could act, with CAMEO-style codes.

Actor mentions come from four places in each sentence:
1. noun phrases headed by an actor noun, composed with the nationality or
   country right after it, and the person named after that (الطيران الروسي →
   RUS MIL; وزير الخارجية الروسي سيرغي لافروف → one mention, RUS GOV, foreign
   minister; a minister's portfolio may come between: وزير الطاقة الإسرائيلي, and
   adjectives between any noun and its nationality: طائرات حربية تركية → TUR MIL;
   السابق makes a former official, the country alone; a hand-kept name the
   tagger missed may follow a title: الأمير محمد بن نايف). A bare الجيش, المعارضة
   or الشرطة gets its sector alone (MIL, OPP, COP) with low confidence, unless it
   lies inside another actor's name; people named by a common noun (أشخاص,
   الأطفال, المصلين, شاب) are civilians (CVL), and bodies go by their head noun
   (أمانة منطقة, حزب, بنك, منظمة);
2. PER and ORG entities found in the actor dictionaries, the role chosen by the
   article's date (دونالد ترامب → USA GOV from 2017-01-20; a person whose roles
   have all ended is the country alone); a nationality adjective that repeats the
   country of the name before it (قوات الاحتلال الإسرائيلي) is no actor of its own;
3. places and peoples used as doers: a capital or country not introduced as a
   location (فازت موسكو → RUS GOV, but في دمشق is only a place), and peoples
   (الروس → RUS; a lone adjective such as الروسية counts, with low confidence);
4. hand-kept multi-word group names and titles the entity tagger may have missed
   (قوات التحالف, الحشد الشعبي, خادم الحرمين الشريفين).
A bare actor noun takes the country of its sentence when the sentence names
exactly one (اعتقلت الشرطة ... في القاهرة → EGY COP), or, when it names several,
the one all its places are in (قوات الجيش ... في تعز ... التحالف العربي → YEM
MIL); unidentified gunmen (UAF) get none. When the sentence names
none, the article's memory decides: the code of the last actor named earlier with
the same role (وزير الخارجية الروسي ... وقال الوزير → RUS GOV), else the country
the article is about (its focus, else the country its actors belong to most). A
person no dictionary knows takes the code of the title beside the name (يوسيف
باريتسكي وزير البنية التحتية الإسرائيلي → ISR GOV), or of the same name earlier in
the article (a later bare باريتسكي), else the sector of a title word next to it
(خطيب → REL, الناشطة → OPP), else CVL.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from marsad.actors.dictionary import ActorDictionary, ActorEntry, choose, on_day, split_code
from marsad.document import Actor, Document, Entity, Place, Span, SpansByStart, Token
from marsad.entities.gazetteer import definite, token_stem
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
        "شمالي",
        "جنوبي",
        "شرقي",
        "غربي",
        "وسط",
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
MEMORY_CONFIDENCE = 0.5
# A minister or ministry is a government actor whatever its portfolio: وزيرة القضاء
# is GOV, not JUD; and its portfolio may stand between it and its nationality:
# وزير البنية التحتية الإسرائيلي.
MINISTER = frozenset({"وزير", "وزيره"})
PORTFOLIO_WINDOW = 3
ADJECTIVE_WINDOW = 2
PREPOSITIONS = frozenset({"مع", "في", "علي", "من", "الي", "عن", "لدي", "بين"})
FORCES = frozenset({"MIL", "REB", "UAF"})
LOYAL = frozenset({"موالي", "مواليه", "موالين", "مواليتين", "موالون"})  # الموالية ل ...
# الميليشيات الحوثية والقوات المتحالفة معها: forces allied with "it", the actor before
ALLIED = frozenset({"متحالف", "متحالفه", "متحالفين", "متحالفون"})
BONDS = LOYAL | ALLIED
FORMER = frozenset({"سابق", "سابقه", "اسبق", "مخلوع"})  # الرئيس السابق, المخلوع: no office now
# Accusative nouns that name people when counted (قتل 31 مسلحا, اعتقال 50 متظاهرا);
# uncounted they are mostly adjectives (هجوما مسلحا, عملا ارهابيا, مجتمعا مدنيا).
COUNTED = frozenset({"مسلحا", "متظاهرا", "محتجا", "متمردا", "مقاتلا", "ارهابيا", "مدنيا"})
APPOSITION = frozenset({"،", ",", "-", "–"})  # يوسيف باريتسكي، وزير ...
# A definite التنظيم (it takes no idafa) refers back to the armed group last named:
# تنظيم داعش ... وقتل التنظيم المتشدد ...
GROUP_ANAPHOR = "تنظيم"
GROUP_SECTORS = frozenset({"IMG", "REB"})
# Words that tell of the Israeli occupation, and the sectors of the people living under it.
OCCUPATION = ("احتلال", "مقدسي", "الأقصى", "الاقصى", "الأسير", "الأسرى", "الاسير", "الاسرى")
PEOPLE = frozenset({"CVL", "OPP", "REL", "LAB", "EDU", "MED", "HLH"})
SETTLER = "مستوطن"


@dataclass(frozen=True)
class ActorModels:
    names: ActorDictionary
    sectors: ActorDictionary
    groups: ActorDictionary
    iso3: dict[str, str]  # ISO alpha-2 → alpha-3

    @functools.cached_property
    def states(self) -> frozenset[str]:
        return frozenset(self.iso3.values())


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


@dataclass
class _Memory:
    """What the article has said so far about who is who."""

    # a name's last stem → its actor and the name's stems
    people: dict[str, tuple[Actor, list[str]]] = field(default_factory=dict)
    titled: list[Actor] = field(default_factory=list)  # actors with a country and a sector
    countries: Counter[str] = field(default_factory=Counter)  # states of the actors named

    def learn_name(self, actor: Actor, name_stems: list[str]) -> None:
        if actor.sector != "CVL":
            self.people[name_stems[-1]] = (actor, name_stems)

    def person(self, name_stems: list[str], given: frozenset[str]) -> Actor | None:
        """The person named earlier with this family name: كيري after جون كيري, but
        not محمد كيري; nor, after الأسد alone, سليمان الأسد, whose first name is none
        of the ``given`` names of those listed in full under it."""
        known = self.people.get(name_stems[-1])
        if known is None or len(name_stems) == 1:
            return known and known[0]
        actor, earlier = known
        if len(earlier) > 1:
            return actor if earlier[0] == name_stems[0] else None
        return actor if _first_name_fits(name_stems, given) else None

    def learn_sentence(self, actors: list[Actor], states: frozenset[str]) -> None:
        """After a sentence: its states, and its actors that carry a country and a
        sector with some confidence (not a bare noun given a guessed country)."""
        self.countries.update(a.country for a in actors if a.country in states)
        self.titled.extend(
            a for a in actors if a.country and a.sector and a.confidence > MEMORY_CONFIDENCE
        )

    def recall(self, bare: Actor) -> Actor | None:
        """The last actor named in an earlier sentence with the bare mention's sector
        and role (الوزير after وزير الخارجية الروسي). A role-less noun matches by sector
        (الجيش after الجيش السوري), but not a government one: الحكومة, الأمير."""
        if bare.sector == "GOV" and not bare.role:
            return None
        for known in reversed(self.titled):
            same_role = not bare.role or (known.role or "").endswith(bare.role)
            if known.sector == bare.sector and same_role:
                return known
        return None

    def main_country(self) -> str | None:
        ranked = self.countries.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]


def resolve_actors(doc: Document, models: ActorModels) -> Document:
    starts = [t.start for t in doc.tokens]
    all_entities, all_places = SpansByStart(doc.entities), SpansByStart(doc.places)
    actors: list[Actor] = []
    memory = _Memory()
    for sentence in doc.sentences:
        first = bisect.bisect_left(starts, sentence.start)
        tokens = doc.tokens[first : bisect.bisect_left(starts, sentence.end)]
        entities = all_entities.starting_in(sentence.start, sentence.end)
        places = all_places.starting_in(sentence.start, sentence.end)
        found = _sentence_actors(_index(doc, tokens, entities, places), models, memory)
        memory.learn_sentence(found, models.states)
        actors.extend(found)
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


def _sentence_actors(sentence: _Sentence, models: ActorModels, memory: _Memory) -> list[Actor]:
    day = sentence.doc.published
    used: set[int] = set()  # first tokens of entities folded into a noun phrase
    actors: list[Actor] = []
    bare: list[Actor] = []
    unknown: list[tuple[Entity, int, int]] = []  # persons no dictionary knows
    adjectives: dict[int, Actor] = {}  # nationality adjectives by the token after them
    phrases: dict[int, Actor] = {}  # composed noun phrases by first token
    taken: set[int] = set()  # tokens inside a group name
    countries_before: dict[int, str] = {}  # token after a group or phrase → its country
    names = list(models.groups.scan(sentence.stems))
    named = _untagged_people(sentence, names, models, day)  # first token → (after, entry)
    # first token of a rebel or militant group → its actor and the token after it
    armed_groups: dict[int, tuple[Actor, int]] = {}
    for start, end in names:
        entry = choose(models.groups.lookup(sentence.stems[start:end]), day)
        if entry is not None and entry.kind != "person" and entry.holds_on(day):
            group = _phrase_actor(sentence, start, end, entry.code, entry.role, entry.trust)
            actors.append(group)
            taken.update(range(start, end))
            countries_before[end] = entry.country or ""
            if entry.sector in GROUP_SECTORS:
                armed_groups[start] = (group, end)
    for start, end in _merged(models.sectors.scan(sentence.stems), sentence.tokens):
        if taken.intersection(range(start, end)) or _uncounted(sentence.stems, start):
            continue
        noun = _head_noun(models.sectors, sentence.stems[start:end])
        minister = sentence.stems[start] in MINISTER
        if minister and noun.code != "GOV":
            noun = models.sectors.lookup(sentence.stems[start : start + 1])[0]
        country, person, name, last = None, None, None, end
        beside = _portfolio_end(sentence, end) if minister else _adjectives_end(sentence, end)
        if beside in sentence.entities:
            entity, after = sentence.entities[beside]
            country = _country_of(entity, sentence.stems_of(beside, after), models, day)
            if country:
                used.add(beside)
                last = after
        former = last < len(sentence.stems) and sentence.stems[last] in FORMER
        last += former
        if _ali_then_name(sentence, last):
            last += 1  # the tagger reads علي as على: the name is marked from the next word
        if last in sentence.entities and sentence.entities[last][0].label == "PER":
            entity, after = sentence.entities[last]
            name = sentence.stems_of(last, after)
            entries, size = _person_entries(models, name)
            person = on_day(entries, day)
            if person or country:  # else the name stays an entity of its own
                used.add(last)
                last = last + size if person else after
                name = name[:size]
        elif last in named and noun.role:  # الأمير محمد بن نايف, a name the tagger missed
            after, person = named.pop(last)
            name = sentence.stems_of(last, after)
            last = after
        if (
            country is None
            and person is None
            and beside in armed_groups
            and not former
            and _agrees(sentence, start, beside)
        ):
            # مسؤولين حوثيين, قوات حوثية: officials or forces named by a rebel group's
            # adjective are the group's, one actor with it
            group, after = armed_groups[beside]
            actors.remove(group)
            actors.append(
                _phrase_actor(sentence, start, after, group.code, noun.role, COMPOSED_CONFIDENCE)
            )
            continue
        if country is None and person is None:
            # الحاكم السابق: a former official is coded by the country alone
            code, role = ("", f"former {noun.role}".strip()) if former else (noun.code, noun.role)
            bare.append(_phrase_actor(sentence, start, end, code, role, BARE_SECTOR_CONFIDENCE))
            continue
        if person:
            code, role = person.code, person.role or noun.role
        elif former:  # a former official with no office on the date: the country alone
            code, role = country or "", f"former {noun.role}".strip()
        else:
            # مسلحون أكراد: gunmen whose people is named are no longer unidentified
            sector = "REB" if noun.code == "UAF" else noun.code
            code, role = f"{country} {sector}", noun.role
        actor = _phrase_actor(sentence, start, last, code, role, COMPOSED_CONFIDENCE)
        actors.append(actor)
        phrases[start] = actor
        countries_before[last] = actor.country or ""
        if name:
            memory.learn_name(actor, name)
    for first, (entity, after) in sentence.entities.items():
        nationality = entity.attributes.get("nationality")
        if nationality and countries_before.get(first) == nationality:
            continue  # قوات الاحتلال الإسرائيلي: the adjective repeats the name's country
        if first not in used and not taken.intersection(range(first, after)):
            actor = _entity_actor(sentence, entity, first, after, models)
            if actor is not None:
                actors.append(actor)
                if nationality:
                    adjectives[after] = actor
                if entity.label == "PER":
                    memory.learn_name(actor, sentence.stems_of(first, after))
            elif entity.label == "PER":
                unknown.append((entity, first, after))
    for entity, first, after in unknown:
        actor = _titled_person(sentence, entity, first, after, phrases, memory, models)
        if actor is not None:
            actors.append(actor)
        else:
            bare.append(_unknown_person(sentence, entity, first, after, models))
    actors = _without_adjectives_of_names(sentence, actors, adjectives)
    bare = [b for b in bare if not any(_overlap(b, a) for a in actors)]
    country = _sole_country(sentence, actors, models)
    if country:
        bare = [_with_country(b, country) for b in bare]
    else:
        focus = _focus_country(sentence.doc, models)
        bare = [_remembered(b, memory, focus) for b in bare]
    bare = [_under_occupation(sentence, b) for b in bare]
    found = sorted(actors + bare, key=lambda a: a.start)
    return _loyal_forces(sentence, _group_anaphors(sentence, found, memory))


def _group_anaphors(sentence: _Sentence, actors: list[Actor], memory: _Memory) -> list[Actor]:
    """A definite التنظيم outside any name is the armed group named last before it, in
    this sentence or an earlier one (داعش ... وقتل التنظيم المتشدد أبناء أقليات);
    with none named, it is no actor (التنظيم والإدارة)."""
    if GROUP_ANAPHOR not in sentence.stems:
        return actors
    found = list(actors)
    for index, stem in enumerate(sentence.stems):
        token = sentence.tokens[index]
        if stem != GROUP_ANAPHOR or not definite(token):
            continue
        if any(_overlap(a, token) for a in actors):
            continue
        earlier = [*memory.titled, *(a for a in actors if a.end <= token.start)]
        group = next((a for a in reversed(earlier) if a.sector in GROUP_SECTORS), None)
        if group is not None and group.code:
            role = group.role or ""
            found.append(_phrase_actor(sentence, index, index + 1, group.code, role,
                                       MEMORY_CONFIDENCE))  # fmt: skip
    return sorted(found, key=lambda a: a.start)


def _without_adjectives_of_names(
    sentence: _Sentence, actors: list[Actor], adjectives: dict[int, Actor]
) -> list[Actor]:
    """A nationality adjective right before a name of its country is no actor of its
    own: والتركي رجب طيب أردوغان (the Turkish [president]) is Erdogan."""
    first_tokens = _by_first_token(sentence, actors)
    repeated = {
        id(adjective)
        for after, adjective in adjectives.items()
        if after in first_tokens and first_tokens[after].country == adjective.country
    }
    return [a for a in actors if id(a) not in repeated]


def _agrees(sentence: _Sentence, noun: int, group: int) -> bool:
    """Can the group at ``group`` qualify the noun at ``noun``: as its genitive
    (مقاتلي تنظيم داعش) or an adjective (قوات حوثية, المسلحين الحوثيين), but not after a
    definite noun it does not agree with (اتهمت السلطات تنظيم الدولة: the object) nor
    joined to it (مقاتلو المعارضة وجبهة النصرة)?"""
    head = sentence.tokens[group]
    if any(s.kind == "conjunction" for s in head.segments):
        return False
    return not definite(sentence.tokens[noun]) or definite(head)


def _by_first_token(sentence: _Sentence, actors: list[Actor]) -> dict[int, Actor]:
    """The sentence's actors by the index of their first token."""
    starts = [t.start for t in sentence.tokens]
    return {bisect.bisect_right(starts, a.start) - 1: a for a in actors}


def _loyal_forces(sentence: _Sentence, actors: list[Actor]) -> list[Actor]:
    """Forces loyal to someone (القوات الموالية للرئيس المخلوع, المسلحين الموالين
    لداعش) fight on their side: a rebel or militant's forces share its code, a
    state's or its leader's are its military."""
    if BONDS.isdisjoint(sentence.stems):
        return actors
    ends = [t.end for t in sentence.tokens]
    by_start = _by_first_token(sentence, actors)
    loyal = []
    for number, actor in enumerate(actors):
        after = bisect.bisect_left(ends, actor.end) + 1
        patron = by_start.get(after + 1)
        if after < len(sentence.stems) and sentence.stems[after] in ALLIED and number:
            patron = _allied_with(sentence, after, actor, actors[number - 1])
        if (
            actor.sector not in FORCES
            or after + 1 >= len(sentence.stems)
            or sentence.stems[after] not in BONDS
            or patron is None
            or not patron.country
        ):
            loyal.append(actor)
            continue
        side = patron.code if patron.sector in ("REB", "IMG") else f"{patron.country} MIL"
        bond = "allied with" if sentence.stems[after] in ALLIED else "loyal to"
        role = f"forces {bond} {patron.text}"
        loyal.append(make_actor(actor.start, actor.end, actor.text, side, role, actor.confidence))
    return loyal


def _allied_with(sentence: _Sentence, allied: int, forces: Actor, before: Actor) -> Actor | None:
    """الميليشيات الحوثية والقوات المتحالفة معها: the actor right before the forces, if
    "with it" follows; an ally named after a bare مع (المتحالفة مع إيران) is not "it"."""
    with_it = allied + 1 < len(sentence.tokens) and sentence.stems[allied + 1] == "مع"
    if not with_it or sentence.tokens[allied + 1].norm == "مع":
        return None
    first = bisect.bisect_right([t.start for t in sentence.tokens], forces.start) - 1
    adjacent = first > 0 and before.end > sentence.tokens[first - 1].start
    return before if adjacent else None


def _untagged_people(
    sentence: _Sentence, names: list[tuple[int, int]], models: ActorModels, day: str | None
) -> dict[int, tuple[int, ActorEntry]]:
    """Hand-kept full names of people the entity tagger did not mark (محمد بن نايف
    after الأمير), by first token, with the entry that holds on ``day``. They are
    used only after a title: alone they are often part of a place or an institution
    (طريق الملك فهد, جامعة الملك فهد)."""
    tagged = {i for first, (_, after) in sentence.entities.items() for i in range(first, after)}
    found: dict[int, tuple[int, ActorEntry]] = {}
    for start, end in names:
        if tagged.intersection(range(start, end)):
            continue
        entries = [e for e in models.groups.lookup(sentence.stems[start:end]) if e.kind == "person"]
        entry = on_day(entries, day)
        if entry is not None:
            found[start] = (end, entry)
    return found


def _ali_then_name(sentence: _Sentence, index: int) -> bool:
    """Is the word at ``index`` the name علي (read by the tagger as the preposition على)
    before a person's name it marked: الرئيس المخلوع علي عبدالله صالح?"""
    following = sentence.entities.get(index + 1)
    return (
        index < len(sentence.stems)
        and sentence.stems[index] == "علي"
        and following is not None
        and following[0].label == "PER"
    )


def _person_entries(models: ActorModels, stems: list[str]) -> tuple[tuple[ActorEntry, ...], int]:
    """A person's entries by full name, else by the longest known start of it (the
    tagger's محمد بن نايف ولي), else by family name (لافروف; after a first name, only
    a first name of someone listed in full under it); with the number of tokens the
    name really takes."""
    for size in range(len(stems), 1, -1):
        entries = models.names.lookup(stems[:size])
        if entries:
            return entries, size
    family = models.names.lookup(stems[-1:])
    if len(stems) > 1:  # لافروف kept as a name of its own; كيري alone, not محمد كيري
        family = tuple(e for e in family if e.kind != "family name")
        if not _first_name_fits(stems, models.names.given_names(stems[-1])):
            family = ()  # بشار حافظ الأسد is the president; سليمان هلال الأسد is not
    return family, len(stems)


def _first_name_fits(name: list[str], given: frozenset[str]) -> bool:
    """Can a name ending in a family name be one of the people listed in full under it,
    whose first names are ``given`` (none listed: it can)?"""
    return not given or name[0] in given


def _portfolio_end(sentence: _Sentence, end: int) -> int:
    """Where a minister's nationality may start: after the portfolio words (وزير
    البنية التحتية الإسرائيلي), if an entity follows them; else right after the noun."""
    for index in range(end, min(end + PORTFOLIO_WINDOW + 1, len(sentence.tokens))):
        if index in sentence.entities:
            return index
        token = sentence.tokens[index]
        joined = any(s.kind in ("conjunction", "preposition") for s in token.segments)
        if joined or not token.norm.isalpha() or sentence.stems[index] in PREPOSITIONS:
            break  # الوزير مع نظيره الأمريكي: the American is the other one
    return end


def _adjectives_end(sentence: _Sentence, end: int) -> int:
    """Where a noun's nationality may start: after the adjectives between them
    (طائرات حربية تركية, القوات الحكومية العراقية), if an entity follows them; else
    right after the noun. A word with a clitic (والعراقية, بالعراق) or a short
    function word (في) ends the noun phrase."""
    for index in range(end, min(end + ADJECTIVE_WINDOW + 1, len(sentence.tokens))):
        token, stem = sentence.tokens[index], sentence.stems[index]
        if any(s.kind in ("conjunction", "preposition") for s in token.segments):
            break
        if index in sentence.entities:
            return index
        if not token.norm.isalpha() or len(stem) < 4 or not stem.endswith(ADJECTIVE_ENDINGS):
            break
    return end


def _titled_person(
    sentence: _Sentence,
    entity: Entity,
    first: int,
    after: int,
    phrases: dict[int, Actor],
    memory: _Memory,
    models: ActorModels,
) -> Actor | None:
    """A person no dictionary knows, coded by the title set beside the name (فلان،
    وزير الطاقة الإسرائيلي), else by the same name earlier in the article."""
    gap = after + (after < len(sentence.tokens) and sentence.tokens[after].norm in APPOSITION)
    title = phrases.get(gap)
    if title is not None:
        actor = _make(entity, title.code or "", title.role or "", COMPOSED_CONFIDENCE - 0.1)
        memory.learn_name(actor, sentence.stems_of(first, after))
        return actor
    name = sentence.stems_of(first, after)
    known = memory.person(name, models.names.given_names(name[-1]))
    if known is not None:
        return _make(entity, known.code or "", known.role or "", MEMORY_CONFIDENCE)
    return None


def _remembered(bare: Actor, memory: _Memory, focus: str | None) -> Actor:
    """A bare mention in a sentence that names no one country: the actor the article
    named earlier with its role, else the country the article is about (its focus,
    else the country of most of its actors so far)."""
    known = memory.recall(bare)
    if known is not None and known.code:
        return make_actor(bare.start, bare.end, bare.text, known.code, known.role or "",
                          MEMORY_CONFIDENCE)  # fmt: skip
    country = focus or memory.main_country()
    return _with_country(bare, country) if country else bare


def _focus_country(doc: Document, models: ActorModels) -> str | None:
    if doc.focus and doc.focus.country in models.iso3:
        return models.iso3[doc.focus.country]
    return None


def _sole_country(sentence: _Sentence, actors: list[Actor], models: ActorModels) -> str | None:
    """The one state a sentence names, through its actors or its places, if only one;
    if it names several, the one its places are in, if only one."""
    states = models.states
    where = {models.iso3[p.country] for p in sentence.places if p.country in models.iso3}
    found = where | {a.country for a in actors if a.country in states}
    if len(found) > 1 and len(where) == 1:
        return where.pop()  # قوات الجيش ... في تعز: where it happens, not who else is named
    return found.pop() if len(found) == 1 else None


def under_occupation(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` tell of the Israeli occupation (قوات الاحتلال,
    المقدسيين, المسجد الأقصى, the prisoners it holds)? Palestinians alone do not: a
    rally in Tel Aviv for peace with them is Israelis'."""
    return any(text.find(cue, start, end) >= 0 for cue in OCCUPATION)


def _under_occupation(sentence: _Sentence, actor: Actor) -> Actor:
    """Civilians, protesters or worshippers given Israel's code in a sentence that tells
    of the occupation (الاحتلال, الأقصى, المقدسيين) are Palestinians: the place (القدس)
    is coded Israel, the people under occupation are not. Settlers are Israelis."""
    if (
        actor.country != "ISR"
        or actor.sector not in PEOPLE
        or SETTLER in actor.text
        or not under_occupation(
            sentence.doc.text, sentence.tokens[0].start, sentence.tokens[-1].end
        )
    ):
        return actor
    code = f"PSE {actor.sector}"
    return make_actor(actor.start, actor.end, actor.text, code, actor.role or "", actor.confidence)


def _with_country(actor: Actor, country: str) -> Actor:
    if actor.sector == "UAF":
        return actor  # unidentified gunmen: no country unless the text gives one
    code = f"{country} {actor.sector}" if actor.sector else country
    return make_actor(
        actor.start, actor.end, actor.text, code, actor.role or "", BARE_SECTOR_CONFIDENCE + 0.1
    )


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _uncounted(stems: list[str], index: int) -> bool:
    """A noun of ``COUNTED`` with no number before it, or one that names no one on its
    own: 19 مسلحا من داعش are ISIS's."""
    if stems[index] not in COUNTED:
        return False
    counted = index > 0 and stems[index - 1].isdigit()
    return not counted or stems[index + 1 : index + 2] == ["من"]


def _head_noun(sectors: ActorDictionary, stems: list[str]) -> ActorEntry:
    """The entry of a (merged) actor-noun phrase: its longest known tail (قوات الشرطة → COP)."""
    for start in range(len(stems)):
        entries = sectors.lookup(stems[start:])
        if entries:
            return entries[0]
    raise ValueError(f"no actor noun in {stems}")


def _merged(spans: Iterable[tuple[int, int]], tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """Adjacent actor nouns are one phrase (قوات الجيش, قوات الشرطة), unless the
    second starts with و (المقاومة والجيش are two actors) or with a preposition,
    which no genitive takes (رجل الأمن بأمن المنشآت: the man is in the guard)."""
    current: tuple[int, int] | None = None
    for start, end in spans:
        apart = any(s.kind in ("conjunction", "preposition") for s in tokens[start].segments)
        if current and start == current[1] and not apart:
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
    size = len(stems)
    if entity.label == "PER":
        entries, size = _person_entries(models, stems)
    else:
        entries = models.names.lookup(stems)
    if entity.label == "LOC":
        # A place is an actor only as a state or its seat (واشنطن), and only as a doer.
        entries = tuple(e for e in entries if e.kind in ("country", "metonym"))
        entry = choose(entries, sentence.doc.published)
        if entry is None or not _agentive(sentence.tokens, first):
            return None
        code = entry.code if entry.sector else f"{entry.code} GOV"
        return _make(entity, code, "", PLACE_AS_ACTOR_CONFIDENCE * entry.trust)
    entry = on_day(entries, sentence.doc.published)
    if entry is None:
        return None
    if size < len(stems):  # the tagger ran past the name: محمد بن نايف ولي
        return _phrase_actor(sentence, first, first + size, entry.code, entry.role, entry.trust)
    return _make(entity, entry.code, entry.role, entry.trust)


def _unknown_person(
    sentence: _Sentence, entity: Entity, first: int, after: int, models: ActorModels
) -> Actor:
    """A person no dictionary knows: the sector of the title beside the name (الناشط
    فلان, وزير الدفاع فلان; فلان، أحد الناشطين), else a private person (CVL). A noun
    after a preposition (قال فلان للصحافيين) is whom the person addressed, not a title."""
    for start, end in _title_spans(sentence, first, after):
        token = sentence.tokens[start]
        if any(s.kind == "preposition" for s in token.segments):
            continue
        entries = models.sectors.lookup(sentence.stems[start:end])
        if entries:
            return _make(entity, entries[0].code, entries[0].role, BARE_SECTOR_CONFIDENCE)
    return _make(entity, "CVL", "", BARE_SECTOR_CONFIDENCE)


def _title_spans(sentence: _Sentence, first: int, after: int) -> list[tuple[int, int]]:
    """Where a title of a name may stand, nearest first: the one or two words before
    it (وزير الدفاع فلان, الناشطة فلانة), and those after it, past a comma or أحد
    (فلان، أحد الناشطين)."""
    spans = [(first - 2, first), (first - 1, first), (first - 2, first - 1)]
    index = after
    while index < len(sentence.tokens) and (
        sentence.tokens[index].norm in APPOSITION or sentence.stems[index] == "احد"
    ):
        index += 1
    spans += [(index, index + 2), (index, index + 1)]
    return [(s, e) for s, e in spans if s >= 0 and e <= len(sentence.tokens)]


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
    return make_actor(start, last.end, text, code, role, confidence)


def _make(entity: Entity, code: str, role: str, confidence: float) -> Actor:
    return make_actor(entity.start, entity.end, entity.text, code, role, confidence)


def make_actor(start: int, end: int, text: str, code: str, role: str, confidence: float) -> Actor:
    """An actor over ``text`` at ``start``-``end`` with ``code`` split into its parts."""
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
