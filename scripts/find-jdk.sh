#!/usr/bin/env bash
# Prints the JAVA_HOME of a JDK >= 21 (the build needs javac for release 21):
# $JAVA_HOME when it is one, else the newest such JDK under /usr/lib/jvm ($JDK_SEARCH_DIR).
set -euo pipefail

readonly MIN=21
SEARCH_DIR=${JDK_SEARCH_DIR:-/usr/lib/jvm}
readonly SEARCH_DIR=${SEARCH_DIR%/}

# Feature version of the JDK at $1 (e.g. 25), or nothing when it is no JDK.
feature_version() {
  local home=$1 version=""
  [[ -x "$home/bin/javac" && -x "$home/bin/java" ]] || return 0
  if [[ -f "$home/release" ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [[ -z "$version" ]]; then
    version=$("$home/bin/javac" -version 2>&1 | awk '{print $2}')
  fi
  version=${version#1.} # 1.8 -> 8
  echo "${version%%[.+-]*}"
}

if [[ -n "${JAVA_HOME:-}" ]]; then
  v=$(feature_version "$JAVA_HOME")
  if [[ -n "$v" && "$v" -ge $MIN ]]; then
    echo "$JAVA_HOME"
    exit 0
  fi
fi

best="" best_v=0
for home in "$SEARCH_DIR"/*/; do
  home=${home%/}
  v=$(feature_version "$home")
  if [[ -n "$v" && "$v" -ge $MIN && "$v" -gt $best_v ]]; then
    best=$home best_v=$v
  fi
done

if [[ -z "$best" ]]; then
  echo "find-jdk: no JDK >= $MIN found: JAVA_HOME (${JAVA_HOME:-unset}) is not one, and none under" \
    "$SEARCH_DIR has bin/javac at version >= $MIN. Install one, or set JAVA_HOME to it." >&2
  exit 1
fi
echo "$best"
