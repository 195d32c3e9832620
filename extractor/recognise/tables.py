"""Tables in an article's text: rows of figures under a header of column labels.

Statistics offices end a release with a table, and outlets that retell the release
often carry it. Once a page's markup is gone, a table survives in one of three layouts:

- markdown rows, one row a line:  ``| Exports | 46,039.8 | 45,386.6 |``
- one cell a line:  ``|Jan-Oct'18`` ``|Jan-Oct'17`` ``|Exports (FOB)`` ``|46,039.8`` ...
- columns set by spaces, under a header line of column labels:
  ``Singapore(NSA, BIL S$) Sep 10 Aug 10 Sep 09 M/M % Y/Y % 2009 2008 2007``
  ``Exports 41.7 42.7 35.1 -2.30 18.84 391.1 476.8 450.6``

Each becomes a ``Table``: its column labels, its rows (a label and one cell per
column) and the caption said before them. The reader lays the grid only; what a label
means, and which figures are trade facts, is the assembly's (extractor/assemble/tables.py).
A block that is not a regular grid (rows of uneven length, a header that does not
count its columns) is no table: a misread column would give a figure the wrong period.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.data.tables import CHANGE_LABEL, LABEL_MEASURES, NUMBER_CELL, PERIOD_LABEL
from extractor.recognise.sentences import stripped_span


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass
class Row:
    label: Cell
    cells: list[Cell]  # one per column of the table
    more: list[Cell] = field(default_factory=list)  # the label's words wrapped onto lines below

    @property
    def label_text(self) -> str:
        """The whole label, its wrapped lines joined: "Exports (billions of dollars)"."""
        return " ".join(c.text for c in [self.label, *self.more])


@dataclass
class Table:
    columns: list[Cell]
    rows: list[Row] = field(default_factory=list)
    caption: str = ""  # the header's words before the column labels, or its corner cell
    before: str = ""  # the line said just before the table
    after: str = ""  # for a table of grouped columns, the note after it ("NOTE - Figures are in millions of euros.")
    groups: list[Cell] = field(default_factory=list)  # each column's period, where a line of them spans the labels
    start: int = 0
    end: int = 0


def is_number(cell: Cell) -> bool:
    return NUMBER_CELL.fullmatch(cell.text) is not None


def find_tables(text: str) -> list[Table]:
    """Every table the text carries, in any of the three layouts, in text order."""
    lines = _lines(text)
    tables = _markdown_tables(text, lines) + _cell_stream_tables(text, lines) + _spaced_tables(text, lines)
    return sorted(tables, key=lambda t: t.start)


# -- lines and cells -----------------------------------------------------------------
def _lines(text: str) -> list[Cell]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append(Cell(line, start, start + len(line)))
        start += len(line) + 1
    return out


def _stripped(text: str, start: int, end: int) -> Cell:
    """The cell ``text[start:end]`` without its surrounding white space."""
    start, end = stripped_span(text, start, end)
    return Cell(text[start:end], start, end)


def _pipe_cells(text: str, line: Cell) -> list[Cell]:
    """The cells between a line's pipes; the line's outer pipes open and close the row
    ("| Balance | 2,107.5 | |" has three cells, the last one empty)."""
    bounds = [line.start - 1] + [line.start + m.start() for m in re.finditer(r"\|", line.text)] + [line.end]
    cells = [_stripped(text, a + 1, b) for a, b in zip(bounds, bounds[1:])]
    if cells and not cells[0].text and line.text.lstrip().startswith("|"):
        cells.pop(0)
    if cells and not cells[-1].text and line.text.rstrip().endswith("|"):
        cells.pop()
    return cells


def _caption_before(text: str, start: int) -> str:
    """The line said just before a table ("Details follow (in millions of levs):").

    Only a short line, or one that ends by introducing what follows: a paragraph's
    figures ("S$7 billion in August") say nothing of the unit of the table below it.
    """
    line = text[:text.rfind("\n", 0, start) + 1].rstrip().rsplit("\n", 1)[-1].strip(" |")
    return line if len(line) <= 120 or line.endswith(":") else ""


# -- markdown rows -------------------------------------------------------------------
def _is_separator(cells: list[Cell]) -> bool:
    return all(re.fullmatch(r":?-{2,}:?", c.text) for c in cells)


def _markdown_tables(text: str, lines: list[Cell]) -> list[Table]:
    tables, run = [], []
    for line in lines + [Cell("", len(text) + 1, len(text) + 1)]:
        cells = _pipe_cells(text, line) if line.text.count("|") >= 2 else []
        if len(cells) >= 2:
            if not _is_separator(cells):
                run.append(cells)
            continue
        if run:
            tables.extend(_grid(text, run))
        run = []
    return tables


def _grid(text: str, rows: list[list[Cell]]) -> list[Table]:
    """Tables from rows of cells: a header row of labels, then rows of a label and numbers
    (a cell may be empty)."""
    tables, header, table = [], None, None
    for cells in rows:
        filled = [c for c in cells[1:] if c.text]
        if not any(is_number(c) for c in filled) \
                or table is None and not is_number(cells[0]) and cells[0].text and _labels_periods(filled):
            # a row with no figure labels the columns below it; so does one of years before
            # any row of figures ("Partner | 2018 | 2019 | % change")
            header, table = cells, None
            continue
        if header is None or is_number(cells[0]) or not all(is_number(c) for c in filled):
            continue
        width = len(cells) - 1
        if len(header) == width + 1:
            columns, caption = header[1:], header[0].text
        elif len(header) == width:
            columns, caption = header, ""
        else:
            continue
        if table is None:
            table = Table(columns, caption=caption, before=_caption_before(text, header[0].start), start=header[0].start)
            tables.append(table)
        table.rows.append(Row(cells[0], cells[1:]))
        table.end = cells[-1].end
    return tables


def _labels_periods(cells: list[Cell]) -> bool:
    """Whether the cells are column labels: periods ("2018", "Q1 2024"), with other words
    ("% change") but no figure that is no period."""
    periods = [c for c in cells if PERIOD_LABEL.fullmatch(c.text.strip())]
    return len(periods) >= 2 and all(c in periods or not is_number(c) for c in cells)


# -- one cell a line -----------------------------------------------------------------
_CELL_LINE = 100  # longer lines are sentences, not cells


def _one_cell(line: Cell) -> bool:
    return len(line.text) <= _CELL_LINE and sum(1 for part in line.text.split("|") if part.strip()) <= 1


def _cell_stream_tables(text: str, lines: list[Cell]) -> list[Table]:
    """Blocks of short lines holding one cell each, pipes between the cells: "|Exports
    (FOB)" lines, "| 0-9 Total |" then "24 187.8 |", or cells and lone pipes on lines of
    their own ("Sep 19", "|"). The block split at its pipes is the stream of cells,
    empty ones included (an empty cell keeps its column's place)."""
    tables, k = [], 0
    while k < len(lines):
        if "|" not in lines[k].text or not _one_cell(lines[k]):
            k += 1
            continue
        j = k  # a line without a pipe belongs to the block only between lines with one
        while j + 1 < len(lines) and _one_cell(lines[j + 1]) and (
                "|" in lines[j + 1].text or j + 2 < len(lines) and "|" in lines[j + 2].text):
            j += 1
        start, end = lines[k].start, lines[j].end
        bounds = [start - 1] + [start + m.start() for m in re.finditer(r"\|", text[start:end])] + [end]
        table = _cells_to_table(text, [_stripped(text, a + 1, b) for a, b in zip(bounds, bounds[1:])])
        if table is not None:
            tables.append(table)
        k = j + 1
    return tables


def _cells_to_table(text: str, cells: list[Cell]) -> Table | None:
    """The first row is the first label followed by a number; its cells up to the next
    label fix the width. The header's last ``width`` labels before it are the columns,
    any before them its caption. Each row is then a label and ``width`` cells, numbers
    or empty; empty cells where a label is due only space the rows."""
    first = next((i for i in range(len(cells) - 1)
                  if cells[i].text and not is_number(cells[i]) and is_number(cells[i + 1])), None)
    if first is None:
        return None
    end = first + 1
    while end < len(cells) and (not cells[end].text or is_number(cells[end])):
        end += 1
    width = end - first - 1
    while width and not cells[first + width].text:
        width -= 1
    labels = [c for c in cells[:first] if c.text]
    if width < 2 or len(labels) < width:
        return None
    columns, caption = labels[-width:], " ".join(c.text for c in labels[:-width])
    table = Table(columns, caption=caption, before=_caption_before(text, cells[0].start), start=columns[0].start)
    at = first
    while at < len(cells):
        if not cells[at].text:
            at += 1
            continue
        row = cells[at + 1:at + 1 + width]
        if is_number(cells[at]) or len(row) < width or not any(c.text for c in row) \
                or not all(is_number(c) for c in row if c.text):
            break
        table.rows.append(Row(cells[at], row))
        table.end = max(c.end for c in [cells[at], *row])
        at += width + 1
    return table if table.rows else None


# -- columns set by spaces -----------------------------------------------------------
_SPACED_LINE = 200  # a longer line is a paragraph, neither a header nor a row
# A cell: a number, perhaps with a currency sign before it and its own scale after it, as
# wire tables print them ("$1.248 bn   $1.210 bn   $190").
# ("- 4,460": Reuters tables set a balance's sign apart from its digits)
_NUMBER_TOKEN = r"[$€£¥]?[-+−–]?(?:(?<=[-+−–])[ ](?=\d))?\(?\d[\d,.]*\)?\*?(?:[ ]?(?:bn|mn)\b)?"
_SPACED_ROW = re.compile(rf"^[ \t]*(?P<label>[^\d|\s][^|]*?[^\s.!?,;:])\s+(?P<numbers>{_NUMBER_TOKEN}(?:[ \t]+{_NUMBER_TOKEN})+)\s*$")
_CELL = re.compile(_NUMBER_TOKEN)
# A header's months on one line and their years on the next ("February    January" over
# "2018        2018"), as wire tables set them.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_NAMES_LINE = re.compile(rf"(?i)\s*{_MONTH}(?:\s+{_MONTH})+\s*")
_YEARS_LINE = re.compile(r"\s*(?:19|20)\d\d(?:\s+(?:19|20)\d\d)+\s*")
# The rest of a row's label wrapped onto the next line: "Exports (billions of" / "dollars)".
_LABEL_TAIL = re.compile(r"[a-z(][^\d|]{0,40}")
_COLUMN_LABEL = re.compile(rf"(?:^|(?<=\s))(?:{PERIOD_LABEL.pattern}|{CHANGE_LABEL.pattern})\s*$")


def header_labels(line: Cell) -> tuple[str, list[Cell]]:
    """A header line read from its end: its column labels, and the caption before them."""
    labels, end = [], len(line.text.rstrip()) if len(line.text) <= _SPACED_LINE else 0
    while end > 0:
        m = _COLUMN_LABEL.search(line.text, 0, end)
        if m is None or m.start() == m.end():
            break
        start = m.start()
        labels.insert(0, Cell(line.text[start:end].strip(), line.start + start, line.start + end))
        end = len(line.text[:start].rstrip())
    return line.text[:end].strip(), labels


def _spaced_tables(text: str, lines: list[Cell]) -> list[Table]:
    # Blank lines between a header and its rows, or between rows, do not end the table:
    # a page's paragraphs once set each row apart ("May 2013 April 2013 May 2012",
    # blank, "Imports 15,210 15,378 15,054", blank, "Exports ...").
    lines = [line for line in lines if line.text.strip()]
    rows = [_spaced_row(line) for line in lines]
    tables, table = [], None
    for i, line in enumerate(lines):
        row, following = rows[i], rows[i + 1] if i + 1 < len(lines) else None
        if table is not None and row is not None and len(row.cells) == len(table.columns) \
                and not _is_header_of_next(line, following, len(row.cells)):
            table.rows.append(row)
            table.end = line.end
            continue
        if table is not None and row is None and table.rows and table.end == lines[i - 1].end \
                and _LABEL_TAIL.fullmatch(line.text.strip()) and following is not None:
            # "Exports (billions of" / "dollars)": the label goes on; the table too
            tail = line.text.strip()
            at = line.start + line.text.index(tail)
            table.rows[-1].more.append(Cell(tail, at, at + len(tail)))
            continue
        table = None
        if i >= 1 and _YEARS_LINE.fullmatch(line.text) and _MONTH_NAMES_LINE.fullmatch(lines[i - 1].text) \
                and following is not None:
            labels = _month_over_year(lines[i - 1], line)
            if labels and len(following.cells) == len(labels):
                table = Table(labels, before=_caption_before(text, lines[i - 1].start), start=lines[i - 1].start)
                tables.append(table)
            continue
        if following is None:
            continue  # a header is always followed by a row
        if i >= 1 and (grouped := _grouped_columns(lines[i - 1], line, len(following.cells))) is not None:
            # "January  December" over "Import Export Balance  Import Export Balance"
            table = Table(grouped[0], before=_caption_before(text, lines[i - 1].start), start=lines[i - 1].start,
                          groups=grouped[1])
            tables.append(table)
            continue
        caption, labels = header_labels(line)
        if len(labels) >= 2 and len(following.cells) == len(labels):
            table = Table(labels, caption=caption, before=_caption_before(text, line.start), start=line.start)
            tables.append(table)
    tables = [t for t in tables if t.rows]
    for table in tables:
        if table.groups:  # (only such a table looks there for its unit)
            table.after = _note_after(lines, table.end)
    return tables


def _note_after(lines: list[Cell], end: int) -> str:
    """The first line of words after a table, past rows it left unread and short label
    lines ("power, waste"): where a note may state its unit ("NOTE - Figures are in
    millions of euros.")."""
    following = [line for line in lines if line.start > end][:8]
    for line in following:
        if _spaced_row(line) is None and len(line.text.strip()) >= 20:
            return line.text.strip()[:_SPACED_LINE]
    return ""


# Labels on a header line, set apart by two spaces or more ("Trade balance" is one).
_SPACED_LABEL = re.compile(r"\S+(?: \S+)*")


def _grouped_columns(periods: Cell, measures: Cell, width: int) -> tuple[list[Cell], list[Cell]] | None:
    """Column labels naming measures ("Import  Export  Balance", once for each period),
    under a line of the periods they fall in ("January  December"): the measures as the
    columns, and each column's period. None unless every label is one and they count
    the row's cells in equal groups."""
    names = [Cell(m.group(), measures.start + m.start(), measures.start + m.end())
             for m in _SPACED_LABEL.finditer(measures.text)]
    heads = [Cell(m.group(), periods.start + m.start(), periods.start + m.end())
             for m in _SPACED_LABEL.finditer(periods.text)]
    if len(heads) < 2 or len(names) != width or width % len(heads) or width == len(heads):
        return None
    if not all(LABEL_MEASURES.get(n.text.lower()) for n in names):
        return None
    if not all(PERIOD_LABEL.fullmatch(h.text) or _MONTH_ALONE.fullmatch(h.text) for h in heads):
        return None
    size = width // len(heads)
    return names, [heads[k // size] for k in range(width)]


_MONTH_ALONE = re.compile(rf"(?i){_MONTH}")


def _month_over_year(months: Cell, years: Cell) -> list[Cell]:
    """Column labels from a line of months over a line of their years, paired in order."""
    names = list(re.finditer(r"\S+", months.text))
    numbers = list(re.finditer(r"\S+", years.text))
    if len(names) != len(numbers) or len(names) < 2:
        return []
    return [Cell(f"{n.group()} {y.group()}", months.start + n.start(), years.start + y.end())
            for n, y in zip(names, numbers)]


def _is_header_of_next(line: Cell, following: Row | None, width: int) -> bool:
    """A line of labels that ends in years ("Q2 10 Q1 10 ... 2009 2008 2007") also reads
    as a row: it is a header when all of it is labels and the line after is a row."""
    if following is None or len(following.cells) != width:
        return False
    caption, labels = header_labels(line)
    return not caption and len(labels) == width


def _spaced_row(line: Cell) -> Row | None:
    end = line.text.rstrip()[-1:]
    if len(line.text) > _SPACED_LINE or not (end.isdigit() or end in "*)" or line.text.rstrip().endswith(("bn", "mn"))):
        return None  # a row ends in a figure; most lines are spared the pattern
    m = _SPACED_ROW.match(line.text)
    if m is None or len(m["label"]) > 60 or not re.search(r"[A-Za-z]", m["label"]):
        return None
    base = line.start + m.start("numbers")
    cells = [Cell(t.group(), base + t.start(), base + t.end()) for t in _CELL.finditer(m["numbers"])]
    return Row(Cell(m["label"], line.start + m.start("label"), line.start + m.end("label")), cells)
