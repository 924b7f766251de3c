"""Offset-preserving Arabic normalisation for matching (never for display).

``normalise(text)`` returns the normalised string together with a map from each
normalised position back to the original text, so anything found in the
normalised form can be reported as a span of the original.

What it does, each as a character map (data, not code):
- removes tashkeel (harakat, tanween, shadda, sukun, dagger alef, Quranic marks),
  tatweel, and invisible bidi / zero-width controls;
- unifies alef forms (أ إ آ ٱ → ا), alef maqsura (ى → ي), Persian yeh/kaf;
- maps Arabic-Indic and Persian digits to ASCII digits;
- expands presentation forms by NFKC (ﻻ → لا, ﺍ → ا);
- optionally folds final taa marbuta (ة → ه).

No library does this with offsets: CAMeL Tools' normalisers (and camel-lite's)
return plain strings, so their output cannot be mapped back. The character
classes below follow ``camel_tools.utils.normalize`` and ``dediac``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TASHKEEL = (
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"  # Quranic signs
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tanween, harakat, shadda, sukun
    "\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065a\u065b\u065c\u065d\u065e\u065f"
    "\u0670"  # superscript (dagger) alef
    "\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4"
    "\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed"
)
TATWEEL = "\u0640"
INVISIBLE_CONTROLS = (
    "\u00ad"  # soft hyphen
    "\u061c"  # Arabic letter mark
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space/joiners, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\ufeff"  # zero-width no-break space / BOM
)

SUBSTITUTIONS = {
    "\u0623": "\u0627",  # أ → ا
    "\u0625": "\u0627",  # إ → ا
    "\u0622": "\u0627",  # آ → ا
    "\u0671": "\u0627",  # ٱ → ا
    "\u0672": "\u0627",  # ٲ → ا
    "\u0673": "\u0627",  # ٳ → ا
    "\u0649": "\u064a",  # ى → ي
    "\u06cc": "\u064a",  # Persian yeh ی → ي
    "\u06a9": "\u0643",  # Persian kaf ک → ك
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
    "\u066a": "%",  # Arabic percent sign
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    # Lone surrogates (from JSON "\ud800" escapes) are not characters; they would
    # break every encoder downstream (CRFsuite, UTF-8 output).
    **{chr(code): "\ufffd" for code in range(0xD800, 0xE000)},
}
TAA_MARBUTA = {"\u0629": "\u0647"}  # ة → ه

# Arabic presentation forms A and B: NFKC turns them into ordinary letters.
PRESENTATION_FORMS = [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]


def _build_table(fold_taa_marbuta: bool) -> dict[int, str | None]:
    simple: dict[int, str | None] = {ord(c): None for c in TASHKEEL + TATWEEL + INVISIBLE_CONTROLS}
    simple.update({ord(k): v for k, v in SUBSTITUTIONS.items()})
    if fold_taa_marbuta:
        simple.update({ord(k): v for k, v in TAA_MARBUTA.items()})
    table = dict(simple)
    for code in PRESENTATION_FORMS:
        char = chr(code)
        expanded = unicodedata.normalize("NFKC", char)
        if expanded != char:
            # NFKC output may itself need normalising (ﺃ → أ → ا; ﱞ → ٌّ → "").
            table[code] = expanded.translate(simple)
    return table


@lru_cache(maxsize=2)
def _table(fold_taa_marbuta: bool) -> tuple[dict[int, str | None], re.Pattern[str]]:
    table = _build_table(fold_taa_marbuta)
    # Characters whose replacement is not exactly one character shift offsets.
    uneven = sorted(code for code, value in table.items() if value is None or len(value) != 1)
    pattern = re.compile("[" + "".join(re.escape(chr(code)) for code in uneven) + "]+")
    return table, pattern


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A normalised string and the way back to the original.

    For normalised character ``i``, ``starts[i]`` is the original index it came
    from and ``ends[i]`` the original index just after it, including any
    characters deleted right after it (tashkeel stays with its letter: the span
    of ``عاماً`` ends after the tanween). Both are ``None`` when the two strings
    align one to one.
    """

    original: str
    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]


def normalise(text: str, *, fold_taa_marbuta: bool = False) -> NormalisedText:
    """Normalise ``text`` for matching, keeping the map to original offsets."""
    table, uneven = _table(fold_taa_marbuta)
    normalised = text.translate(table)
    if len(normalised) == len(text) and not uneven.search(text):
        return NormalisedText(text, normalised)
    starts, ends = _offset_maps(text, table, uneven)
    return NormalisedText(text, normalised, starts, ends)


def _offset_maps(
    text: str, table: dict[int, str | None], uneven: re.Pattern[str]
) -> tuple[list[int], list[int]]:
    """Original start and end of every normalised character.

    Runs of one-to-one characters are copied as ranges; only the characters that
    are deleted or expanded are looked at one by one.
    """
    starts: list[int] = []
    expanded: list[int] = []  # normalised positions that share their origin with the next
    position = 0
    for match in uneven.finditer(text):
        starts.extend(range(position, match.start()))
        for index in range(match.start(), match.end()):
            replacement = table[ord(text[index])]
            if replacement:
                expanded.extend(range(len(starts), len(starts) + len(replacement) - 1))
                starts.extend([index] * len(replacement))
        position = match.end()
    starts.extend(range(position, len(text)))
    # A character ends where the next kept one starts, so deleted characters
    # after it are inside its span; the parts of an expansion end together.
    ends = starts[1:]
    if starts:  # a text of nothing but deleted characters normalises to ""
        ends.append(len(text))
    for position in expanded:
        ends[position] = starts[position] + 1
    return starts, ends


def normalise_word(word: str, *, fold_taa_marbuta: bool = False) -> str:
    """Normalised form of a short string (a dictionary entry, a query), no offsets."""
    table, _ = _table(fold_taa_marbuta)
    return word.translate(table)
