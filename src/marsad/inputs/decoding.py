"""Bytes to text: UTF-8 (with or without BOM) or cp1256, and the checks every text must pass."""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

from marsad.inputs.errors import InputError

MB = 1024 * 1024
MAX_DOCUMENT_BYTES = 10 * MB

CP1256_NOTE = "decoded as cp1256 (not valid UTF-8)"

# C0 controls that do not occur in text files (\t \n \r \f do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f")
# Above this share of control bytes the input is not text in any encoding.
_MAX_CONTROL_SHARE = 0.05
_ARABIC_BLOCKS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe]")


class Decoded(NamedTuple):
    text: str
    notes: list[str]


def format_size(size: int) -> str:
    if size < MB / 10:
        return f"{size:,} bytes"
    return f"{size / MB:.1f}".removesuffix(".0") + " MB"


def check_size(
    size: int,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    source: str,
    line: int | None = None,
    at_least: bool = False,
) -> None:
    """Raise if ``size`` bytes is over ``max_bytes``; ``at_least`` when only a prefix was read."""
    if size > max_bytes:
        amount = f"more than {format_size(max_bytes)}" if at_least else format_size(size)
        raise InputError(
            source,
            f"{amount} is over the {format_size(max_bytes)} limit per document; "
            "split the file or raise --max-mb",
            line,
        )


def decode(data: bytes, *, source: str, line: int | None = None) -> Decoded:
    """Decode UTF-8 (a BOM is dropped), else cp1256 with a note; reject binary data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(source, "UTF-16 text, not UTF-8 or cp1256; save it as UTF-8", line)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if b"\0" in data or (data and controls / len(data) > _MAX_CONTROL_SHARE):
        raise InputError(
            source, "not UTF-8 or cp1256 text (looks binary); pass a UTF-8 .txt file", line
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return Decoded(data.decode("utf-8"), [])
    except UnicodeDecodeError as err:
        utf8_error = err
    # Every byte is defined in cp1256, so this fallback always "works"; refuse it when the
    # input is plainly UTF-8 with a few broken bytes, which cp1256 would turn into mojibake.
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    non_ascii = len(lenient) - len(lenient.encode("ascii", errors="ignore")) - broken
    if non_ascii >= 10 * broken:
        raise InputError(
            source,
            f"not valid UTF-8 (bad byte at offset {utf8_error.start}, {broken} in all); "
            "re-save the file as UTF-8",
            line,
        )
    return Decoded(data.decode("cp1256"), [CP1256_NOTE])


def has_arabic_letters(text: str) -> bool:
    return any(unicodedata.category(m.group())[0] == "L" for m in _ARABIC_BLOCKS.finditer(text))


def check_not_empty(text: str, *, source: str, line: int | None = None) -> None:
    if not text.strip():
        raise InputError(
            source, "no text (empty or only whitespace); pass an Arabic news article", line
        )


def check_arabic(text: str, *, source: str, line: int | None = None) -> None:
    if not has_arabic_letters(text):
        raise InputError(
            source,
            "no Arabic letters found; Marsad reads Arabic news text, pass an Arabic article",
            line,
        )


def check_text(text: str, *, source: str, line: int | None = None) -> None:
    """Raise unless ``text`` has something to read, in Arabic."""
    check_not_empty(text, source=source, line=line)
    check_arabic(text, source=source, line=line)
