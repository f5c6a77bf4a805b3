#!/usr/bin/env bash
# The one-way dependency rule of docs/architecture.md, checked on the includes:
# a module may include only itself and the modules listed for it, and the engine and
# network headers stay where they belong.
# Usage: architecture_test.sh REPO_ROOT
set -euo pipefail
cd "$1/src"
declare -A allowed=(
  [base]=""
  [model]="base"
  [store]="base model"
  [indicators]="base model store"
  [report]="base model store indicators"
  [ledger]="base model store indicators"
  [auth]="base model store"
  [ingest]="base model store indicators ledger"
  [export]="base model store"
  [http]="base"
  [text]="base"
  [api]="base text model store indicators report ledger auth ingest export http"
  [cli]="base text model store indicators report ledger auth ingest export http api"
)
passed=0
failed=0
for module in "${!allowed[@]}"; do
  [[ -d "$module" ]] || continue
  ok=1
  while IFS= read -r line; do
    file="${line%%:*}"
    dep="$(sed -n 's/.*#include "\([a-z_]*\)\/.*/\1/p' <<< "$line")"
    [[ -z "$dep" || "$dep" == "$module" ]] && continue
    if [[ " ${allowed[$module]} " != *" $dep "* ]]; then
      echo "FAILED: $file includes $dep/, which $module/ may not depend on" >&2
      ok=0
    fi
  done < <(grep -rn '#include "' "$module" --include='*.h' --include='*.cc' | grep -v '_test\.cc:' || true)
  if [[ $ok == 1 ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
only_in() {  # only_in PATTERN DIR DESCRIPTION
  local hits
  hits="$(grep -rlE "$1" . --include='*.h' --include='*.cc' | grep -v "^\./$2" || true)"
  if [[ -n "$hits" ]]; then
    echo "FAILED: $3 outside $2: $hits" >&2
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
}
only_in '#include <sqlite3\.h>|#include <libpq-fe\.h>' 'store/' 'database engine headers'
only_in '#include <boost/(beast|asio)' 'http/server' 'Beast/Asio'
only_in '#include <opencc' 'text/' 'OpenCC'
echo "$passed passed, $failed failed"
test "$failed" -eq 0
