"""Build ``cldr_currencies.json`` from the Unicode CLDR, through Babel.

Reading every locale of CLDR takes Babel about two seconds, too long for each start of
the tool, so the tables money recognition needs are drawn from it once, here, and kept
as a data file beside this script. Run it again after upgrading Babel:

    python -m extractor.data.cldr_build

What it keeps, for every ISO 4217 currency CLDR knows:
- ``names``: each English name, singular and plural, lower case ("kenyan shillings");
- ``words``: the last word of those names ("shillings") with every currency it may be,
  for a bare "shillings" that the story's economy must resolve;
- ``symbols``: every symbol any locale writes for it other than the code itself
  ("Ksh", "R", "kr", "¥", "₦"), with every currency it may be;
- ``symbols_after``: the symbols some locale writes after the number ("1,5 Mrd. €");
- ``territories``: each economy's legal tender with the dates it was, from 1970 on
  (West Germany's marks in 1987, euros since 2002).
"""
import json
from collections import defaultdict
from datetime import date
from pathlib import Path

OUT = Path(__file__).with_name("cldr_currencies.json")
SINCE = date(1970, 1, 1)


def _english_names(en) -> dict[str, str]:
    names: dict[str, str] = {}
    for code, name in en.currencies.items():
        names[name.lower()] = code
    for code, forms in en._data["currency_names_plural"].items():
        for form in forms.values():
            names.setdefault(form.lower(), code)
    return names


def _words(names: dict[str, str]) -> dict[str, list[str]]:
    words: dict[str, set[str]] = defaultdict(set)
    for name, code in names.items():
        if "(" in name or " " not in name:
            continue  # "euro" needs no resolving; "(1966–1987)" names are historic variants
        words[name.rsplit(" ", 1)[1]].add(code)
    return {w: sorted(codes) for w, codes in sorted(words.items())}


def _symbols(locales) -> tuple[dict[str, list[str]], list[str]]:
    symbols: dict[str, set[str]] = defaultdict(set)
    after: set[str] = set()
    for locale in locales:
        pattern = locale.currency_formats.get("standard")
        writes_after = pattern is not None and pattern.pattern.rstrip().endswith("¤")
        for code, symbol in locale.currency_symbols.items():
            if symbol != code and len(code) == 3 and not symbol.isdigit():
                symbols[symbol].add(code)
                if writes_after:
                    after.add(symbol)
    return {s: sorted(c) for s, c in sorted(symbols.items())}, sorted(after)


def _territories() -> dict[str, list[list]]:
    from babel.core import get_global
    out = {}
    for territory, currencies in sorted(get_global("territory_currencies").items()):
        kept = []
        for code, start, end, tender in currencies:
            if not tender or (end is not None and date(*end) < SINCE):
                continue
            kept.append([code, date(*start).isoformat() if start else None,
                         date(*end).isoformat() if end else None])
        if kept:
            out[territory] = kept
    return out


def build() -> dict:
    import babel
    from babel import Locale, localedata

    en = Locale("en")
    locales = []
    for identifier in localedata.locale_identifiers():
        try:
            locales.append(Locale.parse(identifier))
        except (ValueError, babel.UnknownLocaleError):
            continue
    names = _english_names(en)
    symbols, after = _symbols(locales)
    return {"babel": babel.__version__, "names": dict(sorted(names.items())), "words": _words(names),
            "symbols": symbols, "symbols_after": after, "territories": _territories()}


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
