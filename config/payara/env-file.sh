# Sourced by production-check.sh and the backup scripts: reads an environment file the way systemd's
# EnvironmentFile= does (KEY=VALUE lines, '#' comment lines, values taken verbatim, spaces included,
# optional surrounding quotes) and exports each variable. A value with an inline " # comment" is
# reported in ENV_FILE_INLINE_COMMENTS and exported without it: systemd would pass the comment on
# as part of the value.
ENV_FILE_INLINE_COMMENTS=""
load_env_file() {
  local file="$1" line key value
  [ -r "$file" ] || { echo "cannot read $file" >&2; return 1; }
  while IFS= read -r line || [ -n "$line" ]; do
    [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
    [[ "$line" =~ ^[[:space:]]*([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || continue
    key="${BASH_REMATCH[1]}"; value="${BASH_REMATCH[2]}"
    if [[ "$value" =~ ^(.*[^[:space:]])?[[:space:]]+#.*$ ]]; then
      ENV_FILE_INLINE_COMMENTS="$ENV_FILE_INLINE_COMMENTS $key"
      value="${BASH_REMATCH[1]}"
    fi
    value="${value%"${value##*[![:space:]]}"}"
    if [[ "$value" =~ ^\"(.*)\"$ ]] || [[ "$value" =~ ^\'(.*)\'$ ]]; then value="${BASH_REMATCH[1]}"; fi
    export "$key=$value"
  done < "$file"
}
