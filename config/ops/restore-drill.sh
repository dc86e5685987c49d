#!/usr/bin/env bash
# The restore drill: proves that a backup of backup.sh brings the office back. It restores the
# backup into a FRESH, throw-away PostgreSQL (initdb on a spare port; the production database is
# never touched) and a copy of the data folder, starts this build's EAR on a Payara domain of its
# own (ports from DRILL_PORTBASE), and checks what an office relies on:
#   1. the backup's SHA-256 sums;
#   2. pg_restore without an error, and the row counts of the backup's moment (counts.tsv) present;
#   3. /health/ready UP (database, directory, schema migrated by Flyway as on any start);
#   4. the traffic record's chain and the audit trail's chain verify (GET /api/traffic/verify and
#      /api/audit-trail/verify, as an auditor), with the chain key of the backed-up installation;
#   5. the daily anchor file came back.
# It prints one line per check and exits non-zero at the first failure; KEEP=1 leaves the drill
# running. docs/operations.md, "Backup and restore".
#
#   config/ops/restore-drill.sh <backup folder>
# Environment:
#   DRILL_ENV       the production env file (directory settings, ICT_TRAFFIC_CHAIN_KEY if the key is
#                   kept there); without it the drill runs in demo mode with the demo directory
#   DRILL_USER, DRILL_PASSWORD   an auditor's account (demo: director / demo)
#   DRILL_PGPORT (55444), DRILL_PORTBASE (31000: the application on 31080), DRILL_WORK (a temp dir)
#   ICT_TRAFFIC_CHAIN_KEY        the chain key, when it is kept in the environment, not in a file
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
backup="$(cd "${1:?usage: restore-drill.sh <backup folder>}" && pwd)"
pgport="${DRILL_PGPORT:-55444}"
portbase="${DRILL_PORTBASE:-31000}"
work="${DRILL_WORK:-$(mktemp -d /tmp/ict-restore-drill.XXXXXX)}"
payara="${ICT_RUNTIME_DIR:-$root/.runtime}/payara6"
ear="${DRILL_EAR:-$root/ear/target/ict-intranet.ear}"
domain=ict-drill
base="http://localhost:$((portbase + 80))"
user="${DRILL_USER:-director}"; password="${DRILL_PASSWORD:-demo}"
RUNAS=""; [ "$(id -u)" = 0 ] && RUNAS="runuser -u postgres --"

ok() { echo "OK    $*"; }
summary() { grep -o '"firstBrokenSeq":[0-9-]*\|"totalFindings":[0-9]*\|"kind":"[A-Z_]*"' "$1" | sort | uniq -c | head -6 | tr -s ' \n' ' '; }
fail() { echo "FAIL  $*" >&2; exit 1; }
stop_all() {
  [ "${KEEP:-0}" = 1 ] && { echo "KEEP=1: the drill runs on $base (domain $domain), PostgreSQL on $pgport, in $work"; return; }
  "$payara/bin/asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
  $RUNAS pg_ctl -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work" "$payara/glassfish/domains/$domain"
}
trap stop_all EXIT
[ -f "$ear" ] || fail "no EAR at $ear (build it: mvn -DskipTests package)"
for tool in pg_restore initdb pg_ctl psql curl sha256sum; do
  command -v "$tool" >/dev/null || fail "needs $tool (Debian: postgresql, curl)"
done

# 1. the sums
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || fail "SHA-256 sums of $backup do not match"
ok "sums of database.dump, data.tar.gz, counts.tsv"

# 2. a fresh PostgreSQL, the dump restored into it
mkdir -p "$work/pg" "$work/data"
# PostgreSQL's own account must pass through the work folder; the restored data folder stays private
chmod 711 "$work"; chmod 700 "$work/data"
[ -n "$RUNAS" ] && chown -R postgres "$work/pg"
$RUNAS initdb -D "$work/pg/data" -U drill -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
$RUNAS pg_ctl -D "$work/pg/data" -o "-p $pgport -k $work/pg" -l "$work/pg/log" -w start >/dev/null
export PGHOST=localhost PGPORT="$pgport" PGUSER=drill
psql -X -q -d postgres -c "CREATE DATABASE ict"
start=$(date +%s)
pg_restore --exit-on-error --no-owner --no-privileges -d ict "$backup/database.dump" \
  || fail "pg_restore stopped (see above)"
ok "database restored in $(( $(date +%s) - start )) s"
while IFS=$'\t' read -r what expected; do
  [ "$what" = last_migration ] && continue
  got=$(psql -X -A -t -d ict -c "SELECT count(*) FROM $what")
  [ "$got" -ge "$expected" ] || fail "$what: $got rows, the backup counted $expected"
  echo "      $what: $got rows (backup counted $expected)"
done < "$backup/counts.tsv"
ok "row counts of the backup's moment"
tar -C "$work/data" -xzf "$backup/data.tar.gz"

# 3. the application on the restored database and data folder
bash "$root/config/payara/new-domain.sh" "$payara" "$domain" "$portbase"
sed -i 's#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx1g</jvm-options><jvm-options>-Duser.timezone=Asia/Bangkok</jvm-options><jvm-options>-Dfile.encoding=UTF-8</jvm-options>#' \
  "$payara/glassfish/domains/$domain/config/domain.xml"
bash "$root/config/payara/harden.sh" "$payara/glassfish/domains/$domain"
(
  if [ -n "${DRILL_ENV:-}" ]; then . "$root/config/payara/env-file.sh"; load_env_file "$DRILL_ENV"
  else
    export ICT_DEMO=true ICT_LDAP_EMBEDDED_PORT=$((portbase + 389))
    export ICT_LDAP_URL="ldap://localhost:$ICT_LDAP_EMBEDDED_PORT"
  fi
  export ICT_DB_CLASS=org.postgresql.ds.PGSimpleDataSource ICT_DB_URL="jdbc:postgresql://localhost:$pgport/ict"
  export ICT_DB_USER=drill ICT_DB_PASSWORD=drill ICT_DATA_DIR="$work/data"
  "$payara/bin/asadmin" start-domain "$domain" >/dev/null
  "$payara/bin/asadmin" --port $((portbase + 48)) deploy --force=true --name ict-intranet "$ear" >/dev/null
) || fail "the domain did not start or the EAR did not deploy: $payara/glassfish/domains/$domain/logs/server.log"
code=""
for _ in $(seq 1 180); do
  code=$(curl -s -o "$work/ready.json" -w '%{http_code}' "$base/health/ready" || true)
  [ "$code" = 200 ] && break
  sleep 1
done
[ "$code" = 200 ] || fail "/health/ready answered ${code:-nothing}: $(head -c 600 "$work/ready.json" 2>/dev/null)"
ok "/health/ready UP: $(grep -o '"schema":"[^"]*"' "$work/ready.json" | head -1)"

# 4. both chains verify with the installation's key
start=$(date +%s)
curl -s -u "$user:$password" -o "$work/traffic.json" -w '%{http_code}' --max-time 900 "$base/api/traffic/verify" > "$work/code"
[ "$(cat "$work/code")" = 200 ] || fail "traffic verify answered $(cat "$work/code"): $(head -c 600 "$work/traffic.json")"
grep -q '"intact":true' "$work/traffic.json" || fail "the traffic record does not verify ($(summary "$work/traffic.json")); a wrong chain key fails every link"
ok "traffic record verifies ($(( $(date +%s) - start )) s): $(grep -o '"rowsChecked":[0-9]*' "$work/traffic.json" | head -1)"
curl -s -u "$user:$password" -o "$work/audit.json" -w '%{http_code}' --max-time 600 "$base/api/audit-trail/verify" > "$work/code"
[ "$(cat "$work/code")" = 200 ] || fail "audit verify answered $(cat "$work/code"): $(head -c 600 "$work/audit.json")"
grep -q '"intact":true' "$work/audit.json" || fail "the audit trail does not verify ($(summary "$work/audit.json"))"
ok "audit trail verifies"

# 5. the anchors
if [ -f "$work/data/traffic-anchors.txt" ]; then
  ok "daily anchors back: $(wc -l < "$work/data/traffic-anchors.txt") lines, the last: $(tail -n 1 "$work/data/traffic-anchors.txt" | cut -c1-100)"
else
  echo "NOTE  no traffic-anchors.txt in the data folder (none written yet: the first is at 00:15)"
fi
echo "restore drill passed: $backup"
