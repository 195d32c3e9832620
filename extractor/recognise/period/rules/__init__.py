"""The period rules, one module per family, and the order in which they are tried.

Where matches overlap the longest wins; the order below decides only between matches
of equal length, where the earlier rule wins. It is kept in one place so that it can
be read, not spread over the family modules.
"""
from extractor.recognise.period.rules import (
    comparisons, days, fiscal_years, local_months, months, quarters_and_halves, relative, spans, years,
)
from extractor.recognise.period.rules.fiscal_years import FISCAL_RULES
from extractor.recognise.period.scan import Rule

RULES: tuple[Rule, ...] = (
    # comparisons: resolved later against the period they compare with
    comparisons.SAME_PERIOD_OF_YEAR,
    comparisons.SAME_PERIOD_THIS_YEAR,
    comparisons.YEAR_EARLIER,
    comparisons.YEAR_AGO_IN_YEAR,
    comparisons.PREVIOUS_PERIOD,
    relative.YEAR_TO_DATE,
    relative.ROLLING_YEAR,
    relative.ANNUAL_FLOW,
    relative.WHOLE_YEAR,
    relative.YEARS_BEFORE,
    # fiscal years
    fiscal_years.FISCAL_TO_DAY,
    fiscal_years.FISCAL_DAY_NAMED_FIRST,
    fiscal_years.FISCAL_SO_FAR,
    fiscal_years.FISCAL_SO_FAR_SAID,
    fiscal_years.FISCAL_TO_DATE,
    fiscal_years.FISCAL_SAME_PERIOD,
    fiscal_years.FISCAL_CODE,
    fiscal_years.FISCAL_MONTHS,
    fiscal_years.FISCAL_HALF,
    fiscal_years.FISCAL_QUARTER,
    fiscal_years.FISCAL_MONTH_RANGE,
    fiscal_years.FISCAL_MONTH,
    fiscal_years.FISCAL_YEAR,
    fiscal_years.YEAR_BEGINNING,
    # spans
    spans.SPAN_TO_MONTH,
    spans.FIRST_MONTHS,
    spans.MONTHS_OF_YEAR,
    spans.ORDINAL_MONTH,
    spans.THIS_YEAR_TO_MONTH,
    spans.MONTH_LIST,
    spans.YEAR_TO_MONTH,
    spans.MONTH_END,
    spans.FLOW_SINCE_MONTH,
    spans.SINCE_MONTH_OPENING,
    spans.N_MONTH_PERIOD,
    spans.N_MONTH_FLOW,
    spans.AFTER_MONTHS,
    spans.IN_N_MONTHS,
    spans.IN_N_MONTHS_BARE,
    spans.N_MONTHS_OPENING,
    spans.YEAR_BY_MONTH,
    spans.MONTHS_CODE,
    spans.FIRST_DAYS,
    spans.FIRST_DAYS_OF_THIS_MONTH,
    spans.MONTH_RANGE,
    spans.MONTH_YEAR_RANGE,
    spans.COMPACT,
    years.YEAR_SPAN,
    days.DAY_RANGE,
    days.DAY_FIRST_RANGE,
    # quarters and halves
    quarters_and_halves.AFTER_QUARTERS,
    quarters_and_halves.QUARTERS_SO_FAR,
    quarters_and_halves.QUARTER,
    quarters_and_halves.QUARTER_CODE,
    quarters_and_halves.QUARTER_SHORT_YEAR,
    quarters_and_halves.HALF_SHORT_YEAR,
    quarters_and_halves.HALF_CODE,
    quarters_and_halves.QUARTER_BY_MONTH,
    quarters_and_halves.QUARTER_OF_MONTH,
    quarters_and_halves.HALF,
    quarters_and_halves.HALF_YEAR_ALONE,
    quarters_and_halves.TERTILE,
    quarters_and_halves.PART_OF_YEAR,
    # days, months, years
    days.DAY,
    days.MONTH_TO_MID_MONTH,
    days.HALF_OF_MONTH,
    days.YEAR_START_TO_DAY,
    days.TO_MID_MONTH,
    local_months.LOCAL_MONTH,
    local_months.MID_MONTH_RANGE,
    months.MONTH_AND_YEAR,
    months.WORD_AND_MONTH,
    months.BARE_MONTH,
    months.ABBREVIATED_MONTH,
    relative.RELATIVE_UNIT,
    relative.UNIT_ANAPHOR,
    relative.FOLLOWING_UNIT,
    relative.YEAR_ANAPHOR,
    relative.PERIOD_ANAPHOR,
    relative.SAME_PERIOD_ANAPHOR,
    relative.RELATIVE_YEAR,
    years.YEAR_WITH_WORD,
    years.BARE_YEAR,
)

__all__ = ["RULES", "FISCAL_RULES"]
