"""Currency tables: how trade news names money, mapped to ISO 4217 codes.

Only data lives here; extractor.recognise.currency and .money hold the logic. Most of
it comes from the Unicode CLDR (``cldr_currencies.json``, built by ``cldr_build``):
every currency's English names, every locale's symbols, each economy's legal tender.
The tables written out below are what CLDR lacks: how news copy writes money ("Sh",
"N", "SR", "dlrs", "stg", "marks" in 1987), and which currency an ambiguous word or
symbol means when the story does not settle it.

``DOLLAR`` is a placeholder for a bare "dlrs"/"$", whose currency depends on the story
(GUIDELINES.md: a bare dollar is USD except in a story on the trade of an economy whose
own currency is a dollar).
"""
import json
from pathlib import Path

import pycountry

CLDR = json.loads(Path(__file__).with_name("cldr_currencies.json").read_text(encoding="utf-8"))

DOLLAR = "DOLLAR"

# Historic codes (ISO 4217 withdrawn list) kept for pre-euro and Soviet-era copy.
HISTORIC_CODES = {
    "DEM", "FRF", "ITL", "NLG", "BEF", "XEU", "SUR", "ESP", "PTE", "ATS", "IEP",
    "GRD", "FIM", "LUF", "ARA", "BRC", "YUD", "CSK", "DDM", "ZRZ", "MGF", "ZWD",
}
# pycountry follows the current ISO list, which drops a currency when it goes (BGN with
# Bulgaria's euro in 2026); CLDR keeps every code news may still print.
ISO_CODES = {c.alpha_3 for c in pycountry.currencies} | set(CLDR["names"].values()) | HISTORIC_CODES

# Codes written before the number ("USD 892.3 million", "USD34.6 million").
# Three-letter codes that are also everyday words or abbreviations are left out.
PREFIX_CODES = sorted(ISO_CODES - {"ALL", "TOP", "CUP", "MOP", "PEN", "BOB", "SOS", "GEL", "MAD", "AMD"})

# Codes news copy writes that are not (or no longer) the ISO code it means: "RMB 5
# billion", "GHC 85 billion" for today's cedi, "NIS" for shekels.
CODE_ALIASES = {"RMB": "CNY", "GHC": "GHS", "NIS": "ILS", "ZiG": "ZWG"}

# Symbols and symbol-like prefixes CLDR does not give, or gives another sense: a symbol
# maps to the currency it means, or to a tuple (what it means when the story's economy
# does not settle it, or None; the currencies it may mean). "SR" is the Seychelles
# rupee in CLDR and the Saudi riyal in the news; "Sh" is any East African shilling.
_SHILLINGS = ("KES", "TZS", "UGX", "SOS")
_CENTRAL_AFRICAN_CFA = {code: "XAF" for code in ("CMR", "GAB", "TCD", "COG", "CAF", "GNQ")}
NEWS_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "USD$": "USD", "US $": "USD",
    # ("C$" is Nicaragua's córdoba in its own press, CLDR's es_NI symbol)
    "A$": "AUD", "AU$": "AUD", "C$": ("CAD", ("CAD", "NIO")), "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD",
    "S$": "SGD", "NT$": "TWD", "R$": "BRL", "Mex$": "MXN", "J$": "JMD", "TT$": "TTD",
    "N$": "NAD", "Bds$": "BBD", "EC$": "XCD", "G$": "GYD", "Can$": "CAD", "CAN$": "CAD", "Cdn$": "CAD",
    # the Zimbabwe dollar of 2019-2024 (ZWL), as its press writes it
    "ZW$": "ZWL", "ZWL$": "ZWL",
    "Aus$": "AUD", "AUS$": "AUD", "A $": "AUD", "US $": "USD", "NZ $": "NZD", "HK $": "HKD", "S $": "SGD",
    "$": DOLLAR, "£": "GBP", "€": "EUR", "¥": ("JPY", ("JPY", "CNY")), "₹": "INR", "₦": "NGN",
    "₩": "KRW", "₱": "PHP", "₫": "VND", "₺": "TRY", "₽": "RUB", "৳": "BDT",
    "KSh": "KES", "Ksh": "KES", "Kshs": "KES", "KShs": "KES",
    "Sh": ("KES", _SHILLINGS), "Shs": ("KES", _SHILLINGS), "TSh": "TZS", "TShs": "TZS",
    # East African papers may close the abbreviation with a stop: "Kshs. 185.3 billion"
    "KSh.": "KES", "Ksh.": "KES", "Kshs.": "KES", "KShs.": "KES", "Sh.": ("KES", _SHILLINGS),
    "Shs.": ("KES", _SHILLINGS), "TSh.": "TZS", "TShs.": "TZS", "Tsh.": "TZS", "Tshs.": "TZS",
    "USh.": "UGX", "UShs.": "UGX", "Ush.": "UGX", "Ushs.": "UGX",
    # Tanzanian and Kenyan papers write the shilling "/-" after the amount ("312.4bn/-");
    # Rwandan and Ugandan ones the dollar "U$"
    "/-": ("KES", _SHILLINGS), "U$": "USD",
    # ... Bolivian ones "$us", Argentine and Uruguayan ones "u$s" and "U$S"
    "$us": "USD", "$US": "USD", "u$s": "USD", "U$S": "USD",
    "USh": "UGX", "UShs": "UGX", "Ush": "UGX", "Ushs": "UGX", "Tsh": "TZS", "Tshs": "TZS",
    "Rs.": ("INR", ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")), "Rs": ("INR", ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")),
    "FCFA": ("XOF", ("XOF", "XAF")), "CFAF": ("XOF", ("XOF", "XAF")), "F CFA": ("XOF", ("XOF", "XAF")),
    "CFA": ("XOF", ("XOF", "XAF")), "CFA F": ("XOF", ("XOF", "XAF")),
    "JD": "JOD", "Rwf": "RWF", "RWF": "RWF", "Frw": "RWF", "FRW": "RWF", "LL": "LBP", "TL": "TRY",
    "Gh¢": "GHS", "Gh₵": "GHS", "GHc": "GHS",
    "NRs": "NPR", "NRs.": "NPR", "SLRs": "LKR", "SLRs.": "LKR", "PKRs": "PKR",
    "RM": "MYR", "Rp": "IDR", "Rp.": "IDR", "GH₵": "GHS", "GH¢": "GHS", "N": (None, ("NGN",)),
    # Market-news copy writes the yen "Y" ("a deficit of Y69.0 billion"); only in a story
    # about Japan (or China, whose yuan some outlets write so) is it money
    "Y": (None, ("JPY", "CNY")),
    "SR": ("SAR", ("SAR", "SCR")), "LE": "EGP", "L.E.": "EGP", "E£": "EGP", "£E": "EGP", "EGP": "EGP",
    "Dh": ("AED", ("AED", "MAD")), "Dhs": ("AED", ("AED", "MAD")), "Dhs.": ("AED", ("AED", "MAD")),
    # (Moroccan copy capitalises it: "DH 2.9 billion")
    "DH": ("AED", ("AED", "MAD")), "DHS": ("AED", ("AED", "MAD")),
    "Tk": "BDT", "Tk.": "BDT", "KD": "KWD", "BD": "BHD", "RO": "OMR", "QR": "QAR",
    # Swiss copy in English (swissinfo, the wires) writes the franc "SFr"; Polish, "zl"
    "SFr": "CHF", "SFr.": "CHF", "Sfr": "CHF", "sfr": "CHF", "zl": "PLN",
    # ... and "Fr" or "Fr." ("exports rose to Fr24.1 billion"), the French franc's in
    # French copy of before the euro: the story's economy says which
    "Fr": (None, ("CHF", "FRF")), "Fr.": (None, ("CHF", "FRF")),
    # Libyan and Iranian papers: "LD 5.2 billion", "Rls 1,200 trillion"
    "LD": "LYD", "Rls": "IRR", "Rls.": "IRR",
    "Br": (None, ("ETB", "BYN")), "Birr": "ETB",
    # Icelandic copy writes "kr" too; Malawi's kwacha is "K" in its press (CLDR: "MK").
    "kr": (None, ("DKK", "NOK", "SEK", "ISK")), "kr.": (None, ("DKK", "NOK", "SEK", "ISK")),
    "K": (None, ("ZMW", "MWK", "PGK", "MMK")), "MK": "MWK",
    # Zambian copy writes the rebased kwacha "KR" ("KR192.8 million"), Scandinavian copy its crowns
    "KR": (None, ("ZMW", "DKK", "NOK", "SEK", "ISK")),
    # Philippine papers write the peso "P" (CLDR: only the pula's); Korean English-language
    # papers the won "W" ("W2.3 trillion")
    "P": (None, ("BWP", "PHP")), "W": (None, ("KRW",)),
    "MRs": "MUR", "MUR": "MUR", "WS$": "WST", "SI$": "SBD", "FJ$": "FJD", "F$": "FJD",
    # Liberian, Caribbean and Pacific papers' own dollars, Djibouti's franc ("FDJ"); and
    # Seychelles' rupee is "R" as well as "SR", Mauritius's too in its statistics office's
    # releases ("R 21,410 million")
    "L$": "LRD", "FDJ": "DJF", "B$": "BSD", "BDS$": "BBD", "BBD$": "BBD", "GY$": "GYD", "GYD$": "GYD",
    "SAT$": "WST", "T$": "TOP",
    "R": (None, ("ZAR", "SCR", "MUR")),
    # Bhutan's press writes the ngultrum without CLDR's dot ("Nu 29.7B"); Maldives' the rufiyaa "Rf".
    "Nu": "BTN", "Rf": "MVR", "MRf": "MVR",
    # Costa Rican papers write the colón with the cent sign ("¢1.2 trillion"), as Ghana's
    # wrote the old cedi; the story's economy says which
    "¢": (None, ("CRC", "SVC", "GHS", "GHC")),
    # Albanian copy writes "Lek 182 billion"; Balkan agencies the euro's code in lower
    # case after the number ("3,215.8 million eur"), Baltic outlets capitalised ("Eur 8.2 billion")
    "Lek": "ALL", "Lekë": "ALL", "eur": "EUR", "Eur": "EUR",
    # Swiss copy's "1.9 bln Sfr"; Tunisian copy's "18,220.4 MD" (million dinars, SCALED_SYMBOLS)
    "Sfr": "CHF", "SFr": "CHF", "MD": "TND", "MDT": "TND", "MTD": "TND",
    # ... and its "TD12.6bn", "2 billion TD" (the dinar's French "DT" reversed): only in a
    # story about Tunisia is it money
    "TD": (None, ("TND",)),
    # Moroccan copy's "308.821 MMDH" (milliards de dirhams: billions; its "MDH" is
    # millions in some outlets and billions in others, so it is left alone)
    "MMDH": "MAD",
    # Mexican copy's "353,820 mdd" (millones de dólares) and "41.2 mmdd" (miles de millones)
    "mdd": "USD", "mmdd": "USD",
    # Vanuatu's press writes the vatu "Vt5,210m"; Thai English-language papers the baht "Bt"
    "Vt": "VUV", "Bt": "THB",
    # Czech wire copy writes the crown without its háček ("Kc2.1bn", "Kc279bn")
    "Kc": "CZK",
    # Central bank releases write the dollar's name before the amount: "US dollars 1,137 million"
    "US dollars": "USD", "US dollar": "USD", "U.S. dollars": "USD", "U.S. dollar": "USD",
}
# Symbols that carry their scale: Tunisian "MD", "MDT" and "MTD" are millions of dinars,
# Moroccan "MMDH" billions of dirhams, Mexican "mdd" millions of dollars ("mmdd" billions).
SCALED_SYMBOLS = {"MD": 1e6, "MDT": 1e6, "MTD": 1e6, "MMDH": 1e9, "mdd": 1e6, "mmdd": 1e9}
# News symbols written after the number as often as before it (CLDR's own are in its table);
# agency copy puts the rupiah, taka, ringgit and Kenyan shilling there too ("250 trillion
# Rp", "480 billion Tk", "90 billion RM").
# (Moroccan copy the dirham: "12.4 billion DH")
AFTER_NUMBER_SYMBOLS = ("FCFA", "F CFA", "CFAF", "CFA", "zl", "/-", "Rp", "Tk", "Tk.", "RM", "KSh", "Ksh", "Kshs", "eur",
                        "Eur", "Sfr", "SFr", "MD", "MDT", "MTD", "TD", "MMDH", "DH", "Dh", "Dhs", "DHS", "mdd",
                        "mmdd")
# Currency names written after the number, lower case (matching ignores case).
# A name whose country must come from the story maps to a tuple of candidates,
# picked by extractor.recognise.money from the article's subject economy. A dollar,
# franc, crown... named with its country comes in every spelling of the word ("dlrs",
# "dlr" as in "a 3.51 billion H.K. Dlr deficit", "dollars", "dollar").
_DOLLAR_WORDS = ("dlrs", "dlr", "dollars", "dollar")
_DOLLARS_OF = {
    # ("5.0 billion U.S dollars": Xinhua's African copy drops the second dot)
    "u.s.": "USD", "u.s": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "n.z.": "NZD", "new zealand": "NZD", "hong kong": "HKD", "h.k.": "HKD", "singapore": "SGD",
    "taiwan": "TWD", "new taiwan": "TWD", "malaysian": "MYR", "zimbabwe": "ZWD", "brunei": "BND",
    # the abbreviations news writes before the word: "402.1 billion HK dollars", "1.1 trillion
    # NT dollars", "Aussie dollars"
    "hk": "HKD", "nt": "TWD", "n.t.": "TWD", "aussie": "AUD",
}
_FRANCS_OF = {
    "french": "FRF", "swiss": "CHF", "belgian": "BEF", "luxembourg": "LUF", "cfa": "XOF", "malagasy": "MGF",
    "djibouti": "DJF", "djiboutian": "DJF", "guinean": "GNF", "congolese": "CDF", "rwandan": "RWF", "burundian": "BIF",
}
_CROWNS_OF = {"swedish": "SEK", "danish": "DKK", "norwegian": "NOK", "czech": "CZK", "slovak": "SKK"}
_SHILLINGS_OF = {"kenya": "KES", "kenyan": "KES", "tanzanian": "TZS", "ugandan": "UGX", "austrian": "ATS"}
_POUNDS_OF = {"egyptian": "EGP", "irish": "IEP", "syrian": "SYP", "british": "GBP", "lebanese": "LBP"}


_CROWNS_BY_ECONOMY = {"DNK": "DKK", "NOR": "NOK", "CSK": "CSK", "ISL": "ISK", "CZE": "CZK", "SVK": "SKK", "EST": "EEK"}


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
    "lire": ("ITL", {"TUR": "TRY"}), "lira": ("ITL", {"TUR": "TRY"}), "turkish lira": "TRY", "turkish liras": "TRY",
    # Italy wrote "lire"; "liras" is the Turkish plural
    "liras": ("TRY", {"ITA": "ITL", "MLT": "MTL"}),
    "crowns": ("SEK", _CROWNS_BY_ECONOMY), "crown": ("SEK", _CROWNS_BY_ECONOMY),
    "kronor": "SEK", "krona": "SEK", "kroner": ("DKK", {"NOR": "NOK"}),
    # (the escudo of the story's economy where it has one: Cabo Verde's CVE today)
    "pesetas": "ESP", "peseta": "ESP", "escudos": ("PTE", {}), "escudo": ("PTE", {}),
    # Costa Rica's press writes the Spanish plural, which CLDR gives only El Salvador's old colón
    "colones": ("CRC", {}),
    # CLDR's plural "manats" is Azerbaijan's alone; Turkmen copy writes it too
    "manats": ("AZN", {"TKM": "TMT"}), "turkmen manats": "TMT", "turkmen manat": "TMT",
    "schillings": "ATS", "schilling": "ATS", "drachmas": "GRD", "drachma": "GRD",
    "rupees": ("INR", {"PAK": "PKR", "LKA": "LKR", "NPL": "NPR", "MUS": "MUR"}),
    "rupee": ("INR", {"PAK": "PKR", "LKA": "LKR", "NPL": "NPR", "MUS": "MUR"}),
    # Soviet copy's roubles are SUR; Russia's since 1992 RUB, Belarus's BYN
    **{word: ("SUR", {"RUS": "RUB", "BLR": "BYN", "SUN": "SUR"}) for word in ("roubles", "rubles", "rouble", "ruble")},
    "soums": "UZS", "soum": "UZS", "sums": "UZS",
    "won": "KRW", "baht": "THB", "ringgit": "MYR",
    # Reuters' Malaysian copy abbreviates the ringgit ("16.8 bln rgt")
    "rgt": "MYR",
    # Mongolian papers' spellings of the tugrik, which CLDR does not list
    "togrog": "MNT", "togrogs": "MNT", "tögrög": "MNT",
    "rupiah": "IDR", "yuan": "CNY", "renminbi": "CNY", "rand": "ZAR", "naira": "NGN",
    "pesos": ("MXN", {"PHL": "PHP", "ARG": "ARS", "CHL": "CLP", "COL": "COP", "URY": "UYU"}),
    "peso": ("MXN", {"PHL": "PHP", "ARG": "ARS", "CHL": "CLP", "COL": "COP", "URY": "UYU"}),
    "australs": "ARA", "austral": "ARA", "cruzados": "BRC", "cruzado": "BRC", "cruzeiros": "BRC",
    "reais": "BRL", "meticais": "MZN",  # Mozambique's press uses the Portuguese plural
    # Southern African currencies CLDR names only with their country ("Mozambican meticals")
    "meticals": "MZN", "metical": "MZN", "kwanzas": "AOA", "kwanza": "AOA", "pula": "BWP",
    "maloti": "LSL", "loti": "LSL", "emalangeni": "SZL", "lilangeni": "SZL",
    "shillings": ("KES", {"TZA": "TZS", "UGA": "UGX", "AUT": "ATS", "SOM": "SOS"}),
    "shilling": ("KES", {"TZA": "TZS", "UGA": "UGX", "AUT": "ATS", "SOM": "SOS"}),
    "dinars": ("KWD", {"DZA": "DZD", "IRQ": "IQD", "JOR": "JOD", "LBY": "LYD", "TUN": "TND", "YUG": "YUD", "BHR": "BHD"}),
    "dinar": ("KWD", {"DZA": "DZD", "IRQ": "IQD", "JOR": "JOD", "LBY": "LYD", "TUN": "TND", "YUG": "YUD", "BHR": "BHD"}),
    "riyals": ("SAR", {"QAT": "QAR", "OMN": "OMR"}), "riyal": ("SAR", {"QAT": "QAR", "OMN": "OMR"}),
    "dirhams": ("AED", {"MAR": "MAD"}), "dirham": ("AED", {"MAR": "MAD"}),
    "zlotys": "PLN", "zloty": "PLN", "forints": "HUF", "forint": "HUF", "levs": "BGN",
    "lei": ("RON", {"MDA": "MDL"}),  # Moldova's lei are its own
    # Balkan plurals as their press writes them
    "denars": "MKD", "leks": "ALL", "convertible marks": "BAM",
    # Gulf copy in English writes the Qatari and Saudi riyals "rials" too
    "rials": ("IRR", {"OMN": "OMR", "YEM": "YER", "QAT": "QAR", "SAU": "SAR"}),
    "rial": ("IRR", {"OMN": "OMR", "YEM": "YER", "QAT": "QAR", "SAU": "SAR"}),
    "shekels": "ILS", "new shekels": "ILS", "new shekel": "ILS",  # "new shekels" without "Israeli"
    "kwacha": ("ZMW", {"MWI": "MWK"}), "cedis": "GHS", "dong": "VND",
    # The two CFA francs: West African (XOF) and Central African (XAF), by the economy.
    "cfa francs": ("XOF", _CENTRAL_AFRICAN_CFA), "cfa franc": ("XOF", _CENTRAL_AFRICAN_CFA),
    "taka": "BDT", "kyats": "MMK", "kyat": "MMK",
    # The country's name before its currency's word, as East and West African and South
    # Asian outlets write them ("2.1 billion Ghana cedis", "Kenya shillings")
    "ghana cedis": "GHS", "ghana cedi": "GHS", "kenya shillings": "KES", "uganda shillings": "UGX",
    "tanzania shillings": "TZS", "malawi kwacha": "MWK", "zambia kwacha": "ZMW", "nigeria naira": "NGN",
    "namibia dollars": "NAD", "namibia dollar": "NAD",
    "nz dollars": "NZD", "nz dollar": "NZD", "fiji dollars": "FJD", "fiji dollar": "FJD",
    "sri lanka rupees": "LKR", "pakistan rupees": "PKR", "nepal rupees": "NPR", "mauritius rupees": "MUR",
    # Sri Lankan papers' short form ("152 billion Lankan rupees")
    "lankan rupees": "LKR", "lankan rupee": "LKR",
}
# The names a single token can be ("dlrs", "stg", "yen"), as the parse sees them.
SINGLE_WORD_NAMES = frozenset(w for w in NAMES if " " not in w)

# The last words of CLDR's currency names ("shillings" of "Kenyan shillings") are read
# as currencies too, resolved by the story's economy; these are not currencies alone.
NOT_CURRENCY_WORDS = {
    "account", "code", "currency", "funds", "gold", "palladium", "platinum", "silver",
    "rights", "unit", "units", "value", "mvdol", "mvdols", "real", "gold-franc", "inti",
}

# Local dollars: a story about one of these economies' trade reports bare "dlrs"
# in that economy's own dollar (GUIDELINES.md). Taiwan and Liberia report in USD.
LOCAL_DOLLARS = {
    "CAN": "CAD", "AUS": "AUD", "NZL": "NZD", "HKG": "HKD", "SGP": "SGD",
    "ZWE": "ZWD", "JAM": "JMD", "TTO": "TTD", "FJI": "FJD", "BRB": "BBD",
    "BHS": "BSD", "NAM": "NAD", "BRN": "BND", "GUY": "GYD", "BLZ": "BZD",
    "SLB": "SBD", "SUR": "SRD", "ATG": "XCD", "DMA": "XCD", "GRD": "XCD", "KNA": "XCD",
    "LCA": "XCD", "VCT": "XCD", "CYM": "KYD", "BMU": "BMD",
    # Samoa's tala and Tonga's pa'anga are written "$" in their own press.
    "WSM": "WST", "TON": "TOP",
}

# Scale words and their multipliers. Words of three letters or more match in any case
# ("Billion", "MLN"); the short ones only written straight after the digits ("$5m",
# "5bn", "$500k"), except "bn", "mn" and "tn", which also come after a space.
SCALES = {
    "thousand": 1e3, "thousands": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    # Central European copy: Polish and Czech "mld", German "Mrd", Russian "mlrd"
    "mld": 1e9, "mrd": 1e9, "mlrd": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tln": 1e12, "trn": 1e12, "tn": 1e12, "tr": 1e12,  # Nigerian "N2.3tr"
    # Russian agencies' English copy writes "$1.97 trln" beside "bln"; francophone copy in
    # English keeps "milliards" ("3,128.4 milliards FCFA"), the older English billion too
    "trln": 1e12, "milliard": 1e9, "milliards": 1e9,
    # Japanese headlines abbreviate "¥21.7 tril."; Myanmar's papers glue "$8,245.31mil";
    # Malaysian and Papua New Guinean papers write "RM131bil", "K13 bil"
    "tril": 1e12, "mil": 1e6, "bil": 1e9,
    # Hong Kong and Singapore papers write "$4.2t" (after a currency only: "4.2t" alone is tonnes)
    "t": 1e12,
    # ... and Tanzanian papers "4.95tri/-"
    "tri": 1e12,
    # Brazilian copy in English keeps the Portuguese "bi" ("a surplus of US$ 2.2 bi")
    "bi": 1e9,
    # Latin American copy in English keeps the Spanish "MM" for millions ("$24,886 MM"),
    # read only in capitals (CASED_SCALES), never the millimetre
    "mm": 1e6,
    "k": 1e3, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    # Indian figures stack their scales: "Rs 3.1 lakh crore" is 3.1 x 10^12.
    "lakh crore": 1e12, "lakh crores": 1e12, "thousand crore": 1e10, "thousand crores": 1e10,
    # The long-scale "thousand million" (British and South Asian copy) is a billion;
    # Nepali copy in English counts in "arba" (10^9) as well as billions.
    "thousand million": 1e9, "thousand millions": 1e9, "arba": 1e9,
    # Taiwan's and China's tables count in "hundred million" (億): "NT$9,427.1 hundred million"
    "hundred million": 1e8, "hundred millions": 1e8,
    # The typos copy desks let through most, a letter short: "US$1.558 bilion"
    "milion": 1e6, "bilion": 1e9, "trilion": 1e12,
}
# ("mil" only glued too: spaced, it is the Spanish and Portuguese thousand, "5 mil millones")
SHORT_SCALES = ("bn", "mn", "tn", "tr", "m", "b", "k", "t", "mil", "bil", "bi")
SPACED_SHORT_SCALES = ("bn", "mn", "tn", "tr", "bil", "bi")
# Scales read only as written, glued or spaced: "MM" (millions)
CASED_SCALES = ("MM",)

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
    # counts of trading partners and firms: "GH¢21.4 billion to 150 countries" is no range
    "countries", "nations", "economies", "markets", "destinations", "partners", "firms", "companies",
    "exporters", "importers",
}

# How a check's message writes an amount in these currencies; others get their code.
SYMBOLS_FOR_MESSAGES = {"USD": "$", "GBP": "£", "EUR": "€"}
