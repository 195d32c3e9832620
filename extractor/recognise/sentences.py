"""Sentence spans, cheaply, without a statistical model.

Two kinds of text arrive: hard-wrapped newswire (Reuters wraps lines at about 65
characters and indents paragraphs) and web copy with one paragraph per line. In the
first a newline is only a space unless it opens an indented or blank-line paragraph;
in the second every newline ends a sentence. Within a line, a full stop ends a
sentence when a capitalised word follows, except after abbreviations such as "U.S."
(Reuters even capitalises the word after it: "the U.S. Wants South Korea").
"""
import re

from extractor.data.currencies import NEWS_SYMBOLS

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Corp|Inc|Ltd|Co|No|Jan|Feb|"
    r"Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|vs|approx|Nos)\."
    # a compass initial ("S. Korea", "N. Korea", "S. Africa")
    r"|(?<![\w.])[NSEW]\.)$"
)
# A currency's abbreviation before its amount ("Tk. 400 billion", "Dhs. 5 million") ends
# no sentence either; after an amount ("40 billion kr.") it may.
_CURRENCY_ABBREVIATION = re.compile(
    r"\b(?:" + "|".join(sorted({re.escape(s[:-1]) for s in NEWS_SYMBOLS if re.fullmatch(r"\w+\.", s)})) + r")\.$")
# Scraped copy may lose the space after a full stop ("6.40 trillion yuan.Zhou Ming said",
# "the previous month.In May", "50.4 billion RM.Trade surplus"): a word ending in two
# lower-case letters or two capitals, a stop, then a capitalised word (not "U.S.Trade":
# an abbreviation's stop has one capital before it); or a number or a percentage ("in the
# first half of 2023.China's exports", "up 3%.Imports": no decimal has a letter after it).
_STOP = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|(?:(?<=[a-z]{2}\.|[A-Z]{2}\.)|(?<=[\d%]\.))(?=[A-Z][a-z]+\b)")
_PARAGRAPH = re.compile(r"\n[ \t]*\n(?![ \t]*(?:\n[ \t]*)*[a-z(])|\n[ \t]{2,}")
# (a blank line between does not break it either: scraped wire copy may come as
# "the deficit was\n\nrecorded at $420 million")
_LINE = re.compile(r"\n(?![ \t]*(?:\n[ \t]*)*[a-z(])")
# ... nor one after a word no sentence ends with: "imports rose 3.8% to\n\n$3.99 billion".
_ENDS_OPEN = re.compile(r"\b(?:to|of|from|and|or|the|an?|at|by|with|than)[ \t]*$")


# Wider than any wrapped wire line (Reuters wraps at 65 characters or fewer).
_WRAP_WIDTH = 100


def is_hard_wrapped(text: str) -> bool:
    """Most lines end mid-sentence: a newline there is a line wrap, not a break.

    A table's lines ("|46,039.8") are neither prose nor wraps, and are not counted.
    """
    lines = [line.rstrip() for line in text.split("\n")[:-1] if line.strip() and "|" not in line]
    if len(lines) < 3:
        return False
    if sum(1 for line in lines if len(line) > _WRAP_WIDTH) >= 2:
        # Paragraphs on lines of their own, among headlines and menus that end open: web
        # copy, however many lines lack a full stop (wires wrap at about 65 characters)
        return False
    open_ended = sum(1 for line in lines if not re.search(r"[.!?:;\"”’)]$", line))
    return open_ended / len(lines) > 0.5


def _paragraphs(text: str) -> list[tuple[int, int]]:
    # A newline before a lower-case word continues the sentence in either style.
    breaks = _PARAGRAPH if is_hard_wrapped(text) else _LINE
    spans, start = [], 0
    for m in breaks.finditer(text):
        if _ENDS_OPEN.search(text, max(0, m.start() - 8), m.start()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


# A dateline opening a paragraph: "RIYADH, Aug. 7 (SPA) --", "Riga, LETA –", "CAIRO:",
# "Almaty, Kazinform –" (an agency's name need not be in capitals), "MOSCOW, July 19.
# /TASS/.", "NEW YORK, Oct. 5, 2023 /PRNewswire/ --" (an agency between slashes).
# The parser reads its city as the sentence's subject, so the sentence starts after it.
_DATELINE = re.compile(
    # (a city's letters in any script, "São Paulo"; the two classes disjoint, so that no
    # letter can be matched two ways)
    r"[ \t]*(?P<city>[A-Z](?:[^\W\d_]|['’.\- ]){1,30}?)[ \t]*"
    # "Lima, Peru, 20 July –": the city's country may come before the date
    r"(?:,[ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?(?=,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d|\d{1,2}[ \t]+[A-Z])))?"
    # ("DILI, 14 April 2020 –": a day before its month, and the year after)
    r"(?:,[ \t]*(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*(?:19|20)\d\d)?|\d{1,2}[ \t]+[A-Z][a-z]+"
    r"(?:,?[ \t]+(?:19|20)\d\d)?)"
    r"|,[ \t]*(?P<agency>[A-Z][A-Za-z]{1,11}))?"
    r"[ \t]*(?P<paren>\([^()\n]{1,40}\))?"
    r"(?:[ \t]*(?:(?<=\d)\.)?[ \t]*(?P<slashed>/[A-Za-z][A-Za-z\-]{1,20}/))?"
    # ("New Delhi, Jul 14 (PTI) India's exports ...": after a date, an agency's bracket
    # may end it with no mark)
    # ("Mexico City, Aug 26 (EFE).-": Spanish agencies close the bracket with a stop and a dash)
    r"[ \t]*(?::|—|–|--?|(?<=\))\.[-–—]|(?<=\d)\.|(?<=/)\.|(?(date)(?<=\))|(?!)))[ \t]+(?=[A-Z\"“])")


# ... and one that runs into the lead with no mark between, which a wire's capitals and
# date still show: "KARACHI, Pakistan, March 15 Pakistan's trade deficit ...".
_DATELINE_RUN_ON = re.compile(
    r"[ \t]*[A-Z]{3,}(?:[ \t]+[A-Z]{2,}){0,2}[ \t]*,[ \t]*(?:[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?[ \t]*,[ \t]*)?"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*(?:19|20)\d\d)?[ \t]+(?=[A-Z\"“])")


# A city's name: one to three words in title case, "São Paulo", "Rio de Janeiro".
_CITY_WORDS = re.compile(r"[A-Z][^\W\d_]+(?:[ \t]+(?:de|do|da|del|di|[A-Z][^\W\d_]+)){0,2}")


def _past_dateline(text: str, start: int, end: int) -> int:
    """Where the sentence starting at ``start`` begins past a dateline, if it opens with one."""
    run_on = _DATELINE_RUN_ON.match(text, start, end)
    if run_on is not None and end - run_on.end() >= 20:
        return run_on.end()
    m = _DATELINE.match(text, start, end)
    if m is None or end - m.end() < 20:
        return start
    city = m.group("city").strip()
    if m.group("agency") or m.group("paren") or m.group("date") or m.group("slashed"):
        return m.end()
    from extractor.data.economies import CITY_STATES
    from extractor.recognise.economy import find_economies  # (the economy table imports nothing of ours)
    named = find_economies(city.title() if city.isupper() else city)  # "CAIRO:" as "Cairo"
    if len(named) == 1 and named[0].form in ("capital", "city"):
        return m.end()
    mark = m.group().rstrip()[-1]  # what sets the dateline off
    if len(named) == 1 and named[0].end - named[0].start == len(city) \
            and (city.isupper() and mark in "–—-" or mark in "–—" and named[0].code in CITY_STATES):
        # "SINGAPORE –", "KUWAIT -": a country's name in a wire's capitals, or a city-state's
        # ("Singapore –", the city named as its capital) set off by a dash of its own, is a
        # dateline ("China – Kenya's largest supplier – sold": an aside after the subject;
        # "MALTA: Trade deficit narrows": a headline's label, which names its economy)
        return m.end()
    # "São Paulo – Tunisia's exports ...": a city the table does not know, one to three
    # words in title case set off by a dash of its own (not a hyphen), names no economy
    if not named and _CITY_WORDS.fullmatch(city) and mark in "–—":
        return m.end()
    # ... or in a wire's capitals, where a hyphen does too: "KINGSTON - ", "SAN JOSE - "
    # (a headline's "EU - China" names an economy, which the rule above leaves to a dash)
    if not named and city.isupper() and _CITY_WORDS.fullmatch(city.title()) and mark == "-":
        return m.end()
    return start


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences, stripped of surrounding white space; a paragraph's
    first sentence starts past its dateline."""
    spans = []
    for p_start, p_end in _paragraphs(text):
        start = _past_dateline(text, p_start, p_end)
        for m in _STOP.finditer(text, p_start, p_end):
            if m.start() < start:
                continue  # a stop inside the dateline ("RIYADH, Aug. 7 (SPA) --")
            head = text[start:m.start() + 1]
            if _ABBREVIATIONS.search(head.rstrip("\"'”’)")) or \
                    _CURRENCY_ABBREVIATION.search(head) and text[m.end():m.end() + 1].isdigit():
                continue
            spans.append((start, m.start() + len(m.group().rstrip())))
            start = m.end()
        spans.append((start, p_end))
    result = []
    for s, e in spans:
        s, e = stripped_span(text, s, e)
        if e > s:
            result.append((s, e))
    return result


def stripped_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past the white space at either edge of ``text[start:end]``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
