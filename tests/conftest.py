"""Shared test fixtures: where ../shared and the project's own fixtures are."""
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip saying it is absent (a fresh clone has none)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpus and gold files are not part of the repository")
    return path


def fixture_articles() -> dict[str, dict]:
    with (FIXTURES / "articles.jsonl").open(encoding="utf-8") as f:
        return {a["id"]: a for a in map(json.loads, f)}


@pytest.fixture(scope="session")
def nlp():
    from extractor.pipeline import load_model

    return load_model()
