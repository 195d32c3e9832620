"""Words that tell the assembler what a figure is: tables only, no logic.

Lower-case lemmas unless said otherwise. The assembler (extractor.assemble) reads
these; changing what counts as a trade figure starts here.
"""
import re

# Nouns naming a flow of goods; "exports" and "imports" are their plural lemmas.
# ("exportation", "importation": French-influenced English, as in Mauritian and Seychellois copy)
EXPORT_NOUNS = {"export", "exports", "shipment", "shipments", "exportation", "exportations",
                # re-exports written as one word (a part of exports: subsets.re_prefixed)
                "reexport", "reexports"}
IMPORT_NOUNS = {"import", "imports", "importation", "importations"}
# The product a re-exports figure is named by (goods passing through, a part of exports).
RE_EXPORTS = "re-exports"
# Goods sent "from" one economy "to" another: the first's exports ("supplies from
# Kazakhstan to China"); only with both economies named are they a flow.
SUPPLY_NOUNS = {"supplies", "deliveries"}
# Modifiers that turn a shipment inward: "inbound shipments" are imports.
INBOUND_WORDS = {"inbound", "incoming", "inward"}
# Participles that make goods a flow's: "imported goods", "the value of exported products".
FLOW_PARTICIPLES = {"imported": "import", "exported": "export"}
# ... and participles after goods that say their flow with the way they went (its
# preposition): "goods imported from", "goods bought from", "goods sold to".
PARTICIPLES_AFTER_GOODS = {"imported": ("import", "from"), "bought": ("import", "from"),
                           "purchased": ("import", "from"), "exported": ("export", "to"), "sold": ("export", "to"),
                           "shipped": ("export", "to"),
                           # "Goods sent to Finland were worth €219 million" (Baltic copy)
                           "sent": ("export", "to")}
# ... and outward: "outbound trade" is exports.
OUTBOUND_WORDS = {"outbound", "outgoing", "outward"}
# Units a quantity of goods is counted in ("9.4 million tons of goods valued at X"):
# what they count is goods, not a product.
QUANTITY_UNITS = {"tonnes", "tonne", "tons", "ton", "barrels", "kilos", "kg", "kgs", "bags", "bales", "bushels",
                  "litres", "liters", "gallons", "ounces", "lbs", "carats", "units", "containers", "teu"}
# A flow noun used as a modifier counts only before these heads: "export earnings"
# is exports, "export cartel" and "import duties" are not.
FLOW_VALUE_HEADS = {"earnings", "earning", "revenue", "revenues", "receipts", "proceeds", "income", "bill", "value", "values",
                    "figure", "figures", "volume", "total", "level", "sales", "flows", "flow", "record",
                    # the balance of payments' words: "import payments were $30.2 billion"
                    "payment", "payments", "spending", "expenditure", "expenditures", "outlay", "outlays",
                    # South Asian copy: "import cost was $45.1 billion"
                    "cost", "costs",
                    # "substantially lower than the P7.87 billion import expenses"
                    "expense", "expenses",
                    # Korean customs copy in English: "the export amount was $56.4 billion"
                    "amount", "amounts",
                    # Nigerian statistics copy: "the import component stood at N6.06tn"
                    "component",
                    # South Asian agency copy: "export performance for December was $3.53 billion"
                    "performance",
                    # Central Asian copy after Russian "экспортные поставки": "export deliveries grew
                    # to $712.5 million", "export supplies", "increased export operations by 12.2%"
                    "deliveries", "supplies", "operations"}
# "trade" as two-way trade only as the head or before these words ("trade volume");
# "trade ministry", "trade credit", "trade portfolio" are not trade figures.
# Value nouns that take the flow they are of: "revenue from exports", "expenditure on
# imports", "earnings from total exports", "the bill for imports".
FLOW_OF_VALUE_NOUNS = {"revenue", "revenues", "earnings", "receipts", "expenditure", "expenditures", "spending",
                       "payments", "bill", "value", "proceeds", "income"}
TRADE_NOUNS = {"trade", "turnover", "commerce"}
# The nouns of an exchange or a relationship, which are trade when said commercial ("In its
# commercial exchange with China, Brazil registered a surplus of X", "In its trade
# relationship with the US, Mexico posted X": Latin American copy, "intercambio comercial")
RELATION_NOUNS = {"exchange", "exchanges", "relationship", "relations", "dealings"}
TRADE_RELATION_MODIFIERS = {"commercial", "trade", "trading"}
# Bodies named "of" trade ("the Ministry of Trade, Industry and Energy", "the Department of
# Industry and Trade", "the Chamber of Commerce"): the word names the body, not a flow.
TRADE_BODIES = {"ministry", "minister", "ministers", "department", "secretary", "chamber", "chambers", "board",
                "office", "bureau", "council", "commission", "committee", "institute", "federation",
                "association", "directorate", "administration", "agency", "authority", "ministries"}
# Sales and purchases across the border are the flows: "foreign sales reached X",
# "foreign purchases meant an outlay of X", "sales abroad"; other sales are not.
CROSS_BORDER_FLOWS = {"sales": "export", "purchases": "import"}
CROSS_BORDER_WORDS = {"foreign", "overseas", "external", "abroad"}
# ... and the markets an economy's sales go abroad to: "sales on the international market".
MARKETS_ABROAD = {"international", "foreign", "world", "global", "overseas", "external"}
# Verbs that state a flow with the trading economy as subject: "Croatia exported 95.5
# billion kuna worth of goods", "China imported $2.5 billion of goods from Iran",
# "Iran and China exchanged $8.5 billion worth of products".
FLOW_VERBS = {"export": "export", "import": "import", "exchange": "total", "trade": "total"}
# Verbs of buying and selling that state a flow only when the goods cross a border:
# "Ecuador bought US$2.3 billion of foreign goods", "it sold US$2.9 billion abroad",
# "Estonia shipped goods worth EUR 1.5 billion to the EU", "Zambia sourced goods worth
# US$3.1bn from South Africa".
# ("Germany dispatched goods to the value of X to the EU": the EU statistics' word;
# "China supplied goods worth $512 million to Moldova": the supplier's exports, as worded)
CROSS_BORDER_VERBS = {"buy": "import", "purchase": "import", "receive": "import", "source": "import", "sell": "export",
                      "ship": "export", "dispatch": "export", "supply": "export", "deliver": "export"}
# ... of which supplying crosses the border only to a named economy (or abroad)
SUPPLY_VERBS = {"supply", "deliver"}
TRADE_VALUE_HEADS = {"volume", "turnover", "value", "values", "flow", "flows", "figure", "figures", "total", "level",
                     "exchange", "exchanges",  # "the trade exchange between Oman and India"
                     # "Trade relations between Ghana and France are worth about €2bn"
                     "relations", "ties",
                     "operations",  # "Azerbaijan's trade operations amounted to $15.3 billion"
                     "transactions",  # "Nepal's foreign trade transactions stood at Rs 1,142.46 billion"
                     "volumes"}  # "Trade volumes between Nigeria and China reached X"
BALANCE_NOUNS = {"surplus", "deficit", "balance", "gap", "shortfall", "excess", "imbalance",
                 "surpluses", "deficits", "balances", "gaps", "shortfalls",
                 # Belarusian and Russian copy's "сальдо": "the foreign trade saldo was negative"
                 "saldo"}
NEGATIVE_BALANCE = {"deficit", "gap", "shortfall", "deficits", "gaps", "shortfalls"}
# Verbs that state a level when the figure is their object ("the surplus topped 10
# billion dlrs"); as the object of any other verb ("sufficient to cover the 12 billion
# dlrs needed to service its debt") a figure is about something else.
LEVEL_VERBS = {
    "reach", "total", "hit", "top", "exceed", "surpass", "record", "register", "post", "show", "stand",
    "amount", "be", "have", "approach", "touch", "equal", "run", "near", "average", "value", "put",
    "estimate", "forecast", "expect", "project", "see", "report", "achieve", "make", "earn", "cross",
    "pass", "break", "rise", "fall", "grow", "increase", "decrease", "climb", "drop", "jump", "decline",
    "widen", "narrow", "swell", "shrink", "ease", "come", "export", "import", "represent", "account",
    # "the exports value constituted €5.39 billion", "the imports value comprised €6.62 billion"
    "constitute", "comprise",
    # "bilateral trade approximated 6.3 billion USD"; "imports aggregated $59.46 billion"
    # (Indian copy)
    "approximate", "aggregate",
    # "So far this year, shipments have accumulated 12,215 million dollars" (Latin American copy)
    "accumulate",
    # what earnings and bills do in South Asian and African copy: "exports fetched $4.29
    # billion", "imports cost $5 billion", "exports clocked $2 billion"
    "fetch", "generate", "bring", "clock", "log", "notch", "book", "rake", "garner", "attain", "cost",
    # ... and what West African headlines say of earnings: "Ghana bags $5.2bn from exports"
    "bag", "pocket", "net", "realise", "realize",
    # "imports tallied $12.3 billion"
    "tally",
    # "exports declined by 2.8 percent and remained $2.74 billion" (Pakistani copy): the
    # level the flow was left at
    "remain", "stay",
    # "commodity exports during this quarter scored KD 4.739 billion" (Gulf copy)
    "score",
    # "exports eclipsed $500 billion": a synonym of "surpass"
    "eclipse",
    # "Exports contributed N5.82 trillion, and imports accounted for N5.17 trillion"
    # (Nigerian copy): the flow's share of the total, its level
    "contribute",
    # "exports totalized US$ 864 million" (Latin American copy in translation), "outbound
    # shipments marked 13.26 billion dollars" (Korean broadcasters' copy)
    "totalize", "totalise", "mark",
    # "FOB exports have summed up 7.86 billion euros", "imports summed to $3 billion"
    "sum",
    # "exports went up to $120 billion": the parse makes "up to" the figure's and the
    # figure the verb's object
    "go",
}
# Nouns of change whose "in"/"of" object is the figure's trigger: "the rise in
# imports in February to 1.27 billion dlrs", "an increase in the trade deficit to X".
# Nouns a figure may hang on and still be the trade figure ("a total of X", "goods
# worth X", "a record X"). Any other common noun on the way from a figure to its flow
# is what the figure measures: "exports included gold worth $320 million", "imports
# included diesel ($318 million)" are a product's figures.
# Verbs that say who said a figure ("..., the statistics office said, down from Y").
ATTRIBUTION_VERBS = {"say", "report", "add", "note", "announce", "state", "show", "tell", "estimate", "write"}
# Verbs of earning, with the prepositions that name the flow and the flow they can name:
# money is earned from exports ("earned $3 billion from exports", "$300 million earned
# from tea exports"); and money is spent on imports.
MONEY_FLOW_VERBS = {"earn": (("from",), "export"), "receive": (("from",), "export"),
                    # Ethiopian and East African copy: "secured/obtained X from exports"
                    "secure": (("from",), "export"), "obtain": (("from",), "export"),
                    "fetch": (("from",), "export"), "generate": (("from",), "export"),
                    "get": (("from",), "export"), "rake": (("from",), "export"),
                    # West African headlines: "Ghana bags $5.2bn from exports", "pockets X
                    # from exports", "nets X from exports", "realised X from exports"
                    "bag": (("from",), "export"), "pocket": (("from",), "export"), "net": (("from",), "export"),
                    # ("Ethiopia has made a total of $1.3 billion from exports")
                    "make": (("from",), "export"),
                    "realise": (("from",), "export"), "realize": (("from",), "export"),
                    # what is spent or paid on imports is their value: "spent $5.5 billion on
                    # imports", "splashed out X on imports", "paid X for imports from Kenya"
                    "spend": (("on",), "import"), "splash": (("on",), "import"), "pay": (("for",), "import")}
# Level verbs that are also nouns, which the parser takes for nouns after a plural flow
# ("exports amount to X", "imports total Y").
LEVEL_NOUNS_AS_VERBS = {"amount", "total"}
# Present-tense verbs of headline style the tagger reads as plural nouns ("South Africa's
# trade surplus shrinks to R5.2 billion"): heading a clause, they are its verb.
PRESENT_VERBS_READ_AS_NOUNS = {
    "shrinks", "widens", "narrows", "rises", "falls", "jumps", "climbs", "drops", "grows", "soars", "surges",
    "dips", "slips", "eases", "hits", "reaches", "tops", "swells", "plunges", "slumps", "expands", "contracts",
}
VALUE_NOUNS = {
    "value", "worth", "total", "amount", "sum", "figure", "level", "record", "high", "low", "peak", "trade",
    "goods", "merchandise", "commodity", "product", "surplus", "deficit", "balance", "gap", "shortfall",
    "export", "import", "shipment", "purchase", "sale", "turnover", "billion", "million", "trillion",
    # the scales' abbreviations, which the tagger takes for nouns ("to €40.1 bln and €38.2 bln")
    "bln", "mln", "bn", "mn", "tln", "trn",
    # a threshold the figure passed: "exports crossed the $1.2 billion mark"
    "mark", "threshold", "milestone", "barrier",
    "dollar", "dlrs", "year", "month", "period", "quarter", "half", "time", "term", "basis", "estimate",
    "data", "statistic", "result", "outcome", "earnings", "receipt", "revenue", "bill", "expenditure", "outlay", "tally",
    "payment", "fob", "cif", "f.o.b.", "c.i.f.", "f.o.b", "c.i.f",  # valuation bases: "US$ 4,412.5 million FOB"
    "spending", "income", "flow", "business", "exchange", "commerce", "volume", "tune", "mark", "threshold",
    "excess",  # "was in excess of $30 billion": a bound on the figure, no thing
    "side", "account", "position", "margin", "aggregate", "rate", "pace", "equivalent", "compare", "comparison",
    "contrast", "increase", "rise", "decline", "drop", "fall", "growth", "jump", "decrease", "change",
    "gain", "loss", "surge", "improvement", "deterioration", "reduction", "widening", "narrowing", "percent",
    "pct", "cent", "nation", "country", "economy", "partner", "market", "destination", "source", "origin",
    "customer", "supplier", "government", "ministry", "office", "bureau", "agency", "authority", "data",
    "report", "release", "figures", "crore", "lakh", "bn", "mn", "tn", "m", "b", "k", "usd", "eur",
    "island", "kingdom", "republic", "colony", "territory", "state", "region", "bloc", "community", "union",
}
# Verbs that break a flow down into its parts: what their object holds is a part.
BREAKDOWN_VERBS = {"include", "comprise", "consist", "feature"}
CHANGE_NOUNS = {"rise", "increase", "fall", "decline", "drop", "jump", "growth", "widening", "narrowing", "decrease",
                "contraction", "dip", "plunge", "rebound", "upturn", "downturn",
                "reduction", "deterioration", "improvement", "swing", "surge", "slump", "gain",
                "hike", "leap", "uptick", "upsurge", "rally", "expansion", "slide", "tumble", "downtick", "dive",
                "nosedive", "slowdown", "shrinkage", "climb", "spike", "retreat", "worsening",
                # Ethiopian copy: "a 3.5 percent increment compared to the same period"
                "increment"}

# What a surplus or deficit is of, by the words that qualify it; only "trade" counts.
BALANCE_KINDS = {
    "trade": "trade", "merchandise": "trade", "visible": "trade", "visibles": "trade",
    "goods": "trade", "commodity": "trade", "commercial": "trade",
    "trading": "trade",  # "a trading surplus of $42.8 million" (Commonwealth and Pacific usage)
    "current": "current", "invisible": "other", "invisibles": "other", "budget": "other",
    "budgetary": "other", "fiscal": "other", "services": "other", "service": "other",
    "capital": "other", "payments": "other", "payment": "other", "transfer": "other", "transfers": "other",
    "account": None,  # "trade account" is trade, "current account" is not: decided by its modifier
    "spending": "other", "federal": "other", "government": "other", "public": "other",
    "cash": "other", "liquidity": "other", "revenue": "other", "energy": "other", "oil": "other",
    "agricultural": "other", "farm": "other", "food": "other", "technology": "other",
    "omissions": "other", "errors": "other", "income": "other", "unrequited": "other", "long-term": "other", "short-term": "other",
    # a bank's result: "the interest surplus fell to X", "the surplus on commission"
    "interest": "other", "commission": "other", "commissions": "other", "operating": "other",
}

# Modifiers that keep "exports"/"imports" a measure of all goods; any other noun or
# adjective before them ("oil exports", "capital exports") names a subset.
GENERIC_FLOW_MODIFIERS = {
    "outbound", "inbound", "outward", "inward", "incoming", "outgoing",
    "total", "overall", "merchandise", "goods", "visible", "world", "global",
    "foreign", "international", "monthly", "annual", "yearly", "quarterly", "seasonally",
    "adjusted", "unadjusted", "non-seasonally", "smoothed", "provisional", "preliminary",
    "hard", "currency", "convertible", "bilateral", "two-way", "record", "net", "gross", "nominal",
    "overseas", "external", "its", "their", "the", "a", "an", "this", "that", "such", "all",
    "principal", "main", "key", "official", "customs", "fob", "cif", "f.o.b.", "c.i.f.", "value",
    "commodity", "commodities",  # "monthly commodity imports": Gulf statistics offices' word for goods
    "trade",  # "trade imports", "trade exports": Maltese statistics copy, all goods
    "year", "month", "quarter", "half", "week", "period", "months", "years", "quarters",
    "country", "nation", "island", "kingdom", "state", "republic",
    "national", "recorded", "registered", "reported", "same", "latest", "new",
    "first", "second", "third", "fourth", "last", "previous", "current", "combined", "estimated",
    # "The 12-month rolling exports reached $260.9 billion" (Turkish copy): the period's word
    "rolling", "trailing", "cumulative", "accumulated",
}
# What opens a sentence that breaks the figure before into parts: "Of this, exports were
# X", "Of the total, ...", "Within this, ...".
BREAKDOWN_OPENER = r"(?:of\s+(?:this|that|which|these|the\s+(?:figure|total|amount|sum))|within\s+this)\b"
# The channels a part of the goods crosses by, which make it no whole trade: Thai and
# Myanmar "border trade" and "cross-border trade" (through border posts and in transit to
# third countries), a part of the goods as a product is (GUIDELINES.md, subsets).
CHANNEL_WORDS = frozenset({"border"})
# Adjectives that narrow exports or imports to a kind of goods ("agricultural exports");
# any noun before them does the same ("oil exports"), so only adjectives are listed.
PRODUCT_ADJECTIVES = {
    "agricultural", "farm", "industrial", "manufactured", "textile", "electronic", "electrical",
    "mineral", "petroleum", "chemical", "military", "defence", "defense", "agro", "food", "dairy",
    "fishery", "forestry", "automotive", "pharmaceutical", "primary", "capital", "consumer",
    "invisible", "service", "nuclear", "strategic", "high-technology", "high-tech",
    "mechanical", "electromechanical", "labour-intensive", "labor-intensive", "medical", "plastic", "marine",
    # Partial aggregates: Hong Kong's domestic exports and re-exports, non-oil trade.
    "domestic", "re", "non-oil", "nonoil", "oil", "gas",
    # Andean and Zambian series: "traditional exports" (minerals, coffee, oil) against the rest
    "traditional",
    # Australian series: "rural exports" (farm goods), "resources exports", "mining exports"
    "rural", "resources", "mining",
    # Norwegian series: "mainland exports", "the mainland trade balance" (without oil and gas)
    "mainland",
    # Central banks' breakdowns: "other exports" after gold, oil and cocoa are the rest of the
    # goods, and "other goods" are too
    "other",
}
# Parts of an economy's territory: "Jiangsu Province", "the city of Yiwu", "the
# emirate of Sharjah"; their trade is not the economy's.
SUBNATIONAL_NOUNS = {"province", "provinces", "city", "cities", "municipality", "prefecture", "county", "emirate",
                     "state's", "region's"}
# Parts of an economy that publish their own trade, named without a word that says so
# ("Dubai's exports", "Guangdong's foreign trade", "Ontario's exports"): an emirate's,
# a province's or a state's trade is not the economy's (the places Gulf, Chinese, Indian,
# Canadian, Australian and European copy names most; Hong Kong, Macau and Taiwan are
# economies of their own and not listed).
SUBNATIONAL_PLACES = frozenset({
    "dubai", "abu dhabi", "sharjah", "ajman", "ras al khaimah", "fujairah", "umm al quwain",
    "guangdong", "zhejiang", "jiangsu", "shandong", "fujian", "shanghai", "shenzhen", "guangzhou", "tianjin",
    "chongqing", "yiwu", "xinjiang", "yunnan", "guangxi", "heilongjiang", "inner mongolia", "hainan",
    "gujarat", "maharashtra", "tamil nadu", "kerala", "karnataka", "andhra pradesh", "uttar pradesh",
    "west bengal", "punjab", "sindh",
    "ontario", "quebec", "alberta", "british columbia", "b.c.", "saskatchewan", "manitoba", "nova scotia",
    "new brunswick", "newfoundland and labrador", "prince edward island",
    "queensland", "western australia", "new south wales",
    "california", "texas", "scotland", "wales", "northern ireland", "bavaria", "catalonia", "flanders", "wallonia",
    "sabah", "sarawak", "penang", "johor", "kurdistan",
})
# Parts of an economy whose flows are a sector's, not the economy's: "the FDI sector's
# exports", "foreign-invested firms posted a surplus", "the UAE's free zones saw an increase in
# foreign trade" (Gulf and Central American copy: the zones' trade is told beside the whole).
SECTOR_NOUNS = {"sector", "sectors", "firms", "companies", "enterprises", "businesses", "industry", "industries",
                "zones"}
# What may own a turnover that is its sales, not trade: "turnover for the aerospace
# industry", "the group's turnover".
BUSINESS_NOUNS = SECTOR_NOUNS | {"company", "firm", "group", "maker", "makers", "manufacturer", "manufacturers",
                                 "carmaker", "retailer", "conglomerate", "corporation"}
# Branches of activity a flow may be said "in": "Exports in industry rose 32 percent to X,
# exports in mining 97.5 percent to Y" (Turkish exporters' copy).
ACTIVITY_NOUNS = {"industry", "mining", "agriculture", "manufacturing", "fisheries", "forestry", "construction"}
MONTH_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}

# Words that make a percentage a change, and its sign.
RISE_WORDS = {
    "rise", "rose", "risen", "rising", "increase", "increased", "increasing", "up", "jump", "jumped",
    "grow", "grew", "grown", "growing", "growth", "gain", "gained", "climb", "climbed", "higher",
    "above", "surge", "surged", "soar", "soared", "expand", "expanded", "advance", "advanced",
    "improve", "improved", "widen", "widened", "widening", "deepen", "deepened", "deepening", "boost", "boosted",
    "add", "added", "rebound", "rebounded",
    "swell", "swelled", "swollen", "spike", "spiked", "accelerate", "accelerated",
    "more",  # "almost 30 percent more than in the same month in 2016"
    "hike", "hiked", "expansion", "leap", "leapt", "leaped", "upturn", "uptick", "upsurge", "rally", "rallied",
    "stronger", "firmer",  # "14% stronger at P5 billion"
    "larger", "bigger", "wider", "greater",  # "a deficit 18.4% larger year-on-year"
    "lift", "lifted",  # "imports lifted 1.3 per cent to $5.73b" (New Zealand copy)
    # "Exports to Tanzania bumped 56.03 percent to Sh50.85 billion" (East African copy),
    # "imports ballooned 40 percent", "exports rocketed 25%"
    "bump", "bumped", "balloon", "ballooned", "rocket", "rocketed", "skyrocket", "skyrocketed",
    "increment",  # "a 3.5 percent increment compared to the same period" (Ethiopian copy)
    "enhance", "enhanced",  # "exports have enhanced by 9.1 percent to $25.28 billion" (Pakistani copy)
    # "the trade deficit shot up to $18.12 billion" (Indian copy)
    "shoot", "shot", "zoom", "zoomed",
    # a multiple with its percentage beside it: "almost doubled (+88.4%)", "tripled (+204%)"
    "double", "doubled", "doubling", "triple", "tripled", "tripling", "quadrupled",
}
FALL_WORDS = {
    "fall", "fell", "fallen", "falling", "decrease", "decreased", "decreasing", "down", "drop",
    "dropped", "decline", "declined", "declining", "dip", "dipped", "slump", "slumped", "lower",
    "below", "contract", "contracted", "contraction", "shrink", "shrank", "shrunk", "plunge",
    "plunged", "slide", "slid", "tumble", "tumbled", "reduction", "reduce", "reduced", "cut",
    "narrow", "narrowed", "ease", "eased", "less", "loss", "off", "slip", "slipped", "sink", "sank",
    "sunk", "retreat", "retreated", "shed", "plummet", "plummeted", "shrinkage",
    "lose", "lost", "loses", "losing",  # "exports lost 8.4 percent to $1.08 billion" (market copy)
    "downturn", "softer", "weaker",  # "imports were 14% softer at P5 billion"
    "smaller", "narrower",  # "the deficit was US$610.2 million, 18.4% smaller year-on-year"
    "skid", "skidded", "sag", "sagged", "slacken", "slackened", "downtick", "dive", "dived", "nosedive",
    "nosedived", "slowdown",
    "crash", "crashed", "collapse", "collapsed", "tank", "tanked",  # "has crashed 71.2 percent"
    "halve", "halved", "halving",
}
# Words of merit rather than size: for a deficit, "improved 10%" is a fall of its size and
# "worsened 25%" a rise; for any other figure they are a rise and a fall.
BETTER_WORDS = frozenset({"improve", "improved", "improving", "improvement"})
WORSE_WORDS = frozenset({"worsen", "worsened", "worsening", "deteriorate", "deteriorated", "deteriorating",
                         "deterioration"})
RISE_WORDS |= BETTER_WORDS
FALL_WORDS |= WORSE_WORDS
# A change of volume or price is not a change of the value figure.
# ("in real terms" is caught by "real"; "in dollar terms" is a value change.)
NON_VALUE_CHANGE = {"volume", "volumes", "price", "prices", "real", "tonnage"}

# Words introducing a figure for the period compared with.
COMPARISON_WORDS = {"from", "against", "versus", "vs", "vs.", "compared", "after", "over", "than", "on"}

# Words that make a figure a forecast, target, limit or hypothesis (GUIDELINES.md).
FORECAST_LEMMAS = {
    "expect", "forecast", "project", "predict", "anticipate", "target", "aim", "plan", "hope",
    "seek", "want", "goal", "ceiling", "limit", "achieve", "intend", "envisage", "estimate",
    "projection", "outlook", "likely", "should", "could", "would", "might", "may", "will",
    "shall", "wo", "ca", "need", "propose", "hold", "keep", "cap", "try",
}
# "Estimated" is a forecast only for a period not over when the story was published:
# "exports in April-March 2020-21 are estimated to be USD 493.19 billion" is the
# ministry's figure for a year it reports (GUIDELINES.md).
ESTIMATE_LEMMAS = {"estimate"}
# Verbs whose object is a figure someone expects, not one reported ("economists expected
# a surplus of X"); unlike "achieve" or "post", whose object is what happened.
EXPECTATION_LEMMAS = {"expect", "forecast", "predict", "project", "anticipate", "envisage"}
# Nouns a figure aimed at hangs on, with no done verb between them: "set a target of
# raising trade turnover to $5 billion", "the goal of $10 billion", "voiced confidence in
# reaching a trade volume of $5 billion".
AIM_NOUNS = {"target", "goal", "aim", "objective", "ambition", "task", "confidence", "vision", "aspiration"}
# Adjectives on the figure's own noun that make it a forecast; "estimated" is not one
# ("dropped to an estimated 879.4 mln dlrs" is a preliminary actual figure).
FORECAST_ADJECTIVES = {"likely", "expected", "projected", "forecast", "anticipated", "probable", "possible",
                       "targeted", "planned", "potential"}
MODAL_LEMMAS = {"will", "would", "could", "may", "might", "should", "shall", "wo", "ca"}
# Words after which a "to" infinitive is on its way, not done: "trade set to surpass $5
# billion", "poised to reach", "due to reach".
FUTURE_FRAMES = {"set", "poised", "slated", "due", "bound"}

# The words a percentage is written with after its number ("%", "per cent", "pct",
# and "pc" glued to the number in Pakistani and British copy: "7.5pc").
# ("rose 7.95 pc to": spaced "pc" only before what a change goes on with, not "20 pc units")
SPACED_PC_AFTER = (r"(?=\s*(?:[,.;:)]|$)|\s+(?:to|in|on|from|of|and|or|at|over|against|compared|year|y/y|yoy"
                   r"|higher|lower|more|less|up|down)\b)")
# The words of a percentage, one token each ("per cent" is two: its "cent").
PERCENT_WORDS = frozenset({"pct", "%", "percent", "cent"})
PERCENT_UNIT = r"(?:%|(?i:per\s?cent|percent|pct)\b|(?<=\d)(?i:pc)\b|(?<=\d\s)pc\b" + SPACED_PC_AFTER + ")"

# A change noun's size, then where it went from: "(an export increase) of 9.4 percent from".
CHANGE_SIZE_THEN_FROM = (r"(?:of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[\d.,]+\s*" + PERCENT_UNIT + r"\s+)?"
                         r"from\s")

# Words that make a figure a revision note or a change amount, not a level.
# "(revised from 1.7 mln)" is a superseded figure; "a revised 780 mln" is the figure itself.
REVISION_CUE = r"revised\s+(?:down\s+|up\s+)?from\s*$"
# A sentence about a revision: a figure it gives "from" is the old estimate of the same
# period, not the previous period's level ("The revision was from R7.18 billion to R6.20 billion").
# A "revised" right before the figure ("from a revised $4.2 billion in February") is
# the previous period's revised level, and does not count.
REVISION_WORD = r"\brevisions?\b|\b(?:was|were|been|be|is|are)\s+revised\b"
# The whole parenthesised note, which is transparent between a figure and its period or chain.
REVISION_NOTE = r"\(\s*revised[^)]*\)"
# How an earlier estimate is said to have come out: "first announced", "initially reported".
FIRST_TOLD_VERBS = r"(?:announced|reported|released|published|estimated|given)"
# A figure right after a direction verb is an amount of change, not a level:
# "imports rose 2.78 billion dlrs or three pct to 95.7 billion".
CHANGE_VERB_CUE = (r"\b(?:rose|risen|rising|fell|fallen|falling|increased?|decreased?|declined?|dropped|jumped|"
                   r"widened|narrowed|grew|grown|climbed|shrank|shrunk|slipped|eased|gained|lost|surged|plunged|"
                   r"improved|deteriorated|swelled|contracted|expanded|enhanced"
                   # headlines' present: "Mali's exports rise CFA 641 billion to CFA 3,318.4 billion"
                   r"|rises?|falls?|grows?|jumps?|climbs?|widens?|narrows?|shrinks?|slips?|surges?|plunges?|gains?"
                   r"|increases|decreases|declines|drops?)\s+(?:by\s+)?"
                   # "decreased less than $0.1 billion to $21.9 billion": a bound on the change
                   r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|approximately\s+|close\s+to\s+|"
                   r"an?\s+|(?:less|more)\s+than\s+|just\s+(?:over|under)\s+|"
                   # "rose by over $1 billion to $4.3 billion" (after "by" only: "rose over $5
                   # billion" may be the level it rose past)
                   r"(?<=\bby\s)(?:well\s+)?(?:over|under)\s+)?$"
                   # "up 1.2 billion dlrs", but not the particle of "racked up a 51.5 billion dlr surplus"
                   # ("made up $1.2 billion", "exports clocked up US$1.86 billion": a level, the
                   # particle of a verb of level)
                   r"|\b" + "".join(rf"(?<!{verb}\s)" for verb in (
                       "made", "make", "makes", "making", "clocked", "clocks", "chalked", "notched", "racked",
                       "ran", "run", "runs", "totted", "summed"))
                   + r"(?:up|down)\s+(?:by\s+)?"
                   r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|(?:more|less)\s+than\s+)?$")
# The period a comparative may name before its "than": "higher in September 2021 than".
PERIOD_BEFORE_THAN = r"(?:(?:in|during|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+)?"
# Matched at the figure's end (re.match with a position: no "^", which would only match at 0).
# "up by 2.6 billion riyals, and about two billion riyals, or 7.6 percent": the second
# figure is a change; not "a surplus of $5bn, or 2% of GDP" (a share), nor a level
# written after "to", "at", "reached" ("surpassed US$4.25 billion, or 2.5% higher").
CHANGE_AFTER_CUE = (r"\s*,?\s*or\s+(?:about\s+|some\s+|nearly\s+)?[\d.,]+\s*(?:%|pct|per\s*cent|percent)"
                    r"(?!\s+of\b)"
                    # "$3.5 billion more than January exports": by how much, not how much (with a
                    # comma between, "$5 billion, more than in 2022" compares a level)
                    # ("ISK 5.7 billion higher in September 2021 than in September 2020": its
                    # period between)
                    r"|\s+(?:more|less|higher|lower|greater|above|below|larger|smaller|bigger|wider|narrower)\s+"
                    + PERIOD_BEFORE_THAN + r"than\b"
                    r"(?!\s+(?:doubl|tripl|quadrupl|halv))"
                    # "€27 billion higher compared with 2022", "€1 billion below the 2022 level":
                    # the same, said against a period or its level
                    r"|\s+(?:more|less|higher|lower|greater|larger|smaller|bigger|wider|narrower)\s+"
                    r"(?:compared\s+(?:with|to)|year[-\s]on[-\s]year|than)\b"
                    # ("Kc3.8bn higher yr/yr": Czech wire copy's basis)
                    r"|\s+(?:more|less|higher|lower)\s+(?:yr/yr|y/y|yoy|y-o-y)(?!\w)"
                    r"|\s+(?:above|below)\s+(?:the\s+|its\s+)?(?:(?:19|20)\d\d\s+|previous\s+|last\s+year['’]s\s+)?"
                    r"(?:level|figure|total|value)\b"
                    # "$1.1bn higher at $38.2bn": by how much, then the level
                    r"|\s+(?:more|less|higher|lower|up|down)\s+(?:at|to)\s+[^\s\d]{0,4}\s?\d"
                    # "$301.7 million less (10.4%) compared to 2023", "US$98.4 million less (-1.85%)
                    # than": the same with the change's percentage in brackets between (Central
                    # American copy); "that is, 213 million dollars less.": said last in its clause
                    r"|\s+(?:more|less|higher|lower)\s*\([^()]{0,30}\)\s*(?:than|compared\s+(?:with|to))\b"
                    r"|\s+(?:more|less|higher|lower)(?=\s*(?:[.;]|$))")
# ("goods worth 322 million euros or 10.2 percent more than": what the goods were worth)
# ("Exports made up $8.84 billion, or 66.6 percent": a part's level and its share)
LEVEL_BEFORE_CUE = (r"\b(?:to|at|of|with|worth|reached|reaching|surpassed|surpassing|topped|exceeded|totall?ed|totall?ing|"
                    r"(?:made|make|makes|making)\s+up|accounted\s+for|constituted|comprised|"
                    r"amounted\s+to|stood\s+at|was|were|hit)\s+(?:about\s+|some\s+|nearly\s+|around\s+|over\s+|"
                    r"more\s+than\s+|almost\s+|a\s+record\s+)?$")
# "fall by 15 billion to 20 billion dlrs": both ends of the range are amounts of change.
# (but not the "by" of a ranking: "followed by $1.1 billion with China", "surpassed only by
# China's $183.9 billion")
# A range's "to" joins two numbers under one scale ("by 2 to 3 billion"); after a scaled
# amount it leads to the level ("an increase of $2 billion to $40 billion").
# ("decreased by more than $1.2 billion, or almost 43 percent, to X": a bound on the change)
CHANGE_AMOUNT_CUE = (r"(?:(?<!\bfollowed\s)(?<!\btrailed\s)(?<!\bsurpassed\s)(?<!\bsurpassed\sonly\s)(?<!\btopped\s)"
                     # ("the balance was negative by 16,203.5 million dollars": its sign and size)
                     r"(?<!\bled\s)(?<!\bnegative\s)(?<!\bpositive\s)"
                     r"\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+|up\s+to\s+"
                     r"|(?:more|less)\s+than\s+|(?:just\s+)?(?:over|under)\s+|close\s+to\s+"
                     # ("increased by a smaller £1.3bn (1.4 per cent) to £94.6bn", "by a further $2bn")
                     r"|an?\s+(?:smaller|larger|bigger|greater|further|additional|modest|slight|small|sharp|steep|hefty"
                     r"|whopping|massive|record|marginal|meagre|meager|substantial|significant)\s+)?"
                     # "by 2.1 and 3 billion", "by $44.3 million (10.5 per cent) and $3.0 million":
                     # what is joined to a change amount is one too
                     r"(?:[^\s\d()]{0,4}\s?[\d.,]+\s*(?:mln|million|billion|bln|bn|mn|trillion|tn|m|b)?\s*(?:\([^()]{0,30}\)\s*)?"
                     r"(?:and|or)\s+|[\d.,]+\s*to\s+"
                     # "narrowed by a fifth or about 600 mln euros": a fraction, then its money
                     r"|(?:a|one|two|three)[-\s](?:half|third|quarter|fifth|sixth|tenth|thirds|quarters|fifths)"
                     r"\s*,?\s*or\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?)?"
                     # "rose four per cent, or £24.9bn, to", "rose 12.1 per cent (or $9.8 million) to":
                     # the same change in money
                     # ("rose 3% year-on-year or US$14 billion to": the basis between; "increased by
                     # 20 percent, equivalent to GH¢30 billion": the same)
                     # ("saw a 6.6% growth or LTL 423.9 million": the change's noun between)
                     # ("tumbled by 3.1% yearly or SAR 8.5 billion": the basis said as an adverb)
                     r"|(?:%|\bper\s?cent|\bpct|\bpercent)(?:\s+(?:year[-\s]on[-\s]year|year[-\s]over[-\s]year|y/y|yoy"
                     r"|on\s+the\s+year|yearly|annually|on\s+an?\s+(?:annual|yearly)\s+basis"
                     r"|growth|increase|rise|decline|decrease|drop|fall|gain|jump))?"
                     r"\s*[,(]?\s*(?:or\s+(?:by\s+)?|(?:or\s+)?(?:equivalent|equal)\s+to\s+)"
                     # ("grew 5% or just $250 million to $5.4 billion": the change made small)
                     r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+|merely\s+|only\s+|a\s+mere\s+)?"
                     # "fell by 4.1 percent ($0.6 billion)": a change's percentage, then its money
                     r"|\b(?:rose|risen|fell|fallen|increased|decreased|declined|dropped|grew|grown|jumped|climbed|"
                     r"gained|slipped|up|down|increase|decrease|rise|fall|decline|drop|growth|gain)\s+(?:by\s+|of\s+)?"
                     r"[\d.,]+\s*(?:%|pct|per\s?cent|percent)\s*\(\s*"
                     # "representing decreases of €934.3 million and €155 million": a change noun's amount
                     # "an increase in the goods deficit of $0.3 billion to $77.0 billion": the same
                     # ("an upturn of EUR 46.9 mln or 0.4%": any change noun, Baltic statistics copy)
                     r"|\b(?:" + "|".join(sorted(CHANGE_NOUNS)) + r")s?"
                     r"(?:\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+)?\s+of\s+"
                     r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+|close\s+to\s+|"
                     r"(?:more|less)\s+than\s+|(?:just\s+)?(?:over|under)\s+)?"
                     r"(?:\S{0,4}[\d.,]+\s*(?:mln|million|billion|bln|bn)?\s*(?:and|or)\s+|\S{0,4}[\d.,]+\s*to\s+)?"
                     # "Without oil products, the reduction was 1.5 billion euros": a change noun's
                     # amount said with a verb of being
                     r"|\b(?:increase|decrease|rise|fall|decline|drop|reduction|gain|jump|growth)s?\s+"
                     r"(?:was|were|is|are|amounted\s+to|totall?ed|came\s+to)\s+(?:by\s+)?"
                     r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?)"
                     # "an improvement of +82.4 billion FCFA": a sign before the amount
                     r"(?:[-−+]\s?)?$")

# The balance said as one flow exceeding the other: "exports exceeded imports by X", and
# the economy either flow may name between them: its partner ("exports to Hungary
# exceeded imports from Hungary by X") or its own ("imports in Mexico exceeded exports by
# X", "exports of Peru surpassed imports by X").
# ("with exports exceeding imports by X": the participle too)
EXCEEDED_VERBS = (r"(?:exceeded|surpassed|outpaced|outstripped|outnumbered|topped|overtook"
                  r"|exceeding|surpassing|outpacing|outstripping|outnumbering)")
# ... and what comes before the other flow ("exceeded its imports", "exceeded that of imports")
EXCEEDED_OBJECT = r"(?:(?:that|those)\s+of\s+)?(?:its\s+|their\s+|the\s+)?"
FLOW_ECONOMY_PHRASE = r"(?:(?:to|from|with|in|into|of|by)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+)?"

# Nouns that stand for the story's subject economy ("the island's trade surplus").
SUBJECT_ANAPHORS = {"island", "kingdom", "country", "nation", "republic", "colony", "territory",
                    "emirate", "state", "government", "sultanate", "principality", "archipelago"}
# The balance said with the flows' verbs, after the figure: "exported USD 30 billion more
# than what it imported", "imported £9.2bn worth of goods more than it sold abroad".
# The group is the second flow's verb.
# ("exported $8.2bn more goods to Turkey than it imported": the goods and partner between)
# ("Britain buys nearly £24 billion more from the bloc in goods than it sells to it": the
# present tense, a partner in lower case, and "we" of the story's own economy count too)
MORE_THAN_IT_TRADED = (r"more\s+(?:(?:goods|products|merchandise)\s+)?"
                       r"(?:(?:to|from)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|bloc|member\s+states)\s+)?"
                       r"(?:in\s+goods\s+)?"
                       r"than\s+(?:what\s+)?(?:it|they|we|the\s+country|the\s+nation)\s+(?:had\s+)?"
                       r"(imported|exported|sold\s+abroad|sold|shipped\s+abroad|bought|purchased|imports|exports|sells?"
                       r"|buys?)\b")
# Nouns that, with "this" or "the", stand for the figure said just before ("This figure
# is 9.4 percent higher year-on-year").
FIGURE_ANAPHOR_NOUNS = {"figure", "indicator", "amount", "value", "sum", "number", "result", "outcome", "index"}
# The words after which a clause may leave its verb out, the figure straight after its
# noun: "exports reached 2.4tn yuan and imports 1.7tn yuan", "..., while imports $3 billion".
GAPPING_CONJUNCTIONS = frozenset({"and", "while", "whereas"})
# "The previous record was $41.2 billion, posted in September": a series' earlier peak or
# trough, named as such, stands for the flow said before, in a period of its own
# (EARLIER_RECORD: the words as a pattern, "the old monthly record" too).
RECORD_NOUNS = {"record", "high", "peak", "low"}
EARLIER_WORDS = {"previous", "prior", "earlier", "old", "former"}
EARLIER_RECORD = (r"\b(?:" + "|".join(sorted(EARLIER_WORDS)) + r")\s+(?:(?:monthly|annual|quarterly|all-time)\s+)?"
                  r"(?:" + "|".join(sorted(RECORD_NOUNS)) + r")\b")
PAIR_ANAPHORS = {"two nations", "two countries", "both countries", "both nations", "two sides",
                 "both sides", "two economies", "two neighbours", "two neighbors", "both neighbours",
                 "both neighbors", "two partners", "two states",
                 # officials quoted by Central Asian and Caucasian agencies: "the trade turnover
                 # between our countries reached X"
                 "our countries", "our nations", "our states"}

# Direction words that do not report a figure's trend: bounds ("less than", "above")
# and, for a balance, words of merit rather than size (an "improved" deficit is a smaller
# one, a "worsened" one larger).
NOT_TREND_WORDS = frozenset({"less", "more", "above", "below", "over", "under"})
SIGNED_BALANCE_TRENDS = BETTER_WORDS | WORSE_WORDS

# How a series is measured, when a sentence says so: figures of differently measured
# series (seasonally adjusted or not, imports c.i.f. or f.o.b.) are not added up
# together by the consistency checker. Order matters: "not seasonally adjusted" first.
SERIES_BASIS = (
    (r"\b(?:not|non-?)[\s-]*seasonally[\s-]+adjusted\b|\bunadjusted\b|\bbefore\s+seasonal\s+adjustment",
     "unadjusted"),
    (r"\bseasonally[\s-]+adjusted\b|\bafter\s+seasonal\s+adjustment|\bon\s+a\s+seasonally\s+adjusted\s+basis",
     "seasonally adjusted"),
    (r"\bsmoothed\b", "smoothed"),
    (r"\bc\.?i\.?f\b\.?", "cif"),
    (r"\bf\.?o\.?b\b\.?", "fob"),
    # a coverage narrower than all goods: "Excluding gold, exports were X", "when excluding
    # the BELN trade data"
    (r"\b(?:excluding|excludes|excluded|excl\.|not\s+including|ex-|net\s+of)\s*(?!seasonal)", "excluding"),
    # goods alone, said so ("exports of goods", "merchandise imports", "the visible trade
    # deficit"): a headline "trade deficit" said without it may count services too (the
    # US, UK, Australian and Indian releases lead with the goods and services balance)
    (r"\b(?:goods|merchandise|visibles?)\b(?!\s+and\s+services)(?<!services\sand\sgoods)", "goods"),
)

# A change measured in volume or at constant prices, not in the money a figure is stated
# in: "exports rose 2.4% in real terms to 22.1 billion francs" (Swiss, German, Nordic copy;
# "price-adjusted", Destatis' word).
# ... and one by the daily average, which adjusts for working days ("6.0% less than in the
# first half of last year by the daily average", "a decrease of 4.0% by the same criterion":
# Brazilian releases).
REAL_TERMS = (r"\b(?:in\s+real\s+terms|in\s+volume(?:\s+terms)?|by\s+volume|in\s+terms\s+of\s+volume"
              r"|at\s+constant\s+prices|volume-wise|price-adjusted|adjusted\s+for\s+(?:prices|inflation)"
              r"|by\s+(?:the\s+)?(?:daily|working[-\s]day)\s+average(?:\s+criterion)?|by\s+the\s+same\s+criterion"
              r"|in\s+(?:the\s+)?daily\s+average)\b")

# A change said in one currency's terms ("These figures were down by 12.5 pct on last
# year in dollar terms", of dinar figures that rose): a change of the figures in that
# currency only.
CURRENCY_TERMS = r"\bin\s+(?:U\.?S\.?\s+)?(?P<currency>dollar|euro|yuan|renminbi|yen|sterling)\s+terms\b"
CURRENCY_TERMS_CODES = {"dollar": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
                        "sterling": "GBP"}

# What a reporter's headline trade figures are when a story does not say: its statistics
# office leads with seasonally adjusted figures (the US Census Bureau, Destatis, Statistics
# Canada, the ABS, the ONS, French customs) or with unadjusted ones (Japan's Ministry of
# Finance, Chinese customs, Korea, Taiwan, India, Vietnam, Indonesia, Thailand, Malaysia,
# the Philippines, Hong Kong). Economies not listed are left unknown.
HEADLINE_ADJUSTMENT = {
    **dict.fromkeys(("USA", "DEU", "CAN", "AUS", "GBR", "FRA"), "seasonally adjusted"),
    **dict.fromkeys(("JPN", "CHN", "KOR", "TWN", "IND", "VNM", "IDN", "THA", "MYS", "PHL", "HKG"), "unadjusted"),
}
# Reporters whose headline trade balance counts services too (the US, UK, Australian and
# Indian releases): only there may a balance said plainly be another series than exports
# and imports said to be of goods. Elsewhere "goods worth X" is the customs' one series.
GOODS_AND_SERVICES_HEADLINES = frozenset({"USA", "GBR", "AUS", "IND"})
# ... and so the basis of a change a story does not qualify: offices that lead with
# adjusted figures give their changes on the month before ("Exports rose 0.9% to $198.0
# billion" in US copy), the others on the same month a year before.
SEQUENTIAL_CHANGE_REPORTERS = frozenset(code for code, kind in HEADLINE_ADJUSTMENT.items()
                                        if kind == "seasonally adjusted")

# Words that take what follows out of a figure ("Net of energy, the balance is positive
# for 8.3 billion", "excluding oil"): a kind word after them does not say what the
# balance is of.
EXCLUDING_WORDS = frozenset({"excluding", "excl", "excl.", "except", "without", "ex"})

# Modifiers that make a figure the economy's trade with the whole world.
# ("Armenia's foreign trade turnover rose to X", after a sentence on its trade with Iran:
# its trade with the world)
WORLD_MODIFIERS = frozenset({"total", "overall", "global", "worldwide", "aggregate", "foreign", "external"})
# Words that make "trade" the whole of an economy's goods trade, no part of it ("external
# trade posted a deficit", but "industrial trade showed a surplus" is a sector's).
WHOLE_TRADE_WORDS = WORLD_MODIFIERS - {"worldwide", "aggregate"} | {"international", "merchandise", "goods", "visible"}

# Words one of which every money or percent mention without a digit or symbol holds
# ("six pct", "a billion dlrs", "two-thirds", "a half"): the cascade's cheap test.
FIGURE_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen",
    "million", "billion", "trillion", "mln", "bln", "pct", "percent", "cent", "half", "halves", "third",
    "quarter", "fifth", "tenth", "thirds", "quarters", "fifths", "tenths",
})

# Regions and groups with no code (GUIDELINES.md: not partners): a figure for trade
# with one of them is neither the world's nor a country's, so it is not a fact.
NO_CODE_REGIONS = {
    "asia", "africa", "europe", "america", "americas", "oceania", "caribbean", "scandinavia",
    "middle east", "near east", "far east", "gulf", "latin america", "south america", "north america",
    "central america", "east asia", "southeast asia", "south asia", "central asia", "west africa",
    "east africa", "southern africa", "north africa", "sub-saharan africa", "eurozone", "euro zone",
    "euro area", "mercosur", "caricom", "comesa", "sadc", "ecowas", "cis", "brics", "apec", "oecd",
    "eac", "eaeu", "efta", "sacu", "cemac", "waemu", "uemoa",
    # the Greater Arab Free Trade Area (Jordanian and Egyptian copy)
    "gafta",
    # the Central European Free Trade Agreement and the region it joins (Balkan copy), the
    # Central American Integration System and CAFTA-DR, the Eastern Caribbean states
    "cefta", "western balkans", "balkans", "sica", "cafta", "cafta-dr", "oecs",
    "third world", "rest of asia",
    # the EU's word for economies outside it: "imports from third countries"
    "third countries",
    # China's initiative, whose partners Chinese and Macanese statistics count as one group
    "belt and road",
}
# The regions and groups with no code as one pattern, longest name first.
NO_CODE_REGION_RE = "(?:" + "|".join(sorted((re.escape(r) for r in NO_CODE_REGIONS), key=len, reverse=True)) + ")"
# The adjectives of such regions, a flow's owner when they modify it ("Overall African
# trade rose to X", "Latin American exports", "West African trade"): no fact either.
REGION_ADJECTIVES = {
    "african", "asian", "european", "american", "caribbean", "arab", "nordic", "scandinavian", "balkan",
    "latin american", "south american", "north american", "central american", "middle eastern",
    "east asian", "southeast asian", "south asian", "central asian", "west african", "east african",
    "southern african", "north african", "sub-saharan african", "sub-saharan", "intra-african", "pan-african",
}
# Nouns for the members of a group: "OECD countries", "these economies", "the Member
# States of the European Union".
GROUP_NOUNS = frozenset({"countries", "nations", "economies", "partners", "members", "states"})
# Nouns for a place traded with that a name before them makes a group or region: "the
# ECOWAS region", "the European market", "the Asian bloc" (an economy's name makes it that
# economy's: "the Chinese market").
PLACE_NOUNS = frozenset({"region", "regions", "market", "markets", "bloc", "zone", "area", "community"})
# The reporter's own region named by its common noun (East African copy: "Kenya's exports
# to the region", "Uganda's exports to its neighbours"; Nigerian copy: "a surplus in its
# trade with the bloc" after ECOWAS): a group with no code, unless the words stand for a
# coded group named before (parties.EconomyTokens reads "the bloc" as the EU said last).
REGIONAL_GROUP_NOUNS = frozenset({"region", "neighbours", "neighbors", "bloc"})
# Groups with no code named in full, which the parse splits ("Organisation for Economic
# Cooperation and Development countries" hangs "countries" under "for").
LONG_GROUP_NAMES = (
    "organisation for economic cooperation and development", "organization for economic cooperation and development",
    "organisation for economic co-operation and development", "organization for economic co-operation and development",
    "asia-pacific economic cooperation", "southern african development community", "east african community",
    "economic community of west african states", "eurasian economic union", "commonwealth of independent states",
    "caribbean community", "andean community", "pacific alliance", "african union", "arab league",
    "greater arab free trade area", "west african economic and monetary union",
    "economic and monetary community of central africa", "central african economic and monetary community",
    "central european free trade agreement", "central american common market", "southern common market",
    "common market for eastern and southern africa", "southern african customs union",
    "european free trade association", "central american integration system",
)

# Verbs of a participle clause that carries the main clause's flow on to its level:
# "jumped 24 percent, bringing the total export value to X", "rose 6.2 percent, with the
# total trade volume reaching X".
CARRYING_VERBS = {"bring", "take", "push", "lift", "raise", "reach", "hit", "stand", "total", "put"}

# Measures laid on goods: the value of the goods they cover is no trade figure ("a levy on
# a further $120 billion of Chinese imports", "the tariffs cover $34 billion of imports").
TRADE_MEASURE_NOUNS = {"tariff", "levy", "duty"}

# Where a part of a flow went, by the preposition that says it: the measures it can be a
# part of and the verbs that say it. Goods go "to" a market and come "from" a source; a
# balance or a total "is with" a partner: "of which $1.2 billion went to Uganda", "with
# $0.9 billion coming from China", "over Nu 31bn was with India".
PART_WAYS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "to": (frozenset({"export"}), frozenset({"go", "head", "flow", "ship", "send", "sell", "destine", "export",
                                             "deliver", "dispatch"})),
    "from": (frozenset({"import"}), frozenset({"come", "originate", "arrive", "source", "buy", "import", "purchase"})),
    "with": (frozenset({"balance", "total"}), frozenset({"be"})),
}

# A partner's place in a ranking said before: "India came second with X" goes on with it.
RANKING_PLACES = r"(?:second|third|fourth|fifth|sixth|seventh|next|last|runner-up)"
# The verbs that give a place in a ranking: "India came second", "Russia comes in second".
RANKING_VERBS = r"(?:came|comes|coming|ranked|ranks|ranking|placed|places|placing|finished|finishes|finishing)"
# ... or that take one: "Japan claimed the second spot", "Korea secured the third position".
# A place said with no verb: "..., with Turkey in third place (52.4 billion)".
PLACE_WITHOUT_VERB = r"in\s+(?:the\s+)?(?:first|" + RANKING_PLACES + r")\s+place\b"
# ("India held on to second place", "kept the second spot")
RANKING_PLACE_TAKEN = (r"(?:claimed|claims|secured|secures|took|takes|held|holds|occupied|occupies|retained|retains"
                       r"|kept|keeps|maintained|maintains)(?:\s+on\s+to|\s+onto)?\s+(?:the\s+|its\s+)?"
                       + RANKING_PLACES + r"\s+(?:spot|place|position|rank)")
# "came second", "comes in third", "claimed the second spot", "are in the top three"
# (Caucasus wires: "Italy, Turkey and Russia are in the top three in trade turnover with
# Azerbaijan, with X, Y and Z respectively"), and the ranking gone on
# with in a sentence of its own: "Next on the list were Japan ($X) and Singapore ($Y)",
# "Next came India with X", "In second place came Saudi Arabia with Y", "Iraq followed in
# fourth place".
# ("China was the runner-up with X", "Japan was third, at Y": a place said with "be" when
# the partner's figure follows; "India topped the list with exports worth X": the first)
PLACED_IN_RANKING = r"(?:" + RANKING_VERBS + r"\s+(?:in\s+)?" + RANKING_PLACES + r"|" + RANKING_PLACE_TAKEN \
    + r"|(?:was|were|is|are|remained|remains)\s+(?:the\s+|an?\s+)?(?:(?:close|distant|clear|strong|solid|narrow)\s+)?" \
    + RANKING_PLACES + r"(?=\s*,?\s+(?:with|at)\s)" \
    + r"|(?:slipped|dropped|fell|falls|slips|drops|rose|rises|climbed|climbs|moved|moves|jumped|jumps|advanced)\s+" \
    + r"(?:back\s+)?to\s+(?:the\s+)?" + RANKING_PLACES + r"(?:\s+(?:place|spot|position))?(?=\s*,?\s+(?:with|at)\s)" \
    + r"|(?:was|were|is|are|remained|remains|stayed|stays)\s+in\s+(?:first|" + RANKING_PLACES + r")\s+place" \
    + r"(?=\s*,?\s+(?:with|at)\s)" \
    + r"|next\s+on\s+the\s+list" \
    + r"|(?:topped|tops|led|leads|headed|heads)\s+the\s+(?:list|ranking|rankings|table)(?=\s*,?\s+(?:with|at)\s)" \
    + r"|(?:came|comes|was|is|stood|stands|ranked|ranks|remained|remains)\s+(?:on|at)\s+(?:the\s+)?top" \
    + r"(?:\s+of\s+the\s+(?:list|ranking|table))?(?=\s*,?\s+(?:with|at)\s)" \
    + r"|(?:was|were|is|are|remained|remain|remains|stayed|stay|stays)\s+(?:in|among)\s+the\s+top\s+" \
    + r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b" \
    + r"|(?:next|then|in\s+" + RANKING_PLACES + r"\s+place)\s*,?\s+(?:came|comes|was|were|is|are|stood|ranked)\b" \
    + r"|followed\s+in\s+" + RANKING_PLACES + r"\s+place)"
# A ranking said before, gone on with: "followed by Japan with X", "Spain followed with
# Y", "China ($6.2 billion) and Russia ($4.3 billion) followed." ("followed" with no
# object ends its clause), or a place in it.
LIST_GOING_ON = (r"(?:followed\s+(?:by|with)|followed(?:\s+(?:closely|next))?(?=\s*(?:[.;]|$))|"
                 + PLACED_IN_RANKING + r")")

# Nouns that say what a list of partners ranks, and so the measure of its figures:
# the reporter sells to its markets and buys from its sources.
LIST_ROLE_MEASURES = {
    "market": "export", "markets": "export", "destination": "export", "destinations": "export",
    "buyer": "export", "buyers": "export", "importer": "export", "importers": "export",
    "customer": "export", "customers": "export", "recipient": "export", "recipients": "export",
    # West African copy after French "client": "France was the main client with CFA1,500 billion"
    "client": "export", "clients": "export",
    "source": "import", "sources": "import", "supplier": "import", "suppliers": "import",
    "exporter": "import", "exporters": "import",
    # "China remained Vietnam's biggest seller with X" (Vietnamese copy): sells to the reporter
    "seller": "import", "sellers": "import",
    "countries of origin": "import", "country of origin": "import",
    # "Spain topped the list of countries from which Morocco imports"
    "countries from which": "import", "countries to which": "export",
    "trading partner": "total", "trading partners": "total", "trade partner": "total", "trade partners": "total",
    # ("Germany remained Turkiye's leading export partner with X": "partner" alone ranks
    # nothing, but one named by its flow does)
    "export partner": "export", "export partners": "export", "import partner": "import", "import partners": "import",
    # ... or by its rank: "Russia remained the largest partner with $27.3 billion" (Central
    # Asian and Caucasus wires; not "a development partner", which no rank word names)
    **{f"{rank} {noun}": "total" for rank in ("largest", "biggest", "main", "top", "leading", "major", "principal")
       for noun in ("partner", "partners")},
}

# What may round a second statement of an amount in another currency: "or around $2.5
# billion", "or more than 14 billion dollars", "or just under $9 billion" (NHK World).
CONVERSION_QUALIFIER = (r"(?:(?:just|slightly|a\s+little)\s+)?(?:about|around|some|almost|nearly|roughly|approximately"
                        r"|over|under|more\s+than|less\s+than|close\s+to)\s+")
# A second statement of an amount in another currency said with "or": "Rs553 billion or
# around $2.5 billion" (the gap between the two amounts).
OR_CONVERSION_GAP = rf"\s*,?\s+or\s+(?:{CONVERSION_QUALIFIER})?"

# Words for the larger part of a flow: "Most of the exports, $121 million, went to
# Serbia", "A majority of the imports came from Serbia" (the part's figure and partner).
LARGER_PART_WORDS = frozenset({"most", "majority", "bulk"})
