#!/usr/bin/env bash
# Reproduces the measurements of docs/decisions/0001-scim-engine.md in a scratch dir (default /tmp/scim-0001).
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bash docs/decisions/0001-bench/run.sh [rounds]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
W=${W:-/tmp/scim-0001}; ROUNDS=${1:-30}
J=${JAVA_HOME:?set JAVA_HOME}/bin
mkdir -p "$W" && cd "$W"

# 1. dependency closures (baseline = our shared module's deps; the others add one library on top, same BOMs)
for v in baseline unboundid captain; do
  mkdir -p $v && cp "$HERE/$v.pom.xml" $v/pom.xml
  (cd $v && mvn -B -q dependency:tree -DoutputFile=tree.txt && rm -rf lib \
     && mvn -B -q dependency:copy-dependencies -DoutputDirectory=lib -DincludeScope=runtime)
  echo "$v: $(ls $v/lib | wc -l) jars, $(du -cb $v/lib/*.jar | tail -1 | cut -f1) bytes"
  (cd $v && mvn -B -q validate >/dev/null 2>&1 && echo "  dependencyConvergence: pass" || echo "  dependencyConvergence: FAIL")
done

# classpaths: Jackson 2.18.2 + what the library adds (AWS SDK left out of the cold-start runs)
JK=$(ls baseline/lib/jackson-*.jar | tr '\n' :)
extra() { comm -13 <(ls baseline/lib) <(ls $1/lib) | sed "s|^|$1/lib/|" | tr '\n' :; }
CPB=$JK; CPU=$JK$(extra unboundid); CPC=$JK$(extra captain)

# 2. compile the mains
rm -rf out && mkdir -p out/base out/ub out/cg
S=$HERE
$J/javac --release 21 -d out/base -cp "$CPB" $S/ColdInputs.java $S/ColdBaseline.java
$J/javac --release 21 -d out/ub -cp "$CPU" $S/ColdInputs.java $S/ColdUnboundId.java $S/Cases.java $S/Summary.java \
  $S/DialectUnboundId.java $S/ArchUnboundId.java $S/SemanticsUnboundId.java
$J/javac --release 21 -d out/cg -cp "$CPC" $S/ColdInputs.java $S/ColdCaptain.java $S/Cases.java $S/Summary.java \
  $S/CaptainSupport.java $S/DialectCaptain.java $S/ArchCaptain.java $S/SemanticsCaptain.java $S/AstProbe.java

# 3. dialect cases, architecture probes, filter semantics
$J/java -cp out/ub:$CPU DialectUnboundId > dialect-unboundid.txt 2>&1
$J/java -cp out/cg:$CPC DialectCaptain > dialect-captain.txt 2>&1
$J/java -cp out/ub:$CPU ArchUnboundId > arch-unboundid.txt 2>&1
$J/java -cp out/cg:$CPC ArchCaptain > arch-captain.txt 2>&1
$J/java -cp out/ub:$CPU SemanticsUnboundId > semantics.txt 2>&1
$J/java -cp out/cg:$CPC SemanticsCaptain >> semantics.txt 2>&1
$J/java -cp out/cg:$CPC AstProbe >> semantics.txt 2>&1
# captain without the ANTLR *tool* jars (antlr4, ST4, antlr-runtime 3, treelayout): same dialect output?
SLIM=$(tr ':' '\n' <<< "$CPC" | grep -vE 'antlr4-4|ST4-|antlr-runtime-3|treelayout' | tr '\n' :)
diff <($J/java -cp out/cg:$SLIM DialectCaptain 2>/dev/null) <($J/java -cp out/cg:$CPC DialectCaptain 2>/dev/null) \
  && echo "captain without ANTLR tool jars: identical dialect output"
grep -v SLF4J dialect-*.txt arch-*.txt semantics.txt | cut -c1-300

# 4. classes loaded (fresh JVM each)
for v in base:ColdBaseline:$CPB ub:ColdUnboundId:$CPU cg:ColdCaptain:$CPC; do
  IFS=: read -r k m cp <<< "$v"
  $J/java -Xlog:class+load:file=cl-$k.log -cp out/$k:$cp $m > /dev/null 2>&1
  echo "classes $k: total=$(wc -l < cl-$k.log) app-classpath=$(grep -c 'source: file:' cl-$k.log) CDS=$(grep -c 'shared objects file' cl-$k.log)"
done

# 5. cold start, interleaved rounds (wall ms from fork to exit, and user+sys CPU ms)
: > cold-runs.txt
for r in $(seq "$ROUNDS"); do
  for v in baseline:base:ColdBaseline:$CPB unboundid:ub:ColdUnboundId:$CPU captain:cg:ColdCaptain:$CPC; do
    IFS=: read -r name k m cp <<< "$v"
    for mode in default c1; do
      flags=""; [ $mode = c1 ] && flags=-XX:TieredStopAtLevel=1
      t0=$(date +%s%N)
      cpu=$(/usr/bin/time -f "%U %S" $J/java $flags -cp out/$k:$cp $m 2>&1 >/dev/null | tail -1)
      t1=$(date +%s%N)
      echo "$name-$mode $(( (t1 - t0) / 1000000 )) $(awk '{printf "%d", ($1+$2)*1000}' <<< "$cpu")" >> cold-runs.txt
    done
  done
done
python3 "$HERE/stats.py" cold-runs.txt
# optional, same commands under hyperfine (apt-get install -y hyperfine):
# hyperfine -N -w 3 -r 20 "$J/java -cp out/base:$CPB ColdBaseline" "$J/java -cp out/ub:$CPU ColdUnboundId" "$J/java -cp out/cg:$CPC ColdCaptain"

# 6. the own engine (needs `mvn -B -q -pl shared install -DskipTests` in the repo first)
REPO=$(cd "$HERE/../../.." && pwd)
CPS=$JK$REPO/shared/target/classes
mkdir -p out/sg && $J/javac --release 21 -d out/sg -cp "$CPS" $S/ColdInputs.java $S/ColdScimgate.java
: > cold-own.txt
for r in $(seq "$ROUNDS"); do
  for v in baseline:base:ColdBaseline:$CPB own:sg:ColdScimgate:$CPS captain:cg:ColdCaptain:$CPC; do
    IFS=: read -r name k m cp <<< "$v"
    t0=$(date +%s%N)
    cpu=$(/usr/bin/time -f "%U %S" $J/java -XX:TieredStopAtLevel=1 -cp out/$k:$cp $m 2>&1 >/dev/null | tail -1)
    t1=$(date +%s%N)
    echo "$name-c1 $(( (t1 - t0) / 1000000 )) $(awk '{printf "%d", ($1+$2)*1000}' <<< "$cpu")" >> cold-own.txt
  done
done
python3 "$HERE/stats.py" cold-own.txt
