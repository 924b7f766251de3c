"""Shared test fixtures."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
OP_ED = REPO / "examples" / "deir-ez-zor-op-ed.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The project's shared data folder: ``$MARSAD_SHARED_DATA``, else ``<repo>/../shared/data``."""
    configured = os.environ.get("MARSAD_SHARED_DATA")
    path = Path(configured) if configured else REPO.parent / "shared" / "data"
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path}; set MARSAD_SHARED_DATA to its folder")
    return path


@pytest.fixture(scope="session")
def saudinewsnet_articles(shared_data: Path) -> list[dict[str, str]]:
    """Real articles of one day: ``{source, url, date_extracted, title, author, content}``."""
    path = shared_data / "saudinewsnet" / "2015-07-21.zip"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(archive.namelist()[0]))


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """Every stage, resources loaded once for the whole run."""
    return Pipeline()


@pytest.fixture(scope="session")
def op_ed(pipeline: Pipeline) -> Document:
    """The bundled op-ed through every stage, published 2017-09-06."""
    text = OP_ED.read_text(encoding="utf-8")
    return pipeline(Document(id="op-ed", text=text, published="2017-09-06"))
