"""Currency tables: how trade news names money, mapped to ISO 4217 codes.

Only data lives here; extractor.recognise.money holds the logic. ``DOLLAR`` is a
placeholder for a bare "dlrs"/"$", whose currency depends on the story (GUIDELINES.md:
a bare dollar is USD except in a story on the trade of an economy whose own currency
is a dollar).
"""
import pycountry

DOLLAR = "DOLLAR"

# Historic codes (ISO 4217 withdrawn list) kept for pre-euro and Soviet-era copy.
HISTORIC_CODES = {
    "DEM", "FRF", "ITL", "NLG", "BEF", "XEU", "SUR", "ESP", "PTE", "ATS", "IEP",
    "GRD", "FIM", "LUF", "ARA", "BRC", "YUD", "CSK", "DDM", "ZRZ", "MGF", "ZWD",
}
ISO_CODES = {c.alpha_3 for c in pycountry.currencies} | HISTORIC_CODES

# Codes written before the number ("USD 892.3 million", "USD34.6 million").
# Three-letter codes that are also everyday words or abbreviations are left out.
PREFIX_CODES = sorted(ISO_CODES - {"ALL", "TOP", "CUP", "MOP", "PEN", "BOB", "SOS", "GEL", "MAD", "AMD"})

# Symbols and symbol-like prefixes, longest first when compiled.
SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "U.S. $": "USD",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD",
    "S$": "SGD", "NT$": "TWD", "R$": "BRL", "Mex$": "MXN",
    "$": DOLLAR, "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₦": "NGN",
    "₩": "KRW", "₱": "PHP", "₫": "VND", "₺": "TRY", "₽": "RUB", "৳": "BDT",
    "KSh": "KES", "Ksh": "KES", "Kshs": "KES", "KES": "KES", "Rs.": "INR", "Rs": "INR",
    "RM": "MYR", "Rp": "IDR", "TSh": "TZS", "USh": "UGX", "GH₵": "GHS", "N$": "NAD",
}

# Currency names written after the number, lower case (matching ignores case).
# A name whose country must come from the story maps to a tuple of candidates,
# picked by extractor.recognise.money from the article's subject economy. A dollar,
# franc, crown... named with its country comes in every spelling of the word ("dlrs",
# "dlr" as in "a 3.51 billion H.K. Dlr deficit", "dollars", "dollar").
_DOLLAR_WORDS = ("dlrs", "dlr", "dollars", "dollar")
_DOLLARS_OF = {
    "u.s.": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "n.z.": "NZD", "new zealand": "NZD", "hong kong": "HKD", "h.k.": "HKD", "singapore": "SGD",
    "taiwan": "TWD", "new taiwan": "TWD", "malaysian": "MYR", "zimbabwe": "ZWD", "brunei": "BND",
}
_FRANCS_OF = {
    "french": "FRF", "swiss": "CHF", "belgian": "BEF", "luxembourg": "LUF", "cfa": "XOF", "malagasy": "MGF",
}
_CROWNS_OF = {"swedish": "SEK", "danish": "DKK", "norwegian": "NOK"}
_SHILLINGS_OF = {"kenya": "KES", "kenyan": "KES", "tanzanian": "TZS", "ugandan": "UGX", "austrian": "ATS"}
_POUNDS_OF = {"egyptian": "EGP", "irish": "IEP", "syrian": "SYP", "british": "GBP", "lebanese": "LBP"}


def _named(countries: dict[str, str], words: tuple[str, ...]) -> dict[str, str]:
    return {f"{country} {word}": code for country, code in countries.items() for word in words}


NAMES = {
    "dlrs": DOLLAR, "dlr": DOLLAR, "dls": DOLLAR, "dollars": DOLLAR, "dollar": DOLLAR,
    **_named(_DOLLARS_OF, _DOLLAR_WORDS),
    **_named(_FRANCS_OF, ("francs", "franc")),
    **_named(_CROWNS_OF, ("crowns", "crown")),
    **_named(_SHILLINGS_OF, ("shillings", "shilling")),
    **_named(_POUNDS_OF, ("pounds",)),
    "italian lire": "ITL",
    "stg": "GBP", "sterling": "GBP", "pounds sterling": "GBP", "stg pounds": "GBP",
    "pounds": ("GBP", {"EGY": "EGP", "IRL": "IEP", "CYP": "CYP", "LBN": "LBP", "SYR": "SYP", "SDN": "SDG"}),
    "punts": "IEP",
    "marks": "DEM", "mark": "DEM", "d-marks": "DEM", "dmarks": "DEM", "deutsche marks": "DEM",
    "deutschemarks": "DEM", "west german marks": "DEM", "finnish marks": "FIM",
    "markka": "FIM", "markkaa": "FIM", "markkas": "FIM",
    "yen": "JPY", "riel": "KHR", "riels": "KHR", "guilders": "NLG", "guilder": "NLG",
    "ecus": "XEU", "ecu": "XEU", "european currency units": "XEU", "european currency unit": "XEU",
    "euros": "EUR", "euro": "EUR",
    # Luxembourg's francs are Belgian ones in trade copy: the Belgium-Luxembourg
    # Economic Union (BLEU) reports its joint trade in Belgian francs.
    "francs": ("FRF", {"CHE": "CHF", "BEL": "BEF", "LUX": "BEF", "SEN": "XOF", "CIV": "XOF", "CMR": "XAF"}),
    "franc": ("FRF", {"CHE": "CHF", "BEL": "BEF", "LUX": "BEF", "SEN": "XOF", "CIV": "XOF", "CMR": "XAF"}),
    "lire": ("ITL", {"TUR": "TRY"}), "lira": ("ITL", {"TUR": "TRY"}), "turkish lira": "TRY",
    "crowns": ("SEK", {"DNK": "DKK", "NOR": "NOK", "CSK": "CSK", "ISL": "ISK"}),
    "crown": ("SEK", {"DNK": "DKK", "NOR": "NOK", "CSK": "CSK", "ISL": "ISK"}),
    "kronor": "SEK", "krona": "SEK", "kroner": ("DKK", {"NOR": "NOK"}),
    "pesetas": "ESP", "peseta": "ESP", "escudos": "PTE", "escudo": "PTE",
    "schillings": "ATS", "schilling": "ATS", "drachmas": "GRD", "drachma": "GRD",
    "rupees": ("INR", {"PAK": "PKR", "LKA": "LKR", "NPL": "NPR", "MUS": "MUR"}),
    "rupee": ("INR", {"PAK": "PKR", "LKA": "LKR", "NPL": "NPR", "MUS": "MUR"}),
    "roubles": "SUR", "rubles": "SUR", "rouble": "SUR", "ruble": "SUR",
    "won": "KRW", "baht": "THB", "ringgit": "MYR",
    "rupiah": "IDR", "yuan": "CNY", "renminbi": "CNY", "rand": "ZAR", "naira": "NGN",
    "pesos": ("MXN", {"PHL": "PHP", "ARG": "ARS", "CHL": "CLP", "COL": "COP", "URY": "UYU"}),
    "peso": ("MXN", {"PHL": "PHP", "ARG": "ARS", "CHL": "CLP", "COL": "COP", "URY": "UYU"}),
    "australs": "ARA", "austral": "ARA", "cruzados": "BRC", "cruzado": "BRC", "cruzeiros": "BRC",
    "reais": "BRL",
    "shillings": ("KES", {"TZA": "TZS", "UGA": "UGX", "AUT": "ATS", "SOM": "SOS"}),
    "shilling": ("KES", {"TZA": "TZS", "UGA": "UGX", "AUT": "ATS", "SOM": "SOS"}),
    "dinars": ("KWD", {"DZA": "DZD", "IRQ": "IQD", "JOR": "JOD", "LBY": "LYD", "TUN": "TND", "YUG": "YUD", "BHR": "BHD"}),
    "dinar": ("KWD", {"DZA": "DZD", "IRQ": "IQD", "JOR": "JOD", "LBY": "LYD", "TUN": "TND", "YUG": "YUD", "BHR": "BHD"}),
    "riyals": ("SAR", {"QAT": "QAR", "OMN": "OMR"}), "riyal": ("SAR", {"QAT": "QAR", "OMN": "OMR"}),
    "dirhams": ("AED", {"MAR": "MAD"}), "dirham": ("AED", {"MAR": "MAD"}),
    "zlotys": "PLN", "zloty": "PLN", "forints": "HUF", "forint": "HUF", "levs": "BGN", "lei": "RON",
    "rials": "IRR", "shekels": "ILS", "kwacha": "ZMW", "cedis": "GHS", "dong": "VND",
    "taka": "BDT", "kyats": "MMK", "kyat": "MMK",
}

# Local dollars: a story about one of these economies' trade reports bare "dlrs"
# in that economy's own dollar (GUIDELINES.md). Taiwan and Liberia report in USD.
LOCAL_DOLLARS = {
    "CAN": "CAD", "AUS": "AUD", "NZL": "NZD", "HKG": "HKD", "SGP": "SGD",
    "ZWE": "ZWD", "JAM": "JMD", "TTO": "TTD", "FJI": "FJD", "BRB": "BBD",
    "BHS": "BSD", "NAM": "NAD", "BRN": "BND", "GUY": "GYD", "BLZ": "BZD",
}

# Scale words and their multipliers. Words of three letters or more match in any case
# ("Billion", "MLN"); the short ones only written straight after the digits ("$5m",
# "5bn", "$500k"), except "bn", "mn" and "tn", which also come after a space.
SCALES = {
    "thousand": 1e3, "thousands": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tln": 1e12, "trn": 1e12, "tn": 1e12,
    "k": 1e3, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}
SHORT_SCALES = ("bn", "mn", "tn", "m", "b", "k")
SPACED_SHORT_SCALES = ("bn", "mn", "tn")

# Words after a number that make it something other than money ("2.34 mln tonnes",
# "12 or 18 months", "ninety or eighty cents", "rose 40 points").
NON_MONEY_UNITS = {
    "tonnes", "tonne", "tons", "ton", "t", "barrels", "barrel", "bpd", "ounces", "ounce",
    "bags", "bales", "bushels", "shares", "people", "units", "cars", "vehicles",
    "pieces", "pairs", "head", "litres", "liters", "gallons", "kilos", "kg", "kgs",
    "pounds-weight", "cubic", "square", "hectares", "acres", "workers", "jobs",
    "members", "passengers", "visitors", "tourists", "copies", "sets", "containers",
    "teu", "lbs", "lb", "carats", "metres", "meters", "kilometres", "km", "mw", "kw",
    "kwh", "gwh", "boxes", "cartons", "crates", "heads", "animals", "cattle", "sheep",
    "pigs", "birds", "chickens", "eggs", "bottles", "cans", "items", "products", "pct",
    "percent", "per", "chips", "tractors", "machines", "computers", "households",
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours",
    "cents", "points", "times",
}

# How a check's message writes an amount in these currencies; others get their code.
SYMBOLS_FOR_MESSAGES = {"USD": "$", "GBP": "£", "EUR": "€"}
