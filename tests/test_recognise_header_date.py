"""The date line at an undated page's head stands in for its publication date."""
from datetime import date
from typing import NamedTuple

import pytest

from extractor.extraction import Article, extract_many
from extractor.recognise import header_date


class Case(NamedTuple):
    source: str
    text: str
    expected: date | None


# Invented lines in the forms scraped pages keep (the source names the kind of page).
DATE_LINES = [
    Case("agency page, source line", "Japan books deficit\nSource: Xinhua | 2020-02-20\nJapan logged", date(2020, 2, 20)),
    Case("business daily, labelled", "China Has Record Trade\nZhang Yushuo\nDATE:  Apr 14 2025\n/ SOURCE: Yicai",
         date(2025, 4, 14)),
    Case("wire page, date then time", "Brazil posts surplus\nJuly 3, 2017\n6:39 PM\nBrazil", date(2017, 7, 3)),
    Case("national outlet, day first", "25 November 2012\nAmman - Jordan's exports", date(2012, 11, 25)),
    Case("regional outlet, time beside", "Fiji exports\n27 Sep 2014 11:17\nFiji's exports", date(2014, 9, 27)),
    Case("byline with label", "By A. Writer | Updated: Mar 3, 2021 10:15 IST\nText", date(2021, 3, 3)),
    Case("weekday and abbreviation", "Published: Monday, Sept. 5, 2019\nText", date(2019, 9, 5)),
    # ... with the page's source or editor after it
    Case("Chinese portal, source and editor after", "China remains top partner\n\n2021-02-23 09:57:19   来源: Xinhua  "
         "责任编辑: 王明  \nText", date(2021, 2, 23)),
    Case("wire page, source after", "Brazil posts surplus\nJuly 3, 2017 | Source: Reuters\nBrazil", date(2017, 7, 3)),
    # A wire's dateline that gives the year opens the story with the page's date.
    Case("national agency dateline", "Ethiopia earns more\n\nAddis Ababa July 17/2020(ENA) Ethiopia has secured",
         date(2020, 7, 17)),
    Case("press release wire", "NEW YORK, Oct. 5, 2023 /PRNewswire/ -- Kenya's exports", date(2023, 10, 5)),
    Case("wire dateline with year", "MOSCOW, July 19, 2023 (Reuters) - Russia's exports", date(2023, 7, 19)),
    # A date inside a sentence is an event's or a period's, not the page's.
    Case("date after a sentence's subject", "Exports in July 17, 2020 rose", None),
    Case("fiscal year's end", "The deficit narrowed in the fiscal year, which ended January 7, 2019.\n", None),
    Case("release date in a sentence", "Figures released on Tuesday (10 May 2016) showed a deficit.", None),
    Case("no such day", "2020-02-31\nText", None),
    # Far down the page, past the story's head, a lone date is no page date.
    Case("below the head", "line\n" * 12 + "July 3, 2017\n", None),
]


@pytest.mark.parametrize("case", DATE_LINES, ids=[c.source for c in DATE_LINES])
def test_header_date(case: Case):
    assert header_date(case.text) == case.expected


def test_an_undated_page_is_dated_by_its_date_line():
    text = ("Japan books goods trade deficit in January\nSource: Xinhua | 2020-02-20\n"
            "Japan logged a goods trade deficit of 1.31 trillion yen in January, the Finance Ministry said.")
    (undated,) = extract_many([Article(id="undated", text=text)])
    (fact,) = undated.facts
    assert (fact.period.start, fact.period.end) == (date(2020, 1, 1), date(2020, 1, 31))
    assert undated.published is None  # the result reports what the caller gave
    # a date the caller gives wins over the page's line
    (dated,) = extract_many([Article(id="dated", text=text, published=date(2021, 2, 18))])
    assert (dated.facts[0].period.start, dated.facts[0].period.end) == (date(2021, 1, 1), date(2021, 1, 31))
