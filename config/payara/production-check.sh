#!/usr/bin/env bash
# Reads the settings a production start would get and says what is missing or unsafe, one line per
# setting: OK, WARN (works, but look at it), MISSING or UNSAFE (do not start like this). Exit status
# 1 when anything is MISSING or UNSAFE. docs/operations.md, "Production checklist".
#
#   config/payara/production-check.sh                            # the environment of this shell
#   config/payara/production-check.sh --env /etc/ict-intranet.env # an env file (as systemd's EnvironmentFile)
#   … --domain /opt/payara6/glassfish/domains/domain1            # also the Payara domain's settings
#   … --connect                                                  # also try the database and directory ports
set -uo pipefail
. "$(dirname "$0")/env-file.sh"
domain=""; connect=0
while [ $# -gt 0 ]; do
  case "$1" in
    --env) load_env_file "$2" || exit 2; shift 2 ;;
    --domain) domain="$2"; shift 2 ;;
    --connect) connect=1; shift ;;
    *) echo "usage: $0 [--env file] [--domain dir] [--connect]" >&2; exit 2 ;;
  esac
done

bad=0
say() { printf '%-8s %-28s %s\n' "$1" "$2" "$3"; case "$1" in MISSING|UNSAFE) bad=1 ;; esac; }
val() { printf '%s' "${!1:-}"; }
host_of() { sed -E 's#^[a-z:]*//([^/:?]+).*#\1#' <<<"$1"; }
port_of() { local p; p=$(sed -nE 's#^[a-z:]*//[^/:?]+:([0-9]+).*#\1#p' <<<"$1"); echo "${p:-$2}"; }
is_local() { case "$1" in localhost|127.*|::1) return 0 ;; *) return 1 ;; esac; }

for k in $ENV_FILE_INLINE_COMMENTS; do
  say WARN "$k" "its line ends in a '# comment': systemd's EnvironmentFile keeps that as part of the value; remove it"
done

# --- mode ---------------------------------------------------------------------------------------
case "$(val ICT_DEMO)" in
  ""|false) say OK ICT_DEMO "off: no embedded directory, no demo accounts" ;;
  *) say UNSAFE ICT_DEMO "is '$(val ICT_DEMO)': demo mode starts the demo directory with password 'demo' for everyone" ;;
esac
[ "$(val ICT_DIAGNOSTICS_ENABLED)" = true ] \
  && say UNSAFE ICT_DIAGNOSTICS_ENABLED "true: every page and API answer shows its SQL queries (tests only)"

# --- database -----------------------------------------------------------------------------------
url="$(val ICT_DB_URL)"
case "$url" in
  "") say MISSING ICT_DB_URL "the PostgreSQL JDBC URL (without it: the embedded H2 of the demo)" ;;
  jdbc:postgresql://*) say OK ICT_DB_URL "$url" ;;
  jdbc:h2:*) say UNSAFE ICT_DB_URL "H2 is the demo's embedded database; production runs on PostgreSQL" ;;
  *) say UNSAFE ICT_DB_URL "'$url' is not a PostgreSQL URL" ;;
esac
[ "$(val ICT_DB_CLASS)" = org.postgresql.ds.PGSimpleDataSource ] && say OK ICT_DB_CLASS "PGSimpleDataSource" \
  || say MISSING ICT_DB_CLASS "set org.postgresql.ds.PGSimpleDataSource (the default is H2's)"
[ -n "$(val ICT_DB_USER)" ] && say OK ICT_DB_USER "$(val ICT_DB_USER)" || say MISSING ICT_DB_USER "the database user"
pw="$(val ICT_DB_PASSWORD)"
case "$pw" in
  "") say MISSING ICT_DB_PASSWORD "from the secret store" ;;
  ict-embedded|ict|bench|demo|password|postgres) say UNSAFE ICT_DB_PASSWORD "a well-known password" ;;
  *) [ ${#pw} -ge 12 ] && say OK ICT_DB_PASSWORD "set (${#pw} characters)" \
       || say WARN ICT_DB_PASSWORD "only ${#pw} characters" ;;
esac

# --- directory ----------------------------------------------------------------------------------
[ "$(val ICT_LDAP_EMBEDDED)" = false ] && say OK ICT_LDAP_EMBEDDED "false" \
  || say UNSAFE ICT_LDAP_EMBEDDED "must be false: the embedded directory is the demo's"
lurl="$(val ICT_LDAP_URL)"
case "$lurl" in
  "") say MISSING ICT_LDAP_URL "the office's LDAP or Active Directory (ldaps://host:636)" ;;
  ldap://localhost:10389*) say UNSAFE ICT_LDAP_URL "the demo directory's address" ;;
  ldaps://*) say OK ICT_LDAP_URL "$lurl" ;;
  ldap://*) if is_local "$(host_of "$lurl")"; then say OK ICT_LDAP_URL "$lurl (this host)"
            else say WARN ICT_LDAP_URL "plain ldap:// to another host: passwords cross the network in clear; use ldaps://"; fi ;;
  *) say UNSAFE ICT_LDAP_URL "'$lurl' is not an LDAP URL" ;;
esac
if [ -z "$(val ICT_LDAP_BIND_DN)" ]; then
  say MISSING ICT_LDAP_BIND_DN "the service account that looks people up (the default is the demo's)"
elif [ "$(val ICT_LDAP_BIND_DN)" = "uid=intranet,ou=services,dc=esa,dc=local" ]; then
  say UNSAFE ICT_LDAP_BIND_DN "the demo's service account"
else say OK ICT_LDAP_BIND_DN "$(val ICT_LDAP_BIND_DN)"; fi
case "$(val ICT_LDAP_BIND_PASSWORD)" in
  "") say MISSING ICT_LDAP_BIND_PASSWORD "from the secret store" ;;
  intranet-demo) say UNSAFE ICT_LDAP_BIND_PASSWORD "the demo's" ;;
  *) say OK ICT_LDAP_BIND_PASSWORD "set" ;;
esac
for k in ICT_LDAP_USER_BASE ICT_LDAP_GROUP_BASE ICT_LDAP_USER_FILTER ICT_LDAP_UID_ATTRIBUTE ICT_LDAP_NAME_ATTRIBUTE; do
  v="$(val $k)"
  if [ -z "$v" ]; then
    case "$k" in
      *_BASE) say MISSING "$k" "where the office's directory keeps them (the default is the demo's dc=esa,dc=local)" ;;
      *) say WARN "$k" "not set: the OpenLDAP default (uid, displayName) applies; Active Directory: config/production.env.example" ;;
    esac
  elif grep -q 'dc=esa,dc=local' <<<"$v"; then say UNSAFE "$k" "the demo directory's tree: $v"
  else say OK "$k" "$v"; fi
done
[ -n "$(val ICT_LDAP_GROUP_ROLE_MAP)" ] && say OK ICT_LDAP_GROUP_ROLE_MAP "$(val ICT_LDAP_GROUP_ROLE_MAP)" \
  || say MISSING ICT_LDAP_GROUP_ROLE_MAP "which directory groups are ict-officer, director, … (else nobody holds a role)"
[ "$(val ICT_LDAP_WRITABLE)" = true ] && say WARN ICT_LDAP_WRITABLE "true: an approved F08 writes to the directory (needs add rights; not with Active Directory)"

# --- tamper evidence and data -------------------------------------------------------------------
data="$(val ICT_DATA_DIR)"
key="$(val ICT_TRAFFIC_CHAIN_KEY)"
if [ -n "$key" ]; then
  if [ ${#key} -lt 32 ]; then say UNSAFE ICT_TRAFFIC_CHAIN_KEY "only ${#key} characters (at least 32: openssl rand -hex 32)"
  elif [ "$key" = bench-only-chain-key-0123456789abcdef ]; then say UNSAFE ICT_TRAFFIC_CHAIN_KEY "the benchmark's key"
  else say OK ICT_TRAFFIC_CHAIN_KEY "set (${#key} characters); keep it in the secret store, the same on every instance"; fi
elif [ -n "$data" ] && [ -f "$data/traffic-chain.key" ]; then
  say WARN ICT_TRAFFIC_CHAIN_KEY "from the key file in the data folder: copy it to every instance and back it up apart from the database"
else
  say WARN ICT_TRAFFIC_CHAIN_KEY "not set: the first start writes traffic-chain.key into the data folder (prefer the environment)"
fi
if [ -z "$data" ]; then
  say MISSING ICT_DATA_DIR "a folder for uploads, the daily anchors (and the key file): /var/lib/ict-intranet"
elif [ ! -d "$data" ]; then
  say MISSING ICT_DATA_DIR "$data does not exist"
else
  mode=$(stat -c %a "$data")
  if [ "${mode: -1}" != 0 ]; then say UNSAFE ICT_DATA_DIR "$data is readable by every account (mode $mode): chmod 700"
  else say OK ICT_DATA_DIR "$data (mode $mode)"; fi
  if [ -f "$data/traffic-chain.key" ] && [ "$(stat -c %a "$data/traffic-chain.key")" != 600 ]; then
    say UNSAFE traffic-chain.key "mode $(stat -c %a "$data/traffic-chain.key"): chmod 600"
  fi
fi

# --- mail (optional) -----------------------------------------------------------------------------
mh="$(val ICT_MAIL_SMTP_HOST)"
if [ -z "$mh" ]; then
  say OK ICT_MAIL_SMTP_HOST "not set: no mail is sent, people see what waits for them on the home page"
else
  mp="$(val ICT_MAIL_SMTP_PORT)"; mt="$(val ICT_MAIL_SMTP_TLS)"
  say OK ICT_MAIL_SMTP_HOST "$mh, port ${mp:-as the TLS mode says}, TLS ${mt:-starttls}"
  [ -n "$(val ICT_MAIL_FROM)" ] && say OK ICT_MAIL_FROM "$(val ICT_MAIL_FROM)" \
    || say MISSING ICT_MAIL_FROM "the sender address: without it no mail is sent"
  mb="$(val ICT_MAIL_BASE_URL)"
  if [ -z "$mb" ] || is_local "$(host_of "$mb")"; then
    say WARN ICT_MAIL_BASE_URL "'${mb:-http://localhost:8080}': the links in the mails would not open for anyone else"
  fi
  if [ "$(val ICT_MAIL_SMTP_TLS)" = none ] && ! is_local "$mh"; then
    say WARN ICT_MAIL_SMTP_TLS "none to another host: the mails (and a password) cross the network unencrypted"
  fi
fi

# --- HTTP, sessions, sign-in --------------------------------------------------------------------
[ -n "$(val ICT_HTTP_TRUSTED_PROXIES)" ] && say OK ICT_HTTP_TRUSTED_PROXIES "$(val ICT_HTTP_TRUSTED_PROXIES)" \
  || say WARN ICT_HTTP_TRUSTED_PROXIES "not set: behind nginx the traffic record would hold nginx's address, not the user's"
h="$(val ICT_SESSION_MAX_HOURS)"
if [ -n "$h" ] && { ! [[ "$h" =~ ^[0-9]+$ ]] || [ "$h" -gt 24 ] || [ "$h" -lt 1 ]; }; then
  say WARN ICT_SESSION_MAX_HOURS "'$h': expected 1 to 24 hours"
fi
a="$(val ICT_SIGNIN_MAX_PER_ADDRESS)"
if [ -n "$a" ] && { ! [[ "$a" =~ ^[0-9]+$ ]] || [ "$a" -gt 1000 ]; }; then
  say UNSAFE ICT_SIGNIN_MAX_PER_ADDRESS "'$a': the tests' value; production keeps about 20"
fi

# --- the Payara domain --------------------------------------------------------------------------
if [ -n "$domain" ]; then
  xml="$domain/config/domain.xml"
  if [ ! -f "$xml" ]; then say MISSING domain.xml "no $xml"
  else
    grep -q -- '-Duser.timezone=Asia/Bangkok' "$xml" && say OK "JVM time zone" "Asia/Bangkok" \
      || say MISSING "JVM time zone" "add the JVM option -Duser.timezone=Asia/Bangkok"
    grep -q 'xpowered-by="false"' "$xml" && grep -q 'max-thread-pool-size="32"' "$xml" \
      && say OK harden.sh "applied (headers, worker pool, compression)" \
      || say UNSAFE harden.sh "not applied: config/payara/harden.sh <domain dir> with the domain stopped"
    grep -q '<secure-admin[^>]*enabled="true"' "$xml" && say OK "admin console" "secure admin on" \
      || say WARN "admin console" "secure admin off: keep port 4848 closed to the network (firewall) or asadmin enable-secure-admin"
  fi
fi

# --- reachability -------------------------------------------------------------------------------
if [ "$connect" = 1 ]; then
  try() { timeout 5 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }
  if [ -n "$url" ]; then
    dh=$(sed -E 's#^jdbc:postgresql://([^/:?]+).*#\1#' <<<"$url"); dp=$(sed -nE 's#^jdbc:postgresql://[^/:?]+:([0-9]+).*#\1#p' <<<"$url")
    try "$dh" "${dp:-5432}" && say OK "database reachable" "$dh:${dp:-5432}" || say MISSING "database reachable" "no answer from $dh:${dp:-5432}"
  fi
  if [ -n "$lurl" ]; then
    lh=$(host_of "$lurl"); case "$lurl" in ldaps://*) lp=$(port_of "$lurl" 636) ;; *) lp=$(port_of "$lurl" 389) ;; esac
    try "$lh" "$lp" && say OK "directory reachable" "$lh:$lp" || say MISSING "directory reachable" "no answer from $lh:$lp"
  fi
fi

if [ "$bad" = 1 ]; then echo "NOT READY for production: fix the MISSING and UNSAFE lines."; exit 1; fi
echo "Ready for a production start (read the WARN lines)."
