#!/usr/bin/env python3
"""Samples CPU ticks (utime+stime) and RSS of named processes and their process groups once a second.

    bench/sample_procs.py <out-file> <name=pid>...   appends: epoch name ticks rss_kb
"""
import os
import sys
import time

out, entries = sys.argv[1], [e.split("=", 1) for e in sys.argv[2:]]
page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
with open(out, "a", buffering=1) as sink:
    while True:
        now = time.time()
        totals = {name: [0, 0] for name, _ in entries}
        leaders = {int(pid): name for name, pid in entries}
        for p in os.listdir("/proc"):
            if not p.isdigit():
                continue
            try:
                with open(f"/proc/{p}/stat") as f:
                    fields = f.read().rsplit(") ", 1)[1].split()
                with open(f"/proc/{p}/statm") as f:
                    rss_pages = int(f.read().split()[1])
            except (OSError, IndexError):
                continue
            name = leaders.get(int(p)) or leaders.get(int(fields[2]))
            if name:
                totals[name][0] += int(fields[11]) + int(fields[12])
                totals[name][1] += rss_pages * page_kb
        for name, (ticks, rss) in totals.items():
            sink.write(f"{now:.3f} {name} {ticks} {rss}\n")
        time.sleep(1)
