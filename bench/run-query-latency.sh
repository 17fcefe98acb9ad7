#!/usr/bin/env bash
# Latency of each named query through the HTTP API over the seed documents and a 10x enlargement of
# them (made in a temporary folder, deleted afterwards). Not a test: run it by hand, from anywhere.
# Usage: bench/run-query-latency.sh [SEEDS_DIR [ROUNDS]]   (defaults: ../shared/seeds, 30)
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
seeds="$(readlink -f "${1:-$home/../shared/seeds}")"
rounds="${2:-30}"
(cd "$home" && mvn -q -B compile 1>&2)
cd "$home"
exec java -Xmx2g -Dfile.encoding=UTF-8 -Dplangraph.home="$home" \
  -Dlog4j2.configurationFile="$home/loader/src/main/resources/log4j2.properties" \
  -cp "$home/target/classes:$(cat "$home/target/runtime.classpath")" "$home/bench/QueryLatency.java" "$seeds" "$rounds"
