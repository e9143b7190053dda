#!/usr/bin/env bash
# Customer search benchmark: the same searches through HTTP (p50/p99 of N requests) and as SQL (pgbench).
# Needs: a customer-service running against a database seeded with seed.sql, a bearer token, psql, pgbench, hey
# (https://github.com/rakyll/hey) or any load tool that prints percentiles.
#   BASE=http://localhost:8081 TOKEN=... PGURL=postgres://... N=2000 ./run.sh
set -euo pipefail
BASE=${BASE:-http://localhost:8081}; N=${N:-2000}; C=${C:-8}
: "${TOKEN:?bearer token of a viewer}"; : "${PGURL:?postgres url of the seeded database}"

# selective: a code, a GSTIN, a rare name fragment; unselective: a two-letter term and a common word
gstin=$(psql "$PGURL" -Atc "select gst_number from customer where gst_number is not null limit 1 offset 4321")
rare=$(psql "$PGURL" -Atc "select substr(md5('777777'), 1, 8)")
terms=("BN00777777" "$gstin" "$rare" "ar" "traders")

for term in "${terms[@]}"; do
  echo "== HTTP q=$term"
  hey -n "$N" -c "$C" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/customers?q=$term&size=50" \
    | grep -E 'Requests/sec|50%|99%'
  echo "== SQL q=$term"
  pattern="%$(echo "$term" | tr 'A-Z' 'a-z')%"
  cat > /tmp/customer-search.sql <<SQL
select count(*) from customer where search_text like '$pattern';
select code from customer where search_text like '$pattern' order by code limit 50;
SQL
  (cd /tmp && rm -f pgbench_log.* && pgbench "$PGURL" -n -f /tmp/customer-search.sql -c "$C" -t $((N / C)) -l >/dev/null \
     && cat pgbench_log.* | awk '{print $3/1000}' | sort -n > /tmp/customer-search.lat)
  n=$(wc -l < /tmp/customer-search.lat)
  echo "count+page: n=$n p50=$(sed -n "$((n / 2 + 1))p" /tmp/customer-search.lat)ms p99=$(sed -n "$(((n * 99 + 99) / 100))p" /tmp/customer-search.lat)ms"
  psql "$PGURL" -c "explain (analyze, buffers) select code from customer where search_text like '$pattern' order by code limit 50"
done
