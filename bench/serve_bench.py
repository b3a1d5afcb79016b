#!/usr/bin/env python3
"""Edit -> reloaded page, for notebake serve and hugo server, interleaved (bench/serve.sh runs it).

  serve_bench.py ROUNDS NOTEBAKE_URL NOTEBAKE_NOTE NOTEBAKE_PAGE HUGO_URL HUGO_NOTE HUGO_PAGE [WARMUP]

Each round appends a unique line to a note of each tool's own copy of the vault (which tool goes
first alternates from round to round) and measures the
wall time from the write until the served page holds the line (polled every 10 ms), which is what
a writer waits for. For notebake it also records when the reload event arrived on the event stream.
Prints one tab-separated line per measurement: tool round page_ms event_ms. WARMUP rounds (default
0) go first, the same for both tools, and are not printed: a writer keeps a server open for hours,
so its first few edits (notebake's JIT compiling the rebuild) are not what the loop feels like.
"""
import sys
import threading
import time
import urllib.request

rounds = int(sys.argv[1])
warmup = int(sys.argv[8]) if len(sys.argv) > 8 else 0
tools = [
    ("notebake", sys.argv[2], sys.argv[3], sys.argv[4]),
    ("hugo", sys.argv[5], sys.argv[6], sys.argv[7]),
]


class Events(threading.Thread):
    """Reads notebake's event stream; remembers when each reload event came."""

    def __init__(self, url):
        super().__init__(daemon=True)
        self.url = url
        self.reloads = []

    def run(self):
        with urllib.request.urlopen(self.url + "__notebake/events") as stream:
            for raw in stream:
                if raw.startswith(b"event: reload"):
                    self.reloads.append(time.monotonic())


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.read().decode("utf-8", "replace")
    except Exception:
        return ""


events = Events(tools[0][1])
events.start()
time.sleep(1)
for r in range(1 - warmup, rounds + 1):
    # Which tool edits first alternates: an A/B of two notebake serves in these two slots measured
    # the second slot about 10 ms faster at 1,000 notes (2026-12-03), whichever build was in it.
    for tool, url, note, page in tools if r % 2 else tools[::-1]:
        # Letters and digits only between dashes: Hugo's typographer makes "--" an en dash.
        label = "%d" % r if r >= 1 else "w%d" % (warmup + r)
        token = "edit-token-%s-%s-%d" % (label, tool, time.time_ns())
        before = len(events.reloads)
        start = time.monotonic()
        with open(note, "a", encoding="utf-8") as f:
            f.write("\n\nA new paragraph, %s.\n" % token)
        deadline = start + 300
        while token not in fetch(url + page):
            if time.monotonic() > deadline:
                break
            time.sleep(0.01)
        page_ms = (time.monotonic() - start) * 1000
        event_ms = ""
        if tool == "notebake":
            # The page can be served before the reload event is sent (the event is what an open
            # tab waits for): wait for it a little, so that both are recorded.
            settle = time.monotonic() + 5
            while len(events.reloads) <= before and time.monotonic() < settle:
                time.sleep(0.005)
            if len(events.reloads) > before:
                event_ms = "%.0f" % ((events.reloads[before] - start) * 1000)
        if r >= 1:
            print("%s\t%d\t%.0f\t%s" % (tool, r, page_ms, event_ms), flush=True)
        else:
            print("warm-up %s %.0f ms" % (tool, page_ms), file=sys.stderr, flush=True)
        time.sleep(2)  # let both settle before the next edit
