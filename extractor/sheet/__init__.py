"""The fact-checker's proof sheet: articles with their figures marked and their arithmetic shown.

``marks`` decides which stretches of text to mark for which facts, ``tips`` what a
mark says it was read as, ``workings`` a check's arithmetic step by step, and
``render`` makes the self-contained HTML page (its styles and script are the data
files in ``static/``). ``tradefacts check --html`` and the web service use ``Sheet``
and ``render_sheet``.
"""
from extractor.sheet.render import Sheet, render_sheet

__all__ = ["Sheet", "render_sheet"]
