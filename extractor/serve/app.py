"""The web service's application: its routers, its size limit, and answers to bad input.

Every way a request can be wrong ends in a 4xx with a message that says what is
wrong: a body past the limit (413, before parsing), JSON that does not parse or does
not fit the request model (422, FastAPI's validation, which names the field), an
article the extractor refuses (422). A 422 names the field and the problem, and does
not echo what was sent. The OpenAPI description is at /docs and
/openapi.json.
"""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from extractor.serve.analyse import ArticleRefused
from extractor.serve.limits import BodyLimit
from extractor.version import __version__

MAX_BODY_BYTES = 1_000_000  # a long article is some 50 kB; a megabyte leaves room and bounds the memory a request takes


def create_app(max_body_bytes: int = MAX_BODY_BYTES, load_model: bool = True) -> FastAPI:
    """The application; ``load_model`` loads the parser at start-up rather than on the first request."""
    from extractor.serve import api, page

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if load_model:
            from extractor.pipeline import load_model as load

            await run_in_threadpool(load)
        yield

    app = FastAPI(title="tradefacts", version=__version__, lifespan=lifespan,
                  description="Trade facts read from news text, and the arithmetic of the story's own numbers "
                              "checked. Requests are limited to "
                              f"{max_body_bytes:,} bytes; nothing sent is kept.")
    app.include_router(page.router)
    app.include_router(api.router)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's answer, less the "input" it echoes (a whole article, possibly): what
        # was sent is not repeated back, and a one-line message leads.
        errors = exc.errors()
        message = "; ".join(_said(e) for e in errors)
        detail = [{k: v for k, v in e.items() if k in ("type", "loc", "msg")} for e in errors]
        return JSONResponse({"message": message, "detail": detail}, status_code=422)

    @app.exception_handler(ArticleRefused)
    async def refused(request: Request, exc: ArticleRefused) -> JSONResponse:
        return JSONResponse({"detail": f"the article cannot be processed: {exc}"}, status_code=422)

    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    return app


def _said(error: dict) -> str:
    """"body.published: impossible publication date '2023-13-45'"."""
    where = ".".join(str(part) for part in error.get("loc", ()))
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    if error.get("type") == "json_invalid":
        reason = str((error.get("ctx") or {}).get("error", "")).strip()
        at = error.get("loc", ())[-1] if error.get("loc") else None
        return f"the body is not valid JSON ({reason or 'cannot be parsed'}" + (
            f" at character {at})" if isinstance(at, int) else ")")
    return f"{where}: {message}" if where else message
