"""Sentence spans: hard-wrapped wire copy against web copy with one paragraph a line.

Every case is invented in the manner of its source kind and lists the sentences
``sentence_spans`` must give, by their text.
"""
from typing import NamedTuple

import pytest

from extractor.recognise.sentences import is_hard_wrapped, sentence_spans
from tests.case_tables import table_params


class Case(NamedTuple):
    source: str
    text: str
    sentences: list[str]
    known_failure: str | None = None


WIRE = [
    # Lines wrapped at about 65 characters: a newline inside a sentence is a space.
    Case("invented (1987 wire style)",
         "Japan's trade surplus rose to 8.1 billion dlrs in\nFebruary from 6.2 billion in January, the "
         "Finance\nMinistry said.\n    Exports rose 4.3 pct to 16.2 billion dlrs and imports\nfell 2.1 pct.\n",
         ["Japan's trade surplus rose to 8.1 billion dlrs in\nFebruary from 6.2 billion in January, the Finance\n"
          "Ministry said.", "Exports rose 4.3 pct to 16.2 billion dlrs and imports\nfell 2.1 pct."]),
]

WEB = [
    # Scraped wire copy may break a sentence with a blank line: a lower-case word after
    # it goes on with the sentence, in wrapped copy or not.
    Case("invented (South Asian wire page)",
         "COLOMBO, July 20 -- The trade deficit during June 2023 was\n\nrecorded at $420 million, a decline of "
         "38 percent when\n\ncompared to the deficit of $677 million during June 2022.\n\nExports rose.\n",
         ["The trade deficit during June 2023 was\n\nrecorded at $420 million, a decline of 38 percent when\n\n"
          "compared to the deficit of $677 million during June 2022.", "Exports rose."]),
    # ... and so does a line that ends on a word no sentence ends with ("to", "of", "the").
    Case("invented (Latin American wire page)",
         "LIMA — Peru's imports rose 3.8% to\n\n$3.99 billion in September, from $3.86 billion in the\n\n"
         "same month a year earlier.\n\nExports fell.\n",
         ["Peru's imports rose 3.8% to\n\n$3.99 billion in September, from $3.86 billion in the\n\nsame month a "
          "year earlier.", "Exports fell."]),
    Case("invented (web page)",
         "Exports rose to $5 billion in May, the office said\n\nand imports fell to $4 billion.\nSign up now\n",
         ["Exports rose to $5 billion in May, the office said\n\nand imports fell to $4 billion.", "Sign up now"]),
    # A paragraph a line, among a headline and menu lines that end with no stop: each
    # line is its own sentence, however many of them end open.
    Case("invented (British web page)",
         "Partner Article\nTrade deficit falls at 2012 close\nThe UK's trade deficit fell from £3.6bn to £3.2bn "
         "between November and December 2012, the Office for National Statistics said.\nOver the period, exports "
         "to the EU fell by £0.6bn to £12.2bn, and imports from the EU fell by £0.6bn to £16.9bn.\nSign up for "
         "our newsletter\nMost read\nPowering a new wave of regional screen indies\n",
         ["Partner Article", "Trade deficit falls at 2012 close",
          "The UK's trade deficit fell from £3.6bn to £3.2bn between November and December 2012, the Office for "
          "National Statistics said.",
          "Over the period, exports to the EU fell by £0.6bn to £12.2bn, and imports from the EU fell by £0.6bn "
          "to £16.9bn.", "Sign up for our newsletter", "Most read", "Powering a new wave of regional screen indies"]),
]

ABBREVIATIONS = [
    # A compass initial ("S. Korea", "N. Korea") ends no sentence; "Plan B." does.
    Case("invented (Qatari outlet)",
         "Qatar's exports to S. Korea rose 10% to QR3.9 billion in May. Exports rose under Plan B. Imports fell.",
         ["Qatar's exports to S. Korea rose 10% to QR3.9 billion in May.", "Exports rose under Plan B.",
          "Imports fell."]),
    # Scraped copy that lost the space after a stop: a word of two lower-case letters or
    # two capitals before it ends the sentence; an abbreviation's single capital does not.
    Case("invented (scraped Malaysian copy)",
         "Imports rose 17 percent to 250.1 billion RM.Trade surplus rose. The surplus was a month high.In May, "
         "the U.S.Trade Representative spoke.",
         ["Imports rose 17 percent to 250.1 billion RM.", "Trade surplus rose.", "The surplus was a month high.",
          "In May, the U.S.Trade Representative spoke."]),
    # ... and so does a year's or a percentage's last figure (no decimal has a letter after
    # it); a decimal and a version number do not (Russian and Chinese wire pages)
    Case("invented (scraped wire page)",
         "Trade fell by 14.5% in the first half of 2023.China's exports fell 17.9%.Imports rose to $87.9 billion. "
         "The index rose to 3.5 points.",
         ["Trade fell by 14.5% in the first half of 2023.", "China's exports fell 17.9%.",
          "Imports rose to $87.9 billion.", "The index rose to 3.5 points."]),
]

DATELINES = [
    # A city the table does not know, in a wire's capitals, set off by a hyphen
    # (Caribbean survey: "SAN JOSE - ", "KINGSTON - ")
    Case("invented (Central American wire)",
         "SAN JOSE - Costa Rica's exports of goods totalled US$18,943 million in 2023.\n",
         ["Costa Rica's exports of goods totalled US$18,943 million in 2023."]),
    Case("invented (Caribbean daily)", "KINGSTON - Imports fell to US$510 million in May.\n",
         ["Imports fell to US$510 million in May."]),
    # A Spanish agency's bracket closed by a stop and a dash (Latin American survey)
    Case("invented (Spanish agency in English)",
         "Lima, Mar 14 (EFE).- Peru posted a trade surplus of 1,208 million dollars in January.\n",
         ["Peru posted a trade surplus of 1,208 million dollars in January."]),
    # A city-state's name (or a country's in capitals) set off as a dateline, and a day
    # before its month with the year after it (Southeast Asian survey)
    Case("invented (Singaporean daily)",
         "SINGAPORE – Trade in goods between Singapore and Japan was $61 billion in 2023.\n",
         ["Trade in goods between Singapore and Japan was $61 billion in 2023."]),
    Case("invented (Kuwaiti agency)", "KUWAIT - Non-oil exports rose to KD 412 million in May.\n",
         ["Non-oil exports rose to KD 412 million in May."]),
    Case("invented (Timorese agency)",
         "DILI, 14 April 2020 – Timor-Leste imported goods worth US$540 million last year.\n",
         ["Timor-Leste imported goods worth US$540 million last year."]),
    Case("invented (Singaporean daily)", "Singapore – Exports rose to S$50 billion in March.\n",
         ["Exports rose to S$50 billion in March."]),
    # A dateline whose agency stands between slashes, after the date's stop or before a
    # dash: the lead starts past it, as past "(Reuters) -".
    Case("invented (Russian wire)",
         "MOSCOW, July 19. /TASS/. Kyrgyzstan imported goods worth $3.4 bln in January - June 2023.\n",
         ["Kyrgyzstan imported goods worth $3.4 bln in January - June 2023."]),
    Case("invented (press release wire)",
         "NEW YORK, Oct. 5, 2023 /PRNewswire/ -- Kenya's exports rose to $1.2 billion in 2022.\n",
         ["Kenya's exports rose to $1.2 billion in 2022."]),
    # ... or an agency in brackets after the date with no mark after it (Indian wires).
    Case("invented (Indian wire)",
         "New Delhi, Jul 14 (PTI) India's merchandise exports contracted 22 per cent to USD 32.97 billion in June.\n",
         ["India's merchandise exports contracted 22 per cent to USD 32.97 billion in June."]),
    # A city the economy table does not know, in title case and set off by a dash of its
    # own, is a dateline too, its letters any script's (Brazilian trade agency copy, session
    # 64's West African survey); a hyphen or a country's name is not.
    Case("invented (Brazilian trade agency)",
         "São Paulo – Tunisia's exports to France totalled TND 6.42 billion in the first half of 2023.\n",
         ["Tunisia's exports to France totalled TND 6.42 billion in the first half of 2023."]),
    Case("invented (Brazilian trade agency)",
         "Rio de Janeiro — Brazil's exports to Egypt rose 12% to $1.9 billion in the first half.\n",
         ["Brazil's exports to Egypt rose 12% to $1.9 billion in the first half."]),
    Case("invented (wire copy)",
         "China – Kenya's largest supplier – sold goods worth Sh412 billion to Kenya in 2023.\n",
         ["China – Kenya's largest supplier – sold goods worth Sh412 billion to Kenya in 2023."]),
    # ... but a bracket with no date before it is part of the sentence.
    Case("invented (Indian wire)",
         "The Directorate General (DGFT) Data show exports rose 5 per cent to USD 32.97 billion in June.\n",
         ["The Directorate General (DGFT) Data show exports rose 5 per cent to USD 32.97 billion in June."]),
]

TABLES = {"wire": WIRE, "web": WEB, "abbreviations": ABBREVIATIONS, "datelines": DATELINES}


@pytest.mark.parametrize("case", list(table_params(TABLES)))
def test_sentence_spans(case: Case):
    assert [case.text[a:b] for a, b in sentence_spans(case.text)] == case.sentences


def test_web_copy_with_open_lines_is_not_hard_wrapped():
    assert not is_hard_wrapped(WEB[0].text)
    assert is_hard_wrapped(WIRE[0].text)
