"""The proof sheet (`tradefacts check --html`): marks at the right words, checks linked to
their figures, article text kept as text. The browser's view is in test_browser.py."""
import json
from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app
from extractor.sheet import render_sheet
from extractor.sheet.marks import Mark, nest
from models import ArticleResult
from tests.conftest import FIXTURES, shared_path

runner = CliRunner()

# Invented copy. Exports less imports (2.2 to 2.4 billion) cannot be the stated 4.3 billion surplus.
INCONSISTENT = ("Norway's exports were 12.4 billion crowns in March and imports 10.1 billion crowns, "
                "the statistics office said. Norway had a trade surplus of 4.3 billion crowns in March.")
MARKUP = ("<script>window.pwned = 1</script><b>Ghana</b> exports to India rose 10% to $2.2 billion in 2023 "
          "from $2 billion in 2022. <img src=x onerror=\"window.pwned = 2\">")


class _Page(HTMLParser):
    """The marks of a sheet (their attributes and the text inside them) and every element's tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.open: list[dict] = []
        self.tags: list[str] = []
        self.by_id: dict[str, dict] = {}

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if "id" in attrs:
            self.by_id[attrs["id"]] = {"tag": tag, **attrs}
        if tag == "mark":
            mark = {**attrs, "text": ""}
            self.marks.append(mark)
            self.open.append(mark)

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for mark in self.open:
            mark["text"] += data


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.marks = [m for m in page.marks if "data-f" in m]  # the legend's marks stand for no fact
    return page


def _sheet(tmp_path: Path, *records: dict, args: tuple = ()) -> tuple[int, str, str]:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "sheet.html"
    result = runner.invoke(app, ["check", str(dump), "--html", str(out), *args])
    return result.exit_code, result.output, out.read_text(encoding="utf-8")


def test_marks_nest_where_they_cross_and_merge_where_they_coincide():
    # "in the first quarter of 2023": a period [0, 20) crossed by a money mark [10, 30),
    # and two facts sharing one figure [40, 45).
    marks = [Mark(0, 20, "period", ["f1"]), Mark(10, 30, "money", ["f2"]), Mark(40, 45, "money", ["f3", "f4"])]
    roots = nest(marks)
    assert [(p.start, p.end, p.mark.kind, p.first) for p in roots] == [
        (0, 20, "period", True), (20, 30, "money", False), (40, 45, "money", True)]
    inner = roots[0].children
    assert [(p.start, p.end, p.mark.kind, p.first) for p in inner] == [(10, 20, "money", True)]
    assert roots[2].mark.refs == ["f3", "f4"]


def test_a_sheet_marks_each_figure_at_its_words_and_links_the_inconsistency(tmp_path: Path):
    code, output, html = _sheet(tmp_path, {"id": "norway", "text": INCONSISTENT, "published": "1987-04-20"})
    assert code == 1, output  # an inconsistency, as without --html
    # The summary line, and no terminal report: the sheet is the report.
    assert "1 articles, 1 checks, 1 inconsistent" in output and "proof sheet in" in output
    assert "measure" not in output and "✗" not in output
    page = _parse(html)
    money = {m["data-f"]: m["text"] for m in page.marks if "money" in m["class"].split()}
    assert money == {"f1": "12.4 billion crowns", "f2": "10.1 billion crowns", "f3": "4.3 billion crowns"}
    classes = {m["data-f"]: m["class"].split() for m in page.marks if "money" in m["class"].split()}
    assert "m-export" in classes["f1"] and "m-import" in classes["f2"] and "m-balance" in classes["f3"]
    periods = [m for m in page.marks if "period" in m["class"].split()]
    assert {m["text"] for m in periods} == {"March"} and any(set(m["data-f"].split()) == {"f1", "f2"} for m in periods)
    economies = [m for m in page.marks if "economy" in m["class"].split()]
    assert [m["text"] for m in economies] == ["Norway", "Norway"]
    # The figure's tip says what it was read as.
    tip = next(m["data-tip"] for m in page.marks if m.get("data-f") == "f3" and "money" in m["class"])
    assert "trade surplus" in tip and "Norway (NOR)" in tip and "4,300,000,000 NOK" in tip and "1987-03-01" in tip
    # The inconsistency comes first, flagged, and links to its three figures.
    check = page.by_id["a1-c1"]
    assert "inconsistent" in check["class"] and check["data-refs"] == "f3 f1 f2"
    for ref in ("f1", "f2", "f3"):
        assert page.by_id[f"a1-{ref}"]["tag"] == "mark"
        assert f'href="#a1-{ref}" data-check="a1-c1"' in html
    assert "give a surplus of 2.2 billion NOK to 2.4 billion NOK" in html
    assert 'href="#a1-c1"' in html  # the summary links to it


def test_article_text_is_shown_as_text_never_as_markup(tmp_path: Path):
    code, output, html = _sheet(tmp_path, {"id": "<i>id</i>", "title": "<em>Headline</em>", "text": MARKUP,
                                           "published": "2024-03-01"})
    page = _parse(html)
    assert page.tags.count("script") == 1 and "img" not in page.tags  # the sheet's own script only
    article = _parse(html[html.index('<section class="article'):html.index("</section>")])
    assert not {"b", "em", "i"} & set(article.tags)
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;&lt;b&gt;" in html
    assert "&lt;i&gt;id&lt;/i&gt;" in html and "&lt;em&gt;Headline&lt;/em&gt;" in html
    assert any(m["text"] == "$2.2 billion" for m in page.marks)  # offsets still land on the words
    assert any(m["text"] == "Ghana" and "economy" in m["class"] for m in page.marks)


def test_summary_counts_errors_and_the_sheet_needs_no_network(tmp_path: Path):
    code, output, html = _sheet(tmp_path, {"id": "norway", "text": INCONSISTENT, "published": "1987-04-20"},
                                {"id": "empty", "text": "   "}, {"id": "plain", "text": "Nothing to see here."})
    assert code == 1
    summary = html[html.index('<nav class="summary"'):html.index("</nav>")]
    assert "<b>3</b> articles" in summary and "<b>3</b> facts" in summary
    assert ">1</b> inconsistency in 1 article" in summary and ">1</b> error" in summary
    assert 'href="#a2">empty</a>: empty text' in summary
    # Self-contained: no stylesheet, script or image is fetched from anywhere.
    page = _parse(html)
    assert "link" not in page.tags and 'src="' not in html and "http://" not in html and "https://" not in html


def test_only_inconsistent_and_a_sheet_path_that_cannot_be_written(tmp_path: Path):
    code, output, html = _sheet(tmp_path, {"id": "norway", "text": INCONSISTENT, "published": "1987-04-20"},
                                {"id": "ghana", "text": MARKUP, "published": "2024-03-01"},
                                args=("--only-inconsistent",))
    assert 'data-article="norway"' in html and 'data-article="ghana"' not in html
    result = runner.invoke(app, ["check", str(FIXTURES / "stories"), "--html", str(tmp_path / "no" / "such" / "x.html")])
    assert result.exit_code == 2 and "cannot write" in result.output and "Traceback" not in result.output


def test_the_fixture_stories_sheet_is_consistent(tmp_path: Path):
    out = tmp_path / "stories.html"
    result = runner.invoke(app, ["check", str(FIXTURES / "stories"), "--html", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.count('<section class="article consistent"') == 3 and 'class="check inconsistent"' not in html


def test_render_sheet_keeps_an_error_result_readable():
    html = render_sheet([(ArticleResult(id="x", error="text of 3,000,000 characters, past the limit"), None)])
    assert "Not processed: text of 3,000,000 characters" in html and "<b class=\"bad\">1</b> error" in html


def test_seed_002_sheet_flags_the_2023_total_and_links_its_three_figures(tmp_path: Path):
    seeds = shared_path("corpus", "seeds")
    out = tmp_path / "seeds.html"
    result = runner.invoke(app, ["check", str(seeds), "--html", str(out)])
    assert result.exit_code == 1, result.output
    page = _parse(out.read_text(encoding="utf-8"))
    section = next(k for k, v in page.by_id.items() if v.get("data-article") == "002_49d2cd662662668b")
    check = page.by_id[f"{section}-c1"]
    assert "inconsistent" in check["class"] and check["data-refs"] == "f8 f9 f10"
    figures = {ref: page.by_id[f"{section}-{ref}"] for ref in ("f8", "f9", "f10")}
    texts = {ref: next(m["text"] for m in page.marks if m.get("id") == f"{section}-{ref}") for ref in figures}
    assert texts == {"f8": "$1.8 billion", "f9": "$1.17 billion", "f10": "$623.6 million"}


def test_forecasts_and_product_figures_are_told_apart(tmp_path: Path):
    code, output, html = _sheet(
        tmp_path, {"id": "nigeria", "published": "2024-02-01",
                   "text": "Nigeria's oil exports rose 10% to $3.2 billion in 2023, while its total exports were "
                           "$5.1 billion, the statistics office said. The office expects exports to reach "
                           "$6 billion in 2024."})
    page = _parse(html)
    money = {m["text"]: m["class"].split() for m in page.marks if "money" in m["class"].split()}
    assert "product" in money["$3.2 billion"] and "forecast" not in money["$3.2 billion"]
    assert "product" not in money["$5.1 billion"] and "forecast" not in money["$5.1 billion"]
    assert "forecast" in money["$6 billion"]
    tips = {m["text"]: m["data-tip"] for m in page.marks if "money" in m["class"].split()}
    assert "product or sector: oil (not checked)" in tips["$3.2 billion"] and "(forecast)" in tips["$6 billion"]


def test_an_unprocessed_article_shows_the_start_of_its_text():
    html = render_sheet([(ArticleResult(id="long", error="too slow"), "word " * 3000)])
    assert "[… 10,000 more characters]" in html and "Not processed: too slow" in html


def test_a_sheet_replaces_an_older_one_only_when_whole(tmp_path: Path):
    out = tmp_path / "sheet.html"
    out.write_text("the older sheet", encoding="utf-8")
    result = runner.invoke(app, ["check", str(FIXTURES / "stories"), "--html", str(out)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.html"]  # no temporary left behind
    result = runner.invoke(app, ["check", str(FIXTURES / "stories"), "--html", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder" in result.output


def test_figures_stated_as_bounds_are_worded_as_bounds(tmp_path):
    from tests.test_check_rules import BOUNDED_FIGURES

    code, output, html = _sheet(tmp_path, {"id": "bounds", "text": BOUNDED_FIGURES, "published": "2014-06-08"})
    assert code == 0, output
    assert "at least $190 billion" in html
