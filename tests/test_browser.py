"""What a person sees: the proof sheet and the served page in headless Chromium.

Driven by Playwright with the system's Chromium (/usr/bin/chromium, from Debian's
packages; .ci/run installs it): Playwright's own browser download is not used. The
tests skip, saying why, where either is absent. A screenshot of the seed 002 sheet is
written to $TRADEFACTS_SCREENSHOTS (default: the test's temporary folder), never into
the repository.
"""
import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app as cli
from tests.conftest import shared_path
from tests.test_sheet import INCONSISTENT, MARKUP

CHROMIUM = next((p for p in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                             shutil.which("chromium-browser")) if p and Path(p).exists()), None)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed "
                                   "(pip install -e '.[test]')")
    if CHROMIUM is None:
        pytest.skip("no Chromium: apt-get install chromium (the browser tests drive the system's Chromium)")
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        except Exception as exc:  # a Chromium that does not start is a machine's limit, not a failure here
            pytest.skip(f"Chromium at {CHROMIUM} does not start: {str(exc).splitlines()[0]}")
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    context.route("**/*", lambda route: route.abort() if not route.request.url.startswith(
        ("file:", "data:", "http://127.0.0.1")) else route.continue_())  # a sheet needs no network
    p = context.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    yield p
    context.close()
    assert errors == [], errors  # the sheet's script ran without an error


def _sheet(tmp_path: Path, *records: dict) -> Path:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "sheet.html"
    CliRunner().invoke(cli, ["check", str(dump), "--html", str(out)])
    return out


def _marks(page, section: str, kind: str) -> dict[str, str]:
    return page.eval_on_selector_all(
        f"#{section} .text mark.mk.{kind}", "els => Object.fromEntries(els.map(e => [e.dataset.f, e.textContent]))")


def test_sheet_marks_flags_and_links_what_a_reader_needs(page, tmp_path: Path):
    sheet = _sheet(tmp_path, {"id": "norway", "text": INCONSISTENT, "published": "1987-04-20"},
                   {"id": "ghana", "text": MARKUP, "published": "2024-03-01"})
    page.goto(sheet.as_uri())
    # The summary, then each article with its figures marked where the text states them.
    summary = page.inner_text("nav.summary")
    assert "2 articles" in summary and "1 inconsistency in 1 article" in summary and "0 errors" in summary
    assert _marks(page, "a1", "money") == {"f1": "12.4 billion crowns", "f2": "10.1 billion crowns",
                                           "f3": "4.3 billion crowns"}
    colours = page.eval_on_selector_all("#a1 mark.money", "els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert len(set(colours)) == 3  # exports, imports and the balance told apart
    # The inconsistency is first, flagged in red.
    first = page.locator("#a1 li.check").first
    assert "inconsistent" in first.inner_text() and "surplus of 2.2 billion NOK to 2.4 billion NOK" in first.inner_text()
    assert first.evaluate("e => getComputedStyle(e).borderTopColor") == "rgb(192, 22, 44)"
    # Hover shows what a figure was read as; so does keyboard focus.
    tip = page.locator("#tip")
    assert tip.is_hidden()
    page.hover("#a1-f1")
    assert tip.is_visible() and "exports" in tip.inner_text() and "12,400,000,000 NOK" in tip.inner_text()
    assert "1987-03-01 to 1987-03-31" in tip.inner_text() and "Norway (NOR)" in tip.inner_text()
    page.mouse.move(5, 5)
    page.focus("#a1-f2")
    assert tip.is_visible() and "imports" in tip.inner_text()
    page.keyboard.press("Escape")
    assert tip.is_hidden()
    # Following its link highlights its three figures, and nothing else.
    assert page.locator("mark.hl").count() == 0
    first.locator("a.show").click()
    assert page.eval_on_selector_all("mark.hl", "els => els.map(e => e.textContent)") == [
        "12.4 billion crowns", "10.1 billion crowns", "4.3 billion crowns"]
    assert page.locator("#a1 table.figures tr.hl").count() == 3
    outline = page.eval_on_selector("#a1-f3", "e => getComputedStyle(e).outlineStyle")
    assert outline == "solid" and page.evaluate("location.hash") == "#a1-f3"


def test_markup_in_an_article_is_shown_as_text(page, tmp_path: Path):
    sheet = _sheet(tmp_path, {"id": "ghana", "text": MARKUP, "published": "2024-03-01", "title": "<i>T</i>"})
    page.goto(sheet.as_uri())
    assert page.evaluate("window.pwned") is None  # neither the script nor the onerror ran
    text = page.inner_text("#a1 .text")
    assert text.startswith("<script>window.pwned = 1</script><b>Ghana</b> exports") and '<img src=x' in text
    assert page.locator("#a1 .text b, #a1 .text img, #a1 .text script").count() == 0
    assert "<i>T</i>" in page.inner_text("#a1 header")
    assert _marks(page, "a1", "money") == {"f1": "$2.2 billion", "f2": "$2 billion"}


def test_seed_002_sheet_in_the_browser(page, tmp_path: Path):
    seeds = shared_path("corpus", "seeds")
    out = tmp_path / "seeds.html"
    result = CliRunner().invoke(cli, ["check", str(seeds), "--html", str(out)])
    assert result.exit_code == 1
    page.goto(out.as_uri())
    section = page.eval_on_selector("section[data-article='002_49d2cd662662668b']", "e => e.id")
    check = page.locator(f"#{section} li.check.inconsistent")
    assert check.count() == 1 and "fell 7.2%" in check.inner_text()
    assert "5.88% to 6.52%" in check.inner_text()
    assert "imply 2022 exports of $1.137 billion to $1.158 billion" in check.inner_text()
    page.click(".summary a.check-link")  # from the summary straight to the inconsistency
    assert page.eval_on_selector_all("mark.money.hl", "els => els.map(e => e.textContent)") == [
        "$1.8 billion", "$1.17 billion", "$623.6 million"]
    assert page.eval_on_selector_all("mark.change.hl", "els => els.map(e => e.textContent)") == ["7.2%", "2%", "18.5%"]
    assert page.eval_on_selector("mark.money.hl", "e => e.getBoundingClientRect().top") < 900  # scrolled to
    shots = Path(os.environ.get("TRADEFACTS_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    page.locator(f"#{section}").screenshot(path=str(shots / "seed-002-sheet.png"))
    assert (shots / "seed-002-sheet.png").stat().st_size > 10_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served():
    """The web service on a free local port, in a thread of this process."""
    import uvicorn

    from extractor.serve import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120  # the model loads at start-up
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the service did not start"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)


def test_a_pasted_story_comes_back_as_its_proof_sheet(page, served):
    page.goto(served + "/")
    page.fill("textarea[name=text]", MARKUP)
    page.fill("input[name=published]", "2024-03-01")
    page.click("button[type=submit]")
    page.wait_for_selector("section.article")
    assert page.evaluate("window.pwned") is None
    assert page.inner_text("section.article .text").startswith("<script>window.pwned = 1</script><b>Ghana</b>")
    assert _marks(page, "a1", "money") == {"f1": "$2.2 billion", "f2": "$2 billion"}
    assert page.inner_text("section.article header").startswith("article")
    page.click("a.home")
    page.wait_for_selector("textarea[name=text]")


def test_an_uploaded_story_and_a_bad_date(page, served, tmp_path: Path):
    story = tmp_path / "norway.txt"
    story.write_text(INCONSISTENT, encoding="utf-8")
    page.goto(served + "/")
    page.set_input_files("input[name=file]", str(story))
    page.fill("input[name=published]", "1987-04-20")
    page.click("button[type=submit]")
    page.wait_for_selector("section.article")
    assert "1 inconsistent" in page.inner_text("section.article header")
    assert page.locator("li.check.inconsistent").count() == 1
    page.click("li.check.inconsistent a.show")
    assert page.locator("mark.hl").count() == 3
    # A date the form cannot hold is sent by a program: the page says what is wrong.
    answer = page.request.post(served + "/sheet", multipart={"text": INCONSISTENT, "published": "1987-02-30"})
    assert answer.status == 422 and "impossible publication date" in answer.text()
