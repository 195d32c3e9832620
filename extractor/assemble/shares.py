"""Stated shares: a percentage or a fraction of a trade figure, and what it is of.

"Cambodia-Japan trade volume represented 4.01% of the Kingdom's total international
trade volume of $8.12 billion": the part is the subject's trade figure, the whole the
trigger after "of". "exports of 5 billion dlrs, or 30 pct of the total": the part is the
figure just before. A share names its part and whole as series (measure, reporter,
partner, period); the checker finds the facts, here or elsewhere in the article.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from extractor.assemble.attach import tokens_in
from extractor.assemble.parties import EconomyTokens, Parties
from extractor.assemble.triggers import Trigger
from extractor.data.lexicon import PAIR_ANAPHORS, PERCENT_WORDS
from extractor.recognise.numbers import parse_number
from models import PercentMention, Share, ShareSide, Span, iso3_of

# What may stand between a figure and its share: "5 billion dlrs, or 30 pct of".
_APPOSITION = re.compile(r"^(?:\s+(?:in|during|for)\s+[\w.-]+(?:\s+[\w.-]+){0,3}?)?"  # "X in 2023, or 30 pct of"
                         r"[\s,(]*(?:or|and|representing|accounting\s+for|equal\s+to|equivalent\s+to|some|"
                         r"constituting|making\s+up|comprising|amounting\s+to|"
                         r"which\s+is|about|nearly|almost|over|around|roughly|just)?"
                         r"(?:\s+(?:about|nearly|almost|over|around|roughly|some|a))?\s*$", re.IGNORECASE)
# How far a plain fraction in words may be from the exact one (relative).
FRACTION_SLACK = 0.05
_SHARE_NOUNS = {"share", "proportion", "portion"}


def share_of(pct: PercentMention, sent, offset: int, text: str) -> Token | None:
    """The "of" (or "share of"/"share in") that makes a percentage a share, if any."""
    toks = tokens_in(sent, pct.start, pct.end, offset)
    if not toks or pct.points:
        return None
    doc = toks[-1].doc
    j = toks[-1].i + 1
    if j < len(doc) and doc[j].text.lower() in _SHARE_NOUNS:
        j += 1
    if j < len(doc) and doc[j].text.lower() in ("of", "in") and (doc[j].text.lower() == "of" or j > toks[-1].i + 1):
        return doc[j]
    return None


def find_shares(pct: PercentMention, of: Token, triggers: list[Trigger], parties: Callable[[Trigger], Parties],
                figures, eco: EconomyTokens, period: tuple | None, sentence: Span, offset: int,
                text: str, next_id: Callable[[], str]) -> Share | None:
    """The share a percentage followed by "of" states, when part and whole are trade figures."""
    whole_tokens = {t.i for obj in of.children if obj.dep_ == "pobj" for t in obj.subtree}
    whole_trig = next((t for t in triggers if t.head.i in whole_tokens and t.counts), None)
    if whole_trig is None:
        return None
    part_fact, part_trig = _part(pct, of, triggers, figures, text, whole_trig)
    top = _top_group(of, text, offset) if part_fact is None and part_trig is None else None
    if part_fact is None and part_trig is None and top is None:
        return None
    part_parties = parties(part_trig) if part_trig is not None else None
    if top is not None:
        count, start, end = top
        owner = parties(whole_trig)
        part = ShareSide(measure=whole_trig.measure, reporter=owner.reporter, partner=None, top=count,
                         period_start=period[0] if period else None, period_end=period[1] if period else None,
                         text=text[start:end])
    elif part_fact is not None:
        part = ShareSide(measure=part_fact.measure, reporter=iso3_of(part_fact.reporter),
                         partner=iso3_of(part_fact.partner), fact=part_fact.id,
                         period_start=part_fact.period.start if part_fact.period else None,
                         period_end=part_fact.period.end if part_fact.period else None,
                         text=part_fact.value.text)
    else:
        start, end = _phrase_span(part_trig.head)
        part = ShareSide(measure=part_trig.measure, reporter=part_parties.reporter, partner=part_parties.partner,
                         period_start=period[0] if period else None, period_end=period[1] if period else None,
                         text=text[start + offset:end + offset])
    whole = _whole(whole_trig, whole_tokens, part, eco, figures, offset, text)
    if top is None and (whole.measure, whole.reporter, whole.partner) == (part.measure, part.reporter, part.partner):
        return None
    low, high = pct.value - pct.step / 2, pct.value + pct.step / 2
    if pct.fraction and not pct.qualifier:
        # "two-thirds" is a round way of saying about 67%, not 66.6667% exactly.
        low, high = pct.value * (1 - FRACTION_SLACK), pct.value * (1 + FRACTION_SLACK)
    return Share(id=next_id(), percent=pct.value, low=low, high=high,
                 text=pct.text, span=Span(start=pct.start, end=pct.end), qualifier=pct.qualifier,
                 part=part, whole=whole, sentence=sentence)


def _part(pct, of, triggers, figures, text, whole_trig):
    """The part: a figure just before the share ("X dlrs, or 30 pct of"), else the
    subject of the verb the share hangs on ("exports ... constituted two-thirds of")."""
    for fig in figures:
        if fig.money.end <= pct.start and fig.facts and _APPOSITION.match(text[fig.money.end:pct.start]):
            current = [f for f in fig.facts if f.role == "current"]
            if current:
                return current[0], None
    verb = _share_verb(of)
    if verb is None:
        return None, None
    subjects = _subjects(verb)
    if not subjects and verb.dep_ in ("advcl", "acl", "xcomp", "conj"):
        # "exports reached X, accounting for 30% of": the participle's subject is its verb's.
        subjects = _subjects(verb.head)
    for subj in subjects:
        ids = {t.i for t in subj.subtree}
        found = next((t for t in triggers if t.head.i in ids and t.counts and t is not whole_trig
                      and not _whole_of_a_share(t.head)), None)
        if found is not None:
            return None, found
    return None, None


def _whole_of_a_share(head: Token) -> bool:
    """"Machinery and transport equipment (45.9 percent of exports and 35.8 percent of
    imports)": a flow that is what another percentage is "of" is that share's whole, not
    the subject's part (the subject is a product group)."""
    while head.dep_ == "conj":  # ("45.9 percent of exports and imports": the first's "of")
        head = head.head
    of = head.head if head.dep_ == "pobj" else None
    if of is None or of.lower_ != "of":
        return False
    return of.head.lower_ in PERCENT_WORDS or of.head.like_num


def _share_verb(of: Token) -> Token | None:
    """The verb a share's "of" hangs on, a few steps up ("took 60 pct of", "accounted for 30% of")."""
    head = of.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


_GROUP_SIZE = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_TOP_GROUP = re.compile(
    rf"\b(?:(?:top|largest|biggest|leading|main|major)\s+(?P<n1>{_GROUP_SIZE})"
    rf"|(?P<n2>{_GROUP_SIZE})\s+(?:top|largest|biggest|leading|main|major))"
    r"\s+(?:\w+\s+)?(?:partners|markets|destinations|suppliers|buyers|customers|countries|sources)\b",
    re.IGNORECASE)


def _top_group(of: Token, text: str, offset: int) -> tuple[int, int, int] | None:
    """"The top five markets took 60 pct of": the group's size and where it is named."""
    verb = _share_verb(of)
    for subj in _subjects(verb) if verb is not None else []:
        left = min(t.idx for t in subj.subtree) + offset
        right = max(t.idx + len(t.text) for t in subj.subtree) + offset
        for m in _TOP_GROUP.finditer(text, left, right):
            parsed = parse_number(m["n1"] or m["n2"])
            if parsed is not None and parsed.value >= 2 and parsed.value == int(parsed.value):
                return int(parsed.value), m.start(), m.end()
    return None


def _whole(trig: Trigger, tokens: set[int], part: ShareSide, eco: EconomyTokens, figures, offset, text) -> ShareSide:
    """The whole: the same pair's trade when "bilateral" or "between the two", else the
    part's reporter's (or a named economy's) trade with the world."""
    words = " ".join(trig.head.doc[i].text.lower() for i in sorted(tokens))
    named = [eco.by_token[i].code for i in sorted(tokens) if i in eco.by_token]
    if "bilateral" in words or any(p in words for p in PAIR_ANAPHORS):
        reporter, partner = part.reporter, part.partner
    elif named:
        reporter, partner = named[0], None
    else:
        reporter, partner = part.reporter, None
    fact_id = None
    for fig in figures:
        ids = {t.i for t in tokens_in(trig.head.sent, fig.money.start, fig.money.end, offset)}
        if ids & tokens and fig.facts:
            fact_id = fig.facts[0].id
    start, end = _phrase_span(trig.head)
    return ShareSide(measure=trig.measure, reporter=reporter, partner=partner, period_start=part.period_start,
                     period_end=part.period_end, fact=fact_id, text=text[start + offset:end + offset])


def _phrase_span(head: Token) -> tuple[int, int]:
    """The noun phrase of a trigger up to its head word: "Cambodia-Japan trade volume"."""
    left = min(t.idx for t in head.subtree if t.i <= head.i)
    return left, head.idx + len(head.text)
