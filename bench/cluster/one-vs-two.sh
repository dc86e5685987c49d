#!/usr/bin/env bash
# One instance against two on a warm cluster (config/payara/cluster.sh start first), nothing else
# running: a warm-up on both, two, one (ict-2 stopped), ict-2 back and warmed, two again; 8 users,
# 60 s each, through the load balancer. Output: target/bench-cluster/quiet-<time>/log.txt
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
lb=http://localhost:8080
asadmin=("$root/.runtime/cluster/payara6/bin/asadmin" --port 31048)
out=$root/target/bench-cluster/quiet-$(date -u +%H%M%S); mkdir -p "$out"
run() { # name seconds
  mkdir -p "$out/$1"
  echo "[$(date -u +%T)] $1 start load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/log.txt"
  java -Xmx256m "$root/bench/cluster/Failover.java" "$lb" "$2" 8 "$out/$1" "q$1" > "$out/$1/client.txt" 2>&1
  echo "[$(date -u +%T)] $1 done load=$(cut -d' ' -f1 /proc/loadavg): $(grep -E '^(answers per second|journeys per second|forced sign-ins)' "$out/$1/summary.txt" | tr '\t\n' '= ')" | tee -a "$out/log.txt"
}
run warm-two 45
run two 60
"${asadmin[@]}" stop-instance ict-2 >/dev/null; sleep 6
run one 60
"${asadmin[@]}" start-instance ict-2 >/dev/null
for _ in $(seq 600); do curl -s -o /dev/null -D - "$lb/health/ready" | tr -d '\r' | grep -qi "^x-served-by: ict-2$" && break; sleep 0.5; done
run warm-two-again 45
run two-again 60
echo "$out"
