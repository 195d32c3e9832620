"""Surface strings that name an economy, and the code each one stands for.

Data only: the recogniser (``extractor.recognise.economy``) turns these tables into
one pattern. Codes are ISO 3166-1 alpha-3 from pycountry, the historic codes the
guidelines keep (DDR, SUN, YUG, CSK), and the guidelines' group codes (EU, ASEAN,
OPEC, GCC, WEST, EASTBLOC).

Every key is matched case-sensitively as a whole word; a space in a key matches any
run of whitespace (Reuters copy is hard-wrapped), and a straight apostrophe also
matches a curly one.
"""
import unicodedata
from datetime import date
from typing import NamedTuple

import pycountry

# --- codes and display names ------------------------------------------------------

GROUP_NAMES: dict[str, str] = {
    "EU": "European Union",
    "ASEAN": "ASEAN",
    "OPEC": "OPEC",
    "GCC": "Gulf Cooperation Council",
    "WEST": "the West",
    "EASTBLOC": "Soviet bloc",
}

# States that no longer exist keep their own code (guidelines); West Germany is DEU.
HISTORIC_NAMES: dict[str, str] = {
    "DDR": "East Germany",
    "SUN": "Soviet Union",
    "YUG": "Yugoslavia",
    "CSK": "Czechoslovakia",
    "SCG": "Serbia and Montenegro",
}

# Economies with no ISO 3166-1 code, which international statistics (the World Bank, the
# IMF, Eurostat) give a user-assigned one: code -> (alpha-2, as CLDR keys its currencies;
# name).
USER_ASSIGNED: dict[str, tuple[str, str]] = {
    "XKX": ("XK", "Kosovo"),
}

# pycountry's names are inverted ("Korea, Republic of"), official ("Russian
# Federation") or new ("Türkiye") where a reader expects the everyday short name.
DISPLAY_NAME_OVERRIDES: dict[str, str] = {
    "RUS": "Russia",
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "BRN": "Brunei",
    "COD": "DR Congo",
    "FSM": "Micronesia",
    "PSE": "Palestine",
    "VAT": "Vatican City",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
    "FLK": "Falkland Islands",
    "CCK": "Cocos Islands",
    "MAF": "Saint Martin",
    "SXM": "Sint Maarten",
    "SHN": "Saint Helena",
    "BES": "Caribbean Netherlands",
}

DISPLAY_NAMES: dict[str, str] = {
    **{c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries},
    **DISPLAY_NAME_OVERRIDES,
    **HISTORIC_NAMES,
    **{code: name for code, (_, name) in USER_ASSIGNED.items()},
    **GROUP_NAMES,
}


# --- names of current countries -----------------------------------------------------

def _ascii_folded(name: str) -> str:
    # "Côte d'Ivoire" is often typed without its accents.
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _usable_pycountry_names(country) -> set[str]:
    names = {getattr(country, field, None) for field in ("name", "common_name", "official_name")}
    # Inverted forms ("Korea, Republic of") and glosses ("Holy See (Vatican City
    # State)") never occur in running text.
    names = {n.removeprefix("the ") for n in names if n and "," not in n and "(" not in n}
    return names | {_ascii_folded(n) for n in names}


PYCOUNTRY_NAMES: dict[str, str] = {
    name: country.alpha_3
    for country in pycountry.countries
    for name in _usable_pycountry_names(country)
}

# Everyday names pycountry lacks (form "name").
COMMON_NAMES: dict[str, str] = {
    "Russia": "RUS",
    "Turkey": "TUR",
    "Ivory Coast": "CIV",
    "Brunei": "BRN",
    "Vatican": "VAT",
    "Vatican City": "VAT",
    "Holy See": "VAT",
    "Micronesia": "FSM",
    "Palestine": "PSE",
    "Cape Verde": "CPV",
    "East Timor": "TLS",
    "Macedonia": "MKD",
    "Bosnia": "BIH",
    "BiH": "BIH",  # Balkan agencies' short form ("BiH exports in six months")
    "Democratic Republic of the Congo": "COD",
    "Democratic Republic of Congo": "COD",
    "Falkland Islands": "FLK",
    "Falklands": "FLK",
    "St Lucia": "LCA",
    "St. Lucia": "LCA",
    "St Kitts and Nevis": "KNA",
    "St. Kitts and Nevis": "KNA",
    "St Vincent and the Grenadines": "VCT",
    "St. Vincent and the Grenadines": "VCT",
    "U.S. Virgin Islands": "VIR",
    "Kosovo": "XKX",
    # West African usage, Nigeria's press above all
    "Benin Republic": "BEN",
    "Niger Republic": "NER",
}

# States that no longer exist, by their own names (form "name").
HISTORIC_STATE_NAMES: dict[str, str] = {
    "West Germany": "DEU",
    "East Germany": "DDR",
    "German Democratic Republic": "DDR",
    "Soviet Union": "SUN",
    "Union of Soviet Socialist Republics": "SUN",
    "Yugoslavia": "YUG",
    "Czechoslovakia": "CSK",
    "Serbia and Montenegro": "SCG",
}

# Abbreviations, former and informal names (form "alias").
ALIASES: dict[str, str] = {
    # The Belgium-Luxembourg Economic Union reports one set of trade figures, compiled
    # by Belgium's statistics office in Belgian francs; the guidelines give it no code
    # of its own, so it is read as Belgium (BEL) rather than as Luxembourg.
    "Belgo-Luxembourg Economic Union": "BEL",
    "Belgium-Luxembourg Economic Union": "BEL",
    "Belgo-Luxembourg": "BEL",
    "BLEU": "BEL",
    "U.S.": "USA",
    # Only the uppercase whole token: "us" and "US" inside words never match.
    "US": "USA",
    "U.S.A.": "USA",
    "USA": "USA",
    "America": "USA",
    "U.K.": "GBR",
    "UK": "GBR",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "N.Z.": "NZL",
    "NZ": "NZL",
    "Holland": "NLD",
    "Korea": "KOR",
    "Republic of Korea": "KOR",
    "DPRK": "PRK",
    # Taiwan's own name for itself; "People's Republic of China" is longer and wins.
    "Republic of China": "TWN",
    "Nationalist China": "TWN",
    "Chinese Taipei": "TWN",
    "Mainland China": "CHN",
    "PRC": "CHN",
    "Hongkong": "HKG",
    "Macau": "MAC",
    "UAE": "ARE",
    "U.A.E.": "ARE",
    "DRC": "COD",
    "DR Congo": "COD",
    # National press abbreviations: Saudi, Papua New Guinean, Korean, Trinidadian,
    # South African and Hong Kong outlets write their economies so.
    "KSA": "SAU",
    # South Asian official replies and outlets write "Saudi Arab" ("Saudi Arab ($ 17.73 billion)")
    "Saudi Arab": "SAU",
    "PNG": "PNG",
    "ROK": "KOR",
    # Vietnamese and ASEAN outlets: "the RoK's trade with Malaysia", "exports to Lao PDR",
    # and Indian ones' "Lanka" ("Indo-Lanka trade")
    "RoK": "KOR",
    "Lao PDR": "LAO",
    "Lao P.D.R.": "LAO",
    "Lanka": "LKA",
    # Only the uppercase whole token, as "US": Vietnamese outlets' own short form ("US is
    # VN's biggest export market", "VN-US trade")
    "VN": "VNM",
    "T&T": "TTO",
    "Trinidad": "TTO",
    # Only the uppercase whole token, as "US": Trinidad's press writes "TT's trade policy".
    "TT": "TTO",
    "RSA": "ZAF",
    # South African outlets' own "SA" ("SA's trade surplus"); a company's "SA" after its
    # name is not (COMPANY_SUFFIXES)
    "SA": "ZAF",
    "HKSAR": "HKG",
    "Irish Republic": "IRL",
    "Republic of Ireland": "IRL",
    "USSR": "SUN",
    "U.S.S.R.": "SUN",
    "FRG": "DEU",
    "GDR": "DDR",
    # Renamed states keep the current code: the country still exists.
    "Burma": "MMR",
    "Zaire": "COD",
    "Kampuchea": "KHM",
    "Ceylon": "LKA",
    "Rumania": "ROU",
    "Swaziland": "SWZ",
    "Upper Volta": "BFA",
    "Dahomey": "BEN",
    "Western Samoa": "WSM",
    # Vietnamese state media write the country's name with its diacritics
    "Việt Nam": "VNM", "Viet Nam": "VNM",
    # Headline abbreviations ("NAKASONE HARD-PRESSED TO SOOTHE U.S ANGER ON TRADE").
    "U.S": "USA",
    "S. Korea": "KOR",
    "N. Korea": "PRK",
    "S. Africa": "ZAF",
    "H.K.": "HKG",
}


def _ranked_economies() -> dict[str, str]:
    """Wire copy's names for an economy by its rank: "the world's largest economy" (the
    United States), "Europe's biggest economy" (Germany), "Southeast Asia's largest
    economy" (Indonesia), in their spellings ("second-largest", "second biggest", "No. 2").
    Ranks that changed hands have their earlier holders in ERAS."""
    ranked = {("world's", ""): "USA", ("world's", "second"): "CHN", ("Europe's", ""): "DEU",
              ("euro zone's", ""): "DEU", ("eurozone's", ""): "DEU", ("euro area's", ""): "DEU",
              ("Southeast Asia's", ""): "IDN", ("Latin America's", ""): "BRA", ("Asia's", ""): "CHN",
              ("Arab world's", ""): "SAU", ("Gulf's", ""): "SAU",
              # (regional ranks African, Asian and Latin American copy uses for its own economy)
              ("Africa's", ""): "NGA", ("West Africa's", ""): "NGA", ("East Africa's", ""): "KEN",
              ("Southern Africa's", ""): "ZAF", ("Central Asia's", ""): "KAZ", ("South Asia's", ""): "IND",
              ("Central America's", ""): "GTM", ("Middle East's", ""): "SAU"}
    out = {}
    for (whose, place), code in ranked.items():
        ranks = [f"{place}{sep}{size}" for sep in ("-", " ") for size in ("largest", "biggest")] if place \
            else ["largest", "biggest"]
        if place == "second":
            ranks += ["No. 2", "No.2", "number two", "number-two"]
        for rank in ranks:
            out[f"{whose} {rank} economy"] = code
    return out


ALIASES.update(_ranked_economies())

# --- demonyms ----------------------------------------------------------------------

# Adjectives and singular nouns for the people of a country (form "demonym").
# The recogniser also accepts them with a plural "-s" when they end in "n" or "i"
# ("Kenyans", "Iraqis"); other plurals are listed in DEMONYM_PLURALS.
DEMONYMS: dict[str, str] = {
    # the Americas
    "American": "USA", "Canadian": "CAN", "Mexican": "MEX", "Cuban": "CUB",
    "Jamaican": "JAM", "Haitian": "HTI", "Dominican": "DOM", "Puerto Rican": "PRI",
    "Bahamian": "BHS", "Barbadian": "BRB", "Trinidadian": "TTO", "Guatemalan": "GTM",
    "Honduran": "HND", "Salvadoran": "SLV", "Salvadorean": "SLV", "Nicaraguan": "NIC",
    "Costa Rican": "CRI", "Panamanian": "PAN", "Belizean": "BLZ", "Colombian": "COL",
    "Venezuelan": "VEN", "Guyanese": "GUY", "Surinamese": "SUR", "Ecuadorean": "ECU",
    "Ecuadorian": "ECU", "Peruvian": "PER", "Bolivian": "BOL", "Brazilian": "BRA",
    "Chilean": "CHL", "Argentine": "ARG", "Argentinian": "ARG", "Argentinean": "ARG",
    "Uruguayan": "URY", "Paraguayan": "PRY",
    # Europe
    "British": "GBR", "Briton": "GBR", "Irish": "IRL", "French": "FRA", "German": "DEU",
    "West German": "DEU", "East German": "DDR", "Dutch": "NLD", "Belgian": "BEL",
    "Luxembourger": "LUX", "Swiss": "CHE", "Austrian": "AUT", "Italian": "ITA",
    "Spanish": "ESP", "Spaniard": "ESP", "Portuguese": "PRT", "Greek": "GRC",
    "Cypriot": "CYP", "Maltese": "MLT", "Danish": "DNK", "Dane": "DNK",
    "Norwegian": "NOR", "Swedish": "SWE", "Swede": "SWE", "Finnish": "FIN",
    "Icelandic": "ISL", "Polish": "POL", "Czech": "CZE", "Czechoslovak": "CSK",
    "Czechoslovakian": "CSK", "Slovak": "SVK", "Hungarian": "HUN", "Romanian": "ROU",
    "Rumanian": "ROU", "Bulgarian": "BGR", "Yugoslav": "YUG", "Yugoslavian": "YUG",
    "Albanian": "ALB", "Serbian": "SRB", "Croatian": "HRV", "Slovenian": "SVN",
    "Bosnian": "BIH", "Macedonian": "MKD", "Montenegrin": "MNE", "Soviet": "SUN",
    "Kosovar": "XKX", "Kosovan": "XKX",
    "Russian": "RUS", "Ukrainian": "UKR", "Belarusian": "BLR", "Estonian": "EST",
    "Latvian": "LVA", "Lithuanian": "LTU", "Moldovan": "MDA", "Georgian": "GEO",
    "Armenian": "ARM", "Azerbaijani": "AZE", "Turkish": "TUR",
    # Asia and the Middle East
    "Japanese": "JPN", "Chinese": "CHN", "Nationalist Chinese": "TWN",
    "Taiwanese": "TWN", "Korean": "KOR", "South Korean": "KOR", "North Korean": "PRK",
    "Mongolian": "MNG", "Vietnamese": "VNM", "Cambodian": "KHM", "Kampuchean": "KHM",
    "Laotian": "LAO", "Thai": "THA", "Burmese": "MMR", "Malaysian": "MYS",
    "Singaporean": "SGP", "Indonesian": "IDN", "Philippine": "PHL", "Filipino": "PHL",
    "Bruneian": "BRN", "Timorese": "TLS", "Indian": "IND", "Pakistani": "PAK",
    "Bangladeshi": "BGD", "Sri Lankan": "LKA", "Nepalese": "NPL", "Nepali": "NPL",
    "Bhutanese": "BTN", "Afghan": "AFG", "Iranian": "IRN", "Iraqi": "IRQ",
    "Syrian": "SYR", "Lebanese": "LBN", "Jordanian": "JOR", "Israeli": "ISR",
    "Palestinian": "PSE", "Saudi": "SAU", "Kuwaiti": "KWT", "Bahraini": "BHR",
    "Qatari": "QAT", "Emirati": "ARE", "Omani": "OMN", "Yemeni": "YEM",
    "Kazakh": "KAZ", "Kazakhstani": "KAZ", "Uzbek": "UZB", "Turkmen": "TKM",
    "Kyrgyz": "KGZ", "Tajik": "TJK", "Macanese": "MAC",
    # Africa
    "Egyptian": "EGY", "Libyan": "LBY", "Tunisian": "TUN", "Algerian": "DZA",
    "Moroccan": "MAR", "Sudanese": "SDN", "Ethiopian": "ETH", "Eritrean": "ERI",
    "Somali": "SOM", "Djiboutian": "DJI", "Kenyan": "KEN", "Ugandan": "UGA",
    "Tanzanian": "TZA", "Rwandan": "RWA", "Burundian": "BDI", "Congolese": "COG",
    "Zairean": "COD", "Zairian": "COD", "Angolan": "AGO", "Zambian": "ZMB",
    "Zimbabwean": "ZWE", "Malawian": "MWI", "Mozambican": "MOZ",
    "South African": "ZAF", "Namibian": "NAM", "Swazi": "SWZ", "Malagasy": "MDG",
    "Mauritian": "MUS", "Nigerian": "NGA", "Nigerien": "NER", "Ghanaian": "GHA",
    "Ivorian": "CIV", "Senegalese": "SEN", "Malian": "MLI", "Guinean": "GIN",
    "Liberian": "LBR", "Sierra Leonean": "SLE", "Gambian": "GMB", "Togolese": "TGO",
    "Beninese": "BEN", "Cameroonian": "CMR", "Gabonese": "GAB", "Chadian": "TCD",
    "Mauritanian": "MRT", "Burkinabe": "BFA", "Equatorial Guinean": "GNQ",
    "South Sudanese": "SSD", "S. African": "ZAF",
    # Oceania
    "Australian": "AUS", "Fijian": "FJI", "Papua New Guinean": "PNG",
}

# Plurals the "-s after n or i" rule does not produce.
DEMONYM_PLURALS: dict[str, str] = {
    "Britons": "GBR", "Spaniards": "ESP", "Danes": "DNK", "Swedes": "SWE",
    "Finns": "FIN", "Poles": "POL", "Czechs": "CZE", "Slovaks": "SVK",
    "Greeks": "GRC", "Cypriots": "CYP", "Turks": "TUR", "Yugoslavs": "YUG",
    "Soviets": "SUN", "Argentines": "ARG", "Filipinos": "PHL", "Kazakhs": "KAZ",
    "Uzbeks": "UZB",
}

# --- capitals standing for governments ---------------------------------------------

# Economies whose capital city bears the economy's own name, which a dateline may name
# ("Singapore –", "Hong Kong -"): a dateline, not the lead's subject.
CITY_STATES: frozenset[str] = frozenset({"SGP", "HKG", "MAC", "MCO", "SMR", "VAT", "LUX", "DJI", "KWT"})

# "Washington wants...": the capital names the government, so the economy.
# Left out on purpose: capitals that are also common first names or other
# well-known places ("Sofia", "Victoria", "Kingston", "Georgetown", "San Jose").
CAPITALS: dict[str, str] = {
    # the Americas
    "Washington": "USA", "Ottawa": "CAN", "Mexico City": "MEX", "Havana": "CUB",
    "Port-au-Prince": "HTI", "Santo Domingo": "DOM", "Port of Spain": "TTO",
    "Bridgetown": "BRB", "Guatemala City": "GTM", "Tegucigalpa": "HND",
    "San Salvador": "SLV", "Managua": "NIC", "Panama City": "PAN", "Bogota": "COL",
    "Bogotá": "COL", "Caracas": "VEN", "Quito": "ECU", "Lima": "PER", "La Paz": "BOL",
    "Brasilia": "BRA", "Brasília": "BRA", "Santiago": "CHL", "Buenos Aires": "ARG",
    "Montevideo": "URY", "Asuncion": "PRY", "Asunción": "PRY",
    # Europe
    "London": "GBR", "Dublin": "IRL", "Paris": "FRA", "Bonn": "DEU", "Berlin": "DEU",
    "East Berlin": "DDR", "The Hague": "NLD", "Hague": "NLD", "Bern": "CHE",
    "Berne": "CHE", "Vienna": "AUT", "Rome": "ITA", "Madrid": "ESP", "Lisbon": "PRT",
    "Athens": "GRC", "Nicosia": "CYP", "Valletta": "MLT", "Copenhagen": "DNK",
    "Oslo": "NOR", "Stockholm": "SWE", "Helsinki": "FIN", "Reykjavik": "ISL",
    "Warsaw": "POL", "Prague": "CZE", "Budapest": "HUN", "Bucharest": "ROU",
    "Belgrade": "SRB", "Zagreb": "HRV", "Ljubljana": "SVN", "Tirana": "ALB", "Pristina": "XKX",
    "Bratislava": "SVK", "Skopje": "MKD", "Sarajevo": "BIH", "Podgorica": "MNE",
    "Vilnius": "LTU", "Riga": "LVA", "Tallinn": "EST", "Minsk": "BLR", "Chisinau": "MDA",
    "Chișinău": "MDA", "Yerevan": "ARM", "Baku": "AZE", "Tbilisi": "GEO",
    "Moscow": "RUS", "Kiev": "UKR", "Kyiv": "UKR", "Ankara": "TUR",
    # Brussels in trade news is the seat of the European Commission far more often
    # than the Belgian government.
    "Brussels": "EU",
    # Asia and the Middle East
    "Tokyo": "JPN", "Beijing": "CHN", "Peking": "CHN", "Taipei": "TWN", "Seoul": "KOR",
    "Pyongyang": "PRK", "Ulan Bator": "MNG", "Ulaanbaatar": "MNG", "Hanoi": "VNM", "Hà Nội": "VNM",
    "Vientiane": "LAO", "Phnom Penh": "KHM", "Bangkok": "THA", "Rangoon": "MMR",
    "Yangon": "MMR", "Naypyidaw": "MMR", "Kuala Lumpur": "MYS", "Jakarta": "IDN",
    "Manila": "PHL", "Bandar Seri Begawan": "BRN", "New Delhi": "IND",
    "Islamabad": "PAK", "Kabul": "AFG", "Dhaka": "BGD", "Dacca": "BGD",
    "Kathmandu": "NPL", "Colombo": "LKA", "Tehran": "IRN", "Teheran": "IRN",
    "Baghdad": "IRQ", "Damascus": "SYR", "Beirut": "LBN", "Amman": "JOR",
    "Riyadh": "SAU", "Doha": "QAT", "Abu Dhabi": "ARE", "Muscat": "OMN",
    "Manama": "BHR", "Sanaa": "YEM", "Kuwait City": "KWT", "Astana": "KAZ", "Nur-Sultan": "KAZ",
    "Tashkent": "UZB", "Bishkek": "KGZ", "Dushanbe": "TJK", "Ashgabat": "TKM", "Thimphu": "BTN",
    "Dili": "TLS",
    # (Maldivian outlets write the capital "Male'"; the bare "Male" is an English word)
    "Malé": "MDV", "Male'": "MDV", "Male’": "MDV",
    # Africa
    "Cairo": "EGY", "Tripoli": "LBY", "Tunis": "TUN", "Algiers": "DZA", "Rabat": "MAR",
    "Khartoum": "SDN", "Addis Ababa": "ETH", "Nairobi": "KEN", "Kampala": "UGA",
    "Dar es Salaam": "TZA", "Kigali": "RWA", "Kinshasa": "COD", "Brazzaville": "COG",
    "Luanda": "AGO", "Lusaka": "ZMB", "Harare": "ZWE", "Lilongwe": "MWI",
    "Maputo": "MOZ", "Pretoria": "ZAF", "Windhoek": "NAM", "Gaborone": "BWA",
    "Antananarivo": "MDG", "Abuja": "NGA", "Accra": "GHA", "Abidjan": "CIV",
    "Dakar": "SEN", "Bamako": "MLI", "Niamey": "NER", "Ouagadougou": "BFA",
    "Conakry": "GIN", "Freetown": "SLE", "Monrovia": "LBR", "Lome": "TGO", "Lomé": "TGO",
    "Yaounde": "CMR", "Yaoundé": "CMR", "Juba": "SSD", "Cotonou": "BEN", "Porto-Novo": "BEN", "Libreville": "GAB",
    "Nouakchott": "MRT", "Mogadishu": "SOM", "Asmara": "ERI",
    "Bujumbura": "BDI", "Dodoma": "TZA", "Mbabane": "SWZ", "Maseru": "LSO", "Port Louis": "MUS",
    "Praia": "CPV", "Banjul": "GMB", "Bangui": "CAF", "Malabo": "GNQ", "N'Djamena": "TCD",
    # Oceania
    "Canberra": "AUS", "Wellington": "NZL", "Port Moresby": "PNG", "Suva": "FJI", "Apia": "WSM",
    "Nuku'alofa": "TON", "Port Vila": "VUT", "Honiara": "SLB", "Nassau": "BHS", "Paramaribo": "SUR",
    "Belmopan": "BLZ",
}

# --- groups ------------------------------------------------------------------------

_WESTERN_GROUP_NOUNS = ("countries", "nations", "democracies", "economies", "governments", "powers")
_INDUSTRIALISED = ("industrialised", "industrialized", "industrial")

GROUP_SURFACES: dict[str, str] = {
    "European Union": "EU",
    "European Community": "EU",
    "European Communities": "EU",
    "European Economic Community": "EU",
    "Common Market": "EU",
    "EC": "EU",
    "E.C.": "EU",
    "EEC": "EU",
    "E.E.C.": "EU",
    "EU": "EU",
    "E.U.": "EU",
    # The Union by its membership count: "EU28", "EU-27", "EU 15".
    **{f"EU{sep}{n}": "EU" for sep in ("", "-", " ") for n in (12, 15, 25, 27, 28)},
    "ASEAN": "ASEAN",
    "Asean": "ASEAN",
    "Association of Southeast Asian Nations": "ASEAN",
    "Association of South East Asian Nations": "ASEAN",
    "OPEC": "OPEC",
    "Opec": "OPEC",
    "Organization of Petroleum Exporting Countries": "OPEC",
    "Organisation of Petroleum Exporting Countries": "OPEC",
    "Organization of the Petroleum Exporting Countries": "OPEC",
    "Organisation of the Petroleum Exporting Countries": "OPEC",
    "GCC": "GCC",
    "Gulf Cooperation Council": "GCC",
    "Gulf Co-operation Council": "GCC",
    "Soviet bloc": "EASTBLOC",
    "Soviet Bloc": "EASTBLOC",
    "Soviet-bloc": "EASTBLOC",
    "East bloc": "EASTBLOC",
    "East Bloc": "EASTBLOC",
    "East-bloc": "EASTBLOC",
    "Eastern bloc": "EASTBLOC",
    "Eastern Bloc": "EASTBLOC",
    "Communist bloc": "EASTBLOC",
    "communist bloc": "EASTBLOC",
    "Comecon": "EASTBLOC",
    "COMECON": "EASTBLOC",
    "CMEA": "EASTBLOC",
    "Council for Mutual Economic Assistance": "EASTBLOC",
    "Warsaw Pact": "EASTBLOC",
    "industrialised West": "WEST",
    "industrialized West": "WEST",
    "industrial West": "WEST",
    **{f"Western {noun}": "WEST" for noun in _WESTERN_GROUP_NOUNS},
    **{
        f"Western {adjective} {noun}": "WEST"
        for adjective in _INDUSTRIALISED
        for noun in _WESTERN_GROUP_NOUNS
    },
}


# Aliases that are also a company's legal suffix ("Pechiney SA", "Vale SA"): after a
# capitalised name they name the company, not the economy.
# Kingdoms by their official names (ISO 3166 through pycountry): what "the Kingdom" may
# stand for in a story ("Egypt's imports from the Kingdom" beside Saudi Arabia).
KINGDOMS = frozenset(c.alpha_3 for c in pycountry.countries if "Kingdom" in getattr(c, "official_name", ""))

COMPANY_SUFFIXES = frozenset({"SA"})

# Economies that are a city: their own press calls them "the city" or "the city-state"
# ("The city's imports climbed 4%"), where elsewhere a city's trade is not its economy's.
CITY_ECONOMIES = frozenset({"SGP", "HKG", "MAC", "MCO"})


# National statistics offices and customs services by the names news copy gives them: a
# story that names its economy only through its source ("exports fell 11% in June, INDEC
# said") is that economy's. Only names that stand for one economy are listed: "INE",
# "NBS", "CBS", "NSO" and "INS" serve several; "PBS", "SARS" and "NSA" name other things;
# Eurostat reports both the EU and the euro area, which wire copy leads with (a group with
# no code), so it names neither.
STATISTICS_OFFICES: dict[str, str] = {
    # the Americas
    "INDEC": "ARG", "IBGE": "BRA", "DANE": "COL", "INEI": "PER", "INEGI": "MEX", "INEC": "ECU", "StatCan": "CAN",
    "Statistics Canada": "CAN", "Census Bureau": "USA", "STATIN": "JAM", "DIGESTYC": "SLV",
    # Europe and Central Asia
    "Destatis": "DEU", "INSEE": "FRA", "Istat": "ITA", "ISTAT": "ITA", "ONS": "GBR", "HMRC": "GBR",
    "TurkStat": "TUR", "Turkstat": "TUR", "TUIK": "TUR", "Rosstat": "RUS", "Belstat": "BLR", "Geostat": "GEO",
    "Armstat": "ARM", "Ukrstat": "UKR", "Uzstat": "UZB", "KSH": "HUN", "GUS": "POL", "Statec": "LUX",
    "ELSTAT": "GRC", "CSO": "IRL", "SORS": "SRB", "MONSTAT": "MNE",
    # Africa and the Middle East
    "KNBS": "KEN", "UBOS": "UGA", "NISR": "RWA", "ZimStat": "ZWE", "ZIMSTAT": "ZWE", "Zimstat": "ZWE",
    "ZamStats": "ZMB",
    "ZAMSTATS": "ZMB", "Stats SA": "ZAF", "StatsSA": "ZAF", "CAPMAS": "EGY", "GASTAT": "SAU",
    "GSS": "GHA", "NAMSTAT": "NAM", "LISGIS": "LBR", "HCP": "MAR", "INSTAT": "ALB",
    # Asia and the Pacific
    "GACC": "CHN", "MOFCOM": "CHN", "BPS": "IDN", "PSA": "PHL", "GSO": "VNM", "DOSM": "MYS", "KCS": "KOR",
    "MOTIE": "KOR", "METI": "JPN", "BBS": "BGD", "EPB": "BGD", "Stats NZ": "NZL", "ABS": "AUS",
    "Statistics New Zealand": "NZL", "Australian Bureau of Statistics": "AUS", "NSC": "MNG",
}


class ContextualSurface(NamedTuple):
    """A word that names a group only in a given context.

    ``before`` holds fixed-width lookbehind patterns, any one of which must match;
    ``after`` is a negative lookahead body that must not match.
    """

    code: str
    before: tuple[str, ...]
    after: str
    or_followed_by: str = ""    # (else) a lookahead past the word that also admits it


# "West" and "Community" alone are ordinary words; "the West" and "the Community"
# (Reuters' shorthand for the EC; also "the other Community states") are groups unless a capitalised word follows
# ("the West Bank", "the Community Reinvestment Act").
CONTEXTUAL_SURFACES: dict[str, ContextualSurface] = {
    "West": ContextualSurface("WEST", (r"\bthe\s", r"\bThe\s"), r"[\w-]|\s+[A-Z]"),
    "Community": ContextualSurface(
        "EU", (r"\bthe\s", r"\bThe\s", r"-nation\s", r"-member\s", r"\bother\s"), r"[\w-]|\s+[A-Z]"
    ),
    # "Sino-Indian trade", "Indo-Japanese trade": China and India as the first of a pair,
    # only so ("Sino" alone names companies)
    "Sino": ContextualSurface("CHN", (r"^", r"\s", r"\(", r"[\"“]"), r"(?!-[A-Z])"),
    "Indo": ContextualSurface("IND", (r"^", r"\s", r"\(", r"[\"“]"), r"(?!-(?!Pacific|China)[A-Z])"),
    # "Sino-Pak trade", "Pak-China trade", "Indo-Bangla trade": South Asian copy's short
    # forms, as one of a hyphenated pair only ("Pak" alone is also a Korean name)
    "Pak": ContextualSurface("PAK", (r"[A-Za-z]-",), r"\w", or_followed_by=r"-[A-Z]"),
    "Bangla": ContextualSurface("BGD", (r"[A-Za-z]-",), r"\w", or_followed_by=r"-[A-Z]"),
}

# --- surfaces whose meaning depends on the date -------------------------------------

# The Soviet Union was dissolved on 26 December 1991; articles from 1992 on are post-Soviet.
SOVIET_ERA_ENDS = date(1992, 1, 1)
GERMAN_REUNIFICATION = date(1990, 10, 3)
GEORGIA_INDEPENDENT = date(1991, 4, 9)
UKRAINE_INDEPENDENT = date(1991, 8, 24)
CZECHOSLOVAKIA_SPLIT = date(1993, 1, 1)
YUGOSLAVIA_RENAMED = date(2003, 2, 4)
MONTENEGRO_INDEPENDENT = date(2006, 6, 3)
CHINA_PASSED_JAPAN = date(2011, 2, 14)
# Nigeria's rebased GDP, published on 6 April 2014, passed South Africa's.
NIGERIA_PASSED_SOUTH_AFRICA = date(2014, 4, 6)


class Era(NamedTuple):
    """Before ``until`` a surface names ``code`` (None: no economy) as ``name``."""

    until: date
    code: str | None
    name: str | None = None


# Tables above give today's meaning; these give the earlier ones, oldest first.
# An article with no publication date is read as current.
ERAS: dict[str, tuple[Era, ...]] = {
    # Reuters in the 1980s says "Moscow" and "the Russians" for the Soviet government.
    "Moscow": (Era(SOVIET_ERA_ENDS, "SUN"),),
    "Russia": (Era(SOVIET_ERA_ENDS, "SUN"),),
    "Russian": (Era(SOVIET_ERA_ENDS, "SUN"),),
    "Bonn": (Era(GERMAN_REUNIFICATION, "DEU", "West Germany"),),
    # Divided Berlin was no one government's seat.
    "Berlin": (Era(GERMAN_REUNIFICATION, None),),
    # Before independence these are Soviet republics, or (Georgia) a U.S. state.
    "Georgia": (Era(GEORGIA_INDEPENDENT, None),),
    "Georgian": (Era(GEORGIA_INDEPENDENT, None),),
    "Kiev": (Era(UKRAINE_INDEPENDENT, None),),
    "Kyiv": (Era(UKRAINE_INDEPENDENT, None),),
    "Prague": (Era(CZECHOSLOVAKIA_SPLIT, "CSK"),),
    "Czech": (Era(CZECHOSLOVAKIA_SPLIT, "CSK"),),
    "Czechs": (Era(CZECHOSLOVAKIA_SPLIT, "CSK"),),
    "Slovak": (Era(CZECHOSLOVAKIA_SPLIT, "CSK"),),
    "Slovaks": (Era(CZECHOSLOVAKIA_SPLIT, "CSK"),),
    "Belgrade": (Era(YUGOSLAVIA_RENAMED, "YUG"), Era(MONTENEGRO_INDEPENDENT, "SCG")),
    # Japan was the second economy of the world, and Asia's first, until China's 2010
    # output, published in February 2011, passed it; before reunification "Europe's
    # largest economy" was West Germany, coded DEU all the same.
    **{surface: (Era(CHINA_PASSED_JAPAN, "JPN"),) for surface, code in _ranked_economies().items()
       if surface.startswith(("world's second", "world's No", "world's number", "Asia's"))},
    **{surface: (Era(NIGERIA_PASSED_SOUTH_AFRICA, "ZAF"),) for surface in _ranked_economies()
       if surface.startswith("Africa's")},
}

# Display names that differ from the code's ("West Germany" is DEU, not "Germany").
SURFACE_NAMES: dict[str, str] = {
    "West Germany": "West Germany",
    "West German": "West Germany",
}

# --- look-alikes -------------------------------------------------------------------

# Longer phrases that contain a surface but name no economy. They are matched like
# surfaces, so the longer match wins, and then dropped.
NOT_ECONOMIES: frozenset[str] = frozenset({
    "New Mexico", "New Mexican", "New Jersey", "Jersey City", "New Guinea",
    "Guinea pig", "Guinea pigs", "Gulf of Mexico", "Niger Delta", "Niger River",
    "Northern Ireland", "British Columbia", "Indian Ocean", "American Indian",
    "American Indians", "West Indian", "West Indians", "South China Sea",
    "East China Sea", "Latin America", "Latin American", "Latin Americans",
    "South America", "South American", "South Americans", "North America",
    "North American", "North Americans", "Central America", "Central American",
    "Central Americans", "Pan American", "Pan-American", "American Express",
    "Bank of America", "West Berlin", "Washington state", "Washington State",
    "Washington Post", "Paris Club", "London Club", "London Stock Exchange",
    "London Metal Exchange", "Tokyo Stock Exchange",
    # GATT negotiating rounds, named after where they were launched.
    "Tokyo Round", "Tokyo round", "Uruguay Round", "Uruguay round", "Uruguay trade round",
    # Currency signs: the money recogniser owns these.
    "US$", "U.S.$", "NZ$",
})
