#!/usr/bin/env bash
# Cold starts of the Lambda jars, measured locally (docs/benchmarks/cold-start.md).
#
# Each run is a fresh JVM on the function jar alone, with template.yaml's JAVA_TOOL_OPTIONS, that
# constructs the handler and serves one authorised GET /Users?startIndex=1&count=2 twice, against
# DynamoDB Local and moto_server over HTTP on loopback.
#
#   scripts/cold-start.sh              build, then RUNS (default 15) runs without and with the
#                                      CRaC hooks, interleaved, and a class-load census
#   RUNS=30 SKIP_BUILD=1 HYPERFINE=1 scripts/cold-start.sh
#                                      more runs, no build, plus whole-process times by hyperfine
#
# Results: a summary on stdout; raw runs under target/cold-start/.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${RUNS:-15}
out="$root/target/cold-start"

find_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    local v
    v=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if (( ${v%%.*} >= 21 )); then echo "$JAVA_HOME"; return; fi
  fi
  local best="" best_v=0 dir v
  for dir in /usr/lib/jvm/*/; do
    [[ -x "$dir/bin/javac" ]] || continue
    v=$("$dir/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if (( ${v%%.*} >= 21 && ${v%%.*} > best_v )); then best=${dir%/}; best_v=${v%%.*}; fi
  done
  [[ -n "$best" ]] || { echo "no JDK >= 21 found" >&2; exit 1; }
  echo "$best"
}
export JAVA_HOME=$(find_jdk)
java="$JAVA_HOME/bin/java"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -q package -DskipTests
fi
rm -rf "$out" && mkdir -p "$out"

# The fixture (DynamoDB Local, moto_server, table, secret, token, event) runs on the test classpath.
mvn -B -q dependency:build-classpath -pl shared -Dmdep.outputFile="$out/shared.classpath" >/dev/null
fixture_cp="$root/shared/target/test-classes:$root/shared/target/classes:$(cat "$out/shared.classpath")"
users_jar=functions/users/target/users-function.jar

# The runner sees nothing but the function jar (it is compiled against it) and itself.
"$JAVA_HOME/bin/javac" -q --release 21 -d "$out/runner" -cp "$users_jar" \
  $(find scripts/cold-start -name '*.java') 2>/dev/null \
  || "$JAVA_HOME/bin/javac" --release 21 -d "$out/runner" -cp "$users_jar" $(find scripts/cold-start -name '*.java')

# Started from $out: DynamoDB Local leaves a metadata file in its working directory.
(cd "$out" && exec "$java" --enable-native-access=ALL-UNNAMED -cp "$fixture_cp" \
  io.scimgate.bench.ColdStartFixture "$out/world" >"$out/fixture.log" 2>&1) &
fixture_pid=$!
trap 'kill "$fixture_pid" 2>/dev/null; wait "$fixture_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  grep -q '^ready' "$out/fixture.log" 2>/dev/null && break
  kill -0 "$fixture_pid" 2>/dev/null || { cat "$out/fixture.log" >&2; exit 1; }
  sleep 0.2
done
grep -q '^ready' "$out/fixture.log" || { echo "fixture not ready" >&2; exit 1; }

# What Lambda gives the function: template.yaml's variables, a region, credentials; no ~/.aws.
set -a
# shellcheck disable=SC1091
source "$out/world/env"
set +a
export AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench
export AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent
export AWS_EXECUTION_ENV=AWS_Lambda_java21
JAVA_TOOL_OPTIONS=$(sed -n 's/^ *JAVA_TOOL_OPTIONS: *//p' template.yaml)
export JAVA_TOOL_OPTIONS

handler=io.scimgate.functions.users.UsersHandler
event="$out/world/list-users.json"
cp_run="$users_jar:$out/runner"
crac=(-Dorg.crac.Core.Compat=io.scimgate.bench.crac -Dbench.checkpoint=true)

run_once() { # extra JVM flags...
  "$java" -Dbench.launchEpochNanos="$(date +%s%N)" "$@" -cp "$cp_run" io.scimgate.bench.ColdStartRun "$handler" "$event"
}

median() { # key file -> "median (min-max)"
  grep -o "$1=[^ ]*" "$2" | cut -d= -f2 | sort -g \
    | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%.1f (%.1f-%.1f)", m, a[1], a[NR]}'
}

census() { # label flags... : classes loaded per phase, from -Xlog:class+load
  local label=$1; shift
  local log="$out/classes-$label.log"
  run_once -Xlog:class+load:file="$log" "$@" >/dev/null 2>>"$out/stderr-$label.log"
  awk -v label="$label" '
    /ColdStartRun\$StartDone/ {phase = "init"} /ColdStartRun\$InitDone/ {phase = "hooks"}
    /ColdStartRun\$CheckpointDone/ {phase = "first"} /ColdStartRun\$FirstDone/ {phase = "second"}
    /ColdStartRun\$SecondDone/ {phase = "end"}
    / source: / {total++; n[phase]++; if (/source: jrt:|shared objects file/) jdk++; else app++}
    END {printf "| %s | %d | %d | %d | %d | %d | %d | %d | %d |\n",
         label, total, jdk, app, n[""], n["init"], n["hooks"], n["first"], n["second"]}' "$log"
}

# Interleaved, so that whatever else the machine is doing hits both modes alike.
run_once >/dev/null 2>&1 && run_once "${crac[@]}" >/dev/null 2>&1
for _ in $(seq 1 "$runs"); do
  run_once >>"$out/runs-plain.txt" 2>>"$out/stderr-plain.log"
  run_once "${crac[@]}" >>"$out/runs-hooks.txt" 2>>"$out/stderr-hooks.log"
done

echo "## $(date -u +%FT%TZ) - $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$("$java" -version 2>&1 | sed -n 2p); JAVA_TOOL_OPTIONS=$JAVA_TOOL_OPTIONS"
echo
echo "Median (min-max), ms; CPU = all threads of the JVM."
echo
echo "| mode | JVM start -> main | init | init CPU | hooks | hooks CPU | 1st request | 1st CPU | 2nd request | 2nd CPU | RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for mode in plain hooks; do
  f="$out/runs-$mode.txt"
  row="| $mode | $(median launch_to_main_ms "$f")"
  for key in init checkpoint first second; do
    row+=" | $(median ${key}_ms "$f") | $(median ${key}_cpu_ms "$f")"
  done
  echo "$row | $(median rss_mb "$f") |"
done
echo
echo "| mode | classes | JDK | app | JVM boot + runner | init | hooks | 1st request | 2nd |"
echo "|---|---|---|---|---|---|---|---|---|"
census plain
census hooks "${crac[@]}"
echo
echo "stderr per run (plain), besides 'Picked up JAVA_TOOL_OPTIONS':"
grep -v 'Picked up JAVA_TOOL_OPTIONS' "$out/stderr-plain.log" | sort | uniq -c | sort -rn | head -5 || true
echo
for _ in $(seq 1 5); do "$java" -cp "$cp_run" io.scimgate.bench.ColdStartTlsProbe 2>/dev/null; done >"$out/tls.txt"
echo "TLS, CPU ms, median of 5 fresh JVMs (not in the runs above: they use HTTP on loopback):" \
  "context $(median tls_context_cpu_ms "$out/tls.txt"), first ClientHello $(median first_client_hello_cpu_ms "$out/tls.txt")," \
  "second $(median second_client_hello_cpu_ms "$out/tls.txt")"
echo
echo "| jar | bytes | entries | classes |"
echo "|---|---|---|---|"
for jar in functions/*/target/*-function.jar; do
  echo "| $(basename "$jar") | $(stat -c %s "$jar") | $(unzip -l "$jar" | tail -1 | awk '{print $2}') | $(unzip -l "$jar" | grep -c '\.class$') |"
done

if [[ "${HYPERFINE:-0}" == 1 ]] && command -v hyperfine >/dev/null; then
  echo
  hyperfine -N --warmup 1 --runs "$runs" --style basic --export-markdown "$out/hyperfine.md" \
    -n plain "$java -cp $cp_run io.scimgate.bench.ColdStartRun $handler $event" \
    -n hooks "$java ${crac[*]} -cp $cp_run io.scimgate.bench.ColdStartRun $handler $event" \
    >"$out/hyperfine.txt" 2>&1 || true
  cat "$out/hyperfine.md"
fi
