#!/usr/bin/env bash
# A production install serves: build, `npm pack`, install the packed files with
# `npm ci --omit=dev` (no TypeScript, tsx or Vite), then from that folder
#   - `hailong units import` of a file large enough for the import worker thread (built JS), and
#   - `hailong serve` answers GET /api/health with 200 and / with the web app.
# Prints "pack-check: N passed, N failed" (and writes it to $PACK_CHECK_JSON for CI's summary);
# exits non-zero on a failure. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
unset DATABASE_URL # the embedded default (PGlite), whatever the calling shell points at
work=$(mktemp -d "${TMPDIR:-/tmp}/hailong-pack.XXXXXX")
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0
check() { # check NAME COMMAND…
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $name"; else failed=$((failed + 1)); echo "  FAIL $name"; fi
}

npm run build --silent
npm pack --silent --pack-destination "$work" >/dev/null
tar -xzf "$work"/hailong-*.tgz -C "$work"
app=$work/package
cp package-lock.json "$app/"
started=$(date +%s)
(cd "$app" && npm ci --omit=dev --prefer-offline --no-audit --no-fund --loglevel=error)
echo "npm ci --omit=dev: $(($(date +%s) - started)) s, $(du -sh "$app/node_modules" | cut -f1) node_modules"

no_dev() { for dev in tsx typescript vite vitest; do [ ! -e "$app/node_modules/$dev" ] || return 1; done; }
check 'no dev dependency installed (tsx, typescript, vite, vitest)' no_dev
check 'the package has no TypeScript sources' test ! -e "$app/src"

# 6,000 communes under one province: over the 256 kB a file is parsed in a worker thread beyond.
node -e '
  const rows = ["code,name,type,parent_code,peer_group,valid_from", "P,Tỉnh Thử Nghiệm,province,,province,2020-01-01"];
  for (let i = 1; i <= 6000; i++) rows.push(`X${String(i).padStart(5, "0")},Xã Thử Nghiệm Số ${i} của tỉnh,commune,P,commune,2020-01-01`);
  process.stdout.write(rows.join("\n") + "\n");' >"$work/units.csv"
import_units() {
  (cd "$app" && HAILONG_DATA="$work/db" node bin/hailong.js units import "$work/units.csv") >"$work/import.out" 2>&1 &&
    grep -q 'Đã nhập 6001 đơn vị' "$work/import.out"
}
check "units import of $(($(stat -c %s "$work/units.csv") / 1024)) kB through the worker thread" import_units || cat "$work/import.out"

port=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
(cd "$app" && HAILONG_DATA="$work/db" LOG_LEVEL=warn exec node bin/hailong.js serve --host 127.0.0.1 --port "$port") >"$work/serve.out" 2>&1 &
server_pid=$!
status() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$1" || true; }
health=000
for _ in $(seq 1 120); do
  health=$(status /api/health)
  [ "$health" = 200 ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.5
done
check "hailong serve: GET /api/health → $health" test "$health" = 200 || cat "$work/serve.out"
web() { curl -s "http://127.0.0.1:$port/" | grep -q '<div id="root"'; }
check 'hailong serve: GET / → the web app' web

echo "pack-check: $passed passed, $failed failed"
# For scripts/ci-summary.mjs, in the shape of a Vitest report.
[ -z "${PACK_CHECK_JSON:-}" ] || echo "{\"numPassedTests\":$passed,\"numFailedTests\":$failed}" >"$root/$PACK_CHECK_JSON"
[ "$failed" = 0 ]
