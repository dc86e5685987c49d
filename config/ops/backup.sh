#!/usr/bin/env bash
# One backup of the ICT intranet: the database (pg_dump, custom format: a consistent snapshot taken
# while the application runs) and the data folder (ict.data.dir: the daily traffic anchors
# `traffic-anchors.txt`, the chain key file `traffic-chain.key` when the key is not given in the
# environment, uploaded files), with the row counts and schema version of the moment and SHA-256
# sums, in a new folder <backup root>/ict-<UTC time>. docs/operations.md, "Backup and restore".
#
#   ICT_DB_URL=… ICT_DB_USER=… ICT_DB_PASSWORD=… ICT_DATA_DIR=… config/ops/backup.sh <backup root>
#   config/ops/backup.sh --env /etc/ict-intranet.env <backup root>     # the production env file
#
# The folder holds personal data and possibly the chain key: it is created readable by its owner
# only; keep copies off the server (another machine, offline media), as the office's policy says.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/../payara/env-file.sh"
if [ "${1:-}" = --env ]; then load_env_file "$2"; shift 2; fi
root="${1:?usage: backup.sh [--env file] <backup root>}"
. "$here/pg-env.sh"
pg_env_from_jdbc "${ICT_DB_URL:?ICT_DB_URL is not set}"
data="${ICT_DATA_DIR:?ICT_DATA_DIR is not set}"
[ -d "$data" ] || { echo "backup.sh: the data folder $data does not exist" >&2; exit 1; }

umask 077
dir="$root/ict-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$dir"
echo "backup.sh: $PGHOST:$PGPORT/$PGDATABASE and $data -> $dir"

# the counts first, then the dump: the dump's snapshot is later, so it holds at least these rows
psql -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 > "$dir/counts.tsv" <<'SQL'
SELECT 'last_migration', version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1;
SELECT 'frm_submission', count(*) FROM frm_submission;
SELECT 'ast_asset', count(*) FROM ast_asset;
SELECT 'org_staff', count(*) FROM org_staff;
SELECT 'core_audit', count(*) FROM core_audit;
SELECT 'trf_record', count(*) FROM trf_record;
SQL
pg_dump --format=custom --compress=6 --file="$dir/database.dump"
tar -C "$data" -czf "$dir/data.tar.gz" .
{
  echo "created $(date -u +%FT%TZ) on $(hostname)"
  echo "database $PGHOST:$PGPORT/$PGDATABASE, pg_dump $(pg_dump --version | awk '{print $NF}')"
  echo "data folder $data"
  [ -f "$data/traffic-chain.key" ] && echo "the chain key FILE is inside data.tar.gz: guard this backup like the key" \
    || echo "the chain key is not in this backup (environment ICT_TRAFFIC_CHAIN_KEY): keep it in the secret store"
} > "$dir/README.txt"
(cd "$dir" && sha256sum database.dump data.tar.gz counts.tsv README.txt > SHA256SUMS)
du -sh "$dir" | awk '{print "backup.sh: done, " $1}'
cat "$dir/counts.tsv"
