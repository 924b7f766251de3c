"""Segmentation: tokens (with clitics split) and sentences.

Tokens are found in the normalised text, so tashkeel, tatweel and invisible
controls never break a word, and are reported with offsets into the original.
Sentences are runs of tokens closed by terminal punctuation (. ! ? ؟ …) with
any closing quotes or brackets that follow, or by a line break. The Arabic
comma ، and semicolon ؛ join clauses and do not end a sentence.
"""

from __future__ import annotations

import re

from marsad.document import Document, Segment, SegmentKind, Sentence, Token
from marsad.text.clitics import CliticSplitter
from marsad.text.normalise import NormalisedText

# A word is a run of letters of one script: Arabic (وDell is و + Dell), or any
# other (with combining marks, for Latin accents); a number keeps its
# decimal/thousands separators; anything else visible is one punctuation token,
# except runs of dots.
ARABIC_LETTERS = (
    "\u0621-\u063f\u0641-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff"
)
TOKEN_PATTERN = re.compile(
    rf"(?P<word>[{ARABIC_LETTERS}]+|(?:(?![{ARABIC_LETTERS}])[^\W\d_]|[\u0300-\u036f])+)"
    r"|(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<punct>\.{2,}|\S)"
)
ARABIC_LETTER = re.compile(f"[{ARABIC_LETTERS}]")

SENTENCE_END = frozenset({".", "!", "?", "؟", "…", "..", "...", "....", "!!", "؟؟", "?!", "!?"})
CLOSERS = frozenset({"»", '"', "”", "’", "'", ")", "]", "}", "›"})
# Words after which a full stop marks an abbreviation, not a sentence end:
# single letters (initials, د. for doctor, م. for AD) and common short forms.
ABBREVIATIONS = frozenset({"د", "م", "ه", "ص", "ج", "ق", "ت", "س", "ب", "ا", "ش", "ح", "ك", "ع"})


def tokenize(normalised: NormalisedText, splitter: CliticSplitter) -> list[Token]:
    """Tokens of the text, Arabic words split into clitics and stem."""
    original = normalised.original
    starts, ends = normalised.starts, normalised.ends
    tokens: list[Token] = []
    append = tokens.append
    for match in TOKEN_PATTERN.finditer(normalised.text):
        norm = match.group()
        begin, finish = match.span()
        if starts is None or ends is None:
            start, end = begin, finish
        else:
            start, end = starts[begin], ends[finish - 1]
        token = Token(start=start, end=end, text=original[start:end], norm=norm)
        if match.lastgroup == "word" and (pieces := splitter.split(norm)):
            token.segments = [
                _segment(original, starts, ends, begin + offset, length, piece_norm, kind)
                for offset, length, piece_norm, kind in pieces
            ]
        append(token)
    return tokens


def _segment(
    original: str,
    starts: list[int] | None,
    ends: list[int] | None,
    begin: int,
    length: int,
    norm: str,
    kind: SegmentKind,
) -> Segment:
    """A clitic piece at normalised ``[begin, begin + length)``, as an original span."""
    start, end = begin, begin + length
    if starts is not None and ends is not None:
        start, end = starts[start], ends[end - 1]
    return Segment(start=start, end=end, text=original[start:end], norm=norm, kind=kind)


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Group tokens into sentences; every token belongs to exactly one."""
    sentences: list[Sentence] = []
    first = 0
    count = len(tokens)
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < count else None
        if following is None or "\n" in text[token.end : following.start]:
            ends = True
        elif token.norm in SENTENCE_END and following.norm not in CLOSERS:
            ends = not _is_abbreviation(tokens, index)
        elif token.norm in CLOSERS and index > first and tokens[index - 1].norm in SENTENCE_END:
            ends = following.norm not in CLOSERS
        else:
            ends = False
        if ends:
            start, end = tokens[first].start, token.end
            sentences.append(Sentence(start=start, end=end, text=text[start:end]))
            first = index + 1
    return sentences


def _is_abbreviation(tokens: list[Token], index: int) -> bool:
    """A full stop glued to a single letter or short form: ``د. أحمد``."""
    if tokens[index].norm != "." or index == 0:
        return False
    previous = tokens[index - 1]
    return previous.end == tokens[index].start and previous.norm in ABBREVIATIONS


def segment(doc: Document, splitter: CliticSplitter) -> Document:
    doc.tokens = tokenize(doc.normalised, splitter)
    doc.sentences = split_sentences(doc.text, doc.tokens)
    return doc
