"""The development sets written here (benchmarks/news/, benchmarks/reuters/) are well formed
and keep their rules.

Its manifests and gold facts are committed, the texts are not; these checks hold for
what is committed: every manifest has its gold, every fact the guidelines' fields, no
gold carries a quote of the text, and no article is a held-out page (checked against
../shared/eval/held-out-urls.sha256 where ../shared is present).
"""
import hashlib
import json
from datetime import date
from pathlib import Path

import pycountry
import pytest

from extractor.data.currencies import ISO_CODES
from tests.conftest import SHARED, shared_path

NEWS = Path(__file__).resolve().parent.parent / "benchmarks" / "news"
MANIFESTS = sorted((NEWS / "manifest").glob("*.json"))
REUTERS_GOLD = sorted((NEWS.parent / "reuters" / "gold").glob("*.json"))
MEASURES = {"export", "import", "total", "balance"}
GROUPS = {"EU", "ASEAN", "OPEC", "GCC", "WEST", "EASTBLOC"}
CURRENCIES = ISO_CODES  # ISO 4217 with CLDR's and the historic codes


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _quotes(value) -> bool:
    if isinstance(value, dict):
        return "quote" in value or any(_quotes(v) for v in value.values())
    return isinstance(value, list) and any(_quotes(v) for v in value)


def test_the_set_has_its_articles():
    assert len(MANIFESTS) >= 80


def _assert_well_formed(fact: dict, historic: bool) -> None:
    """The guidelines' fields; an economy a group, a country or (with ``historic``, for
    1987 copy) a country since dissolved: "YUG", "SUN"."""
    assert fact["measure"] in MEASURES and fact["currency"] in CURRENCIES
    assert fact["modality"] in ("actual", "forecast")
    for code in (fact["reporter"], fact["partner"]):
        assert code is None or code in GROUPS or pycountry.countries.get(alpha_3=code) \
            or historic and pycountry.historic_countries.get(alpha_3=code), code
    if fact["period"] is not None:
        start, end = map(date.fromisoformat, fact["period"])
        assert start <= end


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.stem)
def test_an_article_has_a_manifest_and_gold(path):
    manifest = _load(path)
    assert manifest["id"] == path.stem
    assert manifest["url"].startswith("http") and manifest["query"] and len(manifest["sha256"]) == 64
    if manifest["published"] is not None:
        assert date.fromisoformat(manifest["published"]).year >= 2010
    gold = _load(NEWS / "gold" / path.name)
    assert gold["id"] == path.stem and not _quotes(gold), "gold keeps no quotes: run strip_quotes.py"
    assert any(f["modality"] == "actual" for f in gold["facts"])
    for fact in gold["facts"]:
        _assert_well_formed(fact, historic=False)


@pytest.mark.parametrize("path", REUTERS_GOLD, ids=lambda p: p.stem)
def test_a_reuters_gold_file_is_well_formed(path):
    """The 1987 gold written here: the guidelines' fields, and no quote of the text."""
    gold = _load(path)
    assert gold["id"] == path.stem and not _quotes(gold), "gold keeps no quotes: run strip_quotes.py"
    assert date.fromisoformat(gold["published"]).year == 1987
    for fact in gold["facts"]:
        _assert_well_formed(fact, historic=True)


def test_no_url_is_used_twice():
    urls = [_load(p)["url"] for p in MANIFESTS]
    shared = SHARED / "gold" / "modern-dev" / "manifest"
    if shared.is_dir():
        urls += [_load(p)["url"] for p in shared.glob("*.json")]
    assert len(urls) == len(set(urls))


@pytest.mark.shared
def test_no_article_is_a_held_out_page():
    listed = {line.strip() for line in shared_path("eval", "held-out-urls.sha256").read_text().splitlines()
              if line.strip() and not line.startswith("#")}
    used = {hashlib.sha256(_load(p)["url"].encode("utf-8")).hexdigest(): p.stem for p in MANIFESTS}
    assert not listed & set(used), [used[h] for h in listed & set(used)]
