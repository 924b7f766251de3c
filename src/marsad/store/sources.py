"""Input discovery: paths to shards, and a shard to its documents or skipped records.

A shard is the unit of work: one article file, one JSON Lines file, or one member
of a SaudiNewsNet zip (a JSON array of ``{source, url, date_extracted, title,
author, content}`` articles). Folders are searched recursively for ``.txt``,
``.html``, ``.jsonl`` and ``.zip`` files.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from marsad.document import Document
from marsad.inputs import InputError, iter_jsonl, make_document, read_text_file
from marsad.inputs.reading import HTML_SUFFIXES, validate_published

ShardKind = Literal["article", "jsonl", "saudinewsnet"]

ARTICLE_SUFFIXES = frozenset({".txt", *HTML_SUFFIXES})
FOLDER_SUFFIXES = frozenset({*ARTICLE_SUFFIXES, ".jsonl", ".zip"})


@dataclass(frozen=True)
class Shard:
    """One file (``member`` empty) or one zip member; ``size`` in bytes, for progress."""

    kind: ShardKind
    file: str  # absolute path
    member: str = ""
    size: int = 0
    # Changes when the file does: a finished shard whose fingerprint differs is redone.
    fingerprint: str = ""
    published: str | None = None  # YYYY-MM-DD for articles and lines that give none


@dataclass(frozen=True)
class Skip:
    """A record that did not become a document, where it was, and why."""

    file: str
    member: str
    item: int | None  # JSONL line (from 1), SaudiNewsNet array index (from 0)
    reason: str

    @property
    def location(self) -> str:
        where = self.file + (f":{self.member}" if self.member else "")
        if self.item is None:
            return where
        return f"{where}[{self.item}]" if self.member else f"{where}:{self.item}"

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


@dataclass(frozen=True)
class Discovery:
    shards: list[Shard]
    missing: list[str]  # paths that do not exist
    ignored: int  # files in folders with other suffixes


def discover(paths: Iterable[str | os.PathLike[str]], published: str | None = None) -> Discovery:
    """Every shard under ``paths`` in a stable order; a given file is read whatever its suffix.

    ``published`` is the publication date of articles and JSON lines that give none.
    """
    shards: list[Shard] = []
    missing: list[str] = []
    ignored = 0
    for given in paths:
        path = Path(given).absolute()
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                if found.suffix.lower() in FOLDER_SUFFIXES:
                    shards.extend(_file_shards(found, published))
                else:
                    ignored += 1
        elif path.exists():
            shards.extend(_file_shards(path, published))
        else:
            missing.append(str(path))
    return Discovery(shards, missing, ignored)


def _file_shards(path: Path, published: str | None) -> list[Shard]:
    info = path.stat()
    fingerprint = f"{info.st_size}:{info.st_mtime_ns}"
    suffix = path.suffix.lower()
    if suffix != ".zip":
        kind: ShardKind = "jsonl" if suffix == ".jsonl" else "article"
        return [Shard(kind, str(path), "", info.st_size, fingerprint, published)]
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
    except (OSError, zipfile.BadZipFile):
        # A shard of its own, so that reading it records why it was skipped.
        return [Shard("saudinewsnet", str(path), "", info.st_size, fingerprint)]
    return [
        Shard("saudinewsnet", str(path), m.filename, m.file_size, f"{fingerprint}:{m.CRC}")
        for m in members
    ]


def read_shard(shard: Shard) -> Iterator[Document | Skip]:
    """The documents of a shard in order, and a ``Skip`` for each record that is unusable."""
    if shard.kind == "article":
        try:
            yield read_text_file(shard.file, published=shard.published)
        except InputError as err:
            yield Skip(shard.file, "", None, err.message)
    elif shard.kind == "jsonl":
        for item in iter_jsonl(shard.file, published=shard.published):
            if isinstance(item, InputError):
                yield Skip(shard.file, "", item.line, item.message)
            else:
                yield item
    else:
        yield from _read_saudinewsnet(shard)


def _read_saudinewsnet(shard: Shard) -> Iterator[Document | Skip]:
    def skip(item: int | None, reason: str) -> Skip:
        return Skip(shard.file, shard.member, item, reason)

    try:
        with zipfile.ZipFile(shard.file) as archive:
            data = archive.read(shard.member)
        articles = json.loads(data)
    except (OSError, zipfile.BadZipFile) as err:
        yield skip(None, f"cannot read the zip file ({err}); check that it is a whole zip")
        return
    except KeyError:
        yield skip(None, "no such member in the zip file; it changed while being read")
        return
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        yield skip(None, f"not a JSON array of articles ({err}); expected SaudiNewsNet's layout")
        return
    if not isinstance(articles, list):
        yield skip(None, "not a JSON array of articles; expected SaudiNewsNet's layout")
        return
    stem = Path(shard.member).stem
    for index, article in enumerate(articles):
        try:
            yield _saudinewsnet_document(article, doc_id=f"{stem}:{index}", source=shard.file)
        except InputError as err:
            yield skip(index, err.message)


def _saudinewsnet_document(article: object, *, doc_id: str, source: str) -> Document:
    if not isinstance(article, dict):
        raise InputError(source, "not a JSON object; expected an article with a content field")
    content = article.get("content")
    if not isinstance(content, str):
        raise InputError(source, 'no "content" text; the article has nothing to read')
    fields: dict[str, str | None] = {}
    for name in ("title", "source", "url", "date_extracted"):
        value = article.get(name)
        fields[name] = value if isinstance(value, str) and value else None
    # "2015-07-21 02:51:32": the day the article was collected stands for its publication.
    extracted = fields["date_extracted"]
    published = validate_published(
        extracted[:10] if extracted else None, source=source, name="date_extracted"
    )
    return make_document(
        content,
        doc_id=doc_id,
        source=source,
        published=published,
        title=fields["title"],
        news_source=fields["source"],
        url=fields["url"],
    )
