"""The JSON API: an article in, its result out, as one line of ``tradefacts extract``.

``POST /extract`` and ``POST /check`` answer alike (the result carries the facts and
the checks); the two names are the two commands'. The answer is the result's own
JSON (``model_dump_json``, as the command writes it), so the API and the command
agree to the byte.
"""
from __future__ import annotations

from fastapi import APIRouter, Response

from extractor.serve.analyse import analyse
from extractor.serve.schema import ArticleRequest
from models import ArticleResult

router = APIRouter(tags=["api"])

_ANSWERS = {413: {"description": "the request is larger than the limit"},
            422: {"description": "malformed JSON, a field of the wrong kind, an impossible date, or an empty text"}}


def _answer(request: ArticleRequest) -> Response:
    result = analyse(request.text, request.published, request.id, request.title)
    return Response(result.model_dump_json(), media_type="application/json")


@router.post("/extract", response_model=ArticleResult, responses=_ANSWERS,
             summary="The trade facts of one article, with their checks")
def extract(request: ArticleRequest) -> Response:
    """The article's facts, shares and checks, exactly as a line of `tradefacts extract`."""
    return _answer(request)


@router.post("/check", response_model=ArticleResult, responses=_ANSWERS,
             summary="The checks of one article's figures, with the facts they involve")
def check(request: ArticleRequest) -> Response:
    """The same result as /extract; its `checks` say which figures agree, inconsistencies first."""
    return _answer(request)
