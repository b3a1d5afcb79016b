#!/usr/bin/env bash
# The writing loop, notebake against Hugo on the same synthetic vault (bench/README.md):
#  1. serve: edit one note -> the page is served with the edit, `notebake serve` against
#     `hugo server`, both running, edits interleaved (bench/serve_bench.py);
#  2. a second `notebake bake` after one edit (the first bake left its cache beside the output)
#     against Hugo's full build.
#
#   bench/serve.sh [--rounds R] [--warmup W] [--out-dir DIR] [N...]
#                  (default N: 1000 10000; R: 5; W: 10)
#
# --out-dir DIR: where the second bakes' and Hugo's full builds' outputs go (default
# target/bench/out), e.g. /dev/shm/notebake-bench: Hugo's full build deletes its output first,
# and on ext4 without a journal each build's new files are slower to create than the last's
# (bench/run.sh --help).
#
# The W warm-up edits (each tool alike, not counted) come first: a writer keeps the server open
# for hours, and notebake's first rebuilds run while the JIT is still compiling them.
#
# Raw numbers go to target/bench/serve-N.tsv and target/bench/rebake-N.tsv; medians are printed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/target/bench
SEED=${BENCH_SEED:-42}
ROUNDS=5
WARMUP=10
OUT_DIR=""
SIZES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --out-dir) OUT_DIR=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) SIZES+=("$1"); shift ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
cd "$ROOT"
mkdir -p "$WORK"
OUT_DIR=${OUT_DIR:-$WORK/out}
mkdir -p "$OUT_DIR"
OUT_DIR=$(cd "$OUT_DIR" && pwd)
command -v hugo >/dev/null || { echo "bench: install hugo first (apt-get install -y hugo)" >&2; exit 2; }
[ -f target/notebake.jar ] || mvn -B -q package -DskipTests
[ -f "$WORK/classpath" ] || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/classpath" >/dev/null
[ -f target/test-classes/org/notebake/bench/VaultGenerator.class ] || mvn -B -q test-compile
TEST_CP="target/test-classes:$(cat "$WORK/classpath")"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); else print "n/a"}'; }
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

for n in "${SIZES[@]}"; do
  base=$WORK/serve-vault-$n
  if [ "$(cat "$base.stamp" 2>/dev/null)" != "$SEED $n" ]; then
    rm -rf "$base"
    java -cp "$TEST_CP" org.notebake.bench.VaultGenerator "$base" "$n" "$SEED" text >&2
    echo "$SEED $n" > "$base.stamp"
  fi
  for tool in notebake hugo; do rm -rf "$WORK/serve-$tool-$n"; cp -r "$base" "$WORK/serve-$tool-$n"; done
  note=essays/note-00001.md
  # 1. serve against hugo server
  np=$(free_port); hp=$(free_port)
  bin/notebake serve --source "$WORK/serve-notebake-$n" --port "$np" > "$WORK/serve-notebake-$n.log" 2>&1 &
  PIDS+=($!)
  HUGO_RESOURCEDIR=$WORK/hugo-resources hugo server --noBuildLock -s bench/hugo-site \
    --contentDir "$WORK/serve-hugo-$n/content" --port "$hp" --bind 127.0.0.1 \
    --baseURL "http://127.0.0.1:$hp/" --cacheDir "$WORK/hugo-cache" > "$WORK/serve-hugo-$n.log" 2>&1 &
  PIDS+=($!)
  start=$(date +%s)
  until grep -q 'serving http' "$WORK/serve-notebake-$n.log" && grep -q 'Web Server is available' "$WORK/serve-hugo-$n.log"; do
    sleep 1
    [ $(( $(date +%s) - start )) -lt 1800 ] || { echo "bench: servers did not start" >&2; exit 1; }
  done
  echo "bench: N=$n both servers up after $(( $(date +%s) - start )) s" >&2
  python3 bench/serve_bench.py "$ROUNDS" "http://127.0.0.1:$np/" "$WORK/serve-notebake-$n/content/$note" \
    essays/note-00001.html "http://127.0.0.1:$hp/" "$WORK/serve-hugo-$n/content/$note" \
    essays/note-00001/ "$WARMUP" | tee "$WORK/serve-$n.tsv"
  cleanup; PIDS=()
  sleep 2
  # 2. a second bake after one edit against Hugo's full build
  out=$OUT_DIR/rebake-$n
  rm -rf "$out" "$(dirname "$out")/.$(basename "$out").notebake-cache"
  bin/notebake bake --source "$WORK/serve-notebake-$n" --output "$out" >/dev/null
  : > "$WORK/rebake-$n.tsv"
  for ((r = 1; r <= ROUNDS; r++)); do
    echo "A second-bake edit, round $r." >> "$WORK/serve-notebake-$n/content/$note"
    /usr/bin/time -f '%e' -o "$WORK/time-rebake" bin/notebake bake --source "$WORK/serve-notebake-$n" --output "$out" >/dev/null 2>&1
    printf 'notebake-second-bake\t%d\t%s\n' "$r" "$(tail -n1 "$WORK/time-rebake")" | tee -a "$WORK/rebake-$n.tsv"
    rm -rf "$OUT_DIR/hugo-rebake-$n"
    HUGO_RESOURCEDIR=$WORK/hugo-resources /usr/bin/time -f '%e' -o "$WORK/time-rebake" hugo --quiet --noBuildLock \
      -s bench/hugo-site --contentDir "$WORK/serve-hugo-$n/content" -d "$OUT_DIR/hugo-rebake-$n" \
      --cacheDir "$WORK/hugo-cache" >/dev/null 2>&1
    printf 'hugo-full-build\t%d\t%s\n' "$r" "$(tail -n1 "$WORK/time-rebake")" | tee -a "$WORK/rebake-$n.tsv"
  done
  nb=$(awk -F'\t' '$1=="notebake"{print $3}' "$WORK/serve-$n.tsv" | median)
  ne=$(awk -F'\t' '$1=="notebake" && $4!=""{print $4}' "$WORK/serve-$n.tsv" | median)
  hu=$(awk -F'\t' '$1=="hugo"{print $3}' "$WORK/serve-$n.tsv" | median)
  rb=$(awk -F'\t' '$1=="notebake-second-bake"{print $3}' "$WORK/rebake-$n.tsv" | median)
  hb=$(awk -F'\t' '$1=="hugo-full-build"{print $3}' "$WORK/rebake-$n.tsv" | median)
  echo "| $n | $nb ms (event $ne ms) | $hu ms | $rb s | $hb s | load $(cut -d' ' -f1 /proc/loadavg) |"
done
