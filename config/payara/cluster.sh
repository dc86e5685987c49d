#!/usr/bin/env bash
# Two Payara Server instances behind a load balancer on this machine (issue 19), all of it real:
#   - PostgreSQL (Debian's binaries) on 31432, database "ict", data under the cluster folder;
#   - a directory: UnboundID's in-memory LDAP server as its own process on 31389, loaded from
#     config/ldap/demo.ldif (the demo accounts, password "demo");
#   - a Payara Server domain "ict-cluster" (DAS admin on 31048) with a deployment group "ict-dg" of
#     two instances, ict-1 (HTTP 31180) and ict-2 (HTTP 31280), sharing the configuration
#     "ict-config"; web sessions replicated through Payara's data grid (Hazelcast): the EAR is
#     deployed once, to the group, with availability on (WEB-INF/web.xml is <distributable/>);
#   - HAProxy on ICT_CLUSTER_PORT (default 8080) in front, round robin with a sticky cookie, health
#     checks on /health/ready, and a request to a dead instance sent again to the live one.
#
#   config/payara/cluster.sh start     builds the EAR if there is none, starts everything, waits
#                                      for /health/ready UP through the load balancer
#   config/payara/cluster.sh stop      stops everything (data kept)
#   config/payara/cluster.sh status    what answers
#   config/payara/cluster.sh lb        writes HAProxy's configuration again and restarts it
#   config/payara/cluster.sh deploy    deploys the EAR built last (ear/target) to the group again,
#                                      starting an instance that is down first
#   config/payara/cluster.sh reset     stop, then forget the data (database, domain)
#
# Needs: JDK 17, Maven (repository filled by a build), Debian's postgresql and haproxy (installed
# when missing and run as root). Runs in demo mode (the demo directory), with the data folder shared
# by both instances (the same machine). See docs/operations.md, "A cluster".
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${ICT_CLUSTER_DIR:-$root/.runtime/cluster}"
lb_port="${ICT_CLUSTER_PORT:-8080}"
pg_port=31432
ldap_port=31389
das_base=31000
payara_version=6.2025.10
payara="$out/payara6"
asadmin="$payara/bin/asadmin"
admin=(--port $((das_base + 48)))
ear="$root/ear/target/ict-intranet.ear"
instances=(ict-1 ict-2)
bases=(31100 31200)
RUNAS=""; [ "$(id -u)" = 0 ] && RUNAS="runuser -u postgres --"

log() { echo "cluster.sh: $*"; }

need_tools() {
  local missing=()
  command -v haproxy >/dev/null || missing+=(haproxy)
  command -v pg_ctl >/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
  command -v unzip >/dev/null || missing+=(unzip)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      log "installing ${missing[*]} from Debian"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
      # Debian starts a stock haproxy and a main PostgreSQL cluster: neither is ours
      systemctl disable --now haproxy >/dev/null 2>&1 || service haproxy stop >/dev/null 2>&1 || true
    else
      log "please install: ${missing[*]}" >&2; exit 2
    fi
  fi
  if ! command -v pg_ctl >/dev/null; then
    PATH="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1):$PATH"
  fi
}

start_db() {
  mkdir -p "$out/pg"
  if [ ! -f "$out/pg/data/PG_VERSION" ]; then
    [ -n "$RUNAS" ] && chown -R postgres "$out/pg"
    $RUNAS initdb -D "$out/pg/data" -U ict -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  [ -n "$RUNAS" ] && chown -R postgres "$out/pg"
  if ! $RUNAS pg_ctl -D "$out/pg/data" status >/dev/null 2>&1; then
    $RUNAS pg_ctl -D "$out/pg/data" -o "-p $pg_port -k $out/pg -c max_connections=120" -l "$out/pg/log" -w start >/dev/null
  fi
  psql -h localhost -p $pg_port -U ict -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='ict'" | grep -q 1 \
    || psql -h localhost -p $pg_port -U ict -d postgres -qc "CREATE DATABASE ict"
}

start_ldap() {
  if [ -f "$out/ldap.pid" ] && kill -0 "$(cat "$out/ldap.pid")" 2>/dev/null; then return; fi
  local jar
  jar=$(ls ~/.m2/repository/com/unboundid/unboundid-ldapsdk/*/unboundid-ldapsdk-*.jar | grep -v sources | sort -V | tail -1)
  nohup java -Xmx128m -cp "$jar" com.unboundid.ldap.listener.InMemoryDirectoryServerTool \
    --baseDN dc=esa,dc=local --port $ldap_port --ldifFile "$root/config/ldap/demo.ldif" \
    > "$out/ldap.log" 2>&1 &
  echo $! > "$out/ldap.pid"
  for _ in $(seq 1 50); do
    grep -q "Listening for client connections" "$out/ldap.log" 2>/dev/null && return
    sleep 0.2
  done
  log "the directory did not start: see $out/ldap.log" >&2; exit 1
}

unpack_payara() {
  [ -x "$asadmin" ] && return
  local zip=~/.m2/repository/fish/payara/distributions/payara/$payara_version/payara-$payara_version.zip
  [ -f "$zip" ] || mvn -q dependency:get -Dartifact=fish.payara.distributions:payara:$payara_version:zip
  mkdir -p "$out"
  unzip -q "$zip" -d "$out"
}

# A setting for both instances, as a system property of their configuration: MicroProfile Config
# reads it like the ICT_* variable of a single server (':' is asadmin's separator, hence escaped).
props() {
  local args=()
  for kv in "$@"; do args+=("$(printf '%s' "$kv" | sed 's/:/\\:/g')"); done
  "$asadmin" "${admin[@]}" create-system-properties --target ict-config "$(IFS=:; echo "${args[*]}")" >/dev/null
}

create_domain() {
  bash "$root/config/payara/new-domain.sh" "$payara" ict-cluster $das_base
  bash "$root/config/payara/harden.sh" "$payara/glassfish/domains/ict-cluster"
  "$asadmin" start-domain ict-cluster >/dev/null
  "$asadmin" "${admin[@]}" copy-config default-config ict-config >/dev/null
  "$asadmin" "${admin[@]}" create-deployment-group ict-dg >/dev/null
  for i in 0 1; do
    "$asadmin" "${admin[@]}" create-local-instance --config ict-config --portbase "${bases[$i]}" "${instances[$i]}" >/dev/null
    "$asadmin" "${admin[@]}" add-instance-to-deployment-group --instance "${instances[$i]}" --deploymentgroup ict-dg >/dev/null
  done
  local jvm=(-Xmx768m -Duser.timezone=Asia/Bangkok -Dfile.encoding=UTF-8)
  # EclipseLink's cache coordination through the data grid: a change committed on one instance is
  # sent to the same persistence unit (its channel, persistence.xml) on the other, which updates its
  # shared cache. EclipseLink reads the protocol from a system property when persistence.xml names
  # none, so a single server (no such property) is unchanged. ICT_CLUSTER_CACHE_COORDINATION=off
  # leaves it out (to see what it is for: bench/cluster/cache.sh)
  if [ "${ICT_CLUSTER_CACHE_COORDINATION:-on}" != off ]; then
    jvm+=(-Declipselink.cache.coordination.protocol=fish.payara.persistence.eclipselink.cache.coordination.HazelcastPublishingTransportManager)
  fi
  for o in "${jvm[@]}"; do
    "$asadmin" "${admin[@]}" create-jvm-options --target ict-config "$(printf '%s' "$o" | sed 's/:/\\:/g')" >/dev/null 2>&1 || true
  done
  "$asadmin" "${admin[@]}" delete-jvm-options --target ict-config -Xmx512m >/dev/null 2>&1 || true
  props "ict.db.class=org.postgresql.ds.PGSimpleDataSource" "ict.db.url=jdbc:postgresql://localhost:$pg_port/ict" \
    "ict.db.user=ict" "ict.db.password=ict" "ict.demo=true" "ict.ldap.embedded=false" \
    "ict.ldap.url=ldap://localhost:$ldap_port" "ict.data.dir=$out/data" "ict.http.trusted-proxies=127.0.0.1" \
    "ict.traffic.chain-key=cluster-demo-key-not-for-production"
  # the EJB timer service of an instance: its default store is the DAS's embedded database, which an
  # instance does not reach ("EJB Timer Service is not available" at deployment); the data grid
  "$asadmin" "${admin[@]}" set configs.config.ict-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid >/dev/null
  # web sessions kept in the data grid, so that the other instance has them when one dies
  "$asadmin" "${admin[@]}" set configs.config.ict-config.availability-service.web-container-availability.persistence-type=hazelcast >/dev/null
  "$asadmin" "${admin[@]}" set configs.config.ict-config.availability-service.web-container-availability.availability-enabled=true >/dev/null
}

start_haproxy() {
  cat > "$out/haproxy.cfg" <<EOF
# written by config/payara/cluster.sh
global
  pidfile $out/haproxy.pid
  maxconn 2000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # a request whose connection to an instance fails is sent to the other at once; a request the
  # instance received and died on is not sent again (a POST may have been done): the client sees 502
  retries 2
  option redispatch 1
  retry-on conn-failure
  option forwardfor
frontend ict
  bind *:$lb_port
  default_backend instances
backend instances
  balance roundrobin
  cookie ICTNODE insert indirect nocache httponly
  option httpchk GET /health/ready
  http-check expect status 200
  # which instance answered (bench/cluster: the failover benchmark and the kill test read it)
  http-response set-header X-Served-By %s
  default-server inter 2s fall 2 rise 2
  server ict-1 127.0.0.1:$((bases[0] + 80)) check cookie ict-1
  server ict-2 127.0.0.1:$((bases[1] + 80)) check cookie ict-2
EOF
  if [ -f "$out/haproxy.pid" ] && kill -0 "$(cat "$out/haproxy.pid")" 2>/dev/null; then
    kill "$(cat "$out/haproxy.pid")" || true
    sleep 0.5
  fi
  haproxy -f "$out/haproxy.cfg" -D
}

wait_ready() {
  local url="$1" secs="${2:-300}" code
  for _ in $(seq 1 "$secs"); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)
    [ "$code" = 200 ] && return 0
    sleep 1
  done
  return 1
}

start() {
  need_tools
  if curl -s -o /dev/null "http://localhost:$lb_port/" 2>/dev/null; then
    log "something already answers on port $lb_port (the README's Run command?); stop it or set ICT_CLUSTER_PORT" >&2
    exit 1
  fi
  [ -f "$ear" ] || (cd "$root" && mvn -q -DskipTests package)
  mkdir -p "$out/data"
  start_db
  start_ldap
  unpack_payara
  log "creating the domain, the deployment group and its two instances"
  create_domain
  log "starting the instances and deploying the EAR to the group"
  "$asadmin" "${admin[@]}" start-deployment-group ict-dg >/dev/null
  "$asadmin" "${admin[@]}" deploy --target ict-dg --availabilityenabled=true --name ict-intranet "$ear" >/dev/null
  for i in 0 1; do
    wait_ready "http://localhost:$((bases[$i] + 80))/health/ready" 300 \
      || { log "${instances[$i]} never became ready; see $payara/glassfish/nodes/*/${instances[$i]}/logs/server.log" >&2; exit 1; }
  done
  start_haproxy
  wait_ready "http://localhost:$lb_port/health/ready" 30 || { log "the load balancer does not answer UP" >&2; exit 1; }
  log "UP: http://localhost:$lb_port/ (instances on $((bases[0] + 80)) and $((bases[1] + 80)), admin on $((das_base + 48)))"
}

stop() {
  need_tools
  if [ -f "$out/haproxy.pid" ]; then kill "$(cat "$out/haproxy.pid")" 2>/dev/null || true; rm -f "$out/haproxy.pid"; fi
  if [ -x "$asadmin" ]; then
    "$asadmin" "${admin[@]}" stop-deployment-group ict-dg >/dev/null 2>&1 || true
    for i in "${instances[@]}"; do "$asadmin" stop-local-instance "$i" >/dev/null 2>&1 || true; done
    "$asadmin" stop-domain ict-cluster >/dev/null 2>&1 || true
  fi
  if [ -f "$out/ldap.pid" ]; then kill "$(cat "$out/ldap.pid")" 2>/dev/null || true; rm -f "$out/ldap.pid"; fi
  if [ -f "$out/pg/data/PG_VERSION" ]; then $RUNAS pg_ctl -D "$out/pg/data" -m fast stop >/dev/null 2>&1 || true; fi
  log "stopped"
}

deploy() {
  for i in "${instances[@]}"; do
    "$asadmin" "${admin[@]}" start-instance "$i" >/dev/null 2>&1 || true
  done
  "$asadmin" "${admin[@]}" deploy --force=true --target ict-dg --availabilityenabled=true --name ict-intranet "$ear" >/dev/null
  for i in 0 1; do
    wait_ready "http://localhost:$((bases[$i] + 80))/health/ready" 300 || { log "${instances[$i]} is not ready" >&2; exit 1; }
  done
  log "deployed $ear to ict-dg"
}

status() {
  for url in "http://localhost:$lb_port" "http://localhost:$((bases[0] + 80))" "http://localhost:$((bases[1] + 80))"; do
    printf '%-28s %s\n' "$url" "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready" || true)"
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  lb) start_haproxy; log "HAProxy (re)started on $lb_port" ;;
  deploy) deploy ;;
  reset) stop; rm -rf "$out/pg" "$out/data" "$payara/glassfish/domains/ict-cluster" "$payara/glassfish/nodes"; log "reset" ;;
  *) echo "usage: $0 start|stop|status|deploy|lb|reset" >&2; exit 2 ;;
esac
