"""The unit of work: one shard in, its table rows out.

``process_shard`` reads only its input and returns records; it writes nothing, so
it can run in the ingesting process or on any Dask worker. Each process loads the
pipeline's resources once, on its first shard.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from marsad.document import Document
from marsad.pipeline import Pipeline
from marsad.store.records import RecordBuilder, ShardRecords
from marsad.store.sources import Shard, Skip, read_shard
from marsad.store.terms import document_terms, text_terms


@functools.cache
def _pipeline() -> Pipeline:
    return Pipeline()


def process_shard(shard: Shard, on_article: Callable[[int], None] | None = None) -> ShardRecords:
    """Run the pipeline over every document of ``shard``; ``on_article`` hears of each
    record read, with the UTF-8 size of its text (0 if skipped), to report progress."""
    pipeline = _pipeline()
    builder = RecordBuilder(shard, pipeline.stage_names)
    for item in read_shard(shard):
        if isinstance(item, Skip):
            builder.skip(item)
        elif not builder.is_new(item):
            builder.add_copy(item)
        else:
            try:
                builder.add(*_processed(pipeline, item))
            except Exception as exc:  # one bad document must not sink the shard
                builder.skip(
                    Skip(
                        shard.file,
                        shard.member,
                        None,
                        f"document {item.id}: pipeline failed ({type(exc).__name__}: {exc}); "
                        "this is a bug in marsad, please report it with the input",
                    )
                )
        if on_article:
            on_article(0 if isinstance(item, Skip) else len(item.text.encode("utf-8")))
    return builder.build()


def _processed(pipeline: Pipeline, doc: Document) -> tuple[Document, list[str]]:
    """The document with its annotations, and its search terms (title first)."""
    doc = pipeline(doc)
    title = text_terms(doc.title, pipeline.resources.clitic_splitter) if doc.title else []
    return doc, title + document_terms(doc.tokens)
