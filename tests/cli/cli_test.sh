#!/usr/bin/env bash
# End-to-end checks of the shanhai binary, as a user runs it:
#  1. `import` of a file with one bad row exits 2, names the row, and writes nothing;
#     a good file then imports; export → re-import into a fresh database round-trips.
#  2. `demo` builds the demo database; `serve` on it answers /api/v1/health, lists the
#     demo pairings (the ended 厦门 → 临夏 pairing among them), and every record type's
#     list endpoint returns demo rows.
# Usage: cli_test.sh PATH/TO/shanhai DEMO_DIR
set -euo pipefail
bin="$(realpath "$1")"
demo_dir="$(realpath "$2")"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0
check() {  # check DESCRIPTION COMMAND...
  local what="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $what" >&2
  fi
}
count_rows() {  # count_rows DB TYPE: data rows of a CSV export (header excluded)
  "$bin" export --db "$1" --type "$2" --format csv | tail -n +2 | grep -c . || true
}

cd "$work"
cat > units.csv <<'CSV'
code,name,level,parent_code,side
350000,福建省,province,,east
350200,厦门市,city,350000,east
640000,宁夏回族自治区,province,,west
640400,固原市,city,640000,west
640424,泾源县,county,640400,west
CSV
printf 'id,level,east_unit,west_unit,start_date\n1,county,350200,640424,2021-01-01\n' > pairings.csv
printf 'pairing_id,date,source_kind,stage,amount_yuan\n1,2023-01-05,fiscal,到位,1000.50\n1,2023-01-06,fiscal,到位,-3\n1,2023-01-07,fiscal,到位,20\n' > bad.csv
printf 'pairing_id,date,source_kind,stage,amount_yuan\n1,2023-01-05,fiscal,到位,1000.50\n1,2023-01-07,fiscal,到位,20\n' > good.csv

"$bin" import --db t.db --type admin_units units.csv > /dev/null
"$bin" import --db t.db --type pairings pairings.csv > /dev/null
rc=0
"$bin" import --db t.db --type fund_transfers bad.csv > out.txt 2> err.txt || rc=$?
check "a bad file exits 2 (got $rc)" test "$rc" -eq 2
check "the error names line 3 in Chinese" grep -q "第 3 行" err.txt
check "the error names line 3 in English" grep -q "line 3" err.txt
check "the error says why" grep -q "金额不能为负数" err.txt
check "nothing written by the bad file" test "$(count_rows t.db fund_transfers)" -eq 0
check "the good file imports" "$bin" import --db t.db --type fund_transfers good.csv
check "both rows are there" test "$(count_rows t.db fund_transfers)" -eq 2
"$bin" export --db t.db --type fund_transfers --format csv > export.csv
check "the export shows yuan" grep -q ",1000.50," export.csv

# Targets, which the annual agreements set, come in the same way (here from CSV; below
# they round-trip through XLSX like the rest).
printf 'pairing_id,year,indicator_code,target_value,unit\n1,2023,fund_fiscal_aid,20000000,元\n' > targets.csv
check "targets import" bash -c "'$bin' import --db t.db --type targets targets.csv > /dev/null"

# Round trip through every file format into a fresh database.
for fmt in csv json xlsx; do
  db="rt-$fmt.db"
  for t in admin_units pairings targets fund_transfers; do
    "$bin" export --db t.db --type "$t" --format "$fmt" -o "$t.$fmt"
    "$bin" import --db "$db" --type "$t" "$t.$fmt" > /dev/null
  done
  check "$fmt round trip keeps the rows" cmp -s \
    <("$bin" export --db t.db --type fund_transfers --format json | sed 's/"\(recorded\|updated\)_at":"[^"]*"//g') \
    <("$bin" export --db "$db" --type fund_transfers --format json | sed 's/"\(recorded\|updated\)_at":"[^"]*"//g')
done

# The demo database: its live indicator facts equal a recomputation from the records,
# and its annual report for 厦门 → 宁夏 2022 comes out in every format.
"$bin" demo --db demo.db --data "$demo_dir" > demo.txt
check "check finds no difference on the demo" bash -c "'$bin' check --db demo.db | grep -q '无差异'"
check "the text report has the 数说 section" bash -c "'$bin' report --db demo.db --pairing 2 --year 2022 | grep -q '数说'"
check "the XLSX report is written" bash -c "'$bin' report --db demo.db --pairing 2 --year 2022 --format xlsx -o report.xlsx && test -s report.xlsx"
rc=0
"$bin" report --db demo.db --pairing 999 --year 2022 > /dev/null 2> report-err.txt || rc=$?
check "an unknown pairing is refused (exit $rc)" test "$rc" -ne 0
check "and said so in Chinese" grep -q "不存在" report-err.txt
"$bin" serve --db demo.db --port 0 > serve.txt 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 100); do
  port="$(sed -n 's#.*http://127.0.0.1:\([0-9]*\)/.*#\1#p' serve.txt | head -n 1)"
  [[ -n "$port" ]] && break
  sleep 0.1
done
check "the server announced its port" test -n "$port"
check "health answers" bash -c "curl -fsS http://127.0.0.1:$port/api/v1/health | grep -q '\"status\":\"ok\"'"
# The demo database prints its accounts; reading the API needs signing in.
check "the API refuses a reader who has not signed in" bash -c \
  "test \"\$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$port/api/v1/pairings)\" = 401"
check "a demo account signs in" curl -fsS -c jar.txt -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Shanhai-demo-2026"}' "http://127.0.0.1:$port/api/v1/auth/login" -o /dev/null
get() { curl -fsS -b jar.txt "http://127.0.0.1:$port$1"; }
pairings="$(get '/api/v1/pairings?page_size=500')"
check "the demo pairings are listed" grep -q '"total":' <<< "$pairings"
check "the ended 厦门 → 临夏州 pairing is among them" bash -c \
  "grep -o '{[^}]*\"west_unit\":\"622900\"[^}]*}' <<< '$pairings' | grep -q '\"end_date\":\"2021'"
# Type objects are the ones with "pairing_required" (keys come sorted); fields have none.
types="$(get /api/v1/types | grep -o '"name":"[a-z_]*","pairing_required"' | sed 's/"name":"\([a-z_]*\)".*/\1/' || true)"
check "the type list is not empty" test -n "$types"
for t in $types; do
  total="$(get "/api/v1/$t?page_size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p' || true)"
  check "$t has demo rows (total=$total)" test "${total:-0}" -gt 0
done

# Accounts: the first administrator comes from `user add`, the password from stdin only.
check "user add creates the first administrator" bash -c "printf 'Admin-pass-2026\\n' | '$bin' user add --db u.db --username admin --role national_admin"
rc=0; printf 'Admin-pass-2026\n' | "$bin" user add --db u.db --username admin --role national_admin 2>err.txt || rc=$?
check "a taken user name is refused (exit $rc)" test "$rc" -ne 0
check "the refusal says so in Chinese" grep -q "已被使用" err.txt
rc=0; printf 'short\n' | "$bin" user add --db u.db --username wang --role west_office --scope unit 2>err.txt || rc=$?
check "a weak password and a missing unit are refused (exit $rc)" test "$rc" -eq 2
check "the refusal names the password rule" grep -q "password" err.txt
check "the refusal names the unit" grep -q "unit_code" err.txt
hashes="$(sqlite3 u.db 'select password_hash from users')"
check "only an argon2id hash is stored" grep -q '^[$]argon2id[$]' <<< "$hashes"
check "the password itself is nowhere in the table" bash -c "! sqlite3 u.db 'select * from users' | grep -q Admin-pass-2026"

echo "$passed passed, $failed failed"
test "$failed" -eq 0
