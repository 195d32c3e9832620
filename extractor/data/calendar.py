"""Calendar words and fiscal-year conventions: data only, no logic.

The period recogniser (``extractor.recognise.period``) builds its regular expressions
from these tables, so a new spelling is added here, not in a pattern. Every key is
lower case; the recogniser matches case-insensitively and checks capitals itself
where they matter (month names).
"""

# Month names as written in trade news, full and abbreviated. Abbreviations are only
# trusted next to a day, a year or another month ("Jan. 5", "Dec 1986", "Jan-Sept"),
# because bare "Jan", "Mar" or "Dec" are also names and words.
MONTH_NAMES: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

# Month names that are also common English words ("trade may recover", "the march
# on Washington", "August company"): alone, without a day or year, they count as a
# month only next to one of the context words below.
AMBIGUOUS_MONTH_NAMES: frozenset[str] = frozenset({"may", "march", "august"})
# Words that, just before a bare month name, make it a date ("in May", "last March").
MONTH_CONTEXT_BEFORE: frozenset[str] = frozenset({
    "in", "on", "since", "during", "for", "from", "by", "until", "till", "to",
    "through", "of", "last", "this", "next", "early", "late", "mid", "end", "before",
    "after", "between", "and", "or", "than", "with", "against", "versus", "vs", "over",
})
# Words that, just after a bare month name, make it a date ("May exports", "March figures").
MONTH_CONTEXT_AFTER: frozenset[str] = frozenset({
    "trade", "exports", "export", "imports", "import", "surplus", "deficit", "figure",
    "figures", "data", "level", "levels", "total", "totals", "balance", "results",
    "statistics", "report", "quarter", "period", "shipments", "sales", "output",
    "rise", "fall", "increase", "decline", "drop", "gain", "average", "interim",
    "provisional", "preliminary", "budget", "current", "account", "deadline",
    "alone",  # "March alone saw exports of $1.06 billion"
    "goods", "merchandise",  # "The May goods deficit was revised"
})

# Ordinal words for "the first quarter", "the first two months", "the 1st half".
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
    "8th": 8, "9th": 9, "10th": 10, "11th": 11, "12th": 12,
}
# "final" and "last" close a year: the final quarter is the fourth, the last half the second.
CLOSING_ORDINAL_WORDS: frozenset[str] = frozenset({"final", "last", "closing"})

# Cardinal number words up to thirty, for "the first two months", "the eight months to
# the end of February", "the first twenty days". Digits are read by the recogniser.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "twenty-one": 21, "twenty-two": 22,
    "twenty-three": 23, "twenty-four": 24, "twenty-five": 25, "twenty-six": 26,
    "twenty-seven": 27, "twenty-eight": 28, "twenty-nine": 29, "thirty": 30,
}

# Quarter and half words: "Q1", "1Q", "H2", and how many months each unit spans.
QUARTER_CODES: dict[str, int] = {"q1": 1, "q2": 2, "q3": 3, "q4": 4}
HALF_CODES: dict[str, int] = {"h1": 1, "h2": 2}
# Length in months of the units a span can be counted in ("the year to March", "the
# half-year to June", "the quarter ended September 30").
UNIT_MONTHS: dict[str, int] = {
    "month": 1, "months": 1, "quarter": 3, "quarters": 3, "half-year": 6,
    "half year": 6, "half-years": 6, "half years": 6, "year": 12, "years": 12,
}
# Words for a fiscal year; "budget year" is how Reuters often names one.
FISCAL_WORDS: frozenset[str] = frozenset({"fiscal", "financial", "budget"})
# Length in months of each granularity a period mention can have, for stepping back
# one unit ("the previous quarter"); "span" and "day" have no fixed length.
GRANULARITY_MONTHS: dict[str, int] = {"month": 1, "quarter": 3, "half": 6, "year": 12, "fiscal_year": 12}

# Words before "year", "month" or "fiscal year" that count it from the publication
# date, as an offset in years (or units): "this year", "last month", "the coming
# year". A word not listed ("the", "present") means the current one.
RELATIVE_OFFSET_WORDS: dict[str, int] = {
    "this": 0, "the current": 0, "current": 0, "last": -1, "the previous": -1,
    "previous": -1, "the preceding": -1, "preceding": -1, "the past": -1, "next": 1, "the coming": 1, "coming": 1,
}
# Words before a bare month that make it a coming deadline ("until April"), not the
# latest such month.
DEADLINE_WORDS_BEFORE: frozenset[str] = frozenset({"until", "till", "by"})
# Words before a year that make it a target, not the story's own time ("by 1990").
TARGET_WORDS_BEFORE: frozenset[str] = frozenset({"by", "until", "till", "before", "to", "through"})
# Words earlier in a period's clause that make it a plan, an outlook or an event, not the
# time the story's figures are told in: "The export strategy targets sales of K900
# billion in 2030", "expects growth of 3 percent in 2024", "the agreement, signed in 2009".
# An undated story does not take its year from them.
OUTLOOK_OR_EVENT_BEFORE: str = (
    r"\b(?:targets?|targeted|targeting|aims?|aimed|aiming|expects?|expected|expecting|forecasts?|forecasting|"
    r"projects?|projected|projecting|plans?|planned|planning|goal|vision|strategy|seeks?|hopes?|will|would|could|"
    r"signed|founded|established|launched|enacted|ratified|took\s+effect|came\s+into\s+force|joined|elected|"
    r"born|introduced)\b(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,80}$")  # ("would rise 4.1% this year and 6.3% in 2017")
# Capitalised nouns that make a year after them part of a name ("the Chile Business Forum
# 2024", "Saudi Vision 2030", "Expo 2020", "Agenda 2063"): an event's or a plan's, no period;
# nor a publication's ("the Economic Survey 2021 shows", of the year before's figures).
EVENT_NAME_NOUNS: str = (r"(?:Forum|Summit|Expo|Conference|Vision|Agenda|Cup|Games|Olympics|Fair|Week|Show|Congress|"
                         r"Convention|Awards|Festival|Exhibition|Roadshow|Dialogue|Meeting|Census|Plan|Strategy|"
                         r"Survey|Report|Yearbook|Review|Bulletin)")
# Words before a period that make it a point of comparison further back than the story's
# own time ("the sharpest rise since April 2022"), so it does not date an undated story.
SINCE_WORDS_BEFORE: frozenset[str] = frozenset({"since"})
# ... and the phrases that do the same with a part of the period: "since the start of 2023".
SINCE_PART_BEFORE: str = r"\bsince\s+(?:the\s+)?(?:start|beginning|end|middle|turn|close)\s+of\s+(?:the\s+)?$"
# Words before a period that make it the time a record was set ("just shy of a record
# high set in August 2016", "the highest level seen in March 2019"): a point in the past,
# which bounds an undated story from below like a compared period.
RECORD_SET_BEFORE: str = (r"\b(?:records?|highs?|lows?|peaks?|levels?|highest|lowest)\b[^.;\n]{0,40}?"
                          r"\b(?:set|seen|reached|hit|touched|registered)\s+(?:back\s+)?in\s+$")
# Words that introduce a period as what a figure is compared with ("up 5.4% in July,
# compared with July 2014"): the story is told after it, so it does not date the story
# but bounds it from below.
# COMPARED_WITH is the words alone; the assembler adds its own ("over", "since").
# COMPARED_WITH_BUT_THAN leaves out "than", which after "more"/"less" only bounds a number
# ("rose by more than 70 pct in February").
# ("vis-a-vis October 2023": Indian copy; "when comparing to the same quarter of 2015":
# Rwandan; "up 7.1% in relation to the same period last year": Serbian)
COMPARED_WITH_BUT_THAN: str = (r"(?:\b(?:in\s+)?comparison\s+(?:with|to)|\bcompar(?:ed|ing)\s+(?:with|to)|\bfrom"
                               r"|\bagainst|\bversus|\bvs\.?|\bvis[-\s][aà][-\s]vis|\brelative\s+to"
                               r"|\bwith\s+respect\s+to|\bin\s+relation\s+to"
                               # ("an increase of 8.2 per cent over the value recorded in Q2 2021")
                               r"|(?:%|\bper\s?cent|\bpercent|\bpct)\s+over)")
COMPARED_WITH: str = rf"(?:{COMPARED_WITH_BUT_THAN}|\bthan)"
# A figure named by the period it was recorded in, after such words: "compared to the
# amount recorded in the third quarter of 2022 (GH¢44.6 billion)".
FIGURE_OF_PERIOD: str = (r"(?:the\s+)?(?:amount|value|figure|level|total|sum)\s+"
                         r"(?:recorded|registered|reported|posted|achieved|seen)\s+")
# ... or by the level it stood at: "from an unusually high level in April 2018"
LEVEL_OF_PERIOD: str = r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:level|high|low|peak|base)\s+"
COMPARED_WITH_BEFORE: str = (COMPARED_WITH + r"\s+(?:" + FIGURE_OF_PERIOD + r"(?:in|during|for)\s+|"
                             + LEVEL_OF_PERIOD + r"(?:in|of)\s+|in\s+|during\s+)?(?:the\s+)?$")
# "rose to K50 billion in the first half from K45 billion in the first half of 2021": the
# period said after the figure a cue compares with (ends where the period starts).
COMPARED_FIGURE_BEFORE: str = (
    r"(?:(?:\b(?:from|against|versus|vs\.?|compared\s+(?:with|to)|after|following)"
    # ("an increase of 4.11 per cent over N10.49tn recorded in Q2 2021")
    # ("up 36.2 per cent from the N6.21 trillion recorded in Q2 2023")
    r"|(?:%|\bper\s?cent|\bpercent|\bpct)\s+over)\s+(?:(?:an?|the)\s+)?"
    # "42 pct above the 16.98 billion dlrs recorded in February 1986": a change's basis
    r"|(?:%|\bpct|\bper\s?cent|\bpercent)\s+(?:above|below|higher\s+than|lower\s+than|up\s+on|down\s+on)\s+"
    r"(?:the\s+)?"
    # "but still lower than the N996.78 billion trade balance at the end of the fourth quarter"
    r"|\b(?:higher|lower|greater|less|more|smaller|larger|bigger)\s+than\s+the\s+)(?:revised\s+)?"
    # ("compared with a deficit of 1.76 billion dlrs in February 1986")
    r"(?:(?:trade\s+)?(?:deficit|surplus|shortfall|gap|balance|value|level|figure|total)\s+of\s+)?"
    r"[^\s\d]{0,4}\s?\d[\d.,]*(?:[\s-]?(?:[A-Za-z$€£]{1,10}|U\.S\.)){0,3}\s+"
    # ("compared to GH¢28.43 billion as of Q1 2023", "N6.35 trillion recorded at the end of the
    # fourth quarter")
    r"(?:(?:recorded|registered|posted|seen|reported)\s+)?(?:in|during|for|over|as\s+(?:of|at)|at\s+the\s+end\s+of)"
    r"\s+(?:the\s+)?$")

# Nouns of a flow or its figure that a count of months before them makes cumulative:
# "the nine-month total", "half-year exports", "its five-month trade surplus".
CUMULATIVE_FIGURE_NOUNS: tuple[str, ...] = (
    "total", "totals", "tally", "figure", "figures", "exports", "imports", "surplus", "deficit",
    "shipments", "sales", "turnover", "earnings", "value", "bill", "balance", "gap", "shortfall",
    "volume", "volumes",
)
# Words that open a comparison period ("the same period of 2023", "the corresponding
# month a year earlier"). Their order is the order of the pattern's alternation.
SAME_PERIOD_WORDS: tuple[str, ...] = ("same", "corresponding", "comparable", "equivalent", "like", "similar")

# Words after a split-year label ("1986/87") that make it a commodity season, not a
# fiscal year: the start month of a crop or marketing year depends on the crop.
SEASON_WORDS: frozenset[str] = frozenset({
    "season", "seasons", "crop", "crops", "harvest", "harvests", "marketing",
    "campaign", "sugar", "coffee", "cocoa", "wheat", "grain", "grains", "cotton",
    "farm", "winter", "summer", "planting", "shipping", "quota", "quotas",
})

# Words after a four-digit number that make it an amount, not a year ("1987 tonnes",
# "$2021 million", "1990 pct").
AMOUNT_WORDS_AFTER: frozenset[str] = frozenset({
    "mln", "million", "millions", "bln", "billion", "billions", "trillion", "thousand",
    "tonnes", "tonne", "tons", "ton", "t", "kg", "kilos", "barrels", "bpd", "ounces",
    "pct", "percent", "per", "points", "dlrs", "dlr", "dollars", "dollar", "yen",
    "marks", "francs", "stg", "pounds", "lire", "guilders", "crowns", "units", "cars",
    "vehicles", "head", "bales", "bags", "people", "workers", "jobs", "hectares",
    "acres", "miles", "km", "metres", "feet", "ships", "companies", "firms", "items",
    "products",
})
# Tokens just before a four-digit number that make it an amount or a label, not a year
# ("$2021 million", "USD 1990", "No. 1986", "Resolution 2000").
AMOUNT_MARKS_BEFORE: frozenset[str] = frozenset({
    "$", "us$", "a$", "c$", "nz$", "hk$", "s$", "£", "€", "¥", "usd", "eur", "gbp",
    "jpy", "rs", "rs.", "no", "no.", "number", "article", "section", "resolution",
    "flight", "about", "some", "nearly", "almost", "approximately",
})

# Month in which each economy's government fiscal (budget) year begins, by ISO 3166-1
# alpha-3 code. Source, unless noted: CIA World Factbook, field listing "Fiscal year"
# (its current values; historic changes below). Only economies whose year starts on the
# first of a month are listed: Iran (21 March), Afghanistan, Nepal (mid-July) and
# Ethiopia (8 July) start mid-month on their own calendars and cannot be put as a month.
# An economy not listed falls back to DEFAULT_FISCAL_YEAR_START_MONTH.
FISCAL_YEAR_START_MONTH: dict[str, int] = {
    # April-March
    "JPN": 4,  # Public Finance Act, art. 11: 1 April to 31 March
    "IND": 4,  # Union budget year, 1 April to 31 March
    "GBR": 4,  # government financial year 1 April (the personal tax year starts 6 April)
    "CAN": 4,  # Financial Administration Act: 1 April to 31 March
    "HKG": 4,  # Factbook
    "SGP": 4,  # Factbook
    "ZAF": 4,  # Factbook
    "MMR": 4,  # Factbook 2006 listing: Burma 1 April (again from 2022; see FISCAL_YEAR_START_HISTORY)
    "KWT": 4,  # Factbook
    "BWA": 4,  # Factbook
    "BRN": 4,  # Factbook (2008 listing; earlier editions say calendar year)
    # July-June
    "AUS": 7,  # Factbook; the Commonwealth has used 1 July since 1901
    "NZL": 7,  # Factbook: government 1 July (the tax year is 1 April)
    "PAK": 7,  # Factbook
    "EGY": 7,  # Factbook
    "BGD": 7,  # Factbook
    "KEN": 7,  # Factbook
    "UGA": 7,  # Factbook
    "TZA": 7,  # Factbook
    "CMR": 7,  # Factbook
    "BTN": 7,  # Factbook
    "RWA": 7,  # Factbook (since 2009; calendar year before)
    "BHS": 7,  # Factbook
    "WSM": 7,  # Factbook: Samoa 1 July to 30 June
    "TON": 7,  # Factbook: Tonga 1 July to 30 June
    "MUS": 7,  # Factbook: Mauritius 1 July to 30 June (its budgets' "financial year 2022-23")
    # August-July
    "FJI": 8,  # Factbook: 1 August to 31 July (calendar year until 2016; see FISCAL_YEAR_START_HISTORY)
    # October-September
    "USA": 10,  # 31 U.S.C. 1102; 1 July until fiscal 1976 (see FISCAL_YEAR_START_HISTORY)
    "THA": 10,  # Factbook
    "CRI": 10,  # Factbook
    "TTO": 10,  # Factbook; budgets name it by the year it ends in ("fiscal 2022": Oct 2021-Sep 2022)
    "HTI": 10,  # Factbook
    # Calendar year: listed so that "fiscal 1986" of these is not read as April-March.
    "CHN": 1, "DEU": 1, "FRA": 1, "ITA": 1, "ESP": 1, "NLD": 1, "BEL": 1, "CHE": 1,
    "AUT": 1, "SWE": 1, "NOR": 1, "DNK": 1, "FIN": 1, "KOR": 1, "BRA": 1, "ARG": 1,
    "MEX": 1, "CHL": 1, "COL": 1, "RUS": 1, "SUN": 1, "PHL": 1, "MYS": 1, "VNM": 1,
    "KHM": 1, "IDN": 1, "TWN": 1, "SAU": 1, "TUR": 1, "POL": 1, "HUN": 1, "NGA": 1,
    # (Factbook: calendar year)
    "LKA": 1, "GHA": 1, "ZMB": 1, "ZWE": 1, "MAR": 1, "JOR": 1, "ISR": 1, "ARE": 1, "KAZ": 1,
    "UKR": 1, "PER": 1, "ECU": 1,
    # Laos: the calendar year from 2017 (State Budget Law 2015); 1 October until FY2015-16
    # (see FISCAL_YEAR_START_HISTORY)
    "LAO": 1,
}

# Economies whose trade news counts a year's months in the fiscal year even unlabelled:
# "the first eight months" in a Pakistani story in March are July to February. Their
# statistics offices publish cumulative trade by fiscal year (Pakistan Bureau of
# Statistics, Bangladesh Bank and EPB, Nepal's Department of Customs, Bhutan's Department
# of Revenue and Customs); India's ministry of commerce gives April-to-date figures;
# Iran's customs administration (IRICA) counts in the Iranian year from 1 Farvardin.
FISCAL_COUNTED_TRADE: frozenset[str] = frozenset({"PAK", "BGD", "NPL", "BTN", "IND", "IRN"})

# Economies whose trade figures are published in French, where a flow "à fin mars" is the
# year's months to the end of March; their English retellings say "at the end of March
# 2019", "at end-June" (Moroccan Office des Changes, Tunisia's INS, Algerian customs,
# BCEAO and BEAC member states' statistics and central banks, the DRC's central bank).
# Poland's GUS figures are retold so too ("po wrześniu": "the surplus after September",
# "at the end of September", PAP's English copy), and so are those published in Arabic
# ("حتى نهاية أغسطس", until the end of August: Omani "exports fell to RO8.62bn at the end
# of August 2019, against RO9.46bn in the same period of 2018"; Jordanian "imports at the
# end of the third quarter").
MONTH_END_CUMULATIVE: frozenset[str] = frozenset({
    "MAR", "DZA", "TUN", "MRT", "SEN", "CIV", "MLI", "BFA", "NER", "BEN", "TGO", "GIN", "GNB", "CMR", "GAB",
    "COG", "TCD", "CAF", "GNQ", "COD", "MDG", "DJI", "COM", "BDI", "POL",
    # the Bank of Ghana's summaries too: "total exports were $12.81 billion at end-August
    # 2024", the year's months to then
    "GHA",
    "OMN", "JOR", "LBN", "SAU", "KWT", "BHR", "QAT", "ARE", "IRQ", "EGY", "LBY", "SDN", "SYR", "YEM", "PSE",
})

# Economies whose fiscal-year start month changed, as (first fiscal year starting in the
# new month, new start month), oldest first; FISCAL_YEAR_START_MONTH holds the current one.
FISCAL_YEAR_START_HISTORY: dict[str, tuple[tuple[int, int], ...]] = {
    # US federal: 1 July to 30 June until the year ended June 1976; after a transition
    # quarter, 1 October from 1 October 1976 (Congressional Budget Act of 1974).
    "USA": ((1844, 7), (1976, 10)),
    # Indonesia: 1 April until 2000 (Factbook 2005 note), calendar year from 2001.
    "IDN": ((1900, 4), (2001, 1)),
    # Taiwan: 1 July until FY98/99, then an 18-month FY00, calendar year from 2001
    # (Factbook 2005 note).
    "TWN": ((1900, 7), (2001, 1)),
    # Myanmar: 1 April until FY2017-18; a six-month interim budget April-September 2018,
    # then 1 October from FY2018-19; a six-month interim budget October 2021-March 2022,
    # then 1 April again from FY2022-23.
    "MMR": ((1900, 4), (2018, 10), (2022, 4)),
    # Fiji: the calendar year until 2015; a seven-month fiscal 2016 (January-July), then
    # 1 August from FY2016-17 (Fiji's 2016-2017 national budget).
    "FJI": ((1900, 1), (2016, 8)),
    # Laos: 1 October to 30 September until FY2015-16, then a fifteen-month transition
    # to the calendar year from 2017.
    "LAO": ((1900, 10), (2017, 1)),
}

# The default when the economy is unknown or not listed: Japan's April-March year, the
# convention the annotation guidelines give as their example.
DEFAULT_FISCAL_YEAR_START_MONTH: int = 4

# Economies that name a fiscal year by the calendar year in which it ends ("fiscal 1987"
# is October 1986 to September 1987 in the U.S.; "FY2024" is April 2023 to March 2024
# in India). Elsewhere a one-year label names the year in which it starts (Japan's
# "fiscal 1986" is April 1986 to March 1987). Sources: U.S. OMB usage; Government of
# India budget documents; Australian, New Zealand and Pakistani budget papers; Thai
# Bureau of the Budget; East African budget speeches and their press (Kenya's "FY24" for
# the National Treasury's FY 2023/24, likewise Uganda's and Tanzania's July-June years).
# A split label ("1986/87") needs no such table.
FISCAL_YEAR_NAMED_BY_END_YEAR: frozenset[str] = frozenset({
    "USA", "IND", "AUS", "NZL", "PAK", "EGY", "BGD", "THA", "KEN", "UGA", "TZA", "TTO", "HTI",
})

# Economies whose statistical (and budget) fiscal year begins on the first day of a month
# of another calendar, as (calendar, month of that calendar). Their Gregorian days move
# from year to year, so they cannot be a start month above; the days are computed by
# extractor.recognise.period.local_calendars. Sources: Nepal, Ministry of Finance
# (1 Shrawan, mid-July); Iran, Budget Law (1 Farvardin, 20 or 21 March); Ethiopia,
# Ministry of Finance (1 Hamle, 8 July). The annotation guidelines give the same three.
FISCAL_YEAR_LOCAL_START: dict[str, tuple[str, int]] = {
    "NPL": ("bikram_sambat", 4),
    "IRN": ("solar_hijri", 1),
    "ETH": ("ethiopian", 11),
}
# Economies whose copy numbers years in the Solar Hijri calendar, so that a bare "1402" is
# the year from Farvardin 1 (about March 21): Iran's statistics and Afghanistan's
# (the Afghan ministries and press date their years so, whatever the fiscal year).
SOLAR_HIJRI_ECONOMIES: frozenset[str] = frozenset({"IRN", "AFG"})
# How many years a calendar's year number is ahead of the Gregorian year in which its
# fiscal year (as above) begins: Shrawan 2077 BS is July 2020, Farvardin 1401 SH March
# 2022, Hamle 2010 EC July 2018 (Ethiopia's fiscal year takes the number of the year in
# which it ends, the EC year that starts at Meskerem in September).
LOCAL_YEAR_OFFSET: dict[str, int] = {"bikram_sambat": 57, "solar_hijri": -621, "ethiopian": -8}
# A fiscal label from this number on is in the economy's own calendar, not the Gregorian:
# "fiscal year 2079/80" in a Nepali story is Bikram Sambat (2050 BS began in 1993, and no
# Gregorian year that high has trade figures). Solar Hijri labels (1401) are below any
# Gregorian label a fiscal pattern reads; Ethiopian ones (2015 EFY) look Gregorian and
# are told apart only by their words.
LOCAL_LABEL_FROM: dict[str, int] = {"bikram_sambat": 2050}

# Adjectives that name a calendar's year, and the economy whose year it is: "the current
# Iranian year", "the Iranian calendar year 1401", "the 2015 Ethiopian fiscal year".
CALENDAR_YEAR_WORDS: dict[str, str] = {
    "iranian": "IRN", "persian": "IRN", "solar": "IRN", "nepali": "NPL", "nepalese": "NPL",
    "ethiopian": "ETH",
}
# Abbreviations of a fiscal year in an economy's own calendar ("2015 EFY", "EFY 2015").
CALENDAR_FISCAL_ABBREVIATIONS: dict[str, str] = {"efy": "ETH"}
# A fiscal year named by a local year that is the one in which it ends (Ethiopia's 2015
# EFY runs from Hamle 2014 EC, July 2022, to Sene 2015 EC, July 2023); elsewhere the
# local year named is the one in which it starts.
LOCAL_LABEL_NAMES_END_YEAR: frozenset[str] = frozenset({"ethiopian"})
# Words before "fiscal year" that place it against the publication date, beyond
# RELATIVE_OFFSET_WORDS: "the past fiscal year", "the just-ended fiscal year", "the
# concluded fiscal year"; "the ongoing fiscal year" and South Asia's "the outgoing fiscal
# year" are the current one (in its last months), "the new fiscal year" too (in its first).
FISCAL_RELATIVE_WORDS: dict[str, int] = {
    "past": -1, "just-ended": -1, "just ended": -1, "concluded": -1, "just-concluded": -1,
    "just concluded": -1, "recently concluded": -1, "recently ended": -1, "ongoing": 0, "outgoing": 0,
    "new": 0,
}

# Month names of those calendars as English-language news spells them; several
# spellings each. Bikram Sambat: Baishakh (mid-April) is month 1, Shrawan month 4.
# Solar Hijri: Farvardin (21 March) is month 1. Ethiopian: Meskerem (September) is
# month 1, Pagume the short thirteenth.
LOCAL_MONTH_NAMES: dict[str, dict[str, int]] = {
    "bikram_sambat": {
        "baishakh": 1, "baisakh": 1, "baishak": 1, "jestha": 2, "jeth": 2, "jyestha": 2,
        "asar": 3, "ashar": 3, "ashadh": 3, "asadh": 3, "shrawan": 4, "saun": 4, "sawan": 4,
        "shravan": 4, "bhadra": 5, "bhadau": 5, "ashwin": 6, "asoj": 6, "ashoj": 6,
        "kartik": 7, "mangsir": 8, "mangshir": 8, "poush": 9, "push": 9, "paush": 9,
        "magh": 10, "falgun": 11, "phalgun": 11, "fagun": 11, "chaitra": 12, "chait": 12,
    },
    "solar_hijri": {
        "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5,
        "shahrivar": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "bahman": 11, "esfand": 12,
    },
    "ethiopian": {
        "meskerem": 1, "tikimt": 2, "tikemt": 2, "hidar": 3, "hedar": 3, "tahsas": 4,
        "tir": 5, "ter": 5, "yekatit": 6, "megabit": 7, "miyazya": 8, "miazia": 8,
        "ginbot": 9, "genbot": 9, "sene": 10, "hamle": 11, "nehase": 12, "nehasse": 12,
        "pagume": 13,
    },
}

# Short month names that are no English word or common name, so count alone in a story
# whose economy keeps their calendar (Nepali copy's "in Asoj", "in Saun"); other short
# ones ("Push", "Magh", "Dey", "Tir") need "month of" or a second month beside them.
LOCAL_SHORT_NAMES_ALONE: frozenset[str] = frozenset({"asoj", "saun", "jeth", "asar"})

# A comparison period that only says what a change is measured against: "year-on-year",
# "month over month", "y/y", "on a year-on-year basis", "in annual terms". It is never a
# figure's own period ("fell on a year-on-year basis and stood at $11 billion": October's).
_BASIS_UNIT = r"(?:(?:year|month|quarter)[-\s]+(?:on|over)[-\s]+(?:year|month|quarter)|annual|yearly|monthly|quarterly)"
CHANGE_BASIS_PERIOD: str = (r"(?:year|month|quarter)[-\s]+(?:on|over)[-\s]+(?:year|month|quarter)"
                            r"|y/y|yoy|m/m|mom|q/q|qoq|y-o-y|m-o-m|q-o-q|sequentially|on\s+a\s+sequential\s+basis"
                            rf"|on\s+an?\s+{_BASIS_UNIT}\s+basis|in\s+{_BASIS_UNIT}\s+terms")
