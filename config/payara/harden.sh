#!/usr/bin/env bash
# Hardening of a running Payara Server domain, shared by run.sh, it-domain.sh and production
# (docs/operations.md): no product or version in the Server and X-Powered-By headers, cookies
# (the session's) with SameSite=Lax, and a
# server log capped by size and count (10 files of 10 MB, rotated ones compressed), so that no
# client can fill the disk through the log.
#   harden.sh <asadmin> <admin port>
set -euo pipefail
asadmin="$1"; port="$2"
for listener in http-listener-1 http-listener-2; do
  "$asadmin" --port "$port" set \
    "configs.config.server-config.network-config.protocols.protocol.$listener.http.xpowered-by=false" \
    "configs.config.server-config.network-config.protocols.protocol.$listener.http.server-header=false" \
    "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true" \
    "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax" >/dev/null
done
"$asadmin" --port "$port" set-log-attributes \
  'com.sun.enterprise.server.logging.GFFileHandler.rotationLimitInBytes=10485760:com.sun.enterprise.server.logging.GFFileHandler.maxHistoryFiles=10:com.sun.enterprise.server.logging.GFFileHandler.compressOnRotation=true' >/dev/null
