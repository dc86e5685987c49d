#!/usr/bin/env bash
# The load benchmark of a realistic office on PostgreSQL (issue 16): a throw-away PostgreSQL, the
# EAR on it (the README's Run command in the background, demo directory on), a generated office
# (generate-office.sql: 600 staff, 150 schools, 60,000 submissions over 3 fiscal years, 100,000
# assets, 2,000 evaluation answers; and 1,000,000 traffic lines through the traffic module's
# capture path, bench/traffic/TrafficBench.java), then wrk on every page and journey step at 16
# and 100 connections, the heap after the run and after 500 signed-in sessions, a table and a chart.
#
#   bench/office/run.sh                            # everything, ~25 min on 2 cores; stops both at the end
#   DURATION=20s CONNECTIONS="16 100" bench/office/run.sh
#   SKIP_START=1 bench/office/run.sh               # reuse a running app on :8080 and PostgreSQL on :55433
#   KEEP_RUNNING=1 bench/office/run.sh             # leave the app and PostgreSQL running afterwards
#   ONLY=pages|writes|sessions bench/office/run.sh # one part of the measurement (with SKIP_START=1)
#
# Output in target/bench-office/: results.md (the table), results.tsv, chart.png, heap.txt,
# app.log (Maven and Payara), counts.txt, pg/ (the database; deleted and made afresh on a full start).
# Needs: JDK 17, Maven (offline repository filled by a first build), initdb/pg_ctl/psql of
# PostgreSQL on the PATH, wrk, curl, gnuplot (apt-get install wrk gnuplot-nox), jcmd.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/bench/office
OUT=$ROOT/target/bench-office
BASE=${BASE:-http://localhost:8080}
PGPORT=${PGPORT:-55433}
DBNAME=${DBNAME:-ict}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-"16 100"}
PAGE_CONNECTIONS=${PAGE_CONNECTIONS:-"1 $CONNECTIONS"}   # pages also with one connection: the latency of a lone request
THREADS=${THREADS:-2}
POOL=${POOL:-4000}
SESSIONS=${SESSIONS:-500}
ONLY=${ONLY:-all}
CHAIN_KEY=bench-only-chain-key-0123456789abcdef   # TrafficBench's key: the app must sign with the same one
PAYARA=$ROOT/.runtime/payara6
ASADMIN=$PAYARA/bin/asadmin
DOMAIN=$PAYARA/glassfish/domains/domain1
RESULTS=$OUT/results.tsv
mkdir -p "$OUT"

for tool in wrk curl psql initdb pg_ctl jcmd java mvn gnuplot; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is not installed" >&2; exit 2; }
done

RUNAS=""; [ "$(id -u)" = 0 ] && RUNAS="runuser -u postgres --"
PSQL=(psql -h localhost -p "$PGPORT" -U bench -d "$DBNAME" -v ON_ERROR_STOP=1 -q)
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
phase_start=0
phase() { local now; now=$(date +%s); [ "$phase_start" = 0 ] || echo "$phase_name	$((now - phase_start))" >> "$OUT/phases.tsv"; phase_name=$1; phase_start=$now; log "== $1"; }

stop_all() {
  log "stopping the application and PostgreSQL"
  "$ASADMIN" stop-domain domain1 >/dev/null 2>&1 || true
  [ -n "${MVN_PID:-}" ] && kill "$MVN_PID" 2>/dev/null || true
  $RUNAS pg_ctl -D "$OUT/pg/data" -m fast stop >/dev/null 2>&1 || true
}

# ------------------------------------------------------------------------------ 1. PostgreSQL and the app
if [ "${SKIP_START:-0}" != 1 ]; then
  rm -f "$OUT/phases.tsv"
  phase "start PostgreSQL"
  if curl -s -o /dev/null "$BASE/health/live"; then echo "run.sh: something already answers on $BASE; stop it or use SKIP_START=1" >&2; exit 1; fi
  $RUNAS pg_ctl -D "$OUT/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$OUT/pg" "$OUT/data"
  mkdir -p "$OUT/pg" "$OUT/data"
  [ -n "$RUNAS" ] && chown -R postgres "$OUT/pg"
  $RUNAS initdb -D "$OUT/pg/data" -U bench -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # a modest server for a 2-core machine, the pool of the app is 40 connections
  $RUNAS pg_ctl -D "$OUT/pg/data" -o "-p $PGPORT -k $OUT/pg -c max_connections=120 -c shared_buffers=256MB -c synchronous_commit=off" \
    -l "$OUT/pg/log" -w start >/dev/null
  psql -h localhost -p "$PGPORT" -U bench -d postgres -q -c "CREATE DATABASE $DBNAME"
  [ "${KEEP_RUNNING:-0}" = 1 ] || trap stop_all EXIT

  phase "build and start the EAR (mvn -P run package)"
  # MicroProfile Config reads the environment of the server process; asadmin start-domain starts
  # the server as a child of run.sh (of mvn), which inherits this environment (checked below).
  (cd "$ROOT" && exec env ICT_DB_CLASS=org.postgresql.ds.PGSimpleDataSource \
      ICT_DB_URL="jdbc:postgresql://localhost:$PGPORT/$DBNAME" ICT_DB_USER=bench ICT_DB_PASSWORD=bench \
      ICT_DEMO=true ICT_DATA_DIR="$OUT/data" ICT_TRAFFIC_CHAIN_KEY="$CHAIN_KEY" \
      mvn -o -P run package >"$OUT/app.log" 2>&1) &
  MVN_PID=$!
  for i in $(seq 900); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready" || true)
    [ "$code" = 200 ] && break
    kill -0 "$MVN_PID" 2>/dev/null || { echo "run.sh: mvn -P run package ended; see $OUT/app.log" >&2; tail -30 "$OUT/app.log" >&2; exit 1; }
    sleep 2
  done
  [ "$code" = 200 ] || { echo "run.sh: /health/ready never UP" >&2; exit 1; }
  pid=$(cat "$DOMAIN/config/pid")
  tr '\0' '\n' < "/proc/$pid/environ" | grep -q "^ICT_DB_URL=jdbc:postgresql://localhost:$PGPORT/" \
    || { echo "run.sh: the Payara process (pid $pid) did not get ICT_DB_URL" >&2; exit 1; }
  log "ready: $(curl -s "$BASE/health/ready" | head -c 400)"
else
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready" || true)
  [ "$code" = 200 ] || { echo "run.sh: SKIP_START=1 but $BASE/health/ready answers $code" >&2; exit 1; }
  phase "reuse the running app"
fi
PAYARA_PID=$(cat "$DOMAIN/config/pid")

# ------------------------------------------------------------------------------ 2. the office's data
loaded=$("${PSQL[@]}" -tAc "SELECT count(*) FROM org_staff WHERE id = 60000001")
if [ "$loaded" = 0 ]; then
  phase "generate the office (generate-office.sql)"
  "${PSQL[@]}" -f "$HERE/generate-office.sql"
fi
lines=$("${PSQL[@]}" -tAc "SELECT count(*) FROM trf_record")
if [ "$lines" -lt 1000000 ]; then
  phase "1,000,000 traffic lines (TrafficBench through the capture path)"
  [ -d "$ROOT/modules/traffic/target/classes" ] || (cd "$ROOT" && mvn -o -q install -DskipTests -pl modules/traffic -am)
  PGJAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
  java -cp "$ROOT/modules/traffic/target/classes:$ROOT/modules/core/target/classes:$PGJAR" "$ROOT/bench/traffic/TrafficBench.java" \
    "jdbc:postgresql://localhost:$PGPORT/$DBNAME" bench bench 1000000 4 1000 | tee "$OUT/traffic-load.txt"
fi
phase "ANALYZE and counts"
"${PSQL[@]}" -c "ANALYZE"
"${PSQL[@]}" -P pager=off -c "
  SELECT t AS table_name, n AS rows FROM (
    SELECT 'org_staff' t, count(*) n FROM org_staff UNION ALL SELECT 'frm_submission', count(*) FROM frm_submission
    UNION ALL SELECT 'frm_step', count(*) FROM frm_step UNION ALL SELECT 'frm_use_item', count(*) FROM frm_use_item
    UNION ALL SELECT 'frm_repair', count(*) FROM frm_repair UNION ALL SELECT 'frm_loan', count(*) FROM frm_loan
    UNION ALL SELECT 'frm_action', count(*) FROM frm_action UNION ALL SELECT 'frm_spec', count(*) FROM frm_spec
    UNION ALL SELECT 'frm_comparison', count(*) FROM frm_comparison UNION ALL SELECT 'frm_account', count(*) FROM frm_account
    UNION ALL SELECT 'frm_access', count(*) FROM frm_access UNION ALL SELECT 'frm_work_log', count(*) FROM frm_work_log
    UNION ALL SELECT 'frm_counter', count(*) FROM frm_counter UNION ALL SELECT 'ast_asset', count(*) FROM ast_asset
    UNION ALL SELECT 'ast_asset_event', count(*) FROM ast_asset_event UNION ALL SELECT 'evl_response', count(*) FROM evl_response
    UNION ALL SELECT 'evl_rating', count(*) FROM evl_rating UNION ALL SELECT 'rec_round', count(*) FROM rec_round
    UNION ALL SELECT 'rec_return', count(*) FROM rec_return UNION ALL SELECT 'trf_record', count(*) FROM trf_record
    UNION ALL SELECT 'core_audit', count(*) FROM core_audit) c ORDER BY 1" | tee "$OUT/counts.txt"
"${PSQL[@]}" -P pager=off -c "SELECT state, count(*) FROM frm_submission GROUP BY state ORDER BY 1" | tee -a "$OUT/counts.txt"

# ------------------------------------------------------------------------------ 3. wrk
b64() { printf '%s' "$1" | base64 -w0; }
signin() { # uid -> JSESSIONID of a page session, through the login form (as bench/pages/pages.sh)
  local jar page vs sid
  jar=$(mktemp)
  page=$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml")
  vs=$(printf '%s' "$page" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" --data-urlencode "login:uid=$1" \
    --data-urlencode "login:password=demo" --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE/login.xhtml"
  sid=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1); rm -f "$jar"
  [ -n "$sid" ] || { echo "run.sh: sign-in as $1 gave no session" >&2; exit 1; }
  printf '%s' "$sid"
}
# Payara goes on working on requests whose connection wrk has closed (a slow page, the F21): wait
# until a static file answers quickly again, so that one row's backlog does not land in the next
drain() {
  local t0 t i
  t0=$(date +%s)
  for i in $(seq 120); do
    t=$(curl -s -o /dev/null -m 20 -w '%{time_total}' "$BASE/resources/css/app.css" || echo 99)
    awk -v t="$t" 'BEGIN { exit !(t < 0.3) }' && break
    sleep 1
  done
  [ $(( $(date +%s) - t0 )) -lt 2 ] || echo "  (waited $(( $(date +%s) - t0 )) s for the server to drain before: $1)" >> "$OUT/drain.log"
}
pool() { # state -> file of ids of journey F03s in that state, topped up to POOL (stock.sql)
  local have
  have=$("${PSQL[@]}" -tAc "SELECT count(*) FROM frm_submission WHERE created_by = 'sinlapachai' AND subject LIKE 'bench journey%' AND state = '$1'")
  [ "$have" -ge "$POOL" ] || "${PSQL[@]}" -v state="$1" -v n=$((POOL - have)) -f "$HERE/stock.sql"
  "${PSQL[@]}" -tAc "SELECT id FROM frm_submission WHERE created_by = 'sinlapachai' AND subject LIKE 'bench journey%' AND state = '$1' ORDER BY id" > "$OUT/ids-$1.txt"
  echo "$OUT/ids-$1.txt"
}
# one measurement: label, connections, then VAR=value for office.lua; a warm-up run first, not reported.
# POOLSTATE=<state>: the write step takes its ids from the pool of that state, read again after the warm-up
measure() {
  local label=$1 c=$2 t=$THREADS ids=""; shift 2
  [ "$c" -ge "$t" ] || t=$c
  drain "$label, $c"
  [ -z "${POOLSTATE:-}" ] || ids=$(pool "$POOLSTATE")
  env "$@" IDS="$ids" MODE="${MODE:-get}" LABEL="$label" CONNS="$c" THREADS="$t" RESULTS= \
    wrk -t"$t" -c"$c" -d"$WARMUP" --timeout 30s -s "$HERE/office.lua" "$BASE" >/dev/null 2>>"$OUT/wrk-errors.log"
  [ -z "${POOLSTATE:-}" ] || { drain "$label, $c, after the warm-up"; ids=$(pool "$POOLSTATE"); }
  env "$@" IDS="$ids" MODE="${MODE:-get}" LABEL="$label" CONNS="$c" THREADS="$t" RESULTS="$RESULTS" \
    wrk -t"$t" -c"$c" -d"$DURATION" --timeout 30s -s "$HERE/office.lua" "$BASE" 2>>"$OUT/wrk-errors.log" | tail -1
  # what else ran on the machine meanwhile: 1-minute load average, JVMs that are not this benchmark's
  local others
  others=$(for p in $(pgrep -x java); do [ "$p" = "$PAYARA_PID" ] || readlink "/proc/$p/cwd" 2>/dev/null; done | grep -vc "^$ROOT" || true)
  sed -i '$ s/$/\t'"$(cut -d' ' -f1 /proc/loadavg)"'\t'"$others"'/' "$RESULTS"
}
# SQL statements one request runs: PostgreSQL logs every statement for the time of one request
sqlcount() { # label, then curl arguments
  local label=$1 before after code; shift
  drain "sql $label"
  "${PSQL[@]}" -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 0.5
  before=$(grep -cE 'duration: [0-9.]+ ms  (execute|statement)' "$OUT/pg/log" || true)
  code=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$@")
  sleep 0.5
  after=$(grep -cE 'duration: [0-9.]+ ms  (execute|statement)' "$OUT/pg/log" || true)
  "${PSQL[@]}" -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
  printf '%s\t%s\t%s\n' "$label" "$((after - before))" "$code" | tee -a "$OUT/sql-per-page.tsv"
}

if [ "$ONLY" = all ] || [ "$ONLY" = pages ]; then
  phase "pages (wrk)"
  [ "$ONLY" = all ] && rm -f "$RESULTS" "$OUT/wrk-errors.log" "$OUT/drain.log"
  DIRECTOR=$(signin director); NANPHAT=$(signin nanphat)
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$DIRECTOR" "$BASE/forms/inbox.xhtml")
  [ "$code" = 200 ] || { echo "run.sh: the director's inbox answered $code" >&2; exit 1; }
  waiting() { curl -s -u "$1:demo" "$BASE/api/forms/inbox" | grep -o '"task":"[A-Z_]*"' | sort | uniq -c | tr '\n' ' '; }
  log "inbox over REST: director: $(waiting director); nanphat: $(waiting nanphat)"
  ids=$("${PSQL[@]}" -tAc "SELECT min(id) || ' ' || max(id) FROM frm_submission WHERE id BETWEEN 60000001 AND 60060000")
  rm -f "$OUT/sql-per-page.tsv"
  log "SQL statements per request (label, statements, status and seconds), no other load:"
  sqlcount "home / (director)" -H "Cookie: JSESSIONID=$DIRECTOR" "$BASE/"
  sqlcount "home / (nanphat)" -H "Cookie: JSESSIONID=$NANPHAT" "$BASE/"
  sqlcount "inbox (director)" -H "Cookie: JSESSIONID=$DIRECTOR" "$BASE/forms/inbox.xhtml"
  sqlcount "inbox (nanphat)" -H "Cookie: JSESSIONID=$NANPHAT" "$BASE/forms/inbox.xhtml"
  sqlcount "open a request" -H "Cookie: JSESSIONID=$DIRECTOR" "$BASE/forms/view.xhtml?id=60059950"
  sqlcount "asset list page" -H "Cookie: JSESSIONID=$DIRECTOR" "$BASE/assets/list.xhtml"
  sqlcount "asset search (API)" -u nanphat:demo "$BASE/api/assets?page=1&q=acer"
  sqlcount "org chart" -H "Cookie: JSESSIONID=$DIRECTOR" "$BASE/organization/chart.xhtml"
  sqlcount "F21 2569 (JSON)" -u director:demo "$BASE/api/reports/yearly/2569"
  sqlcount "F21 2569 (PDF)" -u director:demo "$BASE/api/reports/yearly/2569/pdf"
  for c in $PAGE_CONNECTIONS; do
    MODE=login measure "sign in (GET form + POST)" "$c" USER_ID=director PASSWORD=demo
    measure "home /" "$c" PATHS=/ HDR="Cookie: JSESSIONID=$DIRECTOR"
    measure "inbox (director)" "$c" PATHS=/forms/inbox.xhtml HDR="Cookie: JSESSIONID=$DIRECTOR"
    measure "inbox (nanphat)" "$c" PATHS=/forms/inbox.xhtml HDR="Cookie: JSESSIONID=$NANPHAT"
    measure "open a request (view.xhtml?id=)" "$c" PATHS="/forms/view.xhtml?id={id}" ID_MIN="${ids% *}" ID_MAX="${ids#* }" HDR="Cookie: JSESSIONID=$DIRECTOR"
    measure "asset list page" "$c" PATHS=/assets/list.xhtml HDR="Cookie: JSESSIONID=$DIRECTOR"
    measure "asset search /api/assets?q=" "$c" HDR="Authorization: Basic $(b64 nanphat:demo)" \
      PATHS="/api/assets?page=1&q=7440-3 /api/assets?page=1&q=acer /api/assets?page=1&q=sn0004 /api/assets?page=1&q=%E0%B8%AB%E0%B8%99%E0%B8%AD%E0%B8%87%E0%B9%83%E0%B8%AB%E0%B8%8D%E0%B9%88 /api/assets?page=1&q=m-17"
    measure "org chart" "$c" PATHS=/organization/chart.xhtml HDR="Cookie: JSESSIONID=$DIRECTOR"
    measure "F21 2569 (JSON)" "$c" PATHS=/api/reports/yearly/2569 HDR="Authorization: Basic $(b64 director:demo)"
    measure "F21 2569 (PDF)" "$c" PATHS=/api/reports/yearly/2569/pdf HDR="Authorization: Basic $(b64 director:demo)"
  done
fi

if [ "$ONLY" = all ] || [ "$ONLY" = writes ]; then
  phase "write journeys (wrk, REST)"
  FILER="Authorization: Basic $(b64 sinlapachai:demo)"
  CREATE='{"form":"F03","subject":"bench journey F03","body":"เครื่องพิมพ์เปิดไม่ติด","amount":1500,"describedItem":"เครื่องพิมพ์ห้องการเงิน","location":"ห้อง 204","symptoms":"เปิดไม่ติด","submit":false}'
  for c in $CONNECTIONS; do
    MODE=step measure "F03: create (POST)" "$c" METHOD=POST PATH_T=/api/forms/submissions BODY="$CREATE" HDR="$FILER" OUT="$OUT/created"
  done
  for c in $CONNECTIONS; do
    MODE=step POOLSTATE=DRAFT measure "F03: submit" "$c" METHOD=POST PATH_T="/api/forms/submissions/{id}/submit" BODY= HDR="$FILER"
  done
  for c in $CONNECTIONS; do
    MODE=step POOLSTATE=SUBMITTED measure "F03: review (khwansiri)" "$c" METHOD=POST PATH_T="/api/forms/submissions/{id}/review" BODY='{"comment":"ตรวจแล้ว"}' \
      HDR="Authorization: Basic $(b64 khwansiri:demo)"
  done
  for c in $CONNECTIONS; do
    MODE=step POOLSTATE=REVIEWED measure "F03: approve (director)" "$c" METHOD=POST PATH_T="/api/forms/submissions/{id}/approve" BODY='{"comment":"อนุมัติ"}' \
      HDR="Authorization: Basic $(b64 director:demo)"
  done
  # the director away: she records her leave and delegates APPROVE_REPAIR to nanphat (her own entry,
  # confirmed at once); nanphat approves acting for her, naming her in actingFor (the REST path)
  office=$("${PSQL[@]}" -tAc "SELECT code FROM org_office WHERE id = 1")
  now=$(date -u +%Y-%m-%dT%H:%M:%SZ); later=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
  absence=$(curl -s -u director:demo -H 'Content-Type: application/json' -X POST "$BASE/api/absences" \
    -d "{\"personUid\":\"director\",\"kind\":\"LEAVE\",\"from\":\"$now\",\"until\":\"$later\",\"note\":\"bench\"}")
  absence_id=$(printf '%s' "$absence" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  delegation=$(curl -s -u director:demo -H 'Content-Type: application/json' -X POST "$BASE/api/delegations" \
    -d "{\"delegatorUid\":\"director\",\"delegateKind\":\"PERSON\",\"delegateRef\":\"nanphat\",\"powers\":[\"APPROVE_REPAIR\"],\"unitCode\":\"$office\",\"from\":\"$now\",\"until\":\"$later\",\"basisMemo\":\"bench: มอบอำนาจระหว่างลา\",\"redelegable\":false}")
  log "absence: ${absence:0:200}"
  log "delegation: ${delegation:0:200}"
  log "acting options of nanphat: $(curl -s -u nanphat:demo "$BASE/api/acting/options" | head -c 300)"
  log "who acts for APPROVE_REPAIR in $office: $(curl -s -u nanphat:demo "$BASE/api/acting?power=APPROVE_REPAIR&unit=$office" | head -c 300)"
  for c in $CONNECTIONS; do
    MODE=step POOLSTATE=REVIEWED measure "F03: approve acting for the absent director (nanphat)" "$c" METHOD=POST PATH_T="/api/forms/submissions/{id}/approve" \
      BODY='{"comment":"อนุมัติแทน","actingFor":"director"}' HDR="Authorization: Basic $(b64 nanphat:demo)"
  done
  [ -n "$absence_id" ] && curl -s -o /dev/null -u director:demo -X POST "$BASE/api/absences/$absence_id/end" || true
  # what the journeys left open goes out of the inboxes again (re-runs see the same office)
  "${PSQL[@]}" -c "UPDATE frm_submission SET state = CASE WHEN state = 'APPROVED' THEN 'DONE' ELSE 'WITHDRAWN' END
                    WHERE subject LIKE 'bench journey%' AND state IN ('DRAFT', 'SUBMITTED', 'REVIEWED', 'APPROVED')"
fi

# ------------------------------------------------------------------------------ 4. heap, 500 sessions
if [ "$ONLY" = all ] || [ "$ONLY" = sessions ]; then
  phase "heap and $SESSIONS sessions"
  heap() { jcmd "$PAYARA_PID" GC.heap_info | sed -n '2,3p'; }
  {
    echo "## after the run"; heap
    jcmd "$PAYARA_PID" GC.run >/dev/null; echo "## after the run, after GC.run"; heap
  } > "$OUT/heap.txt"
  session() {
    local jar page vs code
    jar=$(mktemp)
    page=$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml")
    vs=$(printf '%s' "$page" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" --data-urlencode "login:uid=$1" \
      --data-urlencode "login:password=demo" --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE/login.xhtml"
    code=$(curl -s -o /dev/null -w '%{http_code} %{url_effective}' -c "$jar" -b "$jar" "$BASE/")
    rm -f "$jar"; echo "$code"
  }
  export -f session; export BASE
  users=(director nanphat khwansiri wiparat somchai sinlapachai)
  t0=$(date +%s)
  for i in $(seq "$SESSIONS"); do echo "${users[$((i % 6))]}"; done | xargs -P 8 -I{} bash -c 'session {}' > "$OUT/sessions.txt"
  ok=$(grep -c '^200 ' "$OUT/sessions.txt" || true)
  {
    echo "## $SESSIONS sign-ins through the form, each session fetching / ($ok answered 200) in $(( $(date +%s) - t0 )) s"; heap
    jcmd "$PAYARA_PID" GC.run >/dev/null; echo "## with those sessions open, after GC.run"; heap
  } >> "$OUT/heap.txt"
  cat "$OUT/heap.txt"
fi

# ------------------------------------------------------------------------------ 5. table and chart
phase "results"
{
  echo "# Office benchmark on PostgreSQL, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs"
  echo
  echo "wrk -t$THREADS, $DURATION measured after a $WARMUP warm-up per row; errors = answers outside 200-299 + socket errors/timeouts (30 s)."
  echo "'extra': sign-ins completed (sign in row) or requests sent after an id pool ran dry (write steps)."
  echo
  echo "'load', 'other JVMs': the 1-minute load average after the row, and Java processes running that are not this benchmark's (e.g. another build)."
  echo
  echo "| page / step | connections | req/s | p50 ms | p95 ms | p99 ms | errors | requests | extra | load | other JVMs |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 }' "$RESULTS"
  echo
  echo "## SQL statements per request (one request, no other load; PostgreSQL's statement log)"; echo
  echo "| request | statements | status, seconds |"; echo "|---|---|---|"
  [ -f "$OUT/sql-per-page.tsv" ] && awk -F'\t' '{ printf "| %s | %s | %s |\n", $1, $2, $3 }' "$OUT/sql-per-page.tsv"
  echo
  [ -f "$OUT/drain.log" ] && { echo "## Waits for the server to drain between rows"; echo; sed 's/^ *(/- (/' "$OUT/drain.log"; echo; }
  echo
  echo "## Phases (seconds)"; echo
  [ -f "$OUT/phases.tsv" ] && awk -F'\t' '{ printf "- %s: %s s\n", $1, $2 }' "$OUT/phases.tsv"
  echo
  echo '## Heap (jcmd GC.heap_info)'; echo; echo '```'; cat "$OUT/heap.txt" 2>/dev/null; echo '```'
  echo; echo '## Data'; echo; echo '```'; cat "$OUT/counts.txt"; echo '```'
} > "$OUT/results.md"
# chart: one row per label, req/s and p99 at the first and the last connection count
set -- $CONNECTIONS; c1=$1; c2=${!#}
awk -F'\t' -v c1="$c1" -v c2="$c2" '
  { if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }
    if ($2 == c1) { r1[$1] = $3; p1[$1] = $6 } if ($2 == c2) { r2[$1] = $3; p2[$1] = $6 } }
  END { for (i = 1; i <= n; i++) { l = order[i]; gsub(/"/, "", l)
        printf "\"%s\"\t%s\t%s\t%s\t%s\n", l, (r1[order[i]] == "" ? 0 : r1[order[i]]), (r2[order[i]] == "" ? 0 : r2[order[i]]),
               (p1[order[i]] == "" ? 0 : p1[order[i]]), (p2[order[i]] == "" ? 0 : p2[order[i]]) } }' "$RESULTS" > "$OUT/chart.dat"
gnuplot <<EOF
set terminal pngcairo size 1400,1000 font "DejaVu Sans,10"
set output "$OUT/chart.png"
set datafile separator "\t"
set multiplot layout 2,1 title "Office benchmark on PostgreSQL ($DURATION per row, wrk -t$THREADS)"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set boxwidth 0.9
set xtics rotate by -30 left noenhanced
set key top right
set grid ytics
set ylabel "requests/s"
set logscale y
set yrange [1:*]
plot "$OUT/chart.dat" using 2:xtic(1) title "$c1 connections", "" using 3 title "$c2 connections"
set ylabel "p99 latency, ms"
plot "$OUT/chart.dat" using 4:xtic(1) title "$c1 connections", "" using 5 title "$c2 connections"
unset multiplot
EOF
phase "done"
cat "$OUT/results.md"
log "results: $OUT/results.md, chart: $OUT/chart.png"
