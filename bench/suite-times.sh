#!/usr/bin/env bash
# Where the test suite's time goes, read from the Surefire and Failsafe reports of the last build
# (run it after `mvn verify`): one line per test class, slowest first, then the total per module.
#   bench/suite-times.sh [repository folder]
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"

find "$root/modules" -path '*/target/*-reports/TEST-*.xml' -print0 \
  | xargs -0 -r awk '
      /<testsuite / {
        match($0, /name="[^"]*"/); cls = substr($0, RSTART + 6, RLENGTH - 7)
        match($0, / time="[^"]*"/); t = substr($0, RSTART + 7, RLENGTH - 8)
        split(FILENAME, p, "/modules/"); split(p[2], q, "/"); mod = q[1]
        n = split(cls, c, "."); printf "%8.1f s  %-14s %s\n", t, mod, c[n]
        nextfile
      }' \
  | sort -rn > /tmp/suite-times.$$ || true

echo "slowest test classes:"
head -20 /tmp/suite-times.$$
echo
echo "per module (tests only, excluding build and server start-up outside the tests):"
awk '{ s[$3] += $1 } END { for (m in s) printf "%8.1f s  %s\n", s[m], m }' /tmp/suite-times.$$ | sort -rn
awk '{ t += $1 } END { printf "%8.1f s  all test classes\n", t }' /tmp/suite-times.$$
rm -f /tmp/suite-times.$$
