#!/usr/bin/env bash
# Cold-start cost of the first log line and the first metrics document: our own JSON/EMF lines
# against Powertools for AWS Lambda (Java) 2.9.0 (docs/decisions/0050-logging-and-metrics.md).
#
#   scripts/log-cold-start.sh          RUNS (default 15) fresh JVMs per variant, interleaved
#
# Each run warms Jackson first (the service loads it anyway), then times the first and second
# line and counts the classes the first one loaded. Prints medians; raw runs in target/log-cold-start.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${RUNS:-15}
out="$root/target/log-cold-start"
export JAVA_HOME=$(scripts/find-jdk.sh)
java="$JAVA_HOME/bin/java"
rm -rf "$out" && mkdir -p "$out"
mvn -B -q -ntp -f scripts/log-cold-start/pom.xml compile \
  dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="$root/scripts/log-cold-start/target/classes:$(cat "$out/cp.txt")"
# template.yaml's JVM flags, as Lambda would run them.
opts=$(sed -n 's/^ *JAVA_TOOL_OPTIONS: *//p' template.yaml)
# Powertools picks its Lambda (stdout) sink from this variable, as in Lambda.
export AWS_LAMBDA_FUNCTION_NAME=log-cold-start
variants=(own-log powertools-log own-emf powertools-metrics)
for i in $(seq 1 "$runs"); do
  for v in "${variants[@]}"; do
    # shellcheck disable=SC2086
    "$java" $opts -cp "$cp" io.scimgate.bench.logs.FirstLine "$v" 2>>"$out/runs.txt" >/dev/null
  done
done
printf '%-20s %12s %12s %8s\n' variant first_ms second_ms classes
for v in "${variants[@]}"; do
  grep "^$v " "$out/runs.txt" | awk '{print $2, $3, $4}' | sort -n | awk -v v="$v" '
    { a[NR]=$1; b[NR]=$2; c[NR]=$3 }
    END { m=int((NR+1)/2); printf "%-20s %12.2f %12.3f %8d\n", v, a[m]/1e6, b[m]/1e6, c[m] }'
done
