#!/usr/bin/env python3
"""Writes import-results.md from the files ./import left in its work directory.
   import-report.py N WORK COPIED-ROWS COPY-SECONDS"""
import datetime
import os
import platform
import sys

n, work, copied, copy_seconds = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])


def figures(name):
    with open(os.path.join(work, name), encoding="utf-8") as f:
        return dict(line.strip().split("=", 1) for line in f if "=" in line)


def samples(name):
    with open(os.path.join(work, name), encoding="utf-8") as f:
        return [line.split() for line in f.readlines()[1:]]


csv, ndjson, posts = figures("csv.result"), figures("ndjson.result"), figures("posts.result")
copy_rate = copied / copy_seconds
post_rate = float(posts["rows_per_second"])


def rate(r):
    return int(r["created"]) / float(r["seconds"])


def check(ok):
    return "met" if ok else "**not met**"


print("# Customer import benchmark (issue 8)\n")
print("`customer-service/bench/import %d` on %s UTC; %s, %d cores, load average before: %s.\n" % (
    n, datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), platform.platform(), os.cpu_count(),
    " ".join("%.2f" % x for x in os.getloadavg())))
print("| | rows | seconds | rows/s | × COPY | × one POST each | max heap | status |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
for name, r in (("CSV import (API)", csv), ("NDJSON import (API)", ndjson)):
    print("| %s | %s of %d | %.1f | %.0f | %.3f | %.1f | %s MB | %s |" % (
        name, r["created"], n, float(r["seconds"]), rate(r), rate(r) / copy_rate, rate(r) / post_rate,
        r["max_heap_mb"], r["status"]))
print("| PostgreSQL COPY of the same rows | %d | %.1f | %.0f | 1 | %.1f | | |" % (
    copied, copy_seconds, copy_rate, copy_rate / post_rate))
print("| one POST /customers each (sample) | %s | %s | %.0f | %.3f | 1 | | |\n" % (
    posts["created"], posts["seconds"], post_rate, post_rate / copy_rate))
print("Targets: CSV ≥ 0.5× COPY: %s; NDJSON ≥ 0.4× COPY: %s; heap ≤ 512 MB throughout: %s; "
      "≥ 20× one POST per customer: CSV %s, NDJSON %s.\n" % (
          check(rate(csv) >= 0.5 * copy_rate), check(rate(ndjson) >= 0.4 * copy_rate),
          check(max(int(csv["max_heap_mb"]), int(ndjson["max_heap_mb"])) <= 512),
          check(rate(csv) >= 20 * post_rate), check(rate(ndjson) >= 20 * post_rate)))
for name, file in (("CSV", "csv.samples"), ("NDJSON", "ndjson.samples")):
    rows = samples(file)
    step = max(1, len(rows) // 12)
    print("Progress of the %s import as GET /customer-imports/{id} showed it (every %d s):\n" % (name, 2 * step))
    print("| s | read | created | failed | rows/s | ETA s | heap MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows[::step] + ([rows[-1]] if rows and (len(rows) - 1) % step else []):
        print("| %.0f | %s |" % (float(row[0]), " | ".join(row[1:])))
    print()
print("""Each measured import is stopped after MAX_MINUTES (the quiet window a measurement may hold); an import still
RUNNING then is reported with its figures so far, which is what its rate is computed from. The COPY loads the
rows the CSV import wrote by then (customer and customer_debtor_account_group, dumped from its database) into
a fresh database migrated by the service: same table, same indexes, same search-document trigger.

What the import does per row: exactly the checks of `POST /customers` (the same body type read by the API's JSON
mapper, Bean Validation, the business and reference rules — reference data read once per chunk — and the domain
building the customer), its history entry and its outbox event. The chunk's new customers, their collections,
contacts, history entries and outbox rows are then written with PostgreSQL COPY (`CopiedRows`, columns from
Hibernate's own mapping), the contacts before their customers (their reference to it checked at commit), so that
each customer's search document is computed once; three chunks are in flight, each validated, built and copied
while the ones ahead are, committing after them (they commit in file order; a chunk naming a code or cart buyer of
a chunk ahead waits for it first). Existing codes (upsert) take the per-customer path.""")
