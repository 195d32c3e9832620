"""The economy a story is about, and the two economies of a bilateral story.

The subject is the first economy the title names, else the first of the first
sentence, else the first of the text. The pair is the subject and the other economy
the title or first sentence names, else the one mentioned most often beside it:
what "the two nations" and "bilateral trade" refer to.
"""
from collections import Counter

from models import EconomyMention


def subject_economy(economies: list[EconomyMention], title_economies: list[EconomyMention],
                    lead_end: int) -> str | None:
    """``lead_end`` is where the first sentence ends."""
    lead = [m for m in economies if m.start < lead_end]
    for source in (title_economies, lead, economies):
        if source:
            return source[0].code
    return None


def story_pair(subject: str | None, economies: list[EconomyMention], title_economies: list[EconomyMention],
               lead_end: int) -> tuple[str, str] | None:
    if subject is None:
        return None
    lead = [m for m in economies if m.start < lead_end]
    named = [m.code for m in title_economies + lead if m.code != subject]
    if named:
        return subject, named[0]
    others = Counter(m.code for m in economies if m.code != subject)
    return (subject, max((n, code) for code, n in others.items())[1]) if others else None
