"""The API over a real store; expected values were checked by reading the articles."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from web_data import HOSTILE_TEXT, HOSTILE_TITLE

PALMYRA = "geonames:163808"
DEIR_EZ_ZOR = "geonames:170794"


@pytest.fixture(scope="module")
def client(app: FastAPI) -> TestClient:
    return TestClient(app)


def palmyra_strike(client: TestClient) -> dict:
    page = client.get("/api/events", params={"type": "ASSAULT", "place": "تدمر"}).json()
    assert page["total"] == 1
    return page["events"][0]


def test_events_are_filtered_and_paged(client: TestClient) -> None:
    every = client.get("/api/events", params={"limit": 500}).json()
    assert every["total"] == len(every["events"]) > 20
    first = client.get("/api/events", params={"limit": 5}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] == every["total"]
    ids = [e["event_id"] for e in first["events"] + second["events"]]
    assert ids == [e["event_id"] for e in every["events"][:10]]
    dates = [e["event_date"] for e in every["events"] if e["event_date"]]
    assert dates == sorted(dates)
    newest = client.get("/api/events", params={"limit": 3, "order": "-date"}).json()["events"]
    assert newest[0]["event_date"] == max(dates)

    assaults = client.get("/api/events", params={"type": "ASSAULT", "limit": 500}).json()
    assert 0 < assaults["total"] < every["total"]
    assert {e["type"] for e in assaults["events"]} == {"ASSAULT"}
    aerial = client.get("/api/events", params={"mode": "aerial", "limit": 500}).json()
    assert aerial["total"] and {e["mode"] for e in aerial["events"]} == {"aerial"}
    in_syria = client.get("/api/events", params={"country": "SYR", "limit": 500}).json()
    assert in_syria["total"] and {e["country"] for e in in_syria["events"]} == {"SY"}
    later = client.get("/api/events", params={"from": "2017-01-01", "limit": 500}).json()
    assert {e["first_doc_id"] for e in later["events"]} == {
        e["first_doc_id"] for e in in_syria["events"] if e["event_date"] >= "2017-01-01"
    }


def test_the_palmyra_strike_of_the_hostile_article(client: TestClient) -> None:
    # "قصفت طائرات روسية مدينة تدمر يوم الثلاثاء", published Tuesday 2015-07-21.
    event = palmyra_strike(client)
    assert event["mode"] == "aerial"
    assert event["source_code"] == "RUS MIL"
    assert event["place_id"] == PALMYRA and event["country"] == "SY"
    assert event["event_date"] == "2015-07-21"
    assert event["sentence_text"] == "قصفت طائرات روسية مدينة تدمر يوم الثلاثاء."


def test_an_event_comes_with_its_evidence(client: TestClient) -> None:
    event = palmyra_strike(client)
    detail = client.get(f"/api/events/{event['event_id']}").json()
    assert detail["event"] == event
    [mention] = detail["evidence"]
    assert mention["doc_id"] == event["first_doc_id"]
    assert mention["trigger_text"] == "قصفت"
    start = mention["trigger_start"] - mention["sentence_start"]
    end = mention["trigger_end"] - mention["sentence_start"]
    assert mention["sentence_text"][start:end] == "قصفت"


def test_an_article_comes_with_annotations_at_its_offsets(client: TestClient) -> None:
    doc_id = palmyra_strike(client)["first_doc_id"]
    article = client.get(f"/api/articles/{doc_id}").json()
    assert article["text"] == HOSTILE_TEXT  # stored and returned untouched
    assert article["title"] == HOSTILE_TITLE
    for kind in ("entities", "times", "places", "actors"):
        for span in article[kind]:
            assert article["text"][span["start"] : span["end"]] == span["text"]
    assert [(p["text"], p["place_id"]) for p in article["places"]] == [("تدمر", PALMYRA)]
    assert [(t["text"], t["value"]) for t in article["times"]] == [("يوم الثلاثاء", "2015-07-21")]
    assault = next(e for e in article["events"] if e["type"] == "ASSAULT")
    assert assault["trigger"] == {"start": 0, "end": 4, "text": "قصفت"}
    assert assault["event_id"] == palmyra_strike(client)["event_id"]


def test_the_op_ed_strikes_on_deir_ez_zor(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "دير الزور"}).json()["hits"]
    assert [hit["title"] for hit in hits] == ["النصر في دير الزور"]
    article = client.get(f"/api/articles/{hits[0]['doc_id']}").json()
    assert article["published"] == "2017-09-06"
    assert DEIR_EZ_ZOR in {p["place_id"] for p in article["places"]}
    strikes = [e for e in article["events"] if e["trigger"]["text"] == "غارات"]
    assert [(e["type"], e["source_code"], e["target_code"], e["place_id"]) for e in strikes] == [
        ("ASSAULT", "RUS MIL", "ISIS IMG", DEIR_EZ_ZOR)
    ]


def test_search_keeps_articles_with_a_matching_event(client: TestClient) -> None:
    planes = client.get("/api/search", params={"q": "طائرات", "limit": 50}).json()["hits"]
    assert len(planes) > 1
    in_palmyra = client.get(
        "/api/search", params={"q": "طائرات", "type": "ASSAULT", "place": PALMYRA}
    ).json()["hits"]
    assert [hit["doc_id"] for hit in in_palmyra] == [palmyra_strike(client)["first_doc_id"]]


def test_actor_place_and_graph_summaries(client: TestClient) -> None:
    assert client.get("/api/actors", params={"place": "تدمر"}).json() == [
        {"code": "RUS MIL", "name": None, "country": "RUS", "events": 1, "as_source": 1,
         "as_target": 0}
    ]  # fmt: skip
    places = client.get("/api/places", params={"country": "SY"}).json()
    palmyra = next(p for p in places if p["place_id"] == PALMYRA)
    assert palmyra["name"] == "تدمر" and palmyra["types"] == {"ASSAULT": 1}
    assert [p["events"] for p in places] == sorted((p["events"] for p in places), reverse=True)
    edges = client.get("/api/graph", params={"actor": "RUS"}).json()["edges"]
    strike = {"source": "RUS MIL", "target": "ISIS IMG", "type": "ASSAULT",
              "category": "conflict", "events": 1}  # fmt: skip
    assert strike in edges
    support = next(e for e in edges if e["type"] == "SUPPORT")
    assert support["category"] == "cooperation"


def test_extract_runs_the_pipeline_without_storing(client: TestClient) -> None:
    before = client.get("/api/events").json()["total"]
    response = client.post(
        "/api/extract", json={"text": "قصفت طائرات روسية مدينة تدمر.", "published": "2015-07-21"}
    )
    assert response.status_code == 200
    article = response.json()
    assert article["doc_id"] is None
    # (The coder also reads the place name تدمر as the verb "destroys": a COERCE.)
    assaults = [e for e in article["events"] if e["type"] == "ASSAULT"]
    assert [(e["mode"], e["source_code"], e["place_id"]) for e in assaults] == [
        ("aerial", "RUS MIL", PALMYRA)
    ]
    assert client.get("/api/events").json()["total"] == before


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "status", "detail"),
    [
        ("get", "/api/events", {"params": {"limit": 501}}, 422, "query.limit"),
        ("get", "/api/events", {"params": {"country": "ZZ"}}, 422, "query.country"),
        ("get", "/api/events", {"params": {"type": "BOMB"}}, 422, "query.type"),
        ("get", "/api/events", {"params": {"from": "21/07/2015"}}, 422, "query.from"),
        ("get", "/api/events/0123456789abcdef", {}, 404, "no event 0123456789abcdef"),
        ("get", "/api/events/x", {}, 422, "path.event_id"),
        ("get", "/api/articles/" + "0" * 64, {}, 404, "no article"),
        ("get", "/api/search", {}, 422, "query.q"),
        ("post", "/api/extract", {"json": {"text": "hello"}}, 422, "body.text"),
        (
            "post",
            "/api/extract",
            {"json": {"text": "<script>ب</script><p>hi</p>"}},
            422,
            "no Arabic",
        ),
        ("post", "/api/extract", {"json": {"text": ""}}, 422, "body.text"),
        ("post", "/api/extract", {"content": b"{"}, 422, "body"),
        ("post", "/api/extract", {"json": {"text": "ب" * 120_000}}, 413, "larger than 200,000"),
        ("delete", "/api/events", {}, 405, "Method Not Allowed"),
        ("put", "/api/articles/" + "0" * 64, {"json": {}}, 405, "Method Not Allowed"),
    ],
)
def test_bad_requests_get_a_one_line_4xx(
    client: TestClient, method: str, url: str, kwargs: dict, status: int, detail: str
) -> None:
    response = client.request(method, url, **kwargs)
    assert response.status_code == status
    message = response.json()["detail"]
    assert isinstance(message, str) and "\n" not in message
    assert detail in message


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for url in ("/", "/api/events", "/static/app.css", "/static/missing.js", "/openapi.json"):
        headers = client.get(url).headers
        assert headers["content-security-policy"].startswith("default-src 'self'")
        assert headers["x-content-type-options"] == "nosniff"


def test_the_api_is_documented_offline(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api/events", "/api/events/{event_id}", "/api/articles/{doc_id}", "/api/search",
        "/api/actors", "/api/places", "/api/graph", "/api/extract",
    }  # fmt: skip
    assert client.get("/docs").status_code == 404  # Swagger UI would need a CDN
