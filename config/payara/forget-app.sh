#!/usr/bin/env bash
# Removes the deployed ict-intranet from a STOPPED domain (its files and its registration in
# domain.xml), so that the next start loads nothing and a fresh deploy is the only one: a domain
# that loads the old EAR at start while `asadmin deploy --force` replaces it failed now and then
# (Weld: "beanManager is null" in SchemaMigration) and then stopped. Used by run.sh when the EAR
# has changed and by new-domain.sh.   forget-app.sh <domain dir>
set -euo pipefail
dir="$1"
rm -rf "$dir/applications"/*
sed -i -E -e '/<application-ref [^>]*ref="ict-intranet"/d' \
  -e '/^[[:space:]]*<applications>[[:space:]]*$/,/^[[:space:]]*<\/applications>[[:space:]]*$/{/^[[:space:]]*<\/?applications>[[:space:]]*$/!d}' \
  "$dir/config/domain.xml"
