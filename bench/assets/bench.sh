#!/usr/bin/env bash
# Measures the first page of the asset list (the JSF page and /api/assets) against a running
# application holding the benchmark data (generate-assets.sql): N sequential requests each,
# after a warm-up, and prints min / median / p95 / max in milliseconds.
#
#   bench/assets/bench.sh                      # http://localhost:8080, nanphat/demo, N=200
#   BASE=http://host:8080 USER_ID=u PASSWORD=p N=500 bench/assets/bench.sh
#
# Needs bash, curl, sort, awk. The page is fetched with a signed-in session (the login form);
# /api uses HTTP Basic on each request, as every API client does.
set -euo pipefail

BASE=${BASE:-http://localhost:8080}
USER_ID=${USER_ID:-nanphat}
PASSWORD=${PASSWORD:-demo}
N=${N:-200}
WARMUP=${WARMUP:-30}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

percentiles() { # reads milliseconds, one a line
  sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "no samples"; exit 1 }
    p95 = v[int(NR * 0.95 + 0.999999)]; med = v[int(NR * 0.5 + 0.5)]
    printf "n=%d min=%.1f median=%.1f p95=%.1f max=%.1f ms\n", NR, v[1], med, p95, v[NR] }'
}

measure() { # label, then curl arguments
  local label=$1; shift
  for _ in $(seq "$WARMUP"); do curl -s -o /dev/null "$@"; done
  printf '%-34s ' "$label"
  for _ in $(seq "$N"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$@"
  done | awk '$1 != 200 { bad++ } { printf "%.3f\n", $2 * 1000 } END { if (bad) print "non-200 responses: " bad > "/dev/stderr" }' \
    | percentiles
}

# sign in through the login form to get a page session
login_page=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login.xhtml")
view_state=$(printf '%s' "$login_page" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
form=$(printf '%s' "$login_page" | sed -n 's/.*<form id="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR" -b "$JAR" \
  --data-urlencode "$form=$form" --data-urlencode "$form:uid=$USER_ID" --data-urlencode "$form:password=$PASSWORD" \
  --data-urlencode "$form:submit=" --data-urlencode "jakarta.faces.ViewState=$view_state" "$BASE/login.xhtml"

echo "asset list, first page, $N requests after $WARMUP warm-up, $(date -Iseconds), $BASE"
measure "GET /api/assets (page 1)"        -u "$USER_ID:$PASSWORD" "$BASE/api/assets?page=1"
measure "GET /api/assets?status=ON_LOAN"  -u "$USER_ID:$PASSWORD" "$BASE/api/assets?page=1&status=ON_LOAN"
measure "GET /api/assets?q=bench0099"     -u "$USER_ID:$PASSWORD" "$BASE/api/assets?page=1&q=bench0099"
measure "GET /assets/list.xhtml"          -c "$JAR" -b "$JAR" "$BASE/assets/list.xhtml"
