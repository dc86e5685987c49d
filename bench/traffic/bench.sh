#!/usr/bin/env bash
# Writes a day's traffic (1,000,000 lines) through the traffic module's capture path into
# PostgreSQL and reports the request-path cost (enqueue) and the writer's throughput.
#
#   bench/traffic/bench.sh                                   # starts a throw-away PostgreSQL in /tmp
#   PGURL=jdbc:postgresql://host/db PGUSER=u PGPASSWORD=p bench/traffic/bench.sh   # an existing, EMPTY database
#   ROWS=1000000 THREADS=8 BATCH=1000 bench/traffic/bench.sh
#
# Needs: the traffic module built (mvn install -f modules/traffic/pom.xml), Java 17, and for the
# throw-away database initdb/pg_ctl/psql of PostgreSQL on the PATH (Debian: apt-get install postgresql).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ROWS=${ROWS:-1000000}; THREADS=${THREADS:-8}; BATCH=${BATCH:-1000}
PGJAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort | tail -1)
CLASSES=$ROOT/modules/traffic/target/classes:$ROOT/modules/core/target/classes
[ -d "$ROOT/modules/traffic/target/classes" ] || { echo "build modules/traffic first" >&2; exit 1; }

if [ -z "${PGURL:-}" ]; then
  DATA=$(mktemp -d /tmp/trf-bench-XXXX); PORT=${PORT:-55432}
  RUNAS=""; [ "$(id -u)" = 0 ] && { chown -R postgres "$DATA"; RUNAS="runuser -u postgres --"; }
  $RUNAS initdb -D "$DATA/db" -U bench -A trust >/dev/null
  $RUNAS pg_ctl -D "$DATA/db" -o "-p $PORT -k $DATA" -l "$DATA/log" -w start >/dev/null
  trap '$RUNAS pg_ctl -D "$DATA/db" -m fast stop >/dev/null; rm -rf "$DATA"' EXIT
  PGURL="jdbc:postgresql://localhost:$PORT/postgres"; PGUSER=bench; PGPASSWORD=x
  for f in V6_1__traffic V6_2__traffic_keyed_anchors V6_3__traffic_keyed_links; do
    psql -h localhost -p "$PORT" -U bench -d postgres -q -f "$ROOT/sql/$f.sql"
  done
fi
java -cp "$CLASSES:$PGJAR" "$ROOT/bench/traffic/TrafficBench.java" "$PGURL" "$PGUSER" "$PGPASSWORD" "$ROWS" "$THREADS" "$BATCH"
