"""Annual average exchange rates, in units of each currency per US dollar.

Only for the plausibility check of a figure stated in two currencies ("11.3 trillion
riel ($2.806 billion)"): the check flags an implied rate more than a factor of
``PLAUSIBLE_FACTOR`` away from the year's average, which catches a slipped scale or a
wrong currency, not a spread of a few per cent. The figures are annual period averages
(IMF International Financial Statistics, series "rf"; the same figures appear as the
World Bank's PA.NUS.FCRF), rounded to three or four significant digits. Years are those
of the corpora: the Reuters-21578 years (1985-1988) and recent news (2019-2024).
Currencies whose rate moved by more than the factor within a year (the 1980s
cruzado, austral and peso) are left out, as are the euro's precursors after 1998.
"""

PLAUSIBLE_FACTOR = 2.0

_CURRENCIES_1980S = ("JPY", "DEM", "GBP", "FRF", "ITL", "NLG", "BEF", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD",
                     "TWD", "KRW", "SEK", "DKK", "NOK", "ATS", "ESP", "XEU", "INR", "MYR", "THB", "IDR", "PHP",
                     "CNY", "ZAR", "SAR", "FIM")
_RATES_1980S = {
    1985: (238.5, 2.94, 0.779, 8.99, 1909, 3.32, 59.4, 2.46, 1.366, 1.43, 2.02, 7.79, 2.20,
           39.8, 870, 8.60, 10.6, 8.60, 20.7, 170, 1.32, 12.4, 2.48, 27.2, 1111, 18.6,
           2.94, 2.19, 3.62, 6.20),
    1986: (168.5, 2.17, 0.682, 6.93, 1491, 2.45, 44.7, 1.80, 1.389, 1.50, 1.91, 7.80, 2.18,
           37.8, 881, 7.12, 8.09, 7.39, 15.3, 140, 1.02, 12.6, 2.58, 26.3, 1283, 20.4,
           3.45, 2.29, 3.70, 5.07),
    1987: (144.6, 1.80, 0.612, 6.01, 1296, 2.03, 37.3, 1.49, 1.326, 1.43, 1.69, 7.80, 2.11,
           31.8, 823, 6.34, 6.84, 6.74, 12.6, 123, 0.87, 12.96, 2.52, 25.7, 1644, 20.6,
           3.72, 2.04, 3.75, 4.40),
    1988: (128.2, 1.76, 0.562, 5.96, 1302, 1.98, 36.8, 1.46, 1.231, 1.28, 1.53, 7.81, 2.01,
           28.6, 731, 6.13, 6.73, 6.52, 12.3, 116, 0.845, 13.9, 2.62, 25.3, 1686, 21.1,
           3.72, 2.27, 3.75, 4.18),
}

_CURRENCIES_RECENT = ("EUR", "JPY", "GBP", "CNY", "INR", "KRW", "CAD", "AUD", "KHR", "KES", "VND", "THB", "IDR",
                      "PHP", "MYR", "SGD", "HKD", "TWD", "CHF", "SEK", "NGN", "ZAR", "BRL", "MXN", "RUB", "TRY",
                      "BDT", "PKR", "EGP", "SAR", "AED", "NZD")
_RATES_RECENT = {
    2019: (0.893, 109.0, 0.783, 6.91, 70.4, 1166, 1.327, 1.439, 4050, 102.0, 23050, 31.0, 14148,
           51.8, 4.14, 1.364, 7.84, 30.9, 0.994, 9.46, 307, 14.45, 3.94, 19.26, 64.7, 5.67,
           84.5, 150, 16.8, 3.75, 3.6725, 1.518),
    2020: (0.876, 106.8, 0.780, 6.90, 74.1, 1180, 1.341, 1.453, 4092, 106.5, 23208, 31.3, 14582,
           49.6, 4.20, 1.380, 7.76, 29.6, 0.939, 9.21, 359, 16.46, 5.16, 21.49, 72.1, 7.01,
           84.9, 161.8, 15.8, 3.75, 3.6725, 1.542),
    2021: (0.845, 109.8, 0.727, 6.45, 73.9, 1144, 1.254, 1.331, 4099, 109.6, 23160, 32.0, 14308,
           49.3, 4.14, 1.344, 7.77, 28.0, 0.914, 8.58, 401, 14.78, 5.39, 20.27, 73.7, 8.89,
           85.1, 162.9, 15.6, 3.75, 3.6725, 1.414),
    2022: (0.951, 131.5, 0.811, 6.73, 78.6, 1292, 1.301, 1.442, 4102, 117.9, 23271, 35.1, 14850,
           54.5, 4.40, 1.379, 7.83, 29.8, 0.955, 10.12, 425, 16.36, 5.16, 20.13, 68.5, 16.55,
           91.7, 204.9, 19.2, 3.75, 3.6725, 1.577),
    2023: (0.925, 140.5, 0.804, 7.08, 82.6, 1306, 1.350, 1.506, 4111, 139.8, 23787, 34.8, 15237,
           55.6, 4.56, 1.343, 7.83, 31.2, 0.899, 10.61, 645, 18.45, 5.00, 17.76, 85.2, 23.8,
           108.0, 280, 30.6, 3.75, 3.6725, 1.629),
    2024: (0.924, 151.4, 0.783, 7.19, 83.7, 1364, 1.370, 1.515, 4070, 134.8, 24900, 35.3, 15850,
           57.3, 4.58, 1.336, 7.80, 32.1, 0.880, 10.57, 1480, 18.33, 5.39, 18.30, 92.6, 32.8,
           115.0, 281, 45.8, 3.75, 3.6725, 1.654),
}


def _table() -> dict[int, dict[str, float]]:
    table: dict[int, dict[str, float]] = {}
    for currencies, rates in ((_CURRENCIES_1980S, _RATES_1980S), (_CURRENCIES_RECENT, _RATES_RECENT)):
        for year, row in rates.items():
            assert len(row) == len(currencies), year
            table[year] = {"USD": 1.0, **dict(zip(currencies, row))}
    return table


# RATES[year][code]: units of the currency per US dollar, that year's average.
RATES: dict[int, dict[str, float]] = _table()
