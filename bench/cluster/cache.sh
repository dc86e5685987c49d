#!/usr/bin/env bash
# Issue 19: a change of the organisation made on one instance is seen on the other (EclipseLink's
# cache coordination, on in config/payara/cluster.sh). Needs the cluster up.
#
#   1. a new account in the cluster's directory, and a person of the order without an account;
#   2. both instances read that person (GET /api/staff/{id}, each on its own port): now in each
#      instance's shared cache;
#   3. the control: the person's English given name changed with SQL alone (no instance knows):
#      neither instance shows it (the reads come from the cache; without coordination a change made
#      by the other instance would stay unseen the same way); put back;
#   4. the organisation administrator links the person to the account over REST on ict-1
#      (POST /api/directory/matches/accept);
#   5. ict-2, on its own port, is asked every 50 ms until it shows the account: the time it took.
# Each run links the next person of the order who has no account yet.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
PSQL=(psql -h localhost -p 31432 -U ict -d ict -v ON_ERROR_STOP=1 -qtA)
one=http://localhost:31180
two=http://localhost:31280
jar=$(ls ~/.m2/repository/com/unboundid/unboundid-ldapsdk/*/unboundid-ldapsdk-*.jar | grep -v sources | sort -V | tail -1)
uid="cache$(date +%s)"
field() { { grep -o "\"$1\":\"[^\"]*\"" || true; } | head -1 | cut -d'"' -f4; }

staff=$("${PSQL[@]}" -c "SELECT id FROM org_staff WHERE directory_uid IS NULL AND given_name_th IS NOT NULL ORDER BY id LIMIT 1")
[ -n "$staff" ] || { echo "cache.sh: no person without an account left" >&2; exit 1; }
printf 'dn: uid=%s,ou=people,dc=esa,dc=local\nchangetype: add\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: inetOrgPerson\nuid: %s\ncn: cache check\nsn: check\ngivenName: cache\nuserPassword: demo\n' "$uid" "$uid" \
  | java -cp "$jar" com.unboundid.ldap.sdk.examples.LDAPModify -h localhost -p 31389 >/dev/null
echo "person $staff, new directory account $uid"

for url in $one $two; do
  echo "  before, $url: uid '$(curl -s -u director:demo "$url/api/staff/$staff" | field uid)'"
done
name=$("${PSQL[@]}" -c "SELECT COALESCE(given_name_en, '') FROM org_staff WHERE id = $staff")
"${PSQL[@]}" -c "UPDATE org_staff SET given_name_en = 'changed-by-sql' WHERE id = $staff"
seen1=$(curl -s -u director:demo "$one/api/staff/$staff" | field givenNameEn)
seen2=$(curl -s -u director:demo "$two/api/staff/$staff" | field givenNameEn)
"${PSQL[@]}" -c "UPDATE org_staff SET given_name_en = NULLIF('$name', '') WHERE id = $staff"
echo "  control: English given name set to 'changed-by-sql' with SQL alone; ict-1 shows '$seen1', ict-2 shows '$seen2' (the cache answers)"

t0=$(date +%s%N)
answer=$(curl -s -w ' %{http_code}' -u nanphat:demo -H 'Content-Type: application/json' \
  -d "{\"staffId\":$staff,\"uid\":\"$uid\"}" "$one/api/directory/matches/accept")
t1=$(date +%s%N)
echo "  linked on ict-1 in $(( (t1 - t0) / 1000000 )) ms: ${answer: -3}"
for i in $(seq 200); do
  got=$(curl -s -u director:demo "$two/api/staff/$staff" | field uid)
  if [ "$got" = "$uid" ]; then
    echo "  ict-2 shows uid '$got' $(( ($(date +%s%N) - t1) / 1000000 )) ms after ict-1 answered (read $i)"
    exit 0
  fi
  sleep 0.05
done
echo "  ict-2 still shows uid '$got' 10 s after the change on ict-1: NOT coordinated" >&2
exit 1
