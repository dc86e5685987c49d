#!/usr/bin/env bash
# Runs the built EAR on Payara Server in the foreground with the embedded defaults (H2 file under
# ./data, the embedded LDAP directory). Called by `mvn -P run package` (see README); Ctrl-C stops it.
# Every setting can be overridden by environment variables (ICT_DB_URL, ICT_LDAP_URL, ...): see
# config/production.env.example.
set -euo pipefail

ear="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
runtime="${ICT_RUNTIME_DIR:-$root/.runtime}/payara6"
domain="$runtime/glassfish/domains/domain1"

export ICT_DATA_DIR="${ICT_DATA_DIR:-$root/data}"
# demo mode: the embedded directory and its demo accounts (password "demo") run only with this
# on; a production start leaves it off and names the office's directory (docs/operations.md)
export ICT_DEMO="${ICT_DEMO:-true}"
mkdir -p "$ICT_DATA_DIR"

# One-time settings of the unpacked domain (idempotent): heap, time zone, UTF-8.
domain_xml="$domain/config/domain.xml"
if ! grep -q -- '-Duser.timezone=Asia/Bangkok' "$domain_xml"; then
  sed -i 's#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx1g</jvm-options><jvm-options>-Duser.timezone=Asia/Bangkok</jvm-options><jvm-options>-Dfile.encoding=UTF-8</jvm-options>#' "$domain_xml"
fi

# Start the domain, deploy the EAR when it differs from the one deployed last time (the server
# loads a deployed application by itself at start), then follow the server log in the foreground.
# Ctrl-C (or any failure) stops the server.
asadmin="$runtime/bin/asadmin"
stop() { "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true; }
trap stop EXIT
trap 'exit 0' INT TERM

rm -f "$domain/autodeploy/ict-intranet.ear"
bash "$(dirname "$0")/harden.sh" "$domain"
sum="$(sha256sum "$ear" | cut -d' ' -f1)"
changed=false
if [ "$(cat "$runtime/.deployed-ear" 2>/dev/null)" != "$sum" ]; then
  # a new build: the old one is not loaded at start only to be replaced while it loads
  changed=true
  rm -f "$runtime/.deployed-ear"
  bash "$(dirname "$0")/forget-app.sh" "$domain"
fi
"$asadmin" start-domain domain1
log="$domain/logs/server.log"
tail -n 0 -F "$log" 2>/dev/null &

if [ "$changed" = true ]; then
  "$asadmin" deploy --force=true --name ict-intranet "$ear"
  echo "$sum" > "$runtime/.deployed-ear"
fi

echo
echo "ICT intranet is running: http://localhost:8080/  (data in $ICT_DATA_DIR; Ctrl-C stops it)"
wait
