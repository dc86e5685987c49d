#!/usr/bin/env bash
# A fresh Payara Server domain of its own next to the README's domain1: a copy of the distribution's
# domain1 with every port moved by a port base, as create-domain --portbase would (admin +48, HTTP
# +80, HTTPS +81, IIOP +37/+38/+39, JMS +76, JMX +86, data grid +49/+59, debug +9); create-domain
# runs keytool five times and took 15 s of the build. A domain of that name is stopped and removed
# first: one left running by an interrupted run would hold the ports, one created earlier would
# keep its old port base. Used by the system tests' domain (it-domain.sh) and the restore drill.
#   new-domain.sh <payara6 dir> <domain name> <portbase>
set -euo pipefail
payara="$1"; domain="$2"; portbase="$3"
asadmin="$payara/bin/asadmin"
"$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
dir="$payara/glassfish/domains/$domain"
rm -rf "$dir"
cp -a "$payara/glassfish/domains/domain1" "$dir"
rm -rf "$dir/osgi-cache" "$dir/generated" "$dir/logs"/*
# without the applications domain1 may have deployed (the README's Run command): the new domain
# would load that copy at start and then have it replaced by its own deployment
bash "$(dirname "$0")/forget-app.sh" "$dir"
p() { echo $((portbase + $1)); }
# by line and attribute, not by attribute order: a domain that has run rewrites domain.xml with
# its attributes in another order (domain1 after the README's Run command)
sed -i -E \
  -e "/<network-listener /{s#port=\"8080\"#port=\"$(p 80)\"#; s#port=\"8181\"#port=\"$(p 81)\"#; s#port=\"4848\"#port=\"$(p 48)\"#}" \
  -e "/<iiop-listener [^>]*id=\"orb-listener-1\"/s#port=\"3700\"#port=\"$(p 37)\"#" \
  -e "/<iiop-listener [^>]*id=\"SSL\"/s#port=\"3820\"#port=\"$(p 38)\"#" \
  -e "/<iiop-listener [^>]*id=\"SSL_MUTUALAUTH\"/s#port=\"3920\"#port=\"$(p 39)\"#" \
  -e "/name=\"JMS_PROVIDER_PORT\"/s#value=\"7676\"#value=\"$(p 76)\"#" \
  -e "/name=\"HZ_LISTENER_PORT\"/s#value=\"5900\"#value=\"$(p 59)\"#" \
  -e "/<jmx-connector [^>]*name=\"system\"/s#port=\"8686\"#port=\"$(p 86)\"#" \
  -e "/<hazelcast-runtime-configuration/{s# (start-port|das-port)=\"[0-9]*\"##g; s#<hazelcast-runtime-configuration#<hazelcast-runtime-configuration start-port=\"$(p 59)\" das-port=\"$(p 49)\"#}" \
  -e "s#address=9009#address=$(p 9)#" \
  "$dir/config/domain.xml"
# every default port must have moved: a domain on 4848 or 8080 would take a developer's
if grep -Eq '"(8080|8181|4848|3700|3820|3920|7676|8686|5900|4900)"' "$dir/config/domain.xml"; then
  echo "new-domain.sh: a default port is left in $dir/config/domain.xml:" >&2
  grep -En '"(8080|8181|4848|3700|3820|3920|7676|8686|5900|4900)"' "$dir/config/domain.xml" >&2
  exit 1
fi
