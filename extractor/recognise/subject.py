"""The economy a story is about: the first one its title names, else its first sentence's."""
from datetime import date

from extractor.recognise.economy import find_economies
from extractor.recognise.sentences import sentence_spans
from models import EconomyMention


def subject_economy(text: str, economies: list[EconomyMention], title: str | None = None,
                    published: date | None = None) -> str | None:
    if title:
        in_title = find_economies(title, published)
        if in_title:
            return in_title[0].code
    spans = sentence_spans(text)
    first_end = spans[0][1] if spans else len(text)
    lead = [m for m in economies if m.start < first_end]
    if lead:
        return lead[0].code
    return economies[0].code if economies else None
