"""Files, stdin and JSON Lines to ``Document``s, or an ``InputError`` saying why not."""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from marsad.document import Document
from marsad.inputs.decoding import (
    MAX_DOCUMENT_BYTES,
    check_arabic,
    check_not_empty,
    check_size,
    decode,
    format_size,
)
from marsad.inputs.errors import InputError
from marsad.inputs.html import HTML_NOTE, looks_like_html, strip_html

StrPath = str | os.PathLike[str]

STDIN = "<stdin>"
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# A JSON string escapes a character in at most 6 bytes (\u0001), so a line longer than
# this cannot hold a text within the limit; refusing it bounds the memory one line takes.
_JSON_ESCAPE_FACTOR = 6
_JSON_LINE_SLACK = 64 * 1024


def validate_published(
    value: object, *, source: str, line: int | None = None, name: str = "published"
) -> str | None:
    """Return ``value`` if it is a YYYY-MM-DD date (or None), else raise ``InputError``."""
    if value is None:
        return None
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    shown = json.dumps(value, ensure_ascii=False)
    raise InputError(
        source, f"{name} {shown} is not a date in YYYY-MM-DD form; write it like 2017-09-06", line
    )


def make_document(
    text: str,
    *,
    doc_id: str,
    source: str,
    line: int | None = None,
    published: str | None = None,
    title: str | None = None,
    news_source: str | None = None,
    url: str | None = None,
    notes: list[str] | None = None,
    html: bool | None = None,
) -> Document:
    """A ``Document`` from decoded text: strips HTML (``html=None``: if it looks like HTML)
    and checks that Arabic text is left. ``source`` and ``line`` only locate errors."""
    notes = list(notes or [])
    check_not_empty(text, source=source, line=line)
    if html or (html is None and looks_like_html(text)):
        stripped = strip_html(text)
        if not stripped.text:
            raise InputError(
                source, "no text left after stripping HTML tags; pass the article's text", line
            )
        text = stripped.text
        title = title or stripped.title
        notes.append(HTML_NOTE)
    check_arabic(text, source=source, line=line)
    return Document(
        id=doc_id,
        text=text,
        title=title,
        source=news_source,
        url=url,
        published=published,
        notes=notes,
    )


def document_from_bytes(
    data: bytes,
    *,
    doc_id: str,
    source: str,
    published: str | None = None,
    title: str | None = None,
    html: bool | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Document:
    check_size(len(data), max_bytes=max_bytes, source=source)
    published = validate_published(published, source=source)
    decoded = decode(data, source=source)
    return make_document(
        decoded.text,
        doc_id=doc_id,
        source=source,
        published=published,
        title=title,
        notes=decoded.notes,
        html=html,
    )


def read_text_file(
    path: StrPath,
    *,
    published: str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Document:
    """Read one article (.txt, or .html/.htm whose tags are stripped); id is the file stem.

    Raises ``InputError``. A file over ``max_bytes`` is refused without being read.
    """
    source = os.fspath(path)
    published = validate_published(published, source=source)
    try:
        with open(path, "rb") as f:
            info = os.fstat(f.fileno())
            if stat.S_ISREG(info.st_mode):
                check_size(info.st_size, max_bytes=max_bytes, source=source)
            data = f.read(max_bytes + 1)  # pipes and devices have no size to check first
    except OSError as err:
        raise open_error(source, err) from None
    check_size(len(data), max_bytes=max_bytes, source=source, at_least=True)
    suffix = Path(path).suffix.lower()
    return document_from_bytes(
        data,
        doc_id=doc_id or Path(path).stem,
        source=source,
        published=published,
        title=title,
        html=True if suffix in HTML_SUFFIXES else None,
        max_bytes=max_bytes,
    )


def read_stdin(
    *,
    published: str | None = None,
    doc_id: str = "stdin",
    title: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    stream: BinaryIO | None = None,
) -> Document:
    """Read one article from standard input (or ``stream``); raises ``InputError``."""
    published = validate_published(published, source=STDIN)
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    check_size(len(data), max_bytes=max_bytes, source=STDIN, at_least=True)
    return document_from_bytes(
        data, doc_id=doc_id, source=STDIN, published=published, title=title, max_bytes=max_bytes
    )


def iter_jsonl(
    path: StrPath,
    *,
    published: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Document | InputError]:
    """Stream a JSON Lines file, one article object per line, yielding a ``Document`` per good
    line and an ``InputError`` (with the line number) per bad one; blank lines are skipped.

    Each line is ``{"text": ..., "id": ..., "published": "YYYY-MM-DD", "title": ...,
    "source": ..., "url": ...}``; only ``text`` is required, ``id`` defaults to
    ``<file stem>:<line number>`` and ``published`` to the ``published`` argument.
    A file that cannot be opened yields one ``InputError`` and ends the iteration.
    """
    source = os.fspath(path)
    try:
        published = validate_published(published, source=source)
        f = open(path, "rb")  # noqa: SIM115 - closed below, after the open error is yielded
    except InputError as err:
        yield err
        return
    except OSError as err:
        yield open_error(source, err)
        return
    stem = Path(path).stem
    line_cap = _JSON_ESCAPE_FACTOR * max_bytes + _JSON_LINE_SLACK
    with f:
        number = 0
        while raw := f.readline(line_cap + 1):
            number += 1
            item: Document | InputError
            if len(raw) > line_cap:
                _skip_rest_of_line(f, raw)
                item = InputError(
                    source,
                    f"line is longer than {format_size(line_cap)}, more than a text within "
                    f"the {format_size(max_bytes)} limit per document needs; split the text "
                    "or raise --max-mb",
                    number,
                )
            elif not raw.strip():
                continue
            else:
                try:
                    item = _document_from_json_line(
                        raw,
                        source=source,
                        line=number,
                        default_id=f"{stem}:{number}",
                        published=published,
                        max_bytes=max_bytes,
                    )
                except InputError as err:
                    item = err
            yield item


def iter_documents(
    paths: Iterable[StrPath] = (),
    *,
    jsonl: Iterable[StrPath] = (),
    published: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Document | InputError]:
    """Every input of a batch in order: article files (``-`` is stdin), then JSON Lines
    files; each yields a ``Document`` or the ``InputError`` that says why it was skipped."""
    stdin_read = False
    for path in paths:
        try:
            if os.fspath(path) != "-":
                yield read_text_file(path, published=published, max_bytes=max_bytes)
            elif stdin_read:
                raise InputError(STDIN, "standard input can be read only once; pass - once")
            else:
                stdin_read = True
                yield read_stdin(published=published, max_bytes=max_bytes)
        except InputError as err:
            yield err
    for path in jsonl:
        yield from iter_jsonl(path, published=published, max_bytes=max_bytes)


def open_error(source: str, err: OSError) -> InputError:
    """An ``InputError`` for a file that cannot be opened."""
    if isinstance(err, FileNotFoundError):
        message = "no such file; check the path"
    elif isinstance(err, IsADirectoryError):
        message = "is a directory; pass the files in it, e.g. DIR/*.txt"
    elif isinstance(err, PermissionError):
        message = "permission denied; make the file readable"
    else:
        message = f"cannot read the file ({err.strerror or err}); check the path"
    return InputError(source, message)


def _skip_rest_of_line(f: BinaryIO, head: bytes) -> None:
    chunk = head
    while chunk and not chunk.endswith(b"\n"):
        chunk = f.readline(1024 * 1024)


_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", bool: "true/false"}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _document_from_json_line(
    raw: bytes,
    *,
    source: str,
    line: int,
    default_id: str,
    published: str | None,
    max_bytes: int,
) -> Document:
    def fail(message: str) -> InputError:
        return InputError(source, message, line)

    if line == 1 and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        # Without its line break, so error columns stay on this line.
        obj = json.loads(raw.rstrip(b"\r\n").decode("utf-8"))
    except UnicodeDecodeError as err:
        raise fail(
            f"not valid UTF-8 (bad byte at column {err.start + 1}); save JSON Lines as UTF-8"
        ) from None
    except json.JSONDecodeError as err:
        raise fail(
            f"malformed JSON ({err.msg} at column {err.colno}); fix or remove the line"
        ) from None
    if not isinstance(obj, dict):
        raise fail(
            f'expected a JSON object like {{"text": "..."}}, got {_json_type(obj)}; '
            "fix or remove the line"
        )
    if "text" not in obj:
        raise fail('no "text" field; each line needs {"text": "<the article>"}')
    text = obj["text"]
    if not isinstance(text, str):
        raise fail(f'"text" must be a string, got {_json_type(text)}')
    if surrogate := _LONE_SURROGATE.search(text):
        raise fail(
            f'"text" holds a lone surrogate \\u{ord(surrogate.group()):04x} at character '
            f"{surrogate.start()}, which is not a character; fix the escape in the line"
        )
    check_size(len(text.encode("utf-8")), max_bytes=max_bytes, source=source, line=line)

    doc_id = obj.get("id")
    if doc_id is None:
        doc_id = default_id
    elif isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif not isinstance(doc_id, str) or not doc_id:
        raise fail(f'"id" must be a non-empty string, got {_json_type(doc_id)}; or leave it out')
    fields: dict[str, str | None] = {}
    for name in ("title", "source", "url"):
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise fail(f'"{name}" must be a string or null, got {_json_type(value)}')
        fields[name] = value
    if obj.get("published") is not None:
        published = validate_published(
            obj["published"], source=source, line=line, name='"published"'
        )
    return make_document(
        text,
        doc_id=doc_id,
        source=source,
        line=line,
        published=published,
        title=fields["title"],
        news_source=fields["source"],
        url=fields["url"],
    )
