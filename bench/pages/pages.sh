#!/usr/bin/env bash
# Load on the main pages of a running application with wrk (Debian: apt-get install wrk), one
# signed-in page session shared by all connections, as the speed issue measured them:
# req/s, p50, p99 and non-2xx answers per page.
#
#   bench/pages/pages.sh                        # http://localhost:8080, director/demo, -c16 -d12s
#   BASE=http://host:8080 USER_ID=u PASSWORD=p CONNECTIONS=100 DURATION=20s bench/pages/pages.sh
#   PAGES="/ /forms/inbox.xhtml" bench/pages/pages.sh
#
# Start the application first (README's Run command). Each page gets a 3 s warm-up run that is
# not reported. Needs bash, curl, wrk, awk.
set -euo pipefail

BASE=${BASE:-http://localhost:8080}
USER_ID=${USER_ID:-director}
PASSWORD=${PASSWORD:-demo}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-12s}
PAGES=${PAGES:-"/ /organization/chart.xhtml /assets/list.xhtml /forms/inbox.xhtml /forms/new.xhtml /resources/css/app.css"}
command -v wrk >/dev/null || { echo "pages.sh: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

# sign in through the login form to get a page session
login_page=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login.xhtml")
view_state=$(printf '%s' "$login_page" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR" -b "$JAR" \
  --data-urlencode "login=login" --data-urlencode "login:uid=$USER_ID" --data-urlencode "login:password=$PASSWORD" \
  --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$view_state" "$BASE/login.xhtml"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR" | tail -1)
[ -n "$session" ] || { echo "pages.sh: sign-in as $USER_ID gave no session" >&2; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$BASE/forms/inbox.xhtml")
[ "$code" = 200 ] || { echo "pages.sh: the inbox answered $code to the signed-in session" >&2; exit 1; }

echo "pages as $USER_ID, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(date -Iseconds), $BASE, $(nproc) CPUs"
printf '%-34s %9s %9s %9s %8s\n' page req/s p50 p99 non-2xx
for page in $PAGES; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -H "Cookie: JSESSIONID=$session" "$BASE$page" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: JSESSIONID=$session" "$BASE$page" | awk -v page="$page" '
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF }
    END { printf "%-34s %9s %9s %9s %8s\n", page, rps, p50, p99, bad + 0 }'
done
