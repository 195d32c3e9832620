"""Period recogniser: finds the periods a trade story states and turns them into dates.

Three kinds of period come out:

* stated ones ("February 1986", "the first two months of 2024"): exact;
* relative ones ("last year", "December", "the first quarter"): resolved against the
  publication date to the most recent such unit that has begun, with ``relative=True``;
* comparison ones ("a year earlier", "the same period of 2023"): left unresolved with
  their ``comparison`` rule, to be resolved by ``resolve_comparison`` against the
  period they compare with once the assembler knows it.

The stages, in the order ``find_periods`` runs them:

* ``scan``: runs the rules over the text, each only near the words its matches must
  contain, and keeps the longest non-overlapping readings;
* ``rules``: the rules, one module per family (comparisons, fiscal years, spans,
  quarters and halves, days, months, relative periods, years), and their order;
  each reads a match into a ``found.Found``;
* ``found``: a reading before its year is fixed, and its dates once it is;
* ``year_choice``: how a relative period's year is chosen from the publication date;
* ``find``: ``find_periods``, from text to ``PeriodMention`` objects.

Later, the assembler calls ``comparison_dates.resolve_comparison`` and
``fiscal_for_economy.fiscal_period_for`` (for the mentions ``is_fiscal`` says a
fiscal rule reads). Underneath: ``calendar_math`` (month
arithmetic on dates), ``fiscal_calendar`` (an economy's fiscal year), ``patterns`` and
``tokens`` (regex pieces and readers of what they match). The words and conventions
are tables in ``extractor.data.calendar``.
"""
from extractor.recognise.period.comparison_dates import resolve_comparison
from extractor.recognise.period.find import find_periods
from extractor.recognise.period.fiscal_calendar import fiscal_year
from extractor.recognise.period.fiscal_for_economy import fiscal_period_for, is_fiscal

__all__ = ["find_periods", "resolve_comparison", "fiscal_year", "fiscal_period_for", "is_fiscal"]
