#!/usr/bin/env bash
# Bulk import, measured side by side with a peer in the same run.
#
#   bench/import_bench.sh [ROWS]        (default 200000; needs build/app/shanhai)
#
# Ours:  `shanhai import` of a CSV of fund transfers into SQLite: parse, every check of
#        the write path (references, pairing active on the date, codes), derivations,
#        one transaction. And into PostgreSQL (COPY) when SHANHAI_BENCH_PG_URL is set.
# Peer:  the sqlite3 shell's `.import` of the same CSV into a bare table with the same
#        columns: the raw load with no checks at all, which is the floor for SQLite
#        (design/style-and-stack.md §B2 measured it at ~1.2 M rows/s). For PostgreSQL the
#        peer is psql's \copy into a bare table.
# Prints rows/s for each and the ratio; copy the lines into docs/BENCHMARKS.md.
set -euo pipefail
rows="${1:-200000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
bin="$root/build/app/shanhai"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

cat > units.csv <<'CSV'
code,name,level,parent_code,side
350000,福建省,province,,east
350200,厦门市,city,350000,east
640000,宁夏回族自治区,province,,west
640400,固原市,city,640000,west
640424,泾源县,county,640400,west
640425,彭阳县,county,640400,west
CSV
printf 'id,level,east_unit,west_unit,start_date\n1,county,350200,640424,2021-01-01\n2,county,350200,640425,2021-01-01\n' > pairings.csv
awk -v n="$rows" 'BEGIN {
  print "pairing_id,date,source_kind,stage,amount_yuan,payer,recipient_unit,purpose"
  srand(7)
  for (i = 0; i < n; i++) {
    p = 1 + i % 2; m = 1 + i % 12; d = 1 + i % 28
    printf "%d,2023-%02d-%02d,fiscal,received,%d.%02d,厦门市财政局,%s,产业帮扶项目资金\n", p, m, d, int(rand()*100000), i % 100, (p == 1 ? "640424" : "640425")
  }
}' > transfers.csv

now() { date +%s.%N; }
rate() { awk -v r="$rows" -v s="$1" 'BEGIN { printf "%.0f", r / s }'; }

"$bin" init --db ours.db > /dev/null
"$bin" import --db ours.db --type admin_units units.csv > /dev/null
"$bin" import --db ours.db --type pairings pairings.csv > /dev/null
t0=$(now); "$bin" import --db ours.db --type fund_transfers transfers.csv > /dev/null; t1=$(now)
ours=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')

sqlite3 peer.db "PRAGMA journal_mode=WAL;" > /dev/null
sqlite3 peer.db "CREATE TABLE t (pairing_id INTEGER, date TEXT, source_kind TEXT, stage TEXT, amount_yuan TEXT, payer TEXT, recipient_unit TEXT, purpose TEXT);"
t0=$(now); sqlite3 peer.db ".mode csv" ".import --skip 1 transfers.csv t"; t1=$(now)
peer=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
echo "rows: $rows"
echo "sqlite  shanhai import (checked, derived, one txn): ${ours}s  $(rate "$ours") rows/s"
echo "sqlite  sqlite3 .import into a bare table (peer):   ${peer}s  $(rate "$peer") rows/s"
awk -v a="$ours" -v b="$peer" 'BEGIN { printf "sqlite  ratio ours/peer time: %.2f\n", a / b }'

if [[ -n "${SHANHAI_BENCH_PG_URL:-}" ]]; then
  base="${SHANHAI_BENCH_PG_URL%/*}"
  db="shanhai_bench_$$"
  psql -q "$SHANHAI_BENCH_PG_URL" -c "CREATE DATABASE $db" > /dev/null
  url="$base/$db"
  "$bin" import --db "$url" --type admin_units units.csv > /dev/null
  "$bin" import --db "$url" --type pairings pairings.csv > /dev/null
  t0=$(now); "$bin" import --db "$url" --type fund_transfers transfers.csv > /dev/null; t1=$(now)
  pg_ours=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
  psql -q "$url" -c "CREATE TABLE t (pairing_id INTEGER, date DATE, source_kind TEXT, stage TEXT, amount_yuan NUMERIC, payer TEXT, recipient_unit TEXT, purpose TEXT)"
  t0=$(now); psql -q "$url" -c "\\copy t FROM 'transfers.csv' CSV HEADER"; t1=$(now)
  pg_peer=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
  psql -q "$SHANHAI_BENCH_PG_URL" -c "DROP DATABASE $db WITH (FORCE)" > /dev/null
  echo "postgres shanhai import (checked, COPY):          ${pg_ours}s  $(rate "$pg_ours") rows/s"
  echo "postgres psql \\copy into a bare table (peer):     ${pg_peer}s  $(rate "$pg_peer") rows/s"
  awk -v a="$pg_ours" -v b="$pg_peer" 'BEGIN { printf "postgres ratio ours/peer time: %.2f\n", a / b }'
fi
