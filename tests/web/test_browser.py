"""The web app in headless Chromium over the real sample store: each view, the click path
map → events → article, and the hostile article shown as text, never run.

Screenshots go to tests/web/artifacts/. Needs Debian's chromium, Python playwright and
the front-end files (``cd web && npm ci && npm run build``); skipped without them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_data import HOSTILE_TEXT, HOSTILE_TITLE

from marsad.web.app import VENDOR

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
PALMYRA = "geonames:163808"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not Path(CHROMIUM).is_file():
    pytest.skip("chromium not found; apt-get install -y chromium", allow_module_level=True)
if not (VENDOR / "d3.min.js").is_file():
    pytest.skip(
        "front-end files missing; run: cd web && npm ci && npm run build", allow_module_level=True
    )


class Watched:
    """A page, and what it did that it should not: dialogs opened, uncaught errors."""

    def __init__(self, page: sync_api.Page) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def open(self, base: str, hash_: str) -> sync_api.Page:
        self.page.goto(f"{base}/{hash_}")
        return self.settled()

    def settled(self) -> sync_api.Page:
        self.page.wait_for_selector("body[data-loading='false']")
        return self.page

    def shoot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def watched(browser: sync_api.Browser) -> Iterator[Watched]:
    page = browser.new_page(viewport={"width": 1400, "height": 900}, locale="ar")
    watched = Watched(page)
    yield watched
    page.close()
    assert watched.dialogs == [], "a script from the data ran"
    assert watched.errors == []


@pytest.fixture(scope="module")
def api(app: object) -> TestClient:
    return TestClient(app)


def test_map_marker_to_events_to_article(
    watched: Watched, live_server: str, api: TestClient
) -> None:
    page = watched.open(live_server, "#/map")
    assert page.locator("html").get_attribute("dir") == "rtl"
    places = api.get("/api/places").json()
    assert page.locator("circle.marker").count() == len(places)
    assert page.locator("#map .countries path").count() > 100  # world-atlas drawn offline
    watched.shoot("map")

    # Only events in Syria: the map frames Syria, and Palmyra's marker can be clicked.
    page.fill("#filters input[name=country]", "sy")
    page.click("#filters button[type=submit]")
    watched.settled()
    in_syria = api.get("/api/places", params={"country": "SY"}).json()
    assert page.locator("circle.marker").count() == len(in_syria)
    page.click(f"circle.marker[data-place-id='{PALMYRA}']")
    panel = page.locator("#map-panel")
    panel.locator("li.event").first.wait_for()
    assert "تدمر" in panel.locator("h2").inner_text()
    event = panel.locator("li.event")
    assert event.count() == 1
    assert event.locator("blockquote").inner_text() == "قصفت طائرات روسية مدينة تدمر يوم الثلاثاء."
    assert "RUS MIL" in event.inner_text()
    watched.shoot("map-palmyra-events")

    event.locator("a.to-article").click()
    page.locator("#article .article-text").wait_for()
    watched.settled()
    article = page.locator("#article")
    # The hostile text and title are shown literally, as text.
    assert article.locator(".article-text").text_content() == HOSTILE_TEXT
    assert article.locator("h2").text_content() == HOSTILE_TITLE
    assert article.locator("script, img, svg, iframe").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    trigger = article.locator(".kind-trigger.selected")
    assert trigger.first.text_content() == "قصفت"
    assert "ASSAULT/aerial RUS MIL" in trigger.first.get_attribute("title")
    # تدمر is a place (and, read as the verb "destroys", a trigger too): a link to the map.
    place = article.locator(".article-text a[href^='#/map?place=']")
    assert place.text_content() == "تدمر"
    assert PALMYRA in place.get_attribute("title")
    time = article.locator(".article-text .kind-time")
    assert time.text_content() == "يوم الثلاثاء" and "2015-07-21" in time.get_attribute("title")
    watched.shoot("article-hostile")

    place.click()  # back to the map, with the place's events listed
    watched.settled()
    panel.locator("li.event").first.wait_for()
    assert "تدمر" in panel.locator("h2").inner_text()


def test_timeline(watched: Watched, live_server: str, api: TestClient) -> None:
    page = watched.open(live_server, "#/timeline")
    page.locator("#timeline .vis-item").first.wait_for()
    total = api.get("/api/events").json()["total"]
    assert f"{min(total, 500)} " in page.locator("#timeline-detail .count").inner_text()
    assert page.locator("#timeline .vis-timeline.vis-rtl").count() == 1
    watched.shoot("timeline")

    page.fill("#filters input[name=actor]", "RUS MIL")
    page.select_option("#filter-type", "ASSAULT")
    page.click("#filters button[type=submit]")
    watched.settled()
    strikes = api.get("/api/events", params={"actor": "RUS MIL", "type": "ASSAULT"}).json()
    items = page.locator("#timeline .vis-item.vis-box")
    items.first.wait_for()
    assert items.count() == strikes["total"] == 2  # Palmyra (hostile) and Deir ez-Zor (op-ed)
    items.first.click()
    detail = page.locator("#timeline-detail li.event")
    detail.wait_for()
    assert "RUS MIL" in detail.inner_text()


def test_actor_graph(watched: Watched, live_server: str, api: TestClient) -> None:
    page = watched.open(live_server, "#/graph")
    graph = api.get("/api/graph", params={"limit": 150}).json()
    counts = page.locator("#graph-panel .count").inner_text()
    assert counts == f"{len(graph['actors'])} فاعلاً · {len(graph['edges'])} علاقة"
    assert page.locator("#graph canvas").count() > 0
    assert page.locator("#graph-legend").inner_text().split() == [
        "المفتاح:", "تعاون", "صراع", "محايد",
    ]  # fmt: skip
    watched.shoot("graph")


def test_search_to_article_and_english_labels(watched: Watched, live_server: str) -> None:
    page = watched.open(live_server, "#/search")
    page.fill("#search-form input[name=q]", "دير الزور")
    page.click("#search-form button")
    hit = page.locator("#search-results li.hit a")
    hit.first.wait_for()
    assert [text.strip() for text in hit.all_inner_texts()] == ["النصر في دير الزور"]
    hit.click()
    page.locator("#article .article-text").wait_for()
    watched.settled()
    places = page.locator("#article a[href^='#/map?place=']").all_text_contents()
    assert "دير الزور" in places
    watched.shoot("article-op-ed")

    page.click("#language")
    watched.settled()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("nav a[data-view=map]").inner_text() == "Map"
    assert page.locator("#article .article-text").get_attribute("dir") == "rtl"
    page.click("#language")  # back to Arabic for the other tests (kept in localStorage)
    watched.settled()
