#!/usr/bin/env python3
"""Turns target/bench/results.tsv into the Markdown table and target checks bench/run.sh prints.

usage: summarize.py [--jbake-big-n N] [--jbake-big-skipped] results.tsv [more.tsv ...]
(several files: e.g. a long one-off vanilla JBake 10,000-note run kept from an earlier session)
Only runs that exited 0 count; failed runs are listed under the table. Wall times are whole
processes (JVM start-up included); CPU is user+sys and shows how much of a slow wall time was
waiting for a busy machine; load avg is the 1-minute load before each run (2 cores here).
"""
import argparse
import csv
import statistics

TOOLS = ["notebake", "jbake", "hugo"]
NAMES = {
    "notebake": "notebake",
    "notebake-base": "notebake before (NOTEBAKE_BASE)",
    "jbake": "vanilla JBake 2.7.0",
    "hugo": "Hugo",
    "what-if-no-note-passes": "what if: notebake without the HTML passes on note pages",
    "what-if-no-note-passes-feeds": "what if: ... and without the per-topic feeds",
}


def load(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def stats(rows):
    walls = [float(r["wall_s"]) for r in rows]
    rss = [int(r["peak_rss_kib"]) / 1024 for r in rows]
    return {
        "runs": len(rows),
        "median": statistics.median(walls),
        "min": min(walls),
        "rss": statistics.median(rss),
        "max_rss": max(rss),
        "html": rows[-1]["html_files"],
        "cpu": statistics.median(float(r["cpu_s"]) for r in rows),
        "load": statistics.median(float(r["load1"]) for r in rows),
    }


def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "-"


def main():
    cli = argparse.ArgumentParser()
    cli.add_argument("--jbake-big-n", type=int, default=5000)
    cli.add_argument("--jbake-big-skipped", action="store_true")
    cli.add_argument("files", nargs="+")
    args = cli.parse_args()
    rows = [row for path in args.files for row in load(path)]
    big_n, big_skipped = args.jbake_big_n, args.jbake_big_skipped
    sizes = sorted({int(r["notes"]) for r in rows})
    tools = TOOLS + sorted({r["tool"] for r in rows} - set(TOOLS))
    table = {}
    for n in sizes:
        for tool in tools:
            ok = [r for r in rows if r["tool"] == tool and int(r["notes"]) == n and r["exit"] == "0"]
            if ok:
                table[tool, n] = stats(ok)
    print("| tool | notes | runs | median wall s | min wall s | median CPU s | median peak RSS MiB "
          "| html files | wall / Hugo | JBake / wall (speed-up) | load avg |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        hugo = table.get(("hugo", n), {}).get("median")
        jbake = table.get(("jbake", n), {}).get("median")
        for tool in tools:
            s = table.get((tool, n))
            if s:
                print(f"| {NAMES.get(tool, tool)} | {n} | {s['runs']} | {s['median']:.2f} | {s['min']:.2f} "
                      f"| {s['cpu']:.2f} | {s['rss']:.0f} | {s['html']} "
                      f"| {ratio(s['median'], hugo)} | {ratio(jbake, s['median'])} "
                      f"| {s['load']:.1f} |")
    failed = [r for r in rows if r["exit"] != "0"]
    for r in failed:
        print(f"\nfailed: {r['tool']} N={r['notes']} round {r['round']} exit {r['exit']} "
              f"(log: target/bench/logs/{r['tool']}-{r['notes']}-r{r['round']}.log)")
    if big_skipped or any(r["tool"] == "jbake" and int(r["notes"]) >= big_n for r in rows):
        how = "was skipped (--skip-jbake-10k)" if big_skipped else "ran once"
        print(f"\nnote: vanilla JBake is O(n^2) and {how} at N >= {big_n}.")
    print()
    for line in checks(table):
        print(line)


def checks(table):
    nb1, jb1, hugo1 = (table.get((t, 1000)) for t in TOOLS)
    nb10, _, hugo10 = (table.get((t, 10000)) for t in TOOLS)
    yield verdict("1,000 notes: notebake wall <= 3x Hugo", nb1 and hugo1
                  and nb1["median"] <= 3 * hugo1["median"], nb1 and hugo1
                  and f"{nb1['median'] / hugo1['median']:.2f}x")
    yield verdict("1,000 notes: notebake >= 8x faster than vanilla JBake", nb1 and jb1
                  and jb1["median"] >= 8 * nb1["median"], nb1 and jb1
                  and f"{jb1['median'] / nb1['median']:.2f}x faster")
    yield verdict("10,000 notes: notebake wall <= 2x Hugo", nb10 and hugo10
                  and nb10["median"] <= 2 * hugo10["median"], nb10 and hugo10
                  and f"{nb10['median'] / hugo10['median']:.2f}x")
    yield verdict("10,000 notes: notebake peak RSS < 512 MiB (worst run)", nb10
                  and nb10["max_rss"] < 512, nb10 and f"{nb10['max_rss']:.0f} MiB")


def verdict(target, passed, measured):
    if not measured:
        return f"- {target}: NOT MEASURED"
    return f"- {target}: {'PASS' if passed else 'FAIL'} ({measured})"


if __name__ == "__main__":
    main()
