"""From a place mention to the gazetteer entries it may name, and the words around it.

A mention is looked up by the stems of its tokens. When that finds nothing,
the longest name inside it is taken if the words left over only say where or
what kind of place it is (``جنوب لبنان`` → ``لبنان``, ``مدينة الدوحة`` →
``الدوحة``, ``ريف حلب الشمالي`` → ``حلب``; not ``ظهران الجنوب``) or which
country it is in (``سالزبورج النمساوية``). A mention grows
one word to the left when that makes a longer name (``ريف`` + ``دمشق``,
``جنوب`` + ``افريقيا``), since the tagger often leaves such words out.

Around the name the resolver is told of:
- cue words up to two tokens before it (``مدينة``, ``محافظة``, ``العاصمة``,
  ``دولة``) but not one that begins a proper name (``المدينة المنورة``), and a
  dateline (``الدوحة - قنا :``, which names a city);
- nationality adjectives right next to it (``العاصمة الأردنية عمان``,
  ``مطار عمان الأردني``), which say which country it is in.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from marsad.document import Document, Token
from marsad.entities.gazetteer import token_stem
from marsad.places.gazetteer import (
    PlaceEntry,
    PlaceGazetteer,
    readings,
    skeleton_key,
    variant_key,
)
from marsad.text.normalise import normalise

# Stems (ة folded to ه, as token_stem does) of words that say what kind of place follows.
CUES = {
    "مدينه": "city", "بلده": "city", "قريه": "city", "مدن": "city", "بلدات": "city",
    "محافظه": "admin", "ولايه": "admin", "منطقه": "admin", "اقليم": "admin",
    "مقاطعه": "admin", "ريف": "admin", "محافظات": "admin", "مناطق": "admin",
    "عاصمه": "capital",
    "دوله": "country", "جمهوريه": "country", "مملكه": "country", "سلطنه": "country",
}  # fmt: skip
# Words that may stand before a name inside a mention (besides cue words), and after it.
DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "ضواحي", "اطراف"})
DIRECTION_ADJECTIVES = frozenset({"شمالي", "جنوبي", "شرقي", "غربي", "شماليه", "جنوبيه", "شرقيه",
                                  "غربيه"})  # fmt: skip
# ... and the industrial city built beside a town, which the gazetteer files under the
# town (الجبيل الصناعية, ينبع الصناعية)
AFTER_NAME = DIRECTION_ADJECTIVES | {"صناعيه"}
NISBA_ENDINGS = ("ي", "يه", "ية")  # of a nationality adjective: هولندي, الهولندية
CUE_WINDOW = 2  # tokens before the name searched for a cue
DATELINE_MARKS = frozenset({"-", "(", ":", "/"})
LEADING_CLITICS = frozenset({"conjunction", "preposition", "future"})
PUNCTUATION = "؛،؟.,:;!?\"'«»()"
# Namesakes that differ only in the vowel marks news rarely writes: when they are
# written, they decide. عمّان (with shadda) is Amman, عُمان (with damma) is Oman.
VOWEL_MARKED = {"عمّان": "JO", "عُمان": "OM"}


@dataclass(frozen=True)
class Mention:
    start: int  # span in the document text (grown to the left if a longer name was found)
    end: int
    candidates: tuple[PlaceEntry, ...]
    cues: frozenset[str]  # city, admin, capital, country, dateline
    nationalities: frozenset[str]  # alpha-2 codes of adjacent nationality adjectives
    partial: bool  # the name found is only part of the mention
    # alpha-2 code of the nationality adjective right after the name, which states the
    # place's country (مدينة هورست الهولندية), else ""
    country_after: str = ""


class MentionFinder:
    """Looks mentions up in one document; built once per document."""

    def __init__(self, doc: Document, gazetteer: PlaceGazetteer) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.tokens = doc.tokens
        self.stems = [token_stem(t) for t in doc.tokens]
        self._starts = [t.start for t in doc.tokens]
        self._sentence_starts = {s.start for s in doc.sentences}
        self._nationality = self._nationality_by_token(gazetteer.iso2_of_iso3)

    def _nationality_by_token(self, iso2: dict[str, str]) -> dict[int, str]:
        found: dict[int, str] = {}
        for entity in self.doc.entities:
            country = iso2.get(entity.attributes.get("nationality", ""))
            if country:
                for index in range(*self.token_range(entity.start, entity.end)):
                    found[index] = country
        return found

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``[first, last + 1)`` of the tokens overlapping ``[start, end)``."""
        first = max(bisect.bisect_right(self._starts, start) - 1, 0)
        if first < len(self.tokens) and self.tokens[first].end <= start:
            first += 1
        return first, bisect.bisect_left(self._starts, end)

    def find(self, start: int, end: int) -> Mention:
        first, stop = self.token_range(start, end)
        if first >= stop:
            return Mention(start, end, (), frozenset(), frozenset(), partial=False)
        name_first, name_stop, candidates = self._lookup(first, stop)
        if not candidates and (start, end) != (self.tokens[first].start, self.tokens[stop - 1].end):
            # a span that cuts a word (البرازيل of البرازيلية): its own words
            words = normalise(self.doc.text[start:end]).text.split()
            candidates = self._read(words)
        partial = bool(candidates) and (name_first > first or name_stop < stop)
        if name_first < first:  # grown to the left
            start = self._name_start(self.tokens[name_first])
        if name_stop > stop:  # grown to the right
            end = self.tokens[name_stop - 1].end
        candidates = _by_vowel_marks(self.doc.text[start:end], candidates)
        cues = self._cues(name_first)
        if self.stems[name_first] in CUES and name_stop - name_first > 1:
            cues.add(CUES[self.stems[name_first]])  # a name with its kind: محافظة القنفذة
        if self._is_dateline(name_first, name_stop):
            cues.add("dateline")
        return Mention(
            start=start,
            end=end,
            candidates=tuple(candidates),
            cues=frozenset(cues),
            nationalities=self._nationalities(name_first, name_stop),
            partial=partial,
            country_after=self._adjective_country(name_stop),
        )

    def _lookup(self, first: int, stop: int) -> tuple[int, int, list[PlaceEntry]]:
        """The token range of the name found for tokens ``[first, stop)``, and its entries."""
        if first > 0 and self._same_phrase(first - 1, first):
            grown = self._entries(first - 1, stop)
            if grown:
                return first - 1, stop, grown + self._of_its_kind(first - 1, stop, grown)
        if stop < len(self.tokens) and self._same_phrase(stop - 1, stop):
            # a name cut short by the tagger: الولايات (المتحدة), روسيا (البيضاء)
            grown = self._entries(first, stop + 1)
            if grown:
                return first, stop + 1, grown
        if found := self._names(first, stop):
            return first, stop, found
        for length in range(min(stop - first, self.gazetteer.longest), 0, -1):
            for at in range(first, stop - length + 1):
                found = self._modifiers_only(first, at, at + length, stop) and self._names(
                    at, at + length
                )
                if found:
                    return at, at + length, found
        return first, stop, []

    def _of_its_kind(self, cue: int, stop: int, grown: list[PlaceEntry]) -> list[PlaceEntry]:
        """When a city word and the name are one city's name (مدينة زنجبار, Zanzibar
        City), the other cities the bare name has (Zinjibar in Yemen): the word says what
        kind of place follows, not which. (ريف دمشق is a governorate's own name.)"""
        if CUES.get(self.stems[cue]) != "city":
            return []
        return [e for e in self._names(cue + 1, stop) if e.feature == "city" and e not in grown]

    def _names(self, first: int, stop: int) -> list[PlaceEntry]:
        """Entries named by tokens ``[first, stop)``: by their stems, else by their words
        read plainly (a name the clitic splitter cut, such as ``فيينا``)."""
        if found := self._entries(first, stop):
            return found
        return self._read([token.norm for token in self.tokens[first:stop]])

    def _entries(self, first: int, stop: int) -> list[PlaceEntry]:
        """Entries keyed by the stems of tokens ``[first, stop)``, told which clitics the
        first token lost and whether the last one had a pronoun suffix."""
        segments = self.tokens[first].segments
        clitics = "".join(s.text for s in segments if s.kind in LEADING_CLITICS)
        suffix = any(s.kind == "suffix" for s in self.tokens[stop - 1].segments)
        return self.gazetteer.lookup(self.stems[first:stop], leading_clitics=clitics, suffix=suffix)

    def _read(self, words: list[str]) -> list[PlaceEntry]:
        """Entries named by ``words`` read plainly; else by a foreign name's spelling
        variant (``جوانتانامو`` for ``غوانتانامو``, ``شنغهاي`` for ``شانغهاي``)."""
        if not words or len(words) > self.gazetteer.longest:
            return []
        words = [word.strip(PUNCTUATION) for word in words]  # الرياض؛ (a semicolon kept)
        options = [readings(word, first=at == 0) for at, word in enumerate(words) if word]
        keys = list(itertools.product(*options))
        for key in keys:
            # words read as written: no clitic split off, no pronoun suffix
            if found := self.gazetteer.lookup(key, leading_clitics="", suffix=False):
                return found
        for key in keys:
            if found := self.gazetteer.variants.get(variant_key(key), []):
                return found
        for key in keys if len(words) == 1 else ():  # a skeleton joins too much in a phrase
            if found := self.gazetteer.variants.get(skeleton_key(variant_key(key)), []):
                return found
        return []

    def _modifiers_only(self, first: int, at: int, end: int, stop: int) -> bool:
        """Only words of direction or kind before the name, and of direction or
        nationality after it (``سالزبورج النمساوية``: its country, which then counts)."""
        before = self.stems[first:at]
        return all(s in DIRECTIONS or s in CUES for s in before) and all(
            self.stems[i] in AFTER_NAME or self._adjective_country(i) for i in range(end, stop)
        )

    def _same_phrase(self, left: int, right: int) -> bool:
        """Two adjacent word tokens with only a space between them, in one sentence."""
        a, b = self.tokens[left], self.tokens[right]
        return (
            b.start not in self._sentence_starts
            and a.norm.isalpha()
            and self.doc.text[a.end : b.start].isspace()
        )

    def _cues(self, first: int) -> set[str]:
        window = range(max(first - CUE_WINDOW, 0), first)
        return {CUES[self.stems[at]] for at in window if self._is_cue(at, first)}

    def _is_cue(self, at: int, first: int) -> bool:
        """A cue word, not the first word of a proper name that ends before ``first``:
        in ``منطقتي المدينة المنورة وتبوك`` المدينة is part of a name (المنورة alone is
        none), so no city word for تبوك; in ``المنطقة الشرقية والرياض`` المنطقة still says
        what kind of place follows (الشرقية alone names the province)."""
        if self.stems[at] not in CUES:
            return False
        lookup = self.gazetteer.lookup
        return first - at == 1 or not (
            lookup(self.stems[at:first]) and not lookup(self.stems[at + 1 : first])
        )

    def _is_dateline(self, first: int, stop: int) -> bool:
        at_start = first == 0 or self.tokens[first].start in self._sentence_starts
        following = self.tokens[stop].norm if stop < len(self.tokens) else ""
        return at_start and following in DATELINE_MARKS

    def _adjective_country(self, at: int) -> str:
        """The country of the nisba adjective at token ``at`` that agrees with a name
        (الهولندية: with the article and no و), also inside a span the tagger made one
        name (هورست الهولندية), else "". Not a people's plural (in السفير الاذري في عمان
        المان اراسلي, المان is a name), nor a country's own name (وسورية, بالسعودية)."""
        if at >= len(self.tokens):
            return ""
        word, stem = self.tokens[at].norm, self.stems[at]
        if not (word.startswith("ال") and word.endswith(NISBA_ENDINGS)):
            return ""
        if any(entry.feature == "country" for entry in self.gazetteer.lookup((stem,))):
            return ""
        return self._nationality.get(at) or self.gazetteer.adjectives.get(stem, "")

    def _nationalities(self, first: int, stop: int) -> frozenset[str]:
        around = [*range(max(first - CUE_WINDOW, 0), first), stop]
        return frozenset(self._nationality[i] for i in around if i in self._nationality)

    @staticmethod
    def _name_start(token: Token) -> int:
        """Where a name starts in its first token: after و/ب/ل, at the article if written."""
        for segment in token.segments:
            elided_article = segment.kind == "article" and segment.text != segment.norm
            if segment.kind not in LEADING_CLITICS and not elided_article:
                return segment.start
        return token.start


def _by_vowel_marks(text: str, candidates: list[PlaceEntry]) -> list[PlaceEntry]:
    """The candidates a written vowel mark allows (عمّان: only Amman's country)."""
    for marked, country in VOWEL_MARKED.items():
        if marked in text:
            return [c for c in candidates if c.country == country] or candidates
    return candidates
