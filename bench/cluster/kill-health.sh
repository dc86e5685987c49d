#!/usr/bin/env bash
# Issue 19, acceptance 1: /health/ready through the load balancer stays UP while either instance is
# killed with kill -9, and the instance comes back into the load balancer when it is started again.
# Needs the cluster up (config/payara/cluster.sh start). For each instance in turn: kill -9 its JVM,
# wait WAIT_DEAD seconds, start it again (asadmin start-instance), wait until HAProxy sends requests
# to it again. Meanwhile /health/ready is asked through the load balancer every 0.2 s.
#
#   bench/cluster/kill-health.sh            # both instances, one after the other
#   INSTANCES=ict-2 bench/cluster/kill-health.sh
#
# Output: target/bench-cluster/kill-health.tsv (time, answer, instance that answered) and a summary.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/target/bench-cluster"
cluster="${ICT_CLUSTER_DIR:-$root/.runtime/cluster}"
payara="$cluster/payara6"
lb="http://localhost:${ICT_CLUSTER_PORT:-8080}"
wait_dead=${WAIT_DEAD:-20}
declare -A port=([ict-1]=31180 [ict-2]=31280)
mkdir -p "$out"
log() { echo "[$(date -u +%H:%M:%S)] $*"; }

code=$(curl -s -o /dev/null -w '%{http_code}' "$lb/health/ready" || true)
[ "$code" = 200 ] || { echo "kill-health.sh: $lb/health/ready answers $code: start the cluster first" >&2; exit 1; }

probe="$out/kill-health.tsv"
: > "$probe"
( while true; do
    r=$(curl -s -o /dev/null -m 5 -D - -w '%{http_code}' "$lb/health/ready" 2>/dev/null | tr -d '\r' \
        | awk 'tolower($1) == "x-served-by:" { s = $2 } /^[0-9]+$/ { c = $1 } END { print (c == "" ? "000" : c) "\t" s }')
    printf '%s\t%s\n' "$(date +%s.%N | cut -c1-14)" "$r" >> "$probe"
    sleep 0.2
  done ) &
poller=$!
trap 'kill $poller 2>/dev/null || true' EXIT

back_in_lb() { # instance: HAProxy sends it requests again (the X-Served-By header names it)
  for _ in $(seq 600); do
    curl -s -o /dev/null -D - "$lb/health/ready" | tr -d '\r' | grep -qi "^x-served-by: $1$" && return 0
    sleep 0.5
  done
  return 1
}

for inst in ${INSTANCES:-ict-1 ict-2}; do
  pidfile=$(ls "$payara"/glassfish/nodes/*/"$inst"/config/pid)
  pid=$(cat "$pidfile")
  log "kill -9 $inst (pid $pid)"
  t_kill=$(date +%s)
  kill -9 "$pid"
  sleep "$wait_dead"
  log "starting $inst again"
  "$payara/bin/asadmin" --port 31048 start-instance "$inst" >/dev/null
  for _ in $(seq 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${port[$inst]}/health/ready" || true)" = 200 ] && break
    sleep 1
  done
  log "$inst answers UP on its own port after $(( $(date +%s) - t_kill )) s"
  back_in_lb "$inst" || { log "$inst never came back into the load balancer" >&2; exit 1; }
  log "$inst serves through the load balancer again after $(( $(date +%s) - t_kill )) s"
done
sleep 2
kill $poller 2>/dev/null || true
total=$(wc -l < "$probe")
bad=$(awk -F'\t' '$2 != 200' "$probe" | wc -l)
log "/health/ready through the load balancer: $total answers, $bad not 200"
awk -F'\t' '$2 != 200 { print "  not UP: " $0 }' "$probe" | head -20
awk -F'\t' '{ n[$3]++ } END { for (s in n) printf "  answered by %s: %d\n", (s == "" ? "?" : s), n[s] }' "$probe"
[ "$bad" = 0 ]
