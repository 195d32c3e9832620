"""The reporter's view of an article: its figures and its checks, problems first.

``tradefacts check`` prints this for each article. It renders an ArticleResult with
rich (tables and colour on a terminal, plain text in a pipe); it computes nothing.
"""
from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from extractor.check.describe import date_range
from models import ArticleResult, TradeFact

_STATUS_STYLE = {"inconsistent": "bold red", "unverifiable": "yellow", "consistent": "green"}
_STATUS_MARK = {"inconsistent": "✗", "unverifiable": "?", "consistent": "✓"}


def render(result: ArticleResult) -> Group:
    """One article: a heading, its figures as a table, then its checks, inconsistencies first."""
    parts = [_heading(result)]
    if result.error:
        parts.append(Text(f"  not processed: {result.error}", style="bold red"))
        return Group(*parts)
    if not result.facts:
        parts.append(Text("  no trade figures found", style="dim"))
        return Group(*parts)
    parts.append(_figures(result.facts))
    if result.checks:
        parts.append(_checks(result))
    else:
        parts.append(Text("  no relation between these figures can be recomputed", style="dim"))
    return Group(*parts)


def _heading(result: ArticleResult) -> Text:
    counts = {s: sum(c.status == s for c in result.checks) for s in _STATUS_MARK}
    head = Text(result.id, style="bold")
    if result.published:
        head.append(f"  {result.published.isoformat()}")
    if result.title:
        head.append(f"  {' '.join(result.title.split())}", style="italic")
    if counts["inconsistent"]:
        head.append(f"  {counts['inconsistent']} inconsistent", style=_STATUS_STYLE["inconsistent"])
    elif result.checks:
        head.append("  consistent", style=_STATUS_STYLE["consistent"])
    return head


def _figures(facts: list[TradeFact]) -> Table:
    table = Table(box=None, padding=(0, 1, 0, 0), show_edge=False, header_style="dim")
    # Short fixed words stay whole; names and stated figures wrap at their spaces, so a
    # narrow terminal cuts nothing short ("United Arab / Emirates").
    for name, whole in (("", True), ("measure", True), ("reporter", False), ("partner", False),
                        ("period", True), ("as stated", False), ("change", True), ("", False)):
        table.add_column(name, no_wrap=whole, overflow="fold", min_width=len(name) if whole else None)
    table.columns[-1].min_width = len("forecast,")  # the notes: "earlier", "forecast, earlier"
    for f in facts:
        period = date_range(f.period.start, f.period.end, short=True) if f.period and f.period.start and f.period.end else "-"
        change = f.change.text if f.change else ""
        if f.change:
            change = f"{'+' if f.change.percent >= 0 else '-'}{' '.join(f.change.text.split())}"
        notes = [n for n in (f.modality if f.modality != "actual" else "",
                             "earlier" if f.role == "comparison" else "") if n]
        table.add_row(f.id, f.measure, f.reporter.name if f.reporter else "-", f.partner.name if f.partner else "world",
                      period, " ".join(f.value.text.split()) + (" (deficit)" if f.value.amount < 0 else ""),
                      change, ", ".join(notes))
    return table


def _checks(result: ArticleResult) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column()
    for c in result.checks:  # already ordered: inconsistencies first
        grid.add_row(Text(f" {_STATUS_MARK[c.status]}", style=_STATUS_STYLE[c.status]),
                     Text(c.rule, style="bold"), " ".join(c.message.split()))
    return grid
