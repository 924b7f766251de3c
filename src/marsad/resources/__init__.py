"""Small committed artefacts: lexicons, gazetteers, models (rebuilt by scripts/)."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from importlib import resources


def read_rows(filename: str) -> Iterator[list[str]]:
    """The tab-separated fields of each line of a resource file (gzip if it ends
    in .gz), skipping blank lines and ``#`` comments."""
    path = resources.files(__name__).joinpath(filename)
    if filename.endswith(".gz"):
        with gzip.open(path.open("rb"), "rt", encoding="utf-8") as lines:
            text = lines.read()
    else:
        text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")
