#!/usr/bin/env bash
# Ledger benchmark: postings per second of ledger-service from a burst of invoice and payment events on a real
# Kafka broker, against pgbench inserting the same journal rows (bench/journal-insert.sql) into the same
# PostgreSQL, in the same run. Uses the test infrastructure (embedded PostgreSQL, in-JVM Kafka), so it needs
# only pgbench and psql on the PATH. Then aging over AGING_CUSTOMERS customers with AGING_ITEMS invoices each
# (plus a payment for every 4th), seeded by bench/aging-seed.sql. Run from the repository root:
#   EVENTS=4000 CUSTOMERS=200 ledger-service/bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -o test -pl platform/events,platform/runtime,platform/testing,ledger-service \
  -Dtest=LedgerBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dledger.bench=true \
  -Dledger.bench.events="${EVENTS:-4000}" -Dledger.bench.customers="${CUSTOMERS:-200}" \
  -Dledger.bench.aging-customers="${AGING_CUSTOMERS:-100000}" -Dledger.bench.aging-items="${AGING_ITEMS:-10}" >/tmp/ledger-bench.log 2>&1 \
  || { tail -50 /tmp/ledger-bench.log; exit 1; }
cat ledger-service/target/ledger-benchmark.txt
