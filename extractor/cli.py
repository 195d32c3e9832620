"""The ``tradefacts`` command: a thin layer over the library.

Errors become messages here and only here: an article that fails gets a result line
with its ``error``, and nothing reaches the user as a traceback.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn trade news into structured, checked trade-fact records.")
err = Console(stderr=True)


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help=".txt files (id = file stem), folders, JSON-lines dumps "
                                       "(.jsonl, .jsonl.gz), or - for standard input"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="write JSON lines here instead of standard output"),
    published: Optional[str] = typer.Option(None, "--published", help="publication date (YYYY-MM-DD) for articles without one"),
    text_key: str = typer.Option("text", "--text-key", help="field holding the text in JSON-lines input"),
    id_key: str = typer.Option("id", "--id-key", help="field holding the id in JSON-lines input"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no summary on standard error"),
) -> None:
    """Extract trade facts: one JSON line per article."""
    from extractor.extract import ArticleError, parse_published
    from extractor.inputs import Keys
    from extractor.run import run_extract

    try:
        default_date = parse_published(published)
    except ArticleError as exc:
        _fail(f"--published: {exc}")
    keys = Keys(text=text_key, id=id_key)
    try:
        out = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}")
    try:
        summary = run_extract(inputs, out, keys=keys, published=default_date)
    finally:
        if output:
            out.close()
    if not quiet:
        err.print(f"{summary.articles} articles, {summary.facts} facts, {summary.errors} errors")


@app.command()
def check(
    inputs: list[str] = typer.Argument(..., help=".txt files, folders, JSON-lines dumps (.jsonl, .jsonl.gz), or -"),
    published: Optional[str] = typer.Option(None, "--published", help="publication date (YYYY-MM-DD) for articles without one"),
    text_key: str = typer.Option("text", "--text-key", help="field holding the text in JSON-lines input"),
    id_key: str = typer.Option("id", "--id-key", help="field holding the id in JSON-lines input"),
    only_inconsistent: bool = typer.Option(False, "--only-inconsistent", help="show only articles whose figures disagree"),
) -> None:
    """Check each article's figures against each other: a readable report, inconsistencies first.

    Exits with 1 when some article's figures are inconsistent, 2 when some article
    could not be read, 0 otherwise, so it can gate a publishing pipeline.
    """
    from extractor.extract import ArticleError, parse_published
    from extractor.inputs import Keys
    from extractor.report import render
    from extractor.run import run_check

    try:
        default_date = parse_published(published)
    except ArticleError as exc:
        _fail(f"--published: {exc}")
    out = Console(highlight=False)

    def show(result) -> None:
        if only_inconsistent and not any(c.status == "inconsistent" for c in result.checks) and not result.error:
            return
        out.print(render(result))
        out.print()

    summary = run_check(inputs, show, keys=Keys(text=text_key, id=id_key), published=default_date)
    err.print(f"{summary.articles} articles, {summary.checks} checks, {summary.inconsistencies} inconsistent "
              f"in {summary.inconsistent_articles} articles, {summary.errors} errors")
    raise typer.Exit(summary.exit_code)


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
    from extractor.extract import ArticleError, parse_published
    from extractor.recognise import mentions as find

    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        day = parse_published(published)
    except (OSError, UnicodeDecodeError, ArticleError) as exc:
        _fail(str(exc))
    for m in find(text, day):
        typer.echo(m.model_dump_json())


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # the last boundary: a message, never a traceback
        err.print(f"[bold red]error:[/] {type(exc).__name__}: {exc}")
        sys.exit(1)


if __name__ == "__main__":
    main()
