"""A small real store for the web tests: SaudiNewsNet articles, the bundled op-ed and a
hostile article, ingested with ``marsad.store.ingest``; the app over it, live on loopback."""

from __future__ import annotations

import json
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from web_data import HOSTILE_TEXT, HOSTILE_TITLE, HOSTILE_URL

from marsad.store.ingest import ingest
from marsad.web.app import create_app

REPO = Path(__file__).resolve().parents[2]
OP_ED = REPO / "examples" / "deir-ez-zor-op-ed.txt"


@pytest.fixture(scope="session")
def web_db(
    tmp_path_factory: pytest.TempPathFactory, saudinewsnet_articles: list[dict[str, str]]
) -> Path:
    folder = tmp_path_factory.mktemp("web")
    with zipfile.ZipFile(folder / "2015-07-21.zip", "w") as archive:
        archive.writestr("2015-07-21.json", json.dumps(saudinewsnet_articles[:25]))
    lines = [
        {
            "id": "deir-ez-zor-op-ed",
            "text": OP_ED.read_text(encoding="utf-8"),
            "published": "2017-09-06",
            "title": "النصر في دير الزور",
        },
        {
            "id": "hostile",
            "text": HOSTILE_TEXT,
            "published": "2015-07-21",
            "title": HOSTILE_TITLE,
            "url": HOSTILE_URL,
        },
    ]
    feed = folder / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n")
    db = folder / "web.duckdb"
    report = ingest([folder / "2015-07-21.zip", feed], db)
    assert report.written.new_documents == 27, report.summary()
    return db


@pytest.fixture(scope="session")
def app(web_db: Path) -> FastAPI:
    return create_app(web_db)


@pytest.fixture(scope="session")
def live_server(web_db: Path) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1 (a free port) in a thread."""
    config = uvicorn.Config(create_app(web_db), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
