"""How a large proof sheet fares in a browser: its size, the time to make it, open it and scroll it.

    python benchmarks/sheet_render.py                       # the 371 dev trade articles of ../shared
    python benchmarks/sheet_render.py INPUT... [--keep sheet.html] [--screenshot top.png]

Makes the sheet with `tradefacts check --html`, opens it in headless Chromium (the
system's, /usr/bin/chromium, driven by Playwright), and reports the file's size, the
time until the page has loaded and painted, the time to scroll it from top to bottom
a screen at a time (each step waiting for a frame), and the marks it holds.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT.parent / "shared" / "corpus" / "reuters-trade-dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[str(DEFAULT_INPUT)])
    parser.add_argument("--keep", type=Path, help="write the sheet here rather than to a temporary file")
    parser.add_argument("--screenshot", type=Path, help="a screenshot of the first screen")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    sheet = args.keep or Path(tempfile.mkdtemp()) / "sheet.html"
    started = time.monotonic()
    done = subprocess.run([str(Path(sys.executable).parent / "tradefacts"), "check", *args.inputs, "--html", str(sheet)],
                          capture_output=True, text=True)
    made = time.monotonic() - started
    print(done.stderr.strip())
    print(f"sheet: {sheet.stat().st_size / 1e6:.2f} MB, made in {made:.1f} s")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        started = time.monotonic()
        page.goto(sheet.as_uri(), wait_until="load")
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        opened = time.monotonic() - started
        if args.screenshot:
            page.screenshot(path=str(args.screenshot))
        counts = page.evaluate("""() => ({sections: document.querySelectorAll('section.article').length,
                                           marks: document.querySelectorAll('mark.mk[data-f]').length,
                                           checks: document.querySelectorAll('li.check').length})""")
        started = time.monotonic()
        steps = page.evaluate("""async () => {
            let steps = 0;
            const frame = () => new Promise(r => requestAnimationFrame(r));
            while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 2 && steps < 100000) {
                window.scrollBy(0, innerHeight); await frame(); steps++;
            }
            return steps;
        }""")
        scrolled = time.monotonic() - started
        height = page.evaluate("document.documentElement.scrollHeight")
        # The last inconsistency's link, from the summary: highlight and scroll there.
        started = time.monotonic()
        links = page.locator(".summary a.check-link")
        if links.count():
            links.last.click()
            page.evaluate("() => new Promise(r => requestAnimationFrame(r))")
        followed = time.monotonic() - started
        browser.close()
    print(f"browser: loaded and painted in {opened:.2f} s; {counts['sections']} articles, {counts['marks']} marks, "
          f"{counts['checks']} checks; scrolled {height:,} px in {steps} screens in {scrolled:.2f} s "
          f"({1000 * scrolled / max(steps, 1):.0f} ms a screen); last inconsistency's link followed in {followed:.2f} s")


if __name__ == "__main__":
    main()
