# Sourced by backup.sh and restore-drill.sh: PostgreSQL's PG* variables from the application's own
# settings (ICT_DB_URL jdbc:postgresql://host[:port]/database[?…], ICT_DB_USER, ICT_DB_PASSWORD), so
# pg_dump and psql reach the database the application uses without a second copy of its address.
pg_env_from_jdbc() {
  local url="$1"
  if [[ "$url" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]]; then
    export PGHOST="${BASH_REMATCH[1]}" PGPORT="${BASH_REMATCH[3]:-5432}" PGDATABASE="${BASH_REMATCH[4]}"
  else
    echo "not a PostgreSQL JDBC URL: '$url' (the embedded H2 of the Run command is not backed up by these scripts)" >&2
    return 1
  fi
  [ -n "${ICT_DB_USER:-}" ] && export PGUSER="$ICT_DB_USER"
  [ -n "${ICT_DB_PASSWORD:-}" ] && export PGPASSWORD="$ICT_DB_PASSWORD"
  return 0
}
