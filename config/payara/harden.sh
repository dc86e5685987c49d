#!/usr/bin/env bash
# Hardening of a Payara Server domain, shared by run.sh, it-domain.sh and production
# (docs/operations.md): no product or version in the Server and X-Powered-By headers, and a server
# log capped by size and count (10 files of 10 MB, rotated ones compressed), so that no client can
# fill the disk through the log. The session cookie's SameSite=Lax comes from the application
# (WEB-INF/payara-web.xml), NOT from the listener's cookie-same-site-* attributes: with those,
# Payara 6.2025 writes the attribute twice ("SameSite=Lax;SameSite=Lax", Payara issue 7254), so
# they are removed here.
#
# Style sheets and scripts are sent gzip-compressed to a browser that asks (PrimeFaces' scripts are
# about 1 MB, a third of that compressed; issue 16). Pages are not: a page holds the form's view
# state and echoes what the user typed, the mix a compression side channel (BREACH) needs.
#
# It edits the domain's configuration files while the domain is STOPPED. `asadmin set` on a
# running domain restarts the HTTP listeners once per attribute, and a CI run that hardened a
# running domain just before deploying found every request refused afterwards. Idempotent.
#   harden.sh <domain directory>      e.g. payara6/glassfish/domains/domain1
set -euo pipefail
config="$1/config"
[ -f "$config/domain.xml" ] || { echo "harden.sh: no domain.xml under $config" >&2; exit 2; }

# the application listeners (http-listener-1 and -2, whose virtual server is "server"), in every
# config of the domain; the admin listeners (virtual server __asadmin) are left as they are
sed -i -E '/<http [^>]*default-virtual-server="server"/{
  s/ (xpowered-by|server-header|cookie-same-site-enabled|cookie-same-site-value|compression|compressable-mime-type|compression-min-size-bytes)="[^"]*"//g
  s/<http /<http xpowered-by="false" server-header="false" compression="on" compressable-mime-type="text\/css,text\/javascript,application\/javascript,image\/svg+xml" compression-min-size-bytes="1024" /
}' "$config/domain.xml"

# The HTTP worker pool: without attributes it has GlassFish's default of five workers, so five slow
# requests (a yearly report, a big import) held every worker and the quick pages queued behind them
# (issue 16, the office benchmark). 32 workers, fewer than the data source's 40 connections, so that
# every worker can hold a connection and the timers still get one.
# The default-config's pool is self-closing ("<thread-pool name=... />"): the "/" is kept.
sed -i -E 's#<thread-pool name="http-thread-pool"[^>/]*(/?)>#<thread-pool name="http-thread-pool" min-thread-pool-size="4" max-thread-pool-size="32"\1>#' "$config/domain.xml"
set_log() {
  local key="$1" value="$2" file="$config/logging.properties"
  if grep -q "^$key=" "$file"; then
    sed -i "s#^$key=.*#$key=$value#" "$file"
  else
    echo "$key=$value" >> "$file"
  fi
}
set_log com.sun.enterprise.server.logging.GFFileHandler.rotationLimitInBytes 10485760
set_log com.sun.enterprise.server.logging.GFFileHandler.maxHistoryFiles 10
set_log com.sun.enterprise.server.logging.GFFileHandler.compressOnRotation true
