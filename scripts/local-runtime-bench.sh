#!/usr/bin/env bash
# Prints what the local Lambda runtime costs (docs/benchmarks/local-runtime.md): runner start,
# cold first request, sandbox init, warm request latency, on-demand and SnapStart.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(scripts/find-jdk.sh)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
mvn -B -ntp -q -DskipTests -Denforcer.skip=true package \
  -pl functions/users,functions/groups,functions/discovery,functions/admin,functions/maintenance,local -am
exec java --enable-native-access=ALL-UNNAMED \
  -cp "local/target/test-classes:local/target/classes:$(cat local/target/classpath.txt)" \
  io.scimgate.local.bench.RuntimeBenchmark 2>/dev/null
