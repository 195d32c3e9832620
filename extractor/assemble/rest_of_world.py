"""A group's trade with everyone outside it: "extra-EU exports", "the EU's deficit with
non-EU countries".

GUIDELINES.md: a group with no code ("non-EU countries") is no partner, but "the rest of
the world" meaning everyone else is the world. Trade "outside the EU" is everyone else
when the Union itself is the reporter (Eurostat's "extra-EU trade" is the EU's trade
with the world); for a member ("Germany's extra-EU exports") it stays a group with no
code, which figures.group_partner keeps out.
"""
from __future__ import annotations

import re

from extractor.recognise.economy import find_economies

# The prefix and the group after it, as the tokeniser splits "extra-EU" ("extra", "-", "EU").
_OUTSIDE_PREFIX = re.compile(r"^(?:extra|non)$", re.IGNORECASE)
_PARTNER_PREPOSITIONS = ("to", "from", "with")


def _group_after_prefix(token) -> str | None:
    """The coded group a "non-"/"extra-" token is the prefix of ("EU" for "extra-EU")."""
    doc = token.doc
    if not _OUTSIDE_PREFIX.match(token.text) or token.i + 2 >= len(doc) or doc[token.i + 1].text != "-":
        return None
    named = find_economies(doc[token.i + 2:min(len(doc), token.i + 6)].text)
    first = named[0] if named else None
    return first.code if first is not None and first.start == 0 else None


def group_traded_outside(head) -> str | None:
    """The coded group whose outside the flow ``head`` trades with: "extra-EU exports"
    and "exports to non-EU countries" give "EU"; None when the flow names no such group
    (or one with no code: "non-euro area countries")."""
    doc = head.doc
    # the prefix before the flow word itself: "extra-EU exports", "the non-EU deficit"
    before = list(doc[head.left_edge.i:head.i])
    # or on the object of its partner preposition: "the surplus with non-EU countries"
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPOSITIONS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            before.extend(t for t in obj.subtree if t.i < obj.i)
    return next((code for t in before if (code := _group_after_prefix(t)) is not None), None)
