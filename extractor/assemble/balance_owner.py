"""Whose balance a figure is, when the words after it say so.

"Sh5.93 billion in Tanzania's favour", "$320 million in favour of Egypt": the economy
named is in surplus. "a deficit of $95 million for Peru", "a surplus of $210 million for
Ghana": the economy named owns the balance, whatever its sign. When the sentence names
the pair the balance is between ("The Togo-Ghana trade balance", "trade between Japan and
India ..., with a surplus of X in India's favour"), that economy is the reporter and the
other one of the pair the partner, which the flow's own words may not reach.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from extractor.assemble.context import ArticleContext
from extractor.assemble.parties import Parties, pair_named_within

_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# "in Tanzania's favour", "in favour of Kenya": after a figure, or before it in its sentence
_FAVOUR = r"in\s+(?:(?P<name>" + _NAME + r")(?:'s|’s|')\s+favou?r|favou?r\s+of\s+(?P<other>" + _NAME + r"))"
_IN_FAVOUR = re.compile(r"\s*,?\s*" + _FAVOUR)
# "for Peru" (the economy's name must start right after it: "for the first time" is no owner)
_FOR = re.compile(r"\s*,?\s*for\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"'s|’s|'")


def said_in_favour(text: str, money_end: int) -> bool:
    """Whether the words right after a figure say whose favour it is in ("Kenya's trade with
    Tanzania was Sh5.93 billion in Tanzania's favour"): the figure is a balance."""
    return _IN_FAVOUR.match(text, money_end) is not None


class Owner(NamedTuple):
    code: str
    favoured: bool  # "in X's favour" (a surplus of X's), not "for X" (X's balance, either sign)


# Before the figure: "leaving Russia with a surplus of X", "The trade surplus enjoyed by
# Nigeria thus rose to X": the economy named has the balance.
_LEFT_WITH = re.compile(r"\b(?:leav(?:ing|es?)|left)\s+(?P<name>" + _NAME + r")\s+with\s+(?:an?\s+)?"
                        r"(?:[\w-]+\s+){0,3}?(?:surplus|deficit)\b[^.;]*$")
# ("India's trade with Nigeria remained in Nigeria's favour, with a surplus of X": the
# economy the balance favours, said before its figure)
_FAVOURED_BEFORE = re.compile(r"\b" + _FAVOUR + r"\b(?:[^.;]|(?<=\d)\.(?=\d))*$")
_BALANCE_OF = re.compile(r"\b(?:surplus|deficit)\s+(?:enjoyed|recorded|posted|run|incurred|suffered|registered)\s+"
                         r"by\s+(?P<name>" + _NAME + r")[^.;]*$")


def balance_owner(ctx: ArticleContext, money_end: int, sentence_end: int,
                  before: tuple[int, int] | None = None) -> Owner | None:
    """The economy the words right after a balance's figure give it to, if they name one;
    else the one the words ``before`` it, in its sentence, say has it."""
    if before is not None and (m := _FAVOURED_BEFORE.search(ctx.text, *before)) is not None:
        group = "name" if m.group("name") else "other"
        named = ctx.within(ctx.economies, m.start(group), m.end(group))
        if len({e.code for e in named}) == 1:
            return Owner(named[0].code, True)
    if before is not None:
        for pattern in (_LEFT_WITH, _BALANCE_OF):
            if (m := pattern.search(ctx.text, *before)) is not None:
                named = ctx.within(ctx.economies, m.start("name"), m.end("name"))
                if len({e.code for e in named}) == 1:
                    return Owner(named[0].code, False)
    if (m := _IN_FAVOUR.match(ctx.text, money_end)) is not None:
        named = ctx.within(ctx.economies, m.start(), min(m.end(), sentence_end))
        return Owner(named[0].code, True) if len(named) == 1 else None
    if (m := _FOR.match(ctx.text, money_end)) is not None:
        named = ctx.economy_at(m.end(), m.end() + 1)
        if named is not None and named.start == m.end() and named.form != "demonym" \
                and not _POSSESSIVE.match(ctx.text, named.end):
            return Owner(named.code, False)  # ("for Kenyan exporters", "for Kenya's farmers": no owner)
    return None


def balance_pair(ctx: ArticleContext, sentence: tuple[int, int],
                 before: tuple[int, int] | None) -> tuple[str, str] | None:
    """The pair a balance's sentence names, else the one the sentence before names ("Trade
    between Ghana and Togo reached X. The balance was a surplus of Y for Togo."); none when
    the sentence names another economy (it is not the pair's balance)."""
    pair = pair_named_within(ctx, *sentence) or (pair_named_within(ctx, *before) if before else None)
    if pair and any(e.code not in pair for e in ctx.within(ctx.economies, *sentence)):
        return None
    return pair


def owned_parties(parties: Parties, owner: Owner, pair: tuple[str, str] | None) -> Parties:
    """The parties of a balance its owner is said of: the owner and the other of the pair
    the sentence names when the flow found no partner; the owner first when the flow
    found it as the partner and the words say whose balance it is (a balance "in X's
    favour" keeps its parties: its sign says the rest)."""
    if parties.partner is None and pair is not None and owner.code in pair and parties.reporter in (None, *pair):
        return Parties(owner.code, pair[1] if pair[0] == owner.code else pair[0], True)
    if not owner.favoured and parties.partner == owner.code and parties.reporter is not None:
        return Parties(owner.code, parties.reporter, parties.explicit)
    return parties
