#!/usr/bin/env bash
# Live indicator values, measured side by side with recomputing them from the records.
#
#   bench/indicator_bench.sh [PERSONS]     (default 50000; spells = 2 × PERSONS; needs build/app/shanhai)
#
# The database: the demo dataset plus PERSONS synthetic persons and 2 × PERSONS
# employment spells under 漳浦县 → 海原县 (pairing 14), loaded with `shanhai import`.
# Ours:  GET /api/v1/indicators/values for ALL catalog indicators, for pairing 2
#        (厦门 → 宁夏, with its sub-pairings) and for unit 640522 (海原县), year 2023, read
#        from the facts kept live on every write (median of 20 requests, curl).
# Peer:  what a batch "analytics" design does instead — recompute every indicator from
#        the raw records: `shanhai check` (derive all facts again, compare). Also the
#        time `shanhai import` spent keeping the facts, per spell, which is the price of
#        being live.
set -euo pipefail
persons="${1:-50000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
bin="$root/build/app/shanhai"
work="$(mktemp -d)"
server=""
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"

"$bin" demo --db bench.db > /dev/null
# Synthetic persons of region 99 (no real person has such a number) with valid check digits.
awk -v n="$persons" 'BEGIN {
  split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " "); chk = "10X98765432"
  print "id,name,id_number,hukou_unit,household_type,snapshot_date"
  srand(11)
  for (i = 1; i <= n; i++) {
    body = sprintf("990000%04d%02d%02d%03d", 1970 + i % 35, 1 + i % 12, 1 + i % 28, i % 1000)
    s = 0; for (k = 1; k <= 17; k++) s += substr(body, k, 1) * w[k]
    ht = (i % 3 == 0) ? "ordinary" : "lifted"
    printf "%d,合成%d,%s%s,640522,%s,2023-01-01\n", 100000 + i, i, body, substr(chk, s % 11 + 1, 1), ht
  }
}' > persons.csv
awk -v n="$persons" 'BEGIN {
  print "pairing_id,person_id,work_unit,start_date,end_date,channel,helped_by_cooperation"
  for (i = 1; i <= 2 * n; i++) {
    p = 100000 + (i % n) + 1; m = 1 + i % 12; len = 1 + i % 9
    em = m + len; ey = 2023; if (em > 12) { em -= 12; ey = 2024 }
    wu = (i % 2) ? "350623" : "640522"
    printf "14,%d,%s,2023-%02d-01,%d-%02d-28,enterprise,%s\n", p, wu, m, ey, em, (i % 4 ? "true" : "false")
  }
}' > spells.csv

now() { date +%s.%N; }
t0=$(now); "$bin" import --db bench.db --type persons persons.csv > /dev/null; t1=$(now)
"$bin" import --db bench.db --type employment_records spells.csv > /dev/null; t2=$(now)
facts=$(sqlite3 bench.db "select count(*) from indicator_facts")
echo "persons: $persons, spells: $((2 * persons)), facts kept: $facts"
awk -v a="$t0" -v b="$t1" -v c="$t2" -v n="$persons" 'BEGIN {
  printf "import persons (with their facts): %.2fs; spells (with their facts): %.2fs = %.0f spells/s\n", b - a, c - b, 2 * n / (c - b) }'

"$bin" serve --db bench.db --port 0 --quiet > serve.txt 2>&1 &
server=$!
port=""
for _ in $(seq 1 100); do
  port="$(sed -n 's#.*http://127.0.0.1:\([0-9]*\)/.*#\1#p' serve.txt | head -n 1)"
  [[ -n "$port" ]] && break
  sleep 0.1
done
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# All 143 indicators for each scope, and the eight headline figures of a dashboard.
headline="codes=fund_fiscal_aid,fund_social,csm_total,lab_rural_helped,lab_pe_helped,tal_prof_e2w,ws_count,ind_investment_actual"
for scope in "pairing=2" "unit=640522" "unit=640522&$headline"; do
  url="http://127.0.0.1:$port/api/v1/indicators/values?year=2023&$scope"
  n=$(curl -s "$url" | grep -o '"code"' | wc -l)
  ms=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | median)
  awk -v s="$ms" -v n="$n" -v sc="$scope" 'BEGIN { sub(/&codes=.*/, "", sc); printf "ours: %d indicators for %s, 2023: median %.1f ms per request\n", n, sc, s * 1000 }'
done
kill "$server"; wait "$server" 2>/dev/null || true; server=""
t0=$(now); "$bin" check --db bench.db > /dev/null; t1=$(now)
awk -v a="$t0" -v b="$t1" 'BEGIN { printf "peer: recompute every indicator from the records (shanhai check): %.2fs\n", b - a }'
