"""Whether the facts of a relation are firm enough to call it inconsistent.

A recomputed relation that fails is as good as the facts it rests on. Most false
alarms come from a fact given a period the article did not state beside it (carried
from the sentence before, or the story's main period): "$1,12 billion last year" read
as the whole of 2016 rather than its first five months. So a failed relation is only
called inconsistent when every fact in it has its period stated in its own sentence or
the one before it (a date, or words pointing back at it: "in the month", "during the
period under review"), or all of them stand in one sentence; otherwise it is reported as
unverifiable, with the reason.
"""
from __future__ import annotations

import re

from models import Check, TradeFact

# Words that state a sentence's period by pointing back at the one just named.
_PERIOD_ANAPHOR = re.compile(
    r"\b(?:in|during|for|over|of)\s+(?:the|that|this)\s+(?:same\s+)?(?:month|quarter|period|year|half|months)\b"
    r"|\b(?:period\s+under\s+review|review\s+period|reporting\s+period|said\s+period)\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _dated_in_place(fact: TradeFact, text: str | None) -> bool:
    period = fact.period
    if period is None:
        return False
    start, end = fact.sentence.start, fact.sentence.end
    if period.span is not None and start <= period.span.start < end:
        return True
    if text is None:
        return False
    if period.span is not None and period.span.end <= start \
            and len(_SENTENCE_END.findall(text, period.span.end, start)) <= 1:
        return True  # "... a surplus of 2.1 billion crowns in April. Exports were 10.2 billion ..."
    return _PERIOD_ANAPHOR.search(text, start, end) is not None


def firm(check: Check, by_id: dict[str, TradeFact], text: str | None = None) -> Check:
    """``check``, demoted to unverifiable when it is inconsistent on infirm facts;
    ``text`` is the article's, for the words that point back at a period."""
    if check.status != "inconsistent":
        return check
    facts = [by_id[i] for i in check.facts if i in by_id]
    if len({f.sentence.start for f in facts}) <= 1 or all(_dated_in_place(f, text) for f in facts):
        return check
    return check.model_copy(update={
        "status": "unverifiable",
        "message": (check.message or "") + " Not all of these figures have their period stated beside them, "
                                           "so the difference may be the reading's, not the article's.",
    })
