#!/usr/bin/env bash
# The failover benchmark of issue 19, on the cluster of config/payara/cluster.sh (start it first).
#
#   bench/cluster/failover.sh                 # MODE=failover: load, kill -9 of one instance in the middle, checks
#   MODE=throughput bench/cluster/failover.sh # the same load on two instances, then with one stopped
#
# The load is bench/cluster/Failover.java (USERS virtual users for SECONDS through the load balancer;
# see its header): filing F03 repair requests (each gets its running number), reviewing and approving
# them over REST, and between the steps each user's page session opening the home page.
#
# MODE=failover: at KILL_AT seconds, kill -9 of the instance KILL (ict-1 by default), which stays
# dead until the load ends; then it is started again. Then the checks, from the database and the
# application's own verifications:
#   - every filing the client saw acknowledged (its id and number) is in the database, once, with
#     that number, and in at least the state the client saw acknowledged;
#   - no running number twice in the register, no gap in the run's numbers;
#   - filings stored but never acknowledged (in flight on the instance that died) are counted;
#   - forced sign-ins: a page session sent to the login page (from the client);
#   - the traffic chain and the audit chain verify (GET /api/traffic/verify, /api/audit-trail/verify);
#   - traffic lines of the run's REST calls missing from the record (the killed instance's queue).
#
# Output: target/bench-cluster/<mode>-<time>/ (the client's files, checks.txt) and a line on stdout.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cluster="${ICT_CLUSTER_DIR:-$root/.runtime/cluster}"
payara="$cluster/payara6"
asadmin=("$payara/bin/asadmin" --port 31048)
lb="http://localhost:${ICT_CLUSTER_PORT:-8080}"
MODE=${MODE:-failover}
SECONDS_LOAD=${SECONDS_LOAD:-75}
USERS=${USERS:-8}
KILL=${KILL:-ict-1}
KILL_AT=${KILL_AT:-25}
run_id=$(date -u +%Y%m%d-%H%M%S)
out="$root/target/bench-cluster/$MODE-$run_id"
mkdir -p "$out"
PSQL=(psql -h localhost -p 31432 -U ict -d ict -v ON_ERROR_STOP=1 -qtA)
declare -A port=([ict-1]=31180 [ict-2]=31280)
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$out/log.txt"; }

code=$(curl -s -o /dev/null -w '%{http_code}' "$lb/health/ready" || true)
[ "$code" = 200 ] || { echo "failover.sh: $lb/health/ready answers $code: start the cluster first" >&2; exit 1; }
for i in ict-1 ict-2; do
  c=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${port[$i]}/health/ready" || true)
  [ "$c" = 200 ] || { echo "failover.sh: $i is not UP ($c): config/payara/cluster.sh deploy starts it" >&2; exit 1; }
done

client() { # seconds users dir
  # meanwhile, twice a second: PostgreSQL's sessions of the instances that run a statement, and those
  # of them waiting for a lock (the chain heads, the running-number counter: where writes queue)
  ( while true; do
      "${PSQL[@]}" -F $'\t' -c "SELECT count(*) FILTER (WHERE state = 'active'), count(*) FILTER (WHERE wait_event_type = 'Lock')
        FROM pg_stat_activity WHERE datname = 'ict' AND pid <> pg_backend_pid()" >> "$3/pg-sessions.tsv" 2>/dev/null || true
      "${PSQL[@]}" -c "SELECT left(regexp_replace(query, '\s+', ' ', 'g'), 70) FROM pg_stat_activity
        WHERE datname = 'ict' AND wait_event_type = 'Lock'" >> "$3/pg-waits.txt" 2>/dev/null || true
      sleep 0.5
    done ) &
  local sampler=$!
  java -Xmx256m "$root/bench/cluster/Failover.java" "$lb" "$1" "$2" "$3" "$run_id" > "$3/client.txt" 2>&1
  kill $sampler 2>/dev/null || true
  awk -F'\t' '{ n++; a += $1; l += $2 } END { if (n) printf "PostgreSQL sessions running a statement (mean of %d samples)\t%.2f, of them waiting for a lock\t%.2f\n", n, a / n, l / n }' \
    "$3/pg-sessions.tsv" >> "$3/summary.txt"
  sort "$3/pg-waits.txt" 2>/dev/null | uniq -c | sort -rn | head -5 | sed 's/^ */statement waiting for a lock (samples): /' >> "$3/summary.txt" || true
}
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
others() { # Java processes on the machine that are not this cluster's (another build, its tests)
  for p in $(pgrep -x java); do readlink "/proc/$p/cwd" 2>/dev/null; done | grep -vc "^$cluster" || true
}
up_again() { # instance: start it and wait until the load balancer sends it requests again
  "${asadmin[@]}" start-instance "$1" >/dev/null
  for _ in $(seq 600); do
    curl -s -o /dev/null -D - "$lb/health/ready" | tr -d '\r' | grep -qi "^x-served-by: $1$" && return 0
    sleep 0.5
  done
  return 1
}

if [ "$MODE" = throughput ]; then
  # the same load twice: both instances, then ict-2 stopped (the load balancer sends all to ict-1)
  log "two instances: $USERS users, $SECONDS_LOAD s (load before: $(loadavg), other JVMs: $(others))"
  mkdir -p "$out/two"; client "$SECONDS_LOAD" "$USERS" "$out/two"
  log "  load after: $(loadavg)"
  log "stopping ict-2"
  "${asadmin[@]}" stop-instance ict-2 >/dev/null
  sleep 6
  log "one instance: $USERS users, $SECONDS_LOAD s (load before: $(loadavg), other JVMs: $(others))"
  mkdir -p "$out/one"; client "$SECONDS_LOAD" "$USERS" "$out/one"
  log "  load after: $(loadavg)"
  log "starting ict-2 again"
  up_again ict-2 || log "ict-2 did not come back into the load balancer"
  for d in two one; do
    log "$d: $(grep -E '^(answers per second|journeys per second|filings acknowledged|forced sign-ins|PostgreSQL)' "$out/$d/summary.txt" | tr '\t\n' '= ' )"
  done
  exit 0
fi

start=$(date -u +%Y-%m-%dT%H:%M:%SZ)
log "failover run $run_id: $USERS users, $SECONDS_LOAD s, kill -9 of $KILL at $KILL_AT s (load: $(loadavg), other JVMs: $(others))"
client "$SECONDS_LOAD" "$USERS" "$out" &
cpid=$!
sleep "$KILL_AT"
pid=$(cat "$(ls "$payara"/glassfish/nodes/*/"$KILL"/config/pid)")
log "kill -9 $KILL (pid $pid)"
kill -9 "$pid"
wait "$cpid" || true
end=$(date -u -d '+2 seconds' +%Y-%m-%dT%H:%M:%SZ)
log "load over (load: $(loadavg)); starting $KILL again"
t=$(date +%s)
up_again "$KILL" && log "$KILL serves through the load balancer again after $(( $(date +%s) - t )) s" \
  || log "$KILL did not come back into the load balancer"
sleep 3   # the traffic queues flush every second

# ------------------------------------------------------------------------------ checks
"${PSQL[@]}" -c "DROP TABLE IF EXISTS bench_acked; CREATE TABLE bench_acked (id BIGINT PRIMARY KEY, number_text VARCHAR(60), state VARCHAR(20))"
"${PSQL[@]}" -c "\\copy bench_acked FROM '$out/acked.tsv'"
q() { "${PSQL[@]}" -c "$1"; }
run="subject LIKE 'failover $run_id %'"
acked=$(q "SELECT count(*) FROM bench_acked")
lost=$(q "SELECT count(*) FROM bench_acked a LEFT JOIN frm_submission s ON s.id = a.id WHERE s.id IS NULL OR s.number_text IS DISTINCT FROM a.number_text")
once=$(q "SELECT count(*) FROM bench_acked a WHERE (SELECT count(*) FROM frm_submission s WHERE s.number_text = a.number_text) = 1")
behind=$(q "SELECT count(*) FROM bench_acked a JOIN frm_submission s ON s.id = a.id WHERE
  (a.state = 'APPROVED' AND s.state NOT IN ('APPROVED', 'DONE')) OR (a.state = 'REVIEWED' AND s.state NOT IN ('REVIEWED', 'APPROVED', 'DONE'))")
stored=$(q "SELECT count(*) FROM frm_submission WHERE $run")
unacked=$(q "SELECT count(*) FROM frm_submission s WHERE $run AND NOT EXISTS (SELECT 1 FROM bench_acked a WHERE a.id = s.id)")
dups=$(q "SELECT count(*) FROM (SELECT unit_code, period_key, running_no FROM frm_submission WHERE running_no IS NOT NULL
  GROUP BY 1, 2, 3 HAVING count(*) > 1) d")
dup_text=$(q "SELECT count(*) FROM (SELECT number_text FROM frm_submission WHERE number_text IS NOT NULL GROUP BY 1 HAVING count(*) > 1) d")
gaps=$(q "SELECT COALESCE(max(running_no) - min(running_no) + 1 - count(*), 0) FROM frm_submission WHERE $run")
others_in_range=$(q "SELECT count(*) FROM frm_submission s, (SELECT min(running_no) lo, max(running_no) hi, min(unit_code) u,
  min(period_key) p FROM frm_submission WHERE $run) r WHERE NOT ($run) AND s.unit_code = r.u AND s.period_key = r.p AND s.running_no BETWEEN r.lo AND r.hi")
traffic=$(curl -s -u director:demo "$lb/api/traffic/verify")
audit=$(curl -s -u director:demo "$lb/api/audit-trail/verify")
t_intact=$(printf '%s' "$traffic" | grep -o '"intact":[a-z]*' | cut -d: -f2)
a_intact=$(printf '%s' "$audit" | grep -o '"intact":[a-z]*' | cut -d: -f2)
# traffic lines of the run's REST calls: the client's answers that came from an instance (not the
# load balancer's 502/503) against the lines the record holds for the three REST users in the window
answered_by_app=$(awk -F'\t' '/^count: (file|review|approve) [0-9]+/ { split($1, w, " "); if (w[3] != 502 && w[3] != 503) n += $2 } END { print n + 0 }' "$out/summary.txt")
recorded=$(q "SELECT count(*) FROM trf_record WHERE occurred_at BETWEEN '$start' AND '$end' AND kind = 'REQUEST'
  AND user_uid IN ('sinlapachai', 'khwansiri', 'director') AND url LIKE '/api/forms/submissions%'")
"${PSQL[@]}" -c "DROP TABLE bench_acked"
{
  echo "run $run_id, $USERS users, $SECONDS_LOAD s, kill -9 of $KILL at $KILL_AT s, $(nproc) CPUs, window $start .. $end"
  cat "$out/summary.txt"
  echo "filings acknowledged to the client                 $acked"
  echo "  in the database once, with their number          $once"
  echo "  LOST (missing, or another number)                $lost"
  echo "  in the database behind the acknowledged state    $behind"
  echo "filings of the run in the database                 $stored"
  echo "  stored but never acknowledged (in flight)        $unacked"
  echo "running numbers given twice (whole register)       $dups (by printed number: $dup_text)"
  echo "gaps in the run's running numbers                  $gaps (numbers in that range given to others: $others_in_range)"
  echo "traffic chain verifies                             $t_intact  ${traffic:0:300}"
  echo "audit chain verifies                               $a_intact  ${audit:0:300}"
  echo "REST answers from an instance / traffic lines      $answered_by_app / $recorded (missing: $((answered_by_app - recorded)))"
} | tee "$out/checks.txt"
log "results: $out/checks.txt, timeline (second, answers not 5xx, 5xx, no answer, forced sign-ins): $out/timeline.tsv"
