"""Reading articles: .txt files, folders of them, JSON-lines dumps (gzip too), standard input.

Streams, never loads a dump whole. A line or file that cannot be read becomes an
article carrying an ``error`` that names the problem, so it gets an error result in
its place and the rest goes on.
"""
from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.extraction import Article, ArticleError, parse_published

TEXT_SUFFIXES = {".txt", ".text"}
DUMP_SUFFIXES = {".jsonl", ".ndjson", ".json"}


def _unreadable(article_id: str, error: str) -> Article:
    return Article(id=article_id, text="", error=error)


@dataclass
class Keys:
    text: str = "text"
    id: str = "id"
    published: str = "published"
    title: str = "title"


def _text_article(path: Path, raw: bytes, published=None) -> Article:
    if b"\x00" in raw:
        return _unreadable(path.stem, f"{path}: binary file, not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _unreadable(path.stem, f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})")
    return Article(id=path.stem, text=text, published=published)


def _dump_lines(stream, source: str, keys: Keys, published=None) -> Iterator[Article]:
    for n, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        fallback_id = f"{source}:{n}"
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            record = json.loads(line)
        except UnicodeDecodeError:
            yield _unreadable(fallback_id, f"{fallback_id}: line is not UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield _unreadable(fallback_id, f"{fallback_id}: not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield _unreadable(fallback_id, f"{fallback_id}: a JSON line must be an object")
            continue
        article_id = str(record.get(keys.id)) if record.get(keys.id) is not None else fallback_id
        text = record.get(keys.text)
        if not isinstance(text, str):
            yield _unreadable(article_id, f"{article_id}: no text (field {keys.text!r} missing or not a string)")
            continue
        try:
            date_value = record.get(keys.published) or published
            yield Article(id=article_id, text=text, published=parse_published(date_value),
                          title=record.get(keys.title) if isinstance(record.get(keys.title), str) else None)
        except ArticleError as exc:
            yield _unreadable(article_id, f"{article_id}: {exc}")


def _open_dump(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rb")
    return path.open("rb")


def _is_dump(path: Path) -> bool:
    suffixes = path.suffixes
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in DUMP_SUFFIXES


def read_path(path: Path, keys: Keys, published=None) -> Iterator[Article]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.suffix in TEXT_SUFFIXES or _is_dump(child):
                yield from read_path(child, keys, published)
        return
    if not path.exists():
        yield _unreadable(path.stem or str(path), f"{path}: no such file or folder")
        return
    if _is_dump(path):
        try:
            with _open_dump(path) as stream:
                yield from _dump_lines(stream, path.name, keys, published)
        except (OSError, EOFError) as exc:
            yield _unreadable(path.stem, f"{path}: cannot read ({exc})")
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield _unreadable(path.stem, f"{path}: cannot read ({exc.strerror})")
        return
    yield _text_article(path, raw, published)


def read_stdin(keys: Keys, published=None, stream=None) -> Iterator[Article]:
    """JSON lines when the input starts with "{", else the whole input is one article."""
    stream = stream or sys.stdin.buffer
    buffered = io.BufferedReader(stream) if not hasattr(stream, "peek") else stream
    head = buffered.peek(64)[:64].lstrip()
    if head.startswith(b"{"):
        yield from _dump_lines(buffered, "stdin", keys, published)
    else:
        yield _text_article(Path("stdin"), buffered.read(), published)


def read_inputs(inputs: list[str], keys: Keys | None = None, published=None,
                on_missing: Callable[[str], None] | None = None) -> Iterator[Article]:
    """The articles of every input in turn.

    An input path that does not exist is the caller's mistake, not a bad article: with
    ``on_missing`` it is reported there (the command tells the user, as ``cat`` does,
    and goes on with the other inputs); without, it becomes an article with an error.
    """
    keys = keys or Keys()
    for item in inputs:
        if item == "-":
            yield from read_stdin(keys, published)
        elif on_missing is not None and not Path(item).exists():
            on_missing(item)
        else:
            yield from read_path(Path(item), keys, published)
