"""JSON-lines output that a resumed run appends to without losing or repeating a line."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

from models import ArticleResult


class JsonLines:
    """One result per line, to a file or a stream.

    With ``resume``, the ids of the complete lines already in the file are known (a
    line cut off by a kill is removed) and new results are appended.
    """

    def __init__(self, target: Path | TextIO, resume: bool = False):
        self.done: set[str] = set()
        if isinstance(target, Path):
            if resume and target.exists():
                self.done = _complete_lines(target)
                self.stream = target.open("a", encoding="utf-8")
            else:
                self.stream = target.open("w", encoding="utf-8")
            self._owned = True
        else:
            self.stream, self._owned = target, False

    def write(self, result: ArticleResult) -> None:
        # On resume an article may be in the file and not yet in the database (a kill
        # between the two): it is extracted again for the database, but its line is kept.
        if result.id not in self.done:
            self.stream.write(result.model_dump_json() + "\n")

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        if self._owned:
            self.stream.close()
        else:
            self.stream.flush()


def _complete_lines(path: Path) -> set[str]:
    """Ids of the file's complete lines; a trailing partial line is cut off the file."""
    ids: set[str] = set()
    good_end = 0
    with path.open("rb") as f:
        for line in f:
            if not line.endswith(b"\n"):
                break
            try:
                ids.add(json.loads(line)["id"])
            except (ValueError, KeyError, TypeError):
                break
            good_end += len(line)
    if good_end < path.stat().st_size:
        with path.open("r+b") as f:
            f.truncate(good_end)
            os.fsync(f.fileno())
    return ids
