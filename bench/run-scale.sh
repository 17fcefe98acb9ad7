#!/usr/bin/env bash
# Scale benchmark, side by side in one run: for each corpus size N it generates N files from the seeds
# (and the corpus documents) with places renamed (bench/GenerateCorpus.java), extracts them to N-Quads
# shards, loads those same quads with Jena's tdb2.tdbloader, loads the files with ./plangraph load
# (text index included), and times every named query over HTTP against the plangraph store.
# Reports wall time, rate ratio, store sizes, disk written, peak RSS. Not a test: run it by hand.
#
# Usage: bench/run-scale.sh [N…]          (default: 1000; e.g. bench/run-scale.sh 1000 10000)
# Environment: SOURCES (folders of source documents; default ../shared/seeds ../shared/corpus/docs),
#              WORK (scratch folder, default a new one under /tmp, deleted afterwards unless KEEP=1),
#              ROUNDS (timed requests per query, default 20), LOADER (tdbloader --loader, default parallel).
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
sizes=("${@:-1000}")
read -r -a sources <<< "${SOURCES:-$home/../shared/seeds $home/../shared/corpus/docs}"
work="${WORK:-$(mktemp -d /tmp/plangraph-scale.XXXXXX)}"
rounds="${ROUNDS:-20}"
loader="${LOADER:-parallel}"
mkdir -p "$work"
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$work"' EXIT
(cd "$home" && mvn -q -B compile 1>&2 && touch target/runtime.classpath)
cp="$home/target/classes:$(cat "$home/target/runtime.classpath")"
jvm=(java -Dfile.encoding=UTF-8 -Dplangraph.home="$home" -Dlog4j2.configurationFile="$home/loader/src/main/resources/log4j2.properties" -cp "$cp")

# Runs a command under /usr/bin/time -v; prints "wall_s max_rss_kb fs_output_blocks max_rss_anon_kb" to stdout.
# Peak RSS counts the pages of files a process maps (TDB2 maps its indexes), which the kernel can
# drop at any time; the anonymous part (heap, stacks, native buffers) is what the process itself
# holds, so it is sampled from /proc every half second beside it.
measure() {
  local log="$1"; shift
  /usr/bin/time -v -o "$log.time" "$@" >"$log.out" 2>"$log.err" &
  local timer=$! child="" anon=0 a
  while kill -0 "$timer" 2>/dev/null; do
    [[ -n "$child" ]] || child=$(pgrep -P "$timer" | head -1 || true)
    if [[ -n "$child" ]]; then
      a=$(awk '/^RssAnon:/{print $2}' "/proc/$child/status" 2>/dev/null || true)
      [[ -n "$a" && "$a" -gt "$anon" ]] && anon=$a
    fi
    sleep 0.5
  done
  wait "$timer" || { echo "bench: failed: $*" >&2; tail -5 "$log.err" >&2; }
  awk -F': ' -v anon="$anon" '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; w=s}
              /Maximum resident set size/{r=$2} /File system outputs/{o=$2} END{printf "%.1f %d %d %d\n", w, r, o, anon}' "$log.time"
}
mb() { du -sb "$@" | awk '{s+=$1} END{printf "%.0f", s/1e6}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"; shards="$work/nq-$n"; ref="$work/tdbloader-$n"; db="$work/plangraph-$n"
  rm -rf "$shards" "$ref" "$db"
  # a corpus of N files kept from an earlier run in the same WORK folder is generated the same way: reused
  if [[ ! -d "$corpus" || "$(ls "$corpus" | wc -l)" -ne "$n" ]]; then
    rm -rf "$corpus"
    "${jvm[@]}" "$home/bench/GenerateCorpus.java" "$n" "$corpus" "${sources[@]}"
  fi
  nq_bytes=$(du -sb "$corpus" | cut -f1)
  read -r ex_wall ex_rss _ ex_anon < <(measure "$work/extract-$n" "$home/plangraph" extract --out "$shards" --shard-size 1000 "$corpus")
  quads=$(cat "$shards"/*.nq | wc -l); nq_mb=$(mb "$shards")
  read -r ref_wall ref_rss ref_out ref_anon < <(measure "$work/tdbloader-$n" "${jvm[@]}" -Xmx2g tdb2.tdbloader --loader="$loader" --loc "$ref" "$shards"/*.nq)
  read -r pg_wall pg_rss pg_out pg_anon < <(measure "$work/load-$n" "$home/plangraph" load --db "$db" "$corpus")
  pg_quads=$(grep -o 'loaded [0-9]* files: .* triples' "$work/load-$n.err" | tail -1)
  echo
  echo "## $n files ($quads quads in $nq_mb MB of N-Quads; plangraph: $pg_quads)"
  echo
  echo "| figure | plangraph | tdb2.tdbloader --loader=$loader | ratio |"
  echo "|---|---:|---:|---:|"
  awk -v a="$pg_wall" -v b="$ref_wall" 'BEGIN{printf "| load wall (s) | %.1f | %.1f | rate %.2f of tdbloader |\n", a, b, b/a}'
  awk -v a="$(mb "$db")" -v t="$(mb "$db/tdb2")" -v x="$(mb "$db/text")" -v b="$(mb "$ref")" \
    'BEGIN{printf "| store on disk (MB) | %d (TDB2 %d + text %d) | %d | %.2f× |\n", a, t, x, b, a/b}'
  awk -v a="$pg_out" -v b="$ref_out" -v n="$n" -v q="$(du -sb "$shards" | cut -f1)" \
    'BEGIN{printf "| disk written per file (MB) | %.2f (%.1f× its N-Quads) | %.2f | |\n", a*512/n/1e6, a*512/q, b*512/n/1e6}'
  awk -v a="$pg_rss" -v b="$ref_rss" 'BEGIN{printf "| peak RSS, load (MB) | %.0f | %.0f | |\n", a/1024, b/1024}'
  awk -v a="$pg_anon" -v b="$ref_anon" 'BEGIN{printf "| peak anonymous RSS (heap and native, no mapped files), load (MB) | %.0f | %.0f | |\n", a/1024, b/1024}'
  awk -v a="$ex_wall" -v r="$ex_rss" -v x="$ex_anon" 'BEGIN{printf "| extract --out (N-Quads shards): wall s, peak RSS MB (anonymous) | %.1f s, %.0f MB (%.0f) | | |\n", a, r/1024, x/1024}'
  echo
  "${jvm[@]}" -Xmx2g "$home/bench/QueryLatency.java" --store "$db" "$rounds" "$n files" 2>"$work/queries-$n.err" || tail -5 "$work/queries-$n.err" >&2
done
