"""One article through the extractor, for the web service.

The parser is shared by every request and spaCy does not promise that one pipeline
may run in several threads at once, so articles go through one at a time (a lock).
An article the extractor refuses outright (empty, binary) is the sender's mistake:
``ArticleRefused`` carries the reason, and the routes answer it with a 422.
"""
from __future__ import annotations

import threading
from datetime import date

from extractor.extraction import Article, ArticleError, extract_many
from models import ArticleResult

_one_at_a_time = threading.Lock()


class ArticleRefused(ValueError):
    """An article that cannot be processed at all; the message says why."""


def analyse(text: str, published: date | None = None, id: str | None = None, title: str | None = None) -> ArticleResult:
    article = Article(id=id or "article", text=text, published=published, title=title)
    if not text.strip():
        raise ArticleRefused("the article's text is empty")
    if "\x00" in text:
        raise ArticleRefused("the text holds NUL bytes: binary content, not text")
    with _one_at_a_time:
        try:
            return next(extract_many([article]))
        except ArticleError as exc:
            raise ArticleRefused(str(exc)) from None
