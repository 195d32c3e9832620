"""Which currency a symbol, code or name means in a story.

A written form has a *sense*: the currencies it may mean, what it means by default,
and (for the few forms 1987 wire copy used differently) what it means in a story on a
given economy. "kr" may be Danish, Norwegian or Swedish; "Sh" any East African
shilling; "francs" twenty currencies. The story settles it: the first of its economies
(the subject, then those its title and lead name) whose legal tender, by CLDR, at the
article's date, is one of the candidates. Failing that, the default; a form without
one ("K", "N", "P") is then no money at all, since a lone capital before a number is as
likely a grade, a quarter or a model.
"""
import re
import unicodedata
from datetime import date
from functools import lru_cache
from typing import NamedTuple

import pycountry

from extractor.data.currencies import (
    AFTER_NUMBER_SYMBOLS, CLDR, DOLLAR, NAMES, NEWS_SYMBOLS, NOT_CURRENCY_WORDS,
)
from extractor.data.economies import USER_ASSIGNED


class Sense(NamedTuple):
    default: str | None
    candidates: frozenset[str]
    by_subject: dict[str, str] | None = None


def _fixed(code: str) -> Sense:
    return Sense(code, frozenset({code}))


def _symbol_senses() -> dict[str, Sense]:
    senses = {}
    for symbol, codes in CLDR["symbols"].items():
        if symbol == "$" or symbol.isascii() and symbol.isalpha() and symbol.isupper() and len(symbol) == 3:
            continue  # "$" is the story's dollar (GUIDELINES.md); "ANG" and such are codes
        single_letter = len(symbol) == 1 and symbol.isascii() and symbol.isalpha()
        default = codes[0] if len(codes) == 1 and not single_letter else None
        senses[symbol] = Sense(default, frozenset(codes))
    for symbol, meaning in NEWS_SYMBOLS.items():
        if isinstance(meaning, tuple):
            default, codes = meaning
            senses[symbol] = Sense(default, frozenset(codes) | senses.get(symbol, Sense(None, frozenset())).candidates)
        else:
            senses[symbol] = _fixed(meaning)
    return senses


def _name_senses() -> dict[str, Sense]:
    senses = {name: _fixed(code) for name, code in CLDR["names"].items()}
    for word, codes in CLDR["words"].items():
        if word not in NOT_CURRENCY_WORDS:
            senses[word] = Sense(codes[0] if len(codes) == 1 else None, frozenset(codes))
    for name, meaning in NAMES.items():
        if isinstance(meaning, tuple):
            default, by_subject = meaning
            known = senses.get(name, Sense(None, frozenset())).candidates
            senses[name] = Sense(default, known | {default, *by_subject.values()}, by_subject)
        else:
            senses[name] = _fixed(meaning)
    # English copy often drops the accents ("cordobas", "kronur", "colon"): a name so
    # written means what its accented form does, unless it is a name of its own
    for name, sense in list(senses.items()):
        senses.setdefault(_unaccented(name), sense)
    return senses


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


SYMBOL_SENSES = _symbol_senses()
NAME_SENSES = _name_senses()
# Symbols some locale writes after the number ("1,5 Mrd. €", "500 kr"); "$" is left out.
# West and Central African copy writes the CFA franc after the number ("1 250 milliards
# FCFA", "1,250 billion F CFA") as often as before it.
SYMBOLS_AFTER = sorted((set(CLDR["symbols_after"]) | {"€", "£", "kr", *AFTER_NUMBER_SYMBOLS}) & set(SYMBOL_SENSES))
_GROUP_TENDER = {"EU": ["EUR", "XEU"]}


@lru_cache(maxsize=512)
def _spans(economy: str) -> tuple[tuple[str, str | None, str | None], ...]:
    """CLDR's legal tender of an economy (ISO3, historic codes too): (code, from, to)."""
    if economy in USER_ASSIGNED:
        return tuple(map(tuple, CLDR["territories"].get(USER_ASSIGNED[economy][0], ())))
    country = pycountry.countries.get(alpha_3=economy) or pycountry.historic_countries.get(alpha_3=economy)
    return tuple(map(tuple, CLDR["territories"].get(getattr(country, "alpha_2", ""), ()))) if country else ()


def _in_force(start: str | None, end: str | None, day: str) -> bool:
    return (start or "") <= day and (end is None or day <= end)


@lru_cache(maxsize=512)
def tender(economy: str, when: date | None) -> tuple[str, ...]:
    """The economy's legal tender since 1970, the one current at ``when`` first."""
    if economy in _GROUP_TENDER:
        return tuple(_GROUP_TENDER[economy])
    spans = _spans(economy)
    return tuple(dict.fromkeys([*reversed(current_tender(economy, when)), *(c for c, _, _ in reversed(spans))]))


@lru_cache(maxsize=512)
def current_tender(economy: str | None, when: date | None) -> tuple[str, ...]:
    """The economy's legal tender on ``when`` (today without one); () if CLDR has none."""
    day = (when or date.today()).isoformat()
    return tuple(c for c, start, end in (_spans(economy) if economy else ()) if _in_force(start, end, day))


@lru_cache(maxsize=256)
def home_economies(code: str) -> tuple[str, ...]:
    """The economies whose legal tender ``code`` is today (ISO3), by CLDR."""
    today = date.today().isoformat()
    homes = []
    for territory, spans in CLDR["territories"].items():
        if any(c == code and _in_force(start, end, today) for c, start, end in spans):
            country = pycountry.countries.get(alpha_2=territory)
            if country is not None:
                homes.append(country.alpha_3)
    return tuple(homes)


def issuing_economies(code: str) -> tuple[str, ...]:
    """The economies whose legal tender ``code`` is, narrowed to the one that issues it
    where the code says so: ISO 4217 builds a national currency's code from its issuer's
    ISO 3166 alpha-2 code ("NOK" is Norway's, though Svalbard and Bouvet Island use it too)."""
    homes = home_economies(code)
    country = pycountry.countries.get(alpha_2=code[:2])
    if len(homes) > 1 and country is not None and country.alpha_3 in homes:
        return (country.alpha_3,)
    return homes


def resolve(sense: Sense, economies: tuple[str, ...], when: date | None) -> str | None:
    """The currency ``sense`` means in a story on ``economies`` (the subject first)."""
    if len(sense.candidates) == 1 and sense.default is not None:
        # ("UM 180.5 billion" in a Mauritanian story of 2013: the ouguiya before its 2018
        # redenomination, MRO)
        return _in_tender_then(economies[0], sense.default, when) if economies else sense.default
    for economy in economies:
        if sense.by_subject and economy in sense.by_subject:
            return sense.by_subject[economy]
        for code in tender(economy, when):
            if code in sense.candidates:
                return _in_tender_then(economy, code, when)
        if sense.by_subject is not None:
            break  # the wire-copy forms follow the subject alone, as they always have
    if when is not None and sense.by_subject:
        owners = [economy for economy, code in sense.by_subject.items() if code == sense.default]
        if owners and not any(sense.default in current_tender(economy, when) for economy in owners):
            # "rubles" in a 2024 story from Astana: the Soviet rouble its word defaults to
            # was gone by then; the word means the first of its currencies still in use
            return next((code for economy, code in sense.by_subject.items() if code in current_tender(economy, when)),
                        sense.default)
    return sense.default


def _in_tender_then(economy: str, code: str, when: date | None) -> str:
    """``code``, or the currency it replaced where the story is older than it: "K612.4
    billion" in a Zambian story of 2012 is the old kwacha (ZMK), which CLDR's symbol "K" of
    today's (ZMW, since 2013) no longer names. Only an economy's own currency: one it
    shares with others (the US dollar, the euro) was never a redenomination of its own."""
    if home_economies(code) != (economy,):
        return code  # (a currency others use too, as Zimbabwe's US dollars: no redenomination of its own)
    now = current_tender(economy, when) if when is not None else ()
    starts = [start for c, start, _ in _spans(economy) if c == code and start]
    if now and code not in now and starts and min(starts) > when.isoformat():
        return now[-1]
    return code


# A single-word currency name straight after an economy's name ("the US dollar value",
# "Japanese yen"): the name is the currency's, not an economy of the story.
_WORD_AFTER = re.compile(
    r"\s*(?:(?:" + "|".join(sorted((re.escape(w) for w in NAME_SENSES if " " not in w and "." not in w),
                                   key=len, reverse=True)) + r")\b)", re.IGNORECASE)


def names_currency_after(text: str, end: int) -> bool:
    """Whether the economy name ending at ``end`` is the first word of a currency's name."""
    return _WORD_AFTER.match(text, end) is not None


__all__ = ["DOLLAR", "current_tender", "home_economies", "names_currency_after", "NAME_SENSES", "SYMBOL_SENSES", "SYMBOLS_AFTER", "Sense", "resolve", "tender"]
