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
mkdir -p "$ICT_DATA_DIR"

# One-time settings of the unpacked domain (idempotent): heap, time zone, UTF-8.
domain_xml="$domain/config/domain.xml"
if ! grep -q -- '-Duser.timezone=Asia/Bangkok' "$domain_xml"; then
  sed -i 's#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx1g</jvm-options><jvm-options>-Duser.timezone=Asia/Bangkok</jvm-options><jvm-options>-Dfile.encoding=UTF-8</jvm-options>#' "$domain_xml"
fi

# The EAR is deployed from the autodeploy folder when the server starts; a copy with an unchanged
# time stamp is not deployed again, so a second start with the same build is quick.
mkdir -p "$domain/autodeploy"
cp -p "$ear" "$domain/autodeploy/ict-intranet.ear"

echo "ICT intranet: data in $ICT_DATA_DIR; http://localhost:8080/ when ready (Ctrl-C stops)"
exec "$runtime/bin/asadmin" start-domain --verbose domain1
