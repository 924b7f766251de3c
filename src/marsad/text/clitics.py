"""Clitic splitting for matching: ``وبالرقة`` → و + ب + ال + رقة.

Arabic writes conjunctions (و ف), prepositions (ب ل ك), the future marker (س),
the article (ال) and object/possessive pronouns (ه ها هم ...) as part of the
word. Splitting them lets ``الرقة``, ``بالرقة`` and ``وبالرقة`` match one entry.

Many words merely start with those letters (وزير, بغداد, لبنان, كركوك, فلسطين),
so a clitic is split only with evidence from a word-frequency lexicon built
from unlabelled news (``scripts/build_clitic_lexicon.py``): the rest must be a
known word, and the joined form must not be much more frequent than the rest
would explain. ``وزير`` stays whole because ``زير`` is rare while ``وزير`` is
common; ``والرئيس`` splits because ``الرئيس`` is far more common than it.
Morphological analysers that would do this (pyaramorph, farahidi) are GPL and
Marsad is MIT, hence this small lexicon-guided splitter.
"""

from __future__ import annotations

import gzip
from importlib import resources

from marsad.document import SegmentKind

# (offset in the word, length, normalised form, kind)
Piece = tuple[int, int, str, SegmentKind]

CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
FUTURE = "س"
ARTICLE = "ال"
# Longest first, so that هما is tried before ها and ه.
SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي")

# A clitic attaches when count(clitic + rest) <= RATE * count(rest). A word far
# more frequent than its would-be rest is a word of its own (وزير, كان, ولي).
PREFIX_RATE = {"و": 2.5, "ف": 0.3, "ب": 3.0, "ل": 2.0, "ك": 0.1, "س": 0.5}
# ف and ك are rare enough that an unattested word (a foreign name such as فري,
# كيلي) is not split on the strength of its rest alone.
ATTESTED_ONLY = "فك"
PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا"})  # not كن: لكن
SUFFIX_RATE = {"ي": 0.05, "ك": 0.1}
DEFAULT_SUFFIX_RATE = 0.5
MIN_COUNT = 5  # a rest seen fewer times is not evidence
MIN_STEM = 2

# ال-initial words whose ال is not the article.
NOT_ARTICLE = frozenset({"الله", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين",
                         "اللاتي", "اللواتي", "اللائي", "اللهم"})  # fmt: skip
NEVER_SPLIT = frozenset({"لله", "بالله", "والله", "فالله", "تالله"})
# س only precedes an imperfect verb (سيقول, ستكون, سنعمل); سأ is left out because
# without its hamza it looks like ساهم, ساعد.
FUTURE_NEXT = "يتن"
# A word seen with the article (الوزير, الواحد, الذاتي) is a noun or adjective
# whose first and last letters belong to the stem: وزير is not و + زير and
# ذاتي is not ذات + ي. "Seen" means at least this share of the word's count.
ARTICLE_SHARE = 0.05


class CliticSplitter:
    def __init__(self, counts: dict[str, int], hamza_initial: frozenset[str]) -> None:
        self._counts = counts
        self._hamza_initial = hamza_initial
        self._cache: dict[str, tuple[Piece, ...] | None] = {}

    @classmethod
    def load(cls) -> CliticSplitter:
        """Load the committed lexicon from ``marsad/resources``."""
        folder = resources.files("marsad.resources")
        counts: dict[str, int] = {}
        with gzip.open(
            folder.joinpath("word_counts.tsv.gz").open("rb"), "rt", encoding="utf-8"
        ) as f:
            for line in f:
                word, _, n = line.rstrip("\n").partition("\t")
                counts[word] = int(n)
        hamza = folder.joinpath("hamza_initial.txt").read_text(encoding="utf-8").split()
        return cls(counts, frozenset(hamza))

    def count(self, word: str) -> int:
        return self._counts.get(word, 0)

    def split(self, word: str) -> tuple[Piece, ...] | None:
        """Pieces of a normalised word, or ``None`` if it stays whole."""
        try:
            return self._cache[word]
        except KeyError:
            pass
        pieces = self._split(word)
        if len(self._cache) > 400_000:  # bound memory on endless feeds
            self._cache.clear()
        self._cache[word] = pieces
        return pieces

    def _split(self, word: str) -> tuple[Piece, ...] | None:
        if len(word) < 3 or word in NEVER_SPLIT or not "\u0621" <= word[0] <= "\u064a":
            return None
        if self._takes_article(word):
            return None
        pieces: list[Piece] = []
        at = 0
        if (
            word[0] in CONJUNCTIONS
            and self._attaches(word[0], word[1:], word)
            and not self._whole_past_form(word)  # ف only: و + verb is too common
            and not self._article_or_suffix(word)
        ):
            pieces.append((0, 1, word[0], "conjunction"))
            at = 1
        at = self._split_preposition(word, at, pieces)
        rest = word[at:]
        if not pieces or pieces[-1][3] != "article":
            if self._has_article(rest):
                pieces.append((at, 2, ARTICLE, "article"))
                at += 2
                rest = word[at:]
            else:
                suffix = self._suffix(rest)
                if suffix:
                    stem, stem_norm, suffix_text = suffix
                    pieces.append((at, len(stem), stem_norm, "stem"))
                    pieces.append((at + len(stem), len(suffix_text), suffix_text, "suffix"))
                    return tuple(pieces)
        if not pieces:
            return None
        pieces.append((at, len(rest), rest, "stem"))
        return tuple(pieces)

    def _whole_past_form(self, word: str) -> bool:
        """فجرت is فجر + ت (blew up), not ف + جرت: a past form whose verb is read
        whole (فجر, فتح) more often than without its first letter (جر, تح)."""
        if not word.startswith("ف") or not word.endswith("ت") or len(word) < 4:
            return False
        whole = self.count(word[:-1])
        return whole >= MIN_COUNT and whole > self.count(word[1:-1])

    def _split_preposition(self, word: str, at: int, pieces: list[Piece]) -> int:
        """Split ب ل ك or س at ``at``; ``لل`` is ل + the article without its alef."""
        rest = word[at:]
        if len(rest) < 3:
            return at
        first = rest[0]
        if rest.startswith("لل") and len(rest) >= 4 and rest not in NEVER_SPLIT:
            with_article = ARTICLE + rest[2:]
            if self._attaches("ل", with_article, rest) and with_article not in NOT_ARTICLE:
                pieces.append((at, 1, "ل", "preposition"))
                pieces.append((at + 1, 1, ARTICLE, "article"))
                return at + 2
        if first == "ك" and (len(rest) < 4 or rest[1] in FUTURE_NEXT):
            return at  # ك "like" takes a noun of 3+ letters, never a verb (كيلي)
        if first in "بل" and rest[1:] in PRONOUNS:
            pieces.append((at, 1, first, "preposition"))  # لهم, بها: preposition + pronoun
            return at + 1
        if (
            first in PREPOSITIONS
            and self._attaches(first, rest[1:], rest)
            and not self._suffix_reads_better(rest)
        ):
            pieces.append((at, 1, first, "preposition"))
            return at + 1
        if first == FUTURE and rest[1] in FUTURE_NEXT and self._attaches(first, rest[1:], rest):
            pieces.append((at, 1, first, "future"))
            return at + 1
        return at

    def _takes_article(self, word: str) -> bool:
        if ARTICLE + word in self._hamza_initial:
            return False  # الوانها is ألوانها, not the article before وانها
        with_article = self.count(ARTICLE + word)
        return with_article >= MIN_COUNT and with_article >= ARTICLE_SHARE * self.count(word)

    def _article_or_suffix(self, word: str) -> bool:
        """والدهم is والد + هم (their father), not و + ال + دهم (and the raid): when a
        conjunction would leave the article, the whole word read as a stem and a
        pronoun wins if that stem is the more common."""
        return self._has_article(word[1:]) and self._suffix_reads_better(word)

    def _suffix_reads_better(self, rest: str) -> bool:
        """كله is كل + ه, not ك + له: prefer the reading with the more common stem."""
        suffix = self._suffix(rest)
        if suffix is None:
            return False
        after_prefix = self._suffix(rest[1:])
        stem_after_prefix = after_prefix[1] if after_prefix else rest[1:]
        return self.count(suffix[1]) >= self.count(stem_after_prefix)

    def _attaches(self, clitic: str, rest: str, word: str) -> bool:
        if len(rest) < MIN_STEM:
            return False
        if self._has_article(rest) and self.count(rest[2:]) >= MIN_COUNT:
            return True  # بالنسبة: a clitic before the article and a known stem
        n_rest = self.count(rest)
        n_word = self.count(word)
        if clitic in ATTESTED_ONLY and n_word < MIN_COUNT:
            return False
        if n_rest >= MIN_COUNT:
            return n_word <= PREFIX_RATE[clitic] * n_rest
        if clitic == "و" and n_word == 0 and n_rest > 0:
            return True  # واعتصم: the word is never seen, its rest is; و is the commonest
        # لتشغيلها: the rest is unknown but is a known stem plus a pronoun.
        suffix = self._suffix(rest)
        if suffix is not None:
            if self._noun_with_suffix(clitic, suffix[0]):
                return False
            return self.count(clitic + suffix[1]) <= PREFIX_RATE[clitic] * self.count(suffix[1])
        # An unknown rest still takes و ف ب ل if it carries the article
        # (والبوكمال), as long as the whole word is not a known word itself.
        # ك and س are too rare for that: كاليبر is a name, not ك + ال + يبر.
        return clitic in "وفبل" and n_word < MIN_COUNT and self._looks_definite(rest)

    def _looks_definite(self, rest: str) -> bool:
        if self._has_article(rest) or (rest.startswith("لل") and len(rest) >= 4):
            return True
        return len(rest) >= 5 and rest[0] in PREPOSITIONS and self._has_article(rest[1:])

    def _has_article(self, rest: str) -> bool:
        return (
            rest.startswith(ARTICLE)
            and len(rest) >= 2 + MIN_STEM
            and rest not in NOT_ARTICLE
            and rest not in self._hamza_initial
        )

    def _noun_with_suffix(self, clitic: str, stem: str) -> bool:
        """Is the clitic the first letter of a noun whose ة is written ت before the
        suffix? وزارتي is وزارة + ي, not و + زارت + ي; but وحكومتها splits, as
        وحكومة is no more common than حكومة explains."""
        if not stem.endswith("ت"):
            return False
        noun = stem[:-1] + "ة"
        return self.count(clitic + noun) > PREFIX_RATE[clitic] * self.count(noun)

    def _suffix(self, rest: str) -> tuple[str, str, str] | None:
        """``(stem as written, stem normalised, suffix)`` for a pronoun suffix."""
        n_rest = self.count(rest)
        if self._takes_article(rest):
            return None
        for suffix in SUFFIXES:
            if not rest.endswith(suffix) or len(rest) - len(suffix) < MIN_STEM:
                continue
            stem = rest[: -len(suffix)]
            stem_norm = stem
            # حكومته → حكومة + ه: taa marbuta is written ت before a suffix.
            if stem.endswith("ت") and self.count(stem[:-1] + "ة") > self.count(stem):
                stem_norm = stem[:-1] + "ة"
            # لقائه, لقاؤه → لقاء + ه: a final hamza sits on a seat before a suffix.
            if stem.endswith(("ئ", "ؤ")) and self.count(stem[:-1] + "ء") > self.count(stem):
                stem_norm = stem[:-1] + "ء"
            n_stem = self.count(stem_norm)
            rate = SUFFIX_RATE.get(suffix, DEFAULT_SUFFIX_RATE)
            if n_stem >= MIN_COUNT and n_rest <= rate * n_stem:
                return stem, stem_norm, suffix
        return None
