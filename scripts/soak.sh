#!/usr/bin/env bash
# Soak benchmark (docs/benchmarks/soak.md): TENANTS x RPS requests/s of an Entra-like mix through
# the local runner for DURATION seconds, then statuses, latency percentiles and heap after GC per minute.
#
#   scripts/soak.sh                      600 s, 25 req/s per tenant, 3 tenants
#   DURATION=60 RPS=10 scripts/soak.sh   a short run
#
# Results: the report on stdout and in target/soak/report.md; the runner's request log in
# target/soak/runner.log.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${DURATION:-600}
rps=${RPS:-25}
tenants=${TENANTS:-3}
out="$root/target/soak"
mkdir -p "$out"

export JAVA_HOME=$("$root/scripts/find-jdk.sh")
export PATH="$JAVA_HOME/bin:$PATH"
mvn -B -ntp -o -q -pl local -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/soak-classpath.txt -Dmdep.includeScope=test
cp="local/target/test-classes:local/target/classes:$(cat local/target/soak-classpath.txt)"
java -Xmx1g -cp "$cp" io.scimgate.local.bench.SoakBenchmark "$seconds" "$rps" "$tenants" \
  "$out/report.md" > "$out/runner.log" 2>&1 || { tail -40 "$out/runner.log"; exit 1; }
cat "$out/report.md"
