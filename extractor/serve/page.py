"""The page a person uses: a form to paste or upload a story, answered with its proof sheet.

The sheet is the one ``tradefacts check --html`` writes (extractor.sheet). A problem
with what was sent (nothing, both a paste and a file, a file that is not UTF-8 text,
an impossible date) is answered with a short page saying so, status 422.
"""
from __future__ import annotations

from html import escape
from importlib import resources

from fastapi import APIRouter, File, Form, UploadFile
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from extractor.extraction import ArticleError, parse_published
from extractor.serve.analyse import ArticleRefused, analyse
from extractor.sheet import render_sheet

router = APIRouter(include_in_schema=False)


def _static(name: str) -> str:
    return resources.files("extractor.serve").joinpath("static", name).read_text(encoding="utf-8")


@router.get("/", response_class=HTMLResponse)
def form() -> str:
    return _static("page.html")


class _Refused(ValueError):
    pass


@router.post("/sheet", response_class=HTMLResponse)
async def sheet(text: str | None = Form(None), published: str | None = Form(None), title: str | None = Form(None),
                file: UploadFile | None = File(None)) -> HTMLResponse:
    try:
        story = await _story(text, file)
        day = parse_published(published)
        result = await run_in_threadpool(analyse, story, day, _name(file), (title or "").strip() or None)
    except (_Refused, ArticleError, ArticleRefused) as exc:
        return HTMLResponse(_problem(str(exc)), status_code=422)
    return HTMLResponse(render_sheet([(result, story)], title="tradefacts proof sheet", home="/"))


async def _story(text: str | None, file: UploadFile | None) -> str:
    pasted = text if text and text.strip() else None
    uploaded = None
    if file is not None and file.filename:
        raw = await file.read()
        if raw.strip():
            try:
                uploaded = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise _Refused(f"the file {file.filename} is not UTF-8 text") from None
    if pasted and uploaded:
        raise _Refused("paste a story or upload a file, not both")
    if not (pasted or uploaded):
        raise _Refused("there is no story: paste its text or upload a .txt file")
    return pasted or uploaded


def _name(file: UploadFile | None) -> str:
    if file is not None and file.filename:
        stem = file.filename.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return stem or "article"
    return "article"


def _problem(message: str) -> str:
    return (_static("problem.html").replace("{message}", escape(message)))
