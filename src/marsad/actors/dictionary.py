"""Actor dictionaries: names and nouns to CAMEO-style codes, with dated roles.

Three layers, most trusted first:
1. ``actors.tsv`` (hand-kept): people with dated roles, armed and political
   groups, international bodies, capitals and palaces standing for governments;
2. ``countries.tsv`` (CLDR): country names → ISO alpha-3;
3. ``actor_dictionary.tsv.gz`` (UniversalPetrarch, compiled by
   ``scripts/build_actors.py``): thousands of names, noisier.
``actor_sectors.tsv`` holds nouns that name a kind of actor (جيش → MIL).
All are matched by token stems, like the entity gazetteers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from marsad.entities.gazetteer import Gazetteer, stem_key
from marsad.resources import read_rows
from marsad.text.clitics import CliticSplitter

TRUST = {"hand-kept": 0.9, "country": 0.85, "petrarch": 0.6}


@dataclass(frozen=True, slots=True)
class ActorEntry:
    code: str  # "RUS GOV", "ISIS IMG", "USA"
    kind: str  # person, group, metonym, title, country, sector, dictionary
    role: str = ""
    start: str = ""  # ISO date the code starts to hold; "" = always
    end: str = ""  # ISO date it stops holding; "" = still holds
    trust: float = 0.9

    @property
    def country(self) -> str | None:
        return split_code(self.code)[0]

    @property
    def sector(self) -> str | None:
        return split_code(self.code)[1]

    def holds_on(self, day: str | None) -> bool:
        if day is None:
            return not self.end
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


SECTORS = frozenset(
    {
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "REB",
        "OPP",
        "IMG",
        "IGO",
        "NGO",
        "BUS",
        "MED",
        "CVL",
        "REL",
        "EDU",
        "LAB",
        "HLH",
        "SPY",
        "UAF",
        "ELI",
        "PTY",
    }
)


def split_code(code: str) -> tuple[str | None, str | None]:
    """``"RUS GOV"`` → (RUS, GOV); ``"USA"`` → (USA, None); ``"CVL"`` → (None, CVL)."""
    parts = code.split()
    country = parts[0] if parts and parts[0] not in SECTORS else None
    sector = parts[-1] if parts and parts[-1] in SECTORS else None
    return country, sector


class ActorDictionary:
    """Stem-keyed lookup of actor entries."""

    def __init__(self, entries: dict[tuple[str, ...], tuple[ActorEntry, ...]]) -> None:
        self._entries = entries
        # family name stem → the first-name stems of the people listed under it in full
        given: dict[str, set[str]] = {}
        for key, values in entries.items():
            if len(key) > 1 and any(entry.kind == "person" for entry in values):
                given.setdefault(key[-1], set()).add(key[0])
        self._given_names = {family: frozenset(names) for family, names in given.items()}
        # Reuse the gazetteer's longest-match scan; its labels are not needed here.
        self._scanner = Gazetteer({key: frozenset({"actor"}) for key in entries})

    @classmethod
    def build(
        cls, rows: Iterable[tuple[str, ActorEntry]], splitter: CliticSplitter
    ) -> ActorDictionary:
        entries: dict[tuple[str, ...], list[ActorEntry]] = {}
        for name, entry in rows:
            key = stem_key(name, splitter)
            if key:
                entries.setdefault(key, []).append(entry)
        return cls({key: tuple(values) for key, values in entries.items()})

    def lookup(self, stems: Iterable[str]) -> tuple[ActorEntry, ...]:
        return self._entries.get(tuple(stems), ())

    def given_names(self, family: str) -> frozenset[str]:
        """The first names of the people listed in full with this family name: بشار
        and حافظ for الأسد."""
        return self._given_names.get(family, frozenset())

    def scan(self, stems: list[str]) -> Iterator[tuple[int, int]]:
        """Token ranges ``[start, end)`` of the longest names found in ``stems``."""
        for match in self._scanner.matches(stems):
            yield match.start, match.end


def choose(entries: Iterable[ActorEntry], day: str | None) -> ActorEntry | None:
    """The most trusted entry that holds on ``day``, else the most recent one."""
    ranked = sorted(entries, key=lambda e: (e.holds_on(day), e.trust, e.start), reverse=True)
    return ranked[0] if ranked else None


def on_day(entries: Iterable[ActorEntry], day: str | None) -> ActorEntry | None:
    """The entry of a name on ``day``. A person whose roles have all ended is a former
    official, coded with the country alone (كلينتون in 2004 → USA); one whose roles
    all start later is someone else of that name, so nothing."""
    entries = list(entries)
    kept = [e for e in entries if e.trust == TRUST["hand-kept"]]
    entry = choose(kept or entries, day)  # what Marsad keeps by hand overrides the rest
    if entry is None or day is None or entry.holds_on(day) or entry.kind not in PEOPLE:
        return entry
    if entry.end and entry.end < day and entry.country:
        return replace(entry, code=entry.country, role=f"former {entry.role}".strip())
    return None


PEOPLE = frozenset({"person", "family name", "dictionary"})


def known_actor_rows() -> Iterator[tuple[str, ActorEntry]]:
    """Named actors from the three layers, and the hand-kept people's family names."""
    hand_kept = []
    for name, code, kind, *dated in read_rows("actors.tsv"):
        role, start, end = (*dated, "", "", "")[:3]
        hand_kept.append((name, ActorEntry(code, kind, role, start, end, TRUST["hand-kept"])))
    yield from hand_kept
    yield from family_name_rows(hand_kept)
    for name, code in read_rows("countries.tsv"):
        yield name, ActorEntry(code, "country", trust=TRUST["country"])
    for name, code, start, end in read_rows("actor_dictionary.tsv.gz"):
        # Its one-word entries are often first names or common words (سليمان → LBN MIL).
        if " " in name:
            code = _guide_code(code)
            yield name, ActorEntry(code, "dictionary", "", start, end, TRUST["petrarch"])


# Words before a family name that make it a father's or a clan's name, or part of a
# compound one: محمد بن نايف, ولد الشيخ أحمد, عبد العزيز.
LINEAGE = frozenset({"بن", "ابن", "ولد", "آل", "أبو", "ابو", "الشيخ", "عبد"})
# Family names that are also common words or first names: سلام (peace), مدني (civil).
# أوغلو ends many Turkish names.
COMMON_FAMILY_NAMES = frozenset(
    {"سلام", "عزيز", "مدني", "فقيه", "ماهر", "بري", "فهد", "حسين", "أوغلو"}
)


def family_name_rows(
    people: list[tuple[str, ActorEntry]],
) -> Iterator[tuple[str, ActorEntry]]:
    """A hand-kept person named by the family name alone (كيري, رايس, شكري), as news
    does after the first mention (kind "family name": not for another first name
    before it, محمد شكري is someone else). Only a family name that belongs to one person of the
    list, is no one's first name there (عباس, صالح), is not a common word, and is not
    kept as a name of its own. Arab family names with the article (الحريري, الجبوري,
    الفيصل) are left out: many people, and many plain words (المعلم, التركي), share them.
    """
    names = {name for name, _ in people}
    owners: dict[str, set[str]] = {}
    first_names = set()
    for name, entry in people:
        words = name.split()
        if entry.kind == "person" and len(words) > 1:
            owners.setdefault(words[-1], set()).add(entry.code)
            first_names.add(words[0])
    for name, entry in people:
        words = name.split()
        if entry.kind != "person" or len(words) < 2 or words[-2] in LINEAGE:
            continue
        family = words[-1]
        if (
            len(owners[family]) == 1
            and family not in first_names | names | COMMON_FAMILY_NAMES
            and not family.startswith("ال")
        ):
            yield family, replace(entry, kind="family name")


def _guide_code(code: str) -> str:
    """UniversalPetrarch sectors the coding guide does not use: a party (PTY) is
    opposition, an elite/former official (ELI) is the country alone."""
    country, sector = split_code(code)
    if sector == "PTY":
        sector = "OPP"
    elif sector == "ELI":
        sector = None
    return " ".join(part for part in (country, sector) if part)


# One-word group names that are also common words or surnames: حماس (zeal), فتح
# (opened), القاعدة (base, rule), التحالف (any alliance), الحوثي (a family name). They
# count only where the entity tagger marks them.
AMBIGUOUS_GROUP_WORDS = frozenset({"حماس", "فتح", "القاعدة", "التحالف", "الحوثي"})


def group_rows() -> Iterator[tuple[str, ActorEntry]]:
    """Hand-kept names found in text even when the entity tagger missed them: names of
    several words (قوات التحالف, الحشد الشعبي, خادم الحرمين الشريفين, محمد بن نايف) and
    one-word group names no other word shares (داعش, الحوثيين, طالبان, المستوطنين)."""
    for name, entry in known_actor_rows():
        if entry.trust != TRUST["hand-kept"]:
            continue
        several = " " in name and entry.kind in ("group", "metonym", "title", "person")
        single = " " not in name and entry.kind == "group" and name not in AMBIGUOUS_GROUP_WORDS
        if several or single:
            yield name, entry


def sector_rows() -> Iterator[tuple[str, ActorEntry]]:
    for name, sector, *role in read_rows("actor_sectors.tsv"):
        yield name, ActorEntry(sector, "sector", role[0] if role else "")
