"""The ``tradefacts`` command: a thin layer over the library.

Errors become messages here and only here: an article that fails gets a result line
with its ``error``, an input path that does not exist a message on standard error and
a non-zero exit once the other inputs are done (as ``cat`` does), Ctrl-C one line and
exit code 130, and nothing reaches the user as a traceback.

Each command imports what it uses when it runs (the database layer, Dask, the report
renderer), so a quick command does not pay for the others.
"""
from __future__ import annotations

import atexit
import gc
import json
import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from extractor.limits import DEFAULT_TIME_LIMIT

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn trade news into structured, checked trade-fact records.")
err = Console(stderr=True, soft_wrap=True)


MISSING_INPUT = 2  # exit code when an input path does not exist


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


class _MissingInputs:
    """Tells the user of each input path that does not exist, as it is reached, and remembers."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def __call__(self, path: str) -> None:
        self.paths.append(path)
        err.print(f"[bold red]error:[/] {path}: no such file or folder", highlight=False)


class Interrupted(BaseException):
    """Ctrl-C. Not a KeyboardInterrupt, which typer turns into a silent exit: the
    command must say that it stopped, and what was kept."""


def _interrupt(signum, frame) -> None:
    raise Interrupted


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help=".txt files (id = file stem), folders, JSON-lines dumps "
                                       "(.jsonl, .jsonl.gz), or - for standard input"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="write JSON lines here instead of standard output"),
    db: Optional[str] = typer.Option(None, "--db", help="load into a database: sqlite:///facts.db or "
                                     "postgresql://user@host/dbname (then no JSON lines unless -o is given)"),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="worker processes [default: the machine's cores]"),
    resume: bool = typer.Option(False, "--resume", help="skip the articles the output file or database already holds"),
    time_limit: float = typer.Option(DEFAULT_TIME_LIMIT, "--time-limit", min=0.1, help="seconds an article may take before it is skipped with an error"),
    published: Optional[str] = typer.Option(None, "--published", help="publication date (YYYY-MM-DD) for articles without one"),
    text_key: str = typer.Option("text", "--text-key", help="field holding the text in JSON-lines input"),
    id_key: str = typer.Option("id", "--id-key", help="field holding the id in JSON-lines input"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar and no summary on standard error"),
    engine: str = typer.Option("local", "--engine", help="local (worker processes here) or dask (a Dask cluster; "
                               "-o is then a folder of shard files)"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="the Dask scheduler's address, "
                                            "tcp://host:8786 [default: a local cluster]"),
) -> None:
    """Extract trade facts: one JSON line per article, or rows in a database."""
    if engine not in ("local", "dask"):
        _fail(f"--engine must be local or dask, not {engine!r}")
    default_date, keys = _published_date(published), _keys(text_key, id_key)
    if engine == "dask":
        _extract_on_dask(inputs, output, db, resume, default_date, keys, scheduler, quiet, time_limit)
        return
    with _starting_up():
        from extractor.run import run_extract
        from extractor.store import JsonLines
        from extractor.workers import default_workers

        database_errors: tuple[type[Exception], ...] = ()  # SQLAlchemy is imported only for a database
        if db:
            from extractor.store.database import Database, DatabaseError

            database_errors = (DatabaseError,)

    if resume and output is None and db is None:
        _fail("--resume needs an output to resume: -o FILE or --db URL")
    try:
        store = Database(db) if db else None
    except database_errors as exc:
        _fail(str(exc))
    try:
        out = JsonLines(output, resume=resume) if output else (None if store else JsonLines(sys.stdout))
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}")
    missing = _MissingInputs()
    with _progress(enabled=not quiet) as show:
        try:
            summary = run_extract(inputs, out, store, keys=keys, published=default_date,
                                  workers=workers or default_workers(), resume=resume, time_limit=time_limit,
                                  progress=show, on_missing=missing)
        except database_errors as exc:
            _fail(str(exc))
        except Interrupted:
            _fail("interrupted; every result written so far is whole: run the same command with --resume "
                  "to go on" if output or db else "interrupted", code=130)
        finally:
            if out is not None:
                out.close()
            if store is not None:
                store.close()
    if not quiet:
        skipped = f" ({summary.skipped} already done)" if resume else ""
        err.print(f"{summary.articles} articles{skipped}, {summary.facts} facts, {summary.errors} errors, "
                  f"{summary.inconsistent} with inconsistencies; {summary.seconds:.1f} s, "
                  f"{summary.rate:.1f} articles/s")
    if missing.paths:
        raise typer.Exit(MISSING_INPUT)


def _keys(text_key: str, id_key: str):
    from extractor.inputs import Keys

    return Keys(text=text_key, id=id_key)


def _published_date(published: str | None):
    """The --published option as a date, or a usage error."""
    from extractor.extraction import ArticleError, parse_published

    try:
        return parse_published(published)
    except ArticleError as exc:
        _fail(f"--published: {exc}")


def _extract_on_dask(inputs, output, db, resume, default_date, keys, scheduler, quiet, time_limit) -> None:
    import importlib.util

    if importlib.util.find_spec("distributed") is None:
        _fail("the Dask engine needs dask and distributed: pip install -e '.[dask]'")
    from extractor.cluster import extract_on_dask

    if output is None and db is None:
        _fail("--engine dask writes shard files into a folder (-o DIR) or rows into a database (--db URL)")
    if output is not None and output.exists() and not output.is_dir():
        _fail(f"-o {output}: with --engine dask the output is a folder of shard files")
    missing = _MissingInputs()
    try:
        summary = extract_on_dask(inputs, scheduler=scheduler, out_dir=output, db_url=db, keys=keys,
                                  published=default_date, resume=resume, time_limit=time_limit,
                                  on_missing=missing)
    except OSError as exc:
        _fail(f"cannot reach the Dask scheduler {scheduler}: {exc}")
    if not quiet:
        err.print(f"{summary.shards} shards ({summary.skipped} already done), {summary.articles} articles, "
                  f"{summary.facts} facts, {summary.errors} errors, {summary.inconsistent} with inconsistencies")
    if summary.failed:
        _fail(f"shards failed: {', '.join(summary.failed)}; run the same command with --resume to run them again",
              code=1)
    if missing.paths:
        raise typer.Exit(MISSING_INPUT)


@contextmanager
def _starting_up():
    """A command's imports and the model's load, without the cyclic garbage collector.

    They make about a million objects that live as long as the process, and the
    collector, set off by allocations, would walk them over and over: a fifth of the
    time a one-story check takes. Collection resumes for the work itself. (Freezing
    those objects out of later collections, gc.freeze, was tried: it made the worker
    processes forked afterwards collect more often, 5 % slower on the general dump.)
    """
    gc.disable()
    try:
        yield
        from extractor.pipeline import load_model

        load_model()
    finally:
        gc.enable()


@contextmanager
def _progress(enabled: bool):
    """A progress display on standard error when it is a terminal: articles, rate, errors."""
    if not (enabled and err.is_terminal):
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} articles"),
               TextColumn("{task.fields[rate]:.1f}/s"), TextColumn("{task.fields[errors]} errors"),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("extract", total=None, rate=0.0, errors=0)

        def show(summary) -> None:
            if summary.articles % 16 == 0:  # the display refreshes a few times a second anyway
                progress.update(task, completed=summary.articles, rate=summary.rate, errors=summary.errors)

        yield show


@app.command()
def check(
    inputs: list[str] = typer.Argument(..., help=".txt files, folders, JSON-lines dumps (.jsonl, .jsonl.gz), or -"),
    published: Optional[str] = typer.Option(None, "--published", help="publication date (YYYY-MM-DD) for articles without one"),
    text_key: str = typer.Option("text", "--text-key", help="field holding the text in JSON-lines input"),
    id_key: str = typer.Option("id", "--id-key", help="field holding the id in JSON-lines input"),
    only_inconsistent: bool = typer.Option(False, "--only-inconsistent", help="show only articles whose figures disagree"),
    html: Optional[Path] = typer.Option(None, "--html", help="write a proof sheet here (one self-contained HTML "
                                        "file: each article with its figures marked and its checks) instead of "
                                        "printing the report"),
) -> None:
    """Check each article's figures against each other: a readable report, inconsistencies first.

    With --html the report is a proof sheet in an HTML file, and nothing but the
    summary line is printed. Exits with 1 when some article's figures are
    inconsistent, 2 when some article could not be read or an input path does not
    exist, 0 otherwise, so it can gate a publishing pipeline.
    """
    with _starting_up():
        from extractor.report import render
        from extractor.run import run_check

    default_date = _published_date(published)
    out = Console(highlight=False)
    sheet, target = _open_sheet(html) if html is not None else (None, None)

    def show(result, article) -> None:
        if only_inconsistent and not any(c.status == "inconsistent" for c in result.checks) and not result.error:
            return
        if sheet is not None:
            sheet.add(result, article.text)
            return
        out.print(render(result))
        out.print()

    missing = _MissingInputs()  # Ctrl-C: main says so and exits 130
    try:
        summary = run_check(inputs, show, keys=_keys(text_key, id_key), published=default_date, on_missing=missing)
        if sheet is not None:
            try:
                sheet.write(target)
                target.close()
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(target.name, 0o666 & ~umask)  # a file as any other the user writes, not the temporary's 0600
                os.replace(target.name, html)  # whole, or not at all: an earlier sheet stays until then
            except OSError as exc:
                _fail(f"cannot write {html}: {exc.strerror}")
    finally:
        if sheet is not None:
            sheet.close()
            target.close()
            Path(target.name).unlink(missing_ok=True)
    err.print(f"{summary.articles} articles, {summary.checks} checks, {summary.inconsistencies} inconsistent "
              f"in {summary.inconsistent_articles} articles, {summary.errors} errors"
              + (f"; proof sheet in {html}" if html is not None else ""))
    raise typer.Exit(MISSING_INPUT if missing.paths else summary.exit_code)


def _open_sheet(path: Path):
    """A proof sheet and the temporary file beside ``path`` it is written to, made before
    the work so that a folder that cannot be written is said at once rather than after
    the whole batch."""
    import tempfile

    from extractor.sheet import Sheet

    if path.is_dir():
        _fail(f"--html {path}: is a folder; give the sheet's file name")
    try:
        target = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                             suffix=".part", delete=False)
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror}")
    return Sheet(), target


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on (another machine reaches the "
                             "service only if this is one of this machine's public addresses)"),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="port to listen on"),
) -> None:
    """Serve the proof sheet page (paste or upload a story) and the JSON API (POST /extract, POST /check).

    Requests are limited to 1 MB; nothing sent is kept. Ctrl-C stops the service.
    """
    import socket

    with _starting_up():
        import uvicorn

        from extractor.serve import create_app
    try:  # bound here, so a port in use is one line, not uvicorn's log and exit
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)  # connections wait from now, so the address printed below answers at once
    except (OSError, OverflowError) as exc:
        _fail(f"cannot listen on {host}:{port}: {getattr(exc, 'strerror', None) or exc}")
    shown = f"[{host}]" if ":" in host else host
    err.print(f"tradefacts serving on http://{shown}:{sock.getsockname()[1]}/ (API documentation at /docs); "
              "Ctrl-C stops it", highlight=False)
    server = uvicorn.Server(uvicorn.Config(create_app(load_model=False), log_level="warning"))
    try:
        server.run(sockets=[sock])
    except Interrupted:
        pass
    finally:
        sock.close()
    err.print("stopped")


@app.command()
def schema() -> None:
    """Print the JSON Schema of an article result (one output line)."""
    from models import ArticleResult

    typer.echo(json.dumps(ArticleResult.model_json_schema(), indent=2))


@app.command()
def mentions(
    source: str = typer.Argument(..., help="a .txt file, or - for standard input"),
    published: Optional[str] = typer.Option(None, "--published", help="publication date (YYYY-MM-DD)"),
) -> None:
    """List the money, percent, period and economy mentions the recognisers find, as JSON lines."""
    from extractor.extraction import ArticleError, parse_published
    from extractor.recognise import mentions as find

    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        day = parse_published(published)
    except (OSError, UnicodeDecodeError, ArticleError) as exc:
        _fail(str(exc))
    for m in find(text, day):
        typer.echo(m.model_dump_json())


def main() -> None:
    signal.signal(signal.SIGINT, _interrupt)
    try:
        app()
        code = 0
    except SystemExit as exc:  # how typer ends every command
        code = _exit_code(exc)
    except (Interrupted, KeyboardInterrupt):
        err.print("[bold red]error:[/] interrupted")
        code = 130
    except BrokenPipeError:
        code = 0
    except Exception as exc:  # the last boundary: a message, never a traceback
        err.print(f"[bold red]error:[/] {type(exc).__name__}: {exc}")
        code = 1
    _leave(code)


def _exit_code(exc: SystemExit) -> int:
    if exc.code is None or isinstance(exc.code, int):
        return exc.code or 0
    err.print(str(exc.code), highlight=False)
    return 1


def _leave(code: int) -> None:
    """End the process without tearing the interpreter down.

    The teardown frees the loaded model and every module object by object: a fifth of a
    second, as long as a short story's own work, for memory the system takes back at
    once anyway. What exit must still do is done first: the exit handlers that
    libraries registered run (multiprocessing, Dask, logging; atexit has no public call
    for this), and the standard streams are flushed. Every file and database the
    command opened is closed by then, by the command itself.
    """
    try:
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader of our output has gone: nothing more to say
        pass
    except (Interrupted, KeyboardInterrupt):
        code = 130
    os._exit(code)


if __name__ == "__main__":
    main()
