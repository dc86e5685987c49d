#!/usr/bin/env bash
# Starts or stops the Payara Server domains of the EAR-level tests, each a domain of its own with
# ports from a port base (so a running development server does not get in the way) and its data in
# a fresh folder:
#   - "ict-it", for all the system tests: the embedded defaults in demo mode (the demo directory and
#     the system tests' accounts on an LDAP server of the application's own, H2);
#   - "ict-prod", for ProductionShapeIT: the production shape, no demo mode, with the database, the
#     directory and the secrets of the caller's ICT_* environment (its PostgreSQL and its LDAP
#     server), exactly as an office's server takes them (config/production.env.example).
#   it-domain.sh start            <payara6 dir> <portbase> <data dir> [<ear to deploy>]
#   it-domain.sh start-production <payara6 dir> <portbase> <data dir> <ear to deploy>
#   it-domain.sh stop             <payara6 dir>     (stops both)
set -euo pipefail
action="$1"; payara="$2"
asadmin="$payara/bin/asadmin"
domain=ict-it
[ "$action" = start-production ] && domain=ict-prod

case "$action" in
  start|start-production)
    portbase="$3"; data="$4"
    rm -rf "$data"; mkdir -p "$data"
    bash "$(dirname "$0")/new-domain.sh" "$payara" "$domain" "$portbase"
    dir="$payara/glassfish/domains/$domain"
    # the test domain lives for the few minutes of the system tests: C1 only and the serial
    # collector cost less CPU there than C2's compilations and G1's concurrent threads would save,
    # as in the module tests (a production domain keeps the defaults)
    sed -i 's#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx1g</jvm-options><jvm-options>-Duser.timezone=Asia/Bangkok</jvm-options><jvm-options>-Dfile.encoding=UTF-8</jvm-options><jvm-options>-XX:TieredStopAtLevel=1</jvm-options><jvm-options>-XX:+UseSerialGC</jvm-options>#' \
      "$dir/config/domain.xml"
    export ICT_DATA_DIR="$data"
    if [ "$action" = start ]; then
      export ICT_DEMO=true
      # the SQL statements of a page or an API call, for the budgets of SqlBudgetIT (issue 16)
      export ICT_DIAGNOSTICS_ENABLED=true
      # every system test signs in from 127.0.0.1: the per-address limit (20) would soon lock them
      # all out; the per-user-id limit (5) stays as in production and is tested over HTTP
      export ICT_SIGNIN_MAX_PER_ADDRESS=100000
      export ICT_LDAP_EMBEDDED_PORT=$((portbase + 389))
      export ICT_LDAP_URL="ldap://localhost:$ICT_LDAP_EMBEDDED_PORT"
      # the demo accounts and the system tests' own (config/ldap/system-tests.ldif)
      ldap_dir="$(cd "$(dirname "$0")/../ldap" && pwd)"
      { cat "$ldap_dir/demo.ldif"; echo; cat "$ldap_dir/system-tests.ldif"; } > "$data/it.ldif"
      export ICT_LDAP_EMBEDDED_LDIF="$data/it.ldif"
      # mail to the SMTP server MailIT starts on portbase+25 (GreenMail), looked at every 2 s; while
      # no test listens there, a due mail waits in the outbox with its backoff
      export ICT_MAIL_SMTP_HOST=127.0.0.1
      export ICT_MAIL_SMTP_PORT=$((portbase + 25))
      export ICT_MAIL_SMTP_TLS=none
      export ICT_MAIL_FROM=ict-intranet@esa.local
      export ICT_MAIL_BASE_URL="http://localhost:$((portbase + 80))"
      export ICT_MAIL_POLL_SECONDS=2
    else
      # the production shape: nothing from the demo, nothing embedded; the rest is the caller's
      export ICT_DEMO=false
      export ICT_LDAP_EMBEDDED=false
      for v in ICT_DB_URL ICT_LDAP_URL ICT_TRAFFIC_CHAIN_KEY; do
        [ -n "${!v:-}" ] || { echo "it-domain.sh: start-production needs $v in the environment" >&2; exit 2; }
      done
    fi
    bash "$(dirname "$0")/harden.sh" "$payara/glassfish/domains/$domain"
    "$asadmin" start-domain "$domain"
    if [ -n "${5:-}" ]; then
      # one deployment for all the system tests
      "$asadmin" --port $((portbase + 48)) deploy --force=true --name ict-intranet "$5"
      # the tests start only once the application answers; if it never does, the build stops
      # here with the server's own account of why, instead of every test failing on a refusal
      # (plain bash: a fresh machine may have no curl)
      port=$((portbase + 80)); status=""
      for _ in $(seq 1 120); do
        status="$(timeout 5 bash -c 'exec 3<>/dev/tcp/127.0.0.1/'"$port"' &&
          printf "GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3' 2>/dev/null || true)"
        case "$status" in "HTTP/1.1 200"*) exit 0 ;; esac
        sleep 1
      done
      echo "it-domain.sh: http://localhost:$port/health/ready did not answer 200 within 120 s (last: ${status:-no answer}); the server log ends:" >&2
      tail -n 150 "$payara/glassfish/domains/$domain/logs/server.log" >&2 || true
      exit 1
    fi
    ;;
  stop)
    "$asadmin" stop-domain ict-it || true
    if [ -d "$payara/glassfish/domains/ict-prod" ]; then
      "$asadmin" stop-domain ict-prod || true
    fi
    ;;
  *) echo "usage: $0 start|stop ..." >&2; exit 2 ;;
esac
