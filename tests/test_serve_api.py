"""The web service's JSON API and form, through FastAPI's TestClient: the same results as
`tradefacts extract`, and a 4xx with a message for everything malformed or too large."""
import json
import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from extractor.cli import app as cli
from extractor.serve import MAX_BODY_BYTES, create_app
from tests.conftest import FIXTURES, shared_path

STORY = ("Norway's exports were 12.4 billion crowns in March and imports 10.1 billion crowns, "
         "the statistics office said. Norway had a trade surplus of 4.3 billion crowns in March.")


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app()) as c:
        yield c


def _extracted(tmp_path: Path, inputs: Path) -> dict[str, dict]:
    out = tmp_path / "facts.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(inputs), "-o", str(out), "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    return {line["id"]: line for line in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def _same_as_the_command(client, tmp_path: Path, folder: Path) -> int:
    """Each .txt of ``folder`` through both endpoints against its line of `tradefacts extract`."""
    expected = _extracted(tmp_path, folder)
    for path in sorted(folder.glob("*.txt")):
        body = {"id": path.stem, "text": path.read_text(encoding="utf-8")}
        for route in ("/extract", "/check"):
            answer = client.post(route, json=body)
            assert answer.status_code == 200, answer.text
            got = answer.json()
            line = expected[path.stem]
            assert got["facts"] == line["facts"], path.stem  # fact for fact, field for field
            assert got["checks"] == line["checks"] and got["shares"] == line["shares"]
            assert got == line
    return len(expected)


def test_the_api_answers_the_fixture_stories_as_extract_does(client, tmp_path: Path):
    assert _same_as_the_command(client, tmp_path, FIXTURES / "stories") == 3


def test_the_api_answers_the_seeds_as_extract_does(client, tmp_path: Path):
    seeds = shared_path("corpus", "seeds")
    assert _same_as_the_command(client, tmp_path, seeds) == 3
    seed = client.post("/check", json={"id": "002", "text": (seeds / "002_49d2cd662662668b.txt").read_text()}).json()
    assert seed["checks"][0]["status"] == "inconsistent" and seed["checks"][0]["facts"] == ["f8", "f9", "f10"]


def test_a_dump_line_is_a_request(client):
    line = {"id": 17, "text": STORY, "published": "1987-04-20T08:30:00", "title": "Norway trade", "topics": ["trade"]}
    got = client.post("/check", json=line).json()
    assert got["id"] == "17" and got["published"] == "1987-04-20" and got["title"] == "Norway trade"
    assert got["checks"][0]["status"] == "inconsistent" and [f["measure"] for f in got["facts"]] == [
        "export", "import", "balance"]


MALFORMED = [
    (b'{"text": ', "application/json", "not valid JSON"),
    (b"\xff\xfe\x00", "application/json", ""),
    (b"[1, 2]", "application/json", "valid dictionary"),
    (b'"just a string"', "application/json", "valid dictionary"),
    (b"{}", "application/json", "body.text: Field required"),
    (b'{"text": 5}', "application/json", "body.text"),
    (b'{"text": null}', "application/json", "body.text"),
    (b'{"text": ""}', "application/json", "text is empty"),
    (b'{"text": "   \\n "}', "application/json", "text is empty"),
    (b'{"text": "a\\u0000b"}', "application/json", "NUL"),
    (b'{"text": "Exports rose.", "published": "2023-13-45"}', "application/json", "impossible publication date"),
    (b'{"text": "Exports rose.", "published": "yesterday"}', "application/json", "impossible publication date"),
    (b'{"text": "Exports rose.", "published": 20230101}', "application/json", "body.published"),
    (b'{"text": "Exports rose.", "title": ["a"]}', "application/json", "body.title"),
    (b"text=Exports", "application/x-www-form-urlencoded", ""),
    (b"", "application/json", ""),
]


@pytest.mark.parametrize("body, content_type, says", MALFORMED)
@pytest.mark.parametrize("route", ["/extract", "/check"])
def test_malformed_requests_get_a_4xx_that_says_why(client, route, body, content_type, says):
    answer = client.post(route, content=body, headers={"content-type": content_type})
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text)
    assert says in answer.text
    assert "Traceback" not in answer.text


def test_a_422_does_not_echo_the_article(client):
    secret = "A confidential draft " * 50
    answer = client.post("/extract", json={"text": secret, "published": "2023-02-30"})
    assert answer.status_code == 422 and "confidential" not in answer.text
    assert answer.json()["message"] == "body.published: impossible publication date '2023-02-30'"


def test_oversized_requests_are_refused_before_parsing(client):
    big = json.dumps({"text": "Exports rose. " * (MAX_BODY_BYTES // 10)}).encode()
    answer = client.post("/extract", content=big, headers={"content-type": "application/json"})
    assert answer.status_code == 413 and "larger than the limit of 1,000,000 bytes" in answer.text

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(30):
            yield b"x" * 50_000

    answer = client.post("/check", content=chunks(), headers={"content-type": "application/json"})
    assert answer.status_code == 413
    answer = client.post("/sheet", content=b"0" * 10, headers={"content-length": "2000000",
                                                               "content-type": "multipart/form-data; boundary=x"})
    assert answer.status_code == 413
    answer = client.post("/extract", content=b"{}", headers={"content-length": "lots"})
    assert answer.status_code == 400


def test_a_small_limit_is_the_limit():
    with TestClient(create_app(max_body_bytes=100, load_model=False)) as small:
        assert small.post("/extract", json={"text": "x" * 200}).status_code == 413
        assert small.post("/extract", json={"text": ""}).status_code == 422  # under the limit: parsed


def test_the_form_answers_with_a_proof_sheet_and_keeps_nothing(client, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where anything spooled would land
    page = client.get("/")
    assert page.status_code == 200 and 'action="/sheet"' in page.text and 'name="file"' in page.text
    answer = client.post("/sheet", data={"text": "<b>" + STORY, "published": "1987-04-20", "title": "<i>T</i>"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    assert 'class="check inconsistent"' in answer.text and "&lt;b&gt;<mark" in answer.text
    assert "&lt;i&gt;T&lt;/i&gt;" in answer.text and 'href="/"' in answer.text
    upload = client.post("/sheet", files={"file": ("norway.txt", STORY.encode(), "text/plain")},
                         data={"published": "1987-04-20"})
    assert upload.status_code == 200 and 'data-article="norway"' in upload.text
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("data, files, says", [
    ({"text": ""}, None, "there is no story"),
    ({"text": STORY}, {"file": ("a.txt", b"Exports rose 5% to $1 billion.", "text/plain")}, "not both"),
    ({}, {"file": ("a.txt", b"\xff\xfe\xfa", "text/plain")}, "not UTF-8"),
    ({"text": STORY, "published": "1987-02-30"}, None, "impossible publication date"),
    ({"text": "a\x00b"}, None, "NUL"),
])
def test_the_form_says_what_is_wrong(client, data, files, says):
    answer = client.post("/sheet", data=data, files=files)
    assert answer.status_code == 422 and says in answer.text and "Back to the form" in answer.text


def test_the_openapi_schema_is_the_models(client):
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]) == {"/extract", "/check"}
    request = schema["components"]["schemas"]["ArticleRequest"]
    assert request["required"] == ["text"] and set(request["properties"]) == {"text", "published", "id", "title"}
    ok = schema["paths"]["/extract"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/ArticleResult"}
