#!/usr/bin/env bash
# Builds the function jars twice from clean and compares their sha256 (issue 8, item 5).
# Exit 0 when both builds are byte-identical; prints the hashes. ~2 builds of the functions.
#
#   scripts/check-reproducible.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
JAVA_HOME=$(scripts/find-jdk.sh)
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
functions=functions/users,functions/groups,functions/discovery,functions/admin,functions/maintenance
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for build in 1 2; do
  mvn -B -ntp -q clean package -DskipTests -pl "$functions" -am >"$out/build-$build.log" 2>&1 \
    || { cat "$out/build-$build.log" >&2; exit 1; }
  sha256sum functions/*/target/*-function.jar >"$out/sha-$build.txt"
  [[ $build == 1 ]] && sleep 2 # a different wall clock for the second build
done
cat "$out/sha-1.txt"
if diff "$out/sha-1.txt" "$out/sha-2.txt" >/dev/null; then
  echo "reproducible: two clean builds of $(git rev-parse --short HEAD) gave identical jars"
else
  echo "NOT reproducible:" >&2
  diff "$out/sha-1.txt" "$out/sha-2.txt" >&2
  exit 1
fi
