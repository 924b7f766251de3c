"""Search terms: Marsad's own normalised, clitic-free stems, as the search index sees them.

``وبالرقّة`` and ``الرقة`` both become ``رقه``: segmentation has already removed
tashkeel, unified alef forms and split off و, ب and ال; here Latin letters are
lower-cased and taa marbuta is folded into haa (الرقه is a common spelling).
"""

from __future__ import annotations

from marsad.document import Document, Token
from marsad.text.clitics import CliticSplitter
from marsad.text.segment import segment

# Longer "words" are noise (runs of letters without spaces) and would bloat the index.
MAX_TERM_LENGTH = 40


def document_terms(tokens: list[Token]) -> list[str]:
    """The terms of a segmented text in order (punctuation left out)."""
    terms = []
    for token in tokens:
        stem = token.stem
        if stem[0].isalnum() and len(stem) <= MAX_TERM_LENGTH:
            terms.append(stem.lower().replace("ة", "ه"))
    return terms


def text_terms(text: str, splitter: CliticSplitter) -> list[str]:
    """The terms of a title or a query, analysed exactly as article texts are."""
    return document_terms(segment(Document(id="query", text=text), splitter).tokens)
