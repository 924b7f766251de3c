"""Turning bytes into ``Document``s: decoding, HTML stripping, files, stdin, JSON Lines.

Everything that cannot become a document raises (or, for JSON Lines, yields) an
``InputError`` whose ``str`` is one line saying what is wrong and what to do.
"""

from marsad.inputs.decoding import MAX_DOCUMENT_BYTES, MB, decode
from marsad.inputs.errors import InputError
from marsad.inputs.html import looks_like_html, strip_html
from marsad.inputs.reading import (
    iter_documents,
    iter_jsonl,
    make_document,
    read_stdin,
    read_text_file,
    validate_published,
)

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MB",
    "InputError",
    "decode",
    "iter_documents",
    "iter_jsonl",
    "looks_like_html",
    "make_document",
    "read_stdin",
    "read_text_file",
    "strip_html",
    "validate_published",
]
