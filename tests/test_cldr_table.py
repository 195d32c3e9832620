"""The currency tables drawn from CLDR (extractor/data/cldr_currencies.json) match it.

The file is built by ``python -m extractor.data.cldr_build`` from the installed Babel;
built again with the Babel that made it, it must come out the same, so the file is
neither edited by hand nor stale. With another Babel release the comparison would
test CLDR's changes, not ours, and is skipped with that reason.
"""
import json

import babel
import pytest

from extractor.data import cldr_build
from extractor.recognise.currency import NAME_SENSES, SYMBOL_SENSES, resolve, tender


def test_the_table_is_what_cldr_gives():
    kept = json.loads(cldr_build.OUT.read_text(encoding="utf-8"))
    if kept["babel"] != babel.__version__:
        pytest.skip(f"the table was built with Babel {kept['babel']}, this is {babel.__version__}")
    assert cldr_build.build() == kept


def test_every_iso_currency_in_use_has_an_english_name():
    import pycountry
    named = {sense.default for sense in NAME_SENSES.values() if len(sense.candidates) == 1}
    # Funds codes and precious metals ("XAU") have no everyday name to find in the news.
    missing = {c.alpha_3 for c in pycountry.currencies if not c.alpha_3.startswith("X")} - named
    assert not missing - {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "VED", "SLE"}, missing


@pytest.mark.parametrize("symbol, economies, when, code", [
    ("kr", ("NOR",), None, "NOK"), ("kr", ("SWE",), None, "SEK"), ("kr", ("ISL",), None, "ISK"),
    ("Sh", ("UGA",), None, "UGX"), ("Sh", ("USA",), None, "KES"),
    ("K", ("PNG",), None, "PGK"), ("K", ("MWI",), None, "MWK"), ("K", ("USA",), None, None),
    ("Rs", ("LKA",), None, "LKR"), ("Rs", ("NPL",), None, "NPR"), ("Dh", ("MAR",), None, "MAD"),
])
def test_an_ambiguous_symbol_is_the_story_economys(symbol, economies, when, code):
    assert resolve(SYMBOL_SENSES[symbol], economies, when) == code


def test_legal_tender_follows_the_date():
    from datetime import date
    assert tender("DEU", date(1987, 3, 1))[0] == "DEM"
    assert tender("DEU", date(2020, 1, 1))[0] == "EUR"
    assert resolve(NAME_SENSES["francs"], ("FRA",), date(1987, 1, 1)) == "FRF"
    # an economy with a user-assigned code (Kosovo, XKX) has CLDR's tender of its territory
    assert tender("XKX", date(2001, 1, 1))[0] == "DEM"
    assert tender("XKX", date(2020, 1, 1))[0] == "EUR"
