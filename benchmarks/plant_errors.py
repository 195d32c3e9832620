"""Planted errors: does the consistency checker catch a figure changed by about 12 %?

For every relation the checker finds consistent in the input articles, each stated
number it rests on (an amount, a change, a share) is changed in the text by about 12 %
(up or down, at random with a fixed seed, written with the original's decimals), the
article is extracted again, and the plant counts as caught when a new inconsistency
appears. Direction words and exchange rates are bounds, not equations ("widened" holds
for any growth; a rate is flagged only beyond a factor of two), so they are counted
but not planted into. The untouched articles' flags are printed for reading: each is
either a real inconsistency in the article or a false alarm.

usage: python benchmarks/plant_errors.py [INPUT ...] [--seed N] [--show-misses]
       (default input: ../shared/corpus/reuters-trade-dev.jsonl)
"""
import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUATIONS = ("total", "balance", "change", "previous", "change_of_parts", "share")
BOUNDS = ("direction", "exchange_rate", "shares_sum")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def stated_spans(check, result) -> list[tuple[int, int]]:
    """The character spans of the stated numbers a relation rests on."""
    facts = {f.id: f for f in result.facts}
    shares = {s.id: s for s in result.shares}

    def value(i):
        return (facts[i].value.start, facts[i].value.end)

    def change(i):
        span = facts[i].change.span
        return (span.start, span.end)

    ids = check.facts
    if check.rule in ("total", "balance"):
        return [value(i) for i in ids]
    if check.rule == "change":
        return [change(ids[0]), value(ids[0]), value(ids[1])]
    if check.rule == "previous":  # before, whole, exports, imports: the whole's own figure is not used
        before, _, x, m = ids
        return [value(before), value(x), change(x), value(m), change(m)]
    if check.rule == "change_of_parts":
        whole, x, m = ids
        return [change(whole), value(x), change(x), value(m), change(m)]
    if check.rule == "share":
        share, part, whole = ids
        s = shares[share].span
        return [(s.start, s.end), value(part), value(whole)]
    return []


def plant(text: str, span: tuple[int, int], factor: float) -> tuple[str, str, str] | None:
    """The text with the first number inside ``span`` scaled by ``factor``, the old and the new number."""
    m = _NUMBER.search(text, span[0], span[1])
    if m is None:
        return None
    old = m.group()
    plain = old.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    value = float(plain) * factor
    new = f"{value:,.{decimals}f}" if "," in old else f"{value:.{decimals}f}"
    if new == old:  # "2 pct" * 1.12 rounds back to 2: show the change with a decimal more
        decimals += 1
        new = f"{value:,.{decimals}f}" if "," in old else f"{value:.{decimals}f}"
    return text[:m.start()] + new + text[m.end():], old, new


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", default=[str(ROOT.parent / "shared/corpus/reuters-trade-dev.jsonl")])
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--show-misses", action="store_true", help="print every plant that went uncaught")
    args = ap.parse_args()
    missing = [p for p in args.inputs if p != "-" and not Path(p).exists()]
    if missing:
        sys.exit(f"input not found: {', '.join(missing)} (this benchmark needs the shared corpus or your own dump)")

    from extractor.extraction import Article, extract_many
    from extractor.inputs import read_inputs

    articles = [a for a in read_inputs(args.inputs) if not a.error]
    results = list(extract_many(articles))
    by_id = {a.id: a for a in articles}
    rng = random.Random(args.seed)

    flagged = [r for r in results if any(c.status == "inconsistent" for c in r.checks)]
    relations = Counter()
    plants: list[tuple[Article, str, str, str, int]] = []  # planted article, rule, old, new, original flags
    seen: set[tuple[str, tuple[int, int]]] = set()
    for result in results:
        article = by_id[result.id]
        original_flags = sum(c.status == "inconsistent" for c in result.checks)
        for check in result.checks:
            if check.status != "consistent":
                continue
            relations[check.rule] += 1
            if check.rule not in EQUATIONS:
                continue
            for span in stated_spans(check, result):
                if (result.id, span) in seen:
                    continue
                seen.add((result.id, span))
                factor = 1.12 if rng.random() < 0.5 else 0.88
                planted = plant(article.text, span, factor)
                if planted is None:
                    continue
                text, old, new = planted
                plants.append((Article(id=f"{result.id}@{span[0]}", text=text, published=article.published,
                                       title=article.title), check.rule, old, new, original_flags))

    caught, by_rule, misses = 0, Counter(), []
    caught_by_rule = Counter()
    for (article, rule, old, new, before), result in zip(plants, extract_many(a for a, *_ in plants)):
        by_rule[rule] += 1
        if sum(c.status == "inconsistent" for c in result.checks) > before:
            caught += 1
            caught_by_rule[rule] += 1
        else:
            misses.append((article.id, rule, old, new))

    print(f"articles: {len(results)}")
    print(f"untouched articles flagged: {len(flagged)} ({100 * len(flagged) / max(1, len(results)):.1f} %)")
    for r in flagged:
        for c in r.checks:
            if c.status == "inconsistent":
                print(f"  {r.id} [{c.rule}] {' '.join(c.message.split())}")
    print("consistent relations found: " + ", ".join(f"{k} {v}" for k, v in sorted(relations.items())))
    print(f"  planted into: {', '.join(EQUATIONS)}; not planted (bounds): {', '.join(BOUNDS)}")
    print(f"planted errors: {len(plants)}, caught: {caught} ({100 * caught / max(1, len(plants)):.1f} %)")
    for rule in EQUATIONS:
        if by_rule[rule]:
            print(f"  {rule}: {caught_by_rule[rule]} of {by_rule[rule]}")
    if args.show_misses:
        for article_id, rule, old, new in misses:
            print(f"  missed {article_id} [{rule}] {old} -> {new}")


if __name__ == "__main__":
    main()
