#!/usr/bin/env bash
# Resolves Neo4j's test harness from Maven Central (cached in ~/.m2) and compiles TestServer.java.
# Idempotent: does nothing when target/ is newer than its inputs and every jar is still in ~/.m2.
# Outputs: target/classpath.txt (the harness's jars) and target/classes/ (TestServer).
# Everything it prints goes to stderr, which test/neo4j/server.ts quotes when this fails.
set -euo pipefail
cd "$(dirname "$0")"

classpath_file=target/classpath.txt
source_file=src/main/java/infragraph/TestServer.java
class_file=target/classes/infragraph/TestServer.class

jars_present() {
  local jar
  IFS=':' read -r -a jars <"$classpath_file"
  for jar in "${jars[@]}"; do
    [[ -f "$jar" ]] || return 1
  done
}

for tool in java javac mvn; do
  command -v "$tool" >/dev/null || { echo "prepare.sh: '$tool' not found on PATH (need a JDK 17+ and Maven)" >&2; exit 1; }
done

# Test files in parallel workers may all call this at once: one prepares, the others wait and find it done.
mkdir -p target
exec 9>target/.prepare.lock
flock 9

if [[ ! -s "$classpath_file" || pom.xml -nt "$classpath_file" ]] || ! jars_present; then
  echo "prepare.sh: resolving Neo4j harness dependencies (first run downloads ~200 MB into ~/.m2)" >&2
  mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=runtime >&2  # Maven prints its errors on stdout
  touch "$classpath_file" # the plugin leaves an unchanged file untouched, which would look stale forever
fi

if [[ ! -f "$class_file" || "$source_file" -nt "$class_file" || "$classpath_file" -nt "$class_file" ]]; then
  echo "prepare.sh: compiling TestServer.java" >&2
  rm -rf target/classes
  javac --release 17 -nowarn -d target/classes -cp "$(cat "$classpath_file")" "$source_file"
fi
