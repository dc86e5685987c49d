#!/usr/bin/env bash
# Runs the README's Test command N times in a row, each time on a fresh clone of this repository
# (its committed HEAD, as CI sees it), and prints one line per run:
#   run 1: PASS  431 s
#   run 2: FAIL  502 s  EvaluationFlowsIT.threeColleaguesAnswerItOnceEachOneOnAPhone
# then a summary line. Each run's whole log is kept under the work folder it prints.
#   bench/suite-stability.sh [N]          (default 3)
# Set KEEP=1 to keep the clones (build output, surefire/failsafe reports, screenshots).
set -uo pipefail

runs="${1:-3}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/ict-suite-stability.XXXXXX)"
echo "clones and logs in $work (HEAD $(git -C "$repo" rev-parse --short HEAD))"

passed=0
for i in $(seq 1 "$runs"); do
  dir="$work/run-$i"
  git clone -q --no-local "$repo" "$dir"
  start=$(date +%s)
  # the README's Test command, as .ci/run runs it (installs first, then `mvn verify`)
  (cd "$dir" && CI=true bash .ci/run) > "$work/run-$i.log" 2>&1 < /dev/null
  code=$?
  secs=$(( $(date +%s) - start ))
  if [ "$code" -eq 0 ]; then
    passed=$((passed + 1))
    printf 'run %d: PASS %5d s\n' "$i" "$secs"
  else
    # the failing tests as Surefire/Failsafe name them in their summary ("  Class.method:line ...")
    failing=$(grep -E '^\[ERROR\]   [A-Za-z0-9_.]+(\.[A-Za-z0-9_]+)+' "$work/run-$i.log" \
      | sed -E 's/^\[ERROR\]   ([^: ]+).*/\1/' | sort -u | tr '\n' ' ')
    [ -z "$failing" ] && failing="(no test named: see $work/run-$i.log)"
    printf 'run %d: FAIL %5d s  %s\n' "$i" "$secs" "$failing"
  fi
  # stop anything a failed run may have left (the system tests' Payara domain)
  bash "$dir/config/payara/it-domain.sh" stop "$dir/modules/system-tests/target/payara/payara6" >/dev/null 2>&1 || true
  if [ "${KEEP:-0}" != "1" ]; then
    rm -rf "$dir"
  fi
done
echo "$passed of $runs runs passed"
[ "$passed" -eq "$runs" ]
