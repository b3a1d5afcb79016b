#!/usr/bin/env bash
# Benchmarks notebake against vanilla JBake 2.7.0 and Hugo on the same synthetic vault.
#
#   bench/run.sh [--rounds R] [--skip-jbake-10k] [--tools notebake,jbake,hugo]
#                [--shape text|heavy|greek] [--first] [--out-dir DIR] [N...]
#                (default N: 1000 10000)
#
# --out-dir DIR puts every tool's output (and notebake's caches beside it) in DIR instead of
# target/bench/out, e.g. /dev/shm/notebake-bench. On ext4 without a journal (this project's
# machines) a folder of 10,000 files deleted before each build makes the next build's new files
# slow to create, slower each round: the kernel skips inodes deleted in the last minute or more
# (fs/ext4/ialloc.c, find_inode_bit -> recently_deleted). Hugo's build of the text vault at
# 10,000 notes took 4.5, 6.8, 8.4 s in three rounds into target/bench, 3.9-4.3 s on tmpfs
# (2026-12-07); a tmpfs folder measures the tools, not the disk (bench/README.md).
#
# --first measures first builds: every cache goes before each round too (notebake's share cards
# and photo variants, Hugo's --cacheDir), as on a machine that never built the vault.
#
# A tool named notebake+FLAGS is notebake with FLAGS (no commas) added to its JVM flags, so a
# switch can be measured against the default in the same interleaved rounds:
#   bench/run.sh --tools notebake,notebake+-XX:TieredStopAtLevel=4,hugo 1000
# The tool notebake-base is another build (NOTEBAKE_BASE=DIR, with DIR/bin/notebake and its jar):
#   NOTEBAKE_BASE=/tmp/before bench/run.sh --tools notebake-base,notebake,hugo 1000
#
# Shapes of vault (VaultShape): text, 400-900 words of prose a note, all public; heavy, about
# 1,100 words and 17 wikilinks a note, a pasted PNG screenshot in each, 30% of notes private.
#
# Two more tools measure what the speed targets would cost (see bench/README.md, "What if"):
# notebake built with bench/what-if.patch, baking without the HTML passes on note pages
# (what-if-no-note-passes), and also without the per-topic feeds (what-if-no-note-passes-feeds).
#
# Each round runs every tool once, in a rotated order, as a whole process measured by
# /usr/bin/time (wall seconds, peak RSS). Medians and ratios are printed as a Markdown table;
# raw numbers go to target/bench/results-SHAPE.tsv. Environment:
#   NOTEBAKE_JAVA_OPTS  extra JVM flags for notebake, added to bin/notebake's own
#   JBAKE_JAVA_OPTS     extra JVM flags for vanilla JBake
#   BENCH_SEED          generator seed (default 42)
#   JBAKE_BIG_N         from this N on, vanilla JBake runs once (default 5000): it is O(n^2)
#   JBAKE_TIMEOUT       seconds before a vanilla JBake run is abandoned (default 3600)
#   BENCH_RESULTS       where raw numbers go (default target/bench/results-SHAPE.tsv)
#   BENCH_EXTRA_RESULTS more results.tsv files to merge into the table (e.g. an earlier JBake 10k run)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/target/bench
SEED=${BENCH_SEED:-42}
JBAKE_BIG_N=${JBAKE_BIG_N:-5000}
JBAKE_TIMEOUT=${JBAKE_TIMEOUT:-3600}
ROUNDS=""
SKIP_JBAKE_BIG=false
SIZES=()
TOOLS=notebake,jbake,hugo
SHAPE=text
FIRST=false
OUT_DIR=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2 ;;
    --skip-jbake-10k) SKIP_JBAKE_BIG=true; shift ;;
    --tools) TOOLS=$2; shift 2 ;;
    --shape) SHAPE=$2; shift 2 ;;
    --first) FIRST=true; shift ;;
    --out-dir) OUT_DIR=$2; shift 2 ;;
    -h|--help) sed -n '2,41p' "$0"; exit 0 ;;
    *) SIZES+=("$1"); shift ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
cd "$ROOT"
mkdir -p "$WORK"
OUT_DIR=${OUT_DIR:-$WORK/out}
mkdir -p "$OUT_DIR"
OUT_DIR=$(cd "$OUT_DIR" && pwd)

need_package() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "bench: installing $2" >&2
  if [ ! -f "$WORK/.apt-updated" ]; then apt-get update -q >/dev/null && touch "$WORK/.apt-updated"; fi
  apt-get install -y -q "$2" >/dev/null
}
[ -x /usr/bin/time ] || need_package /usr/bin/time time
need_package hugo hugo

if [[ ",$TOOLS," == *,notebake,* ]] && [ ! -f target/notebake.jar ]; then
  echo "bench: building target/notebake.jar" >&2
  # package also bakes this repo's site once, which records bin/notebake's class-data sharing archive
  mvn -B -q package || echo "bench: notebake jar does not build; its rows will fail" >&2
fi
if [[ ",$TOOLS," == *,notebake,* ]] && [ -f target/notebake.jar ] \
  && { [ ! -f target/notebake.jsa ] || [ target/notebake.jar -nt target/notebake.jsa ]; }; then
  # bin/notebake records its class-data archive on a run when the jar is newer; that run is slower
  # and must not be measured: record it now, on this repository's own site.
  echo "bench: recording notebake's class-data archive" >&2
  bin/notebake bake --source "$ROOT" --output "$WORK/out/cds-warmup" --force >/dev/null
fi
if [[ ",$TOOLS," == *,what-if-* ]]; then
  # A copy of this working tree with bench/what-if.patch applied, built and warmed up once.
  echo "bench: building the what-if jar in $WORK/what-if" >&2
  need_package patch patch
  rm -rf "$WORK/what-if"; mkdir -p "$WORK/what-if"
  cp -r pom.xml jbake.properties src templates assets content bin "$WORK/what-if/"
  patch -s -p1 -d "$WORK/what-if" < bench/what-if.patch
  (cd "$WORK/what-if" && mvn -B -q package -Dmaven.test.skip=true -DskipBake=true -Dspotless.check.skip=true)
  "$WORK/what-if/bin/notebake" bake --source "$ROOT" --output "$WORK/out/cds-warmup-what-if" \
    --force >/dev/null
fi
echo "bench: compiling the generator and the JBake baseline" >&2
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath" >/dev/null
TEST_CP="target/test-classes:$(cat "$WORK/classpath")"

vault_for() { # N -> path of a generated vault, regenerated only when seed, N or shape changed
  local vault=$WORK/vault-$1
  [ "$SHAPE" = text ] || vault=$WORK/vault-$SHAPE-$1
  if [ "$(cat "$vault.stamp" 2>/dev/null)" != "$SEED $1 $SHAPE" ]; then
    rm -rf "$vault" "$vault.stamp"
    java -cp "$TEST_CP" org.notebake.bench.VaultGenerator "$vault" "$1" "$SEED" "$SHAPE" >&2
    echo "$SEED $1 $SHAPE" > "$vault.stamp"
  fi
  echo "$vault"
}

command_for() { # tool vault output -> sets the array CMD
  local opts=()
  case "$1" in
    notebake)
      # bin/notebake is the documented launcher (its JVM flags; NOTEBAKE_JAVA_OPTS is added to them)
      CMD=(bin/notebake bake --source "$2" --output "$3") ;;
    notebake+*)
      # notebake with more JVM flags, e.g. notebake+-Dsome.property=true, to compare the two
      CMD=(env "NOTEBAKE_JAVA_OPTS=${NOTEBAKE_JAVA_OPTS:-} ${1#notebake+}" bin/notebake bake
        --source "$2" --output "$3") ;;
    notebake-base)
      # another build of notebake (NOTEBAKE_BASE: a folder with bin/notebake and target/notebake.jar),
      # e.g. a copy of the jar before a change, measured against it in the same rounds
      CMD=("${NOTEBAKE_BASE:?set NOTEBAKE_BASE to a folder with bin/notebake}/bin/notebake" bake
        --source "$2" --output "$3") ;;
    jbake)
      read -r -a opts <<< "${JBAKE_JAVA_OPTS:-}"
      CMD=(timeout "$JBAKE_TIMEOUT" java "${opts[@]}" -cp "$TEST_CP"
        org.notebake.bench.VanillaJBake "$2" "$3" bench/jbake-templates) ;;
    what-if-no-note-passes)
      CMD=(env WHATIF_NO_NOTE_PAGE_PASSES=1 "$WORK/what-if/bin/notebake" bake --source "$2"
        --output "$3") ;;
    what-if-no-note-passes-feeds)
      CMD=(env WHATIF_NO_NOTE_PAGE_PASSES=1 WHATIF_NO_TOPIC_FEEDS=1
        "$WORK/what-if/bin/notebake" bake --source "$2" --output "$3") ;;
    hugo)
      CMD=(hugo --quiet --noBuildLock -s bench/hugo-site --contentDir "$2/content" -d "$3"
        --cacheDir "$WORK/hugo-cache") ;;
  esac
}

RESULTS=${BENCH_RESULTS:-$WORK/results-$SHAPE.tsv}
echo "bench: vault shape $SHAPE" >&2
printf 'tool\tnotes\tround\twall_s\tpeak_rss_kib\texit\thtml_files\tcpu_s\tload1\n' > "$RESULTS"

measure() { # tool N round vault
  local out=$OUT_DIR/$1-$SHAPE-$2 log=$WORK/logs/$1-$SHAPE-$2-r$3.log
  rm -rf "$out"; mkdir -p "$WORK/logs"
  # Every round is a clean bake: notebake's memo of the last bake (bodies, pages) beside the output
  # goes too. The photo and share-card caches stay, as Hugo's --cacheDir does.
  rm -rf "$OUT_DIR/.$(basename "$out").notebake-cache"
  if $FIRST; then
    rm -rf "$OUT_DIR/.$(basename "$out").cards" "$OUT_DIR/.notebake-cache/$(basename "$out")" \
      "$WORK/hugo-cache"
  fi
  local rc=0 load
  # Other work on the machine skews wall times; the 1-minute load average says how much.
  load=$(cut -d ' ' -f 1 /proc/loadavg)
  command_for "$1" "$4" "$out"
  # Hugo would otherwise write its resources/ folder into bench/hugo-site.
  HUGO_RESOURCEDIR=$WORK/hugo-resources /usr/bin/time -f '%e %M %U %S' -o "$WORK/time-$1-$2.out" \
    "${CMD[@]}" >"$log" 2>&1 || rc=$?
  local wall=0 rss=0 user=0 sys=0 pages cpu
  # A killed run leaves no numbers: keep the zeros and let the exit code tell.
  read -r wall rss user sys < <(tail -n 1 "$WORK/time-$1-$2.out") || true
  cpu=$(echo "$user $sys" | awk '{printf "%.2f", $1 + $2}')
  pages=$(find "$out" -name '*.html' 2>/dev/null | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$wall" "$rss" "$rc" "$pages" \
    "$cpu" "$load" >> "$RESULTS"
  echo "bench: N=$2 round $3 $1: ${wall}s wall, ${cpu}s CPU, $((rss / 1024)) MiB, exit $rc," \
    "$pages html files (load before: $load)" >&2
}

for n in "${SIZES[@]}"; do
  vault=$(vault_for "$n")
  rounds=${ROUNDS:-$([ "$n" -ge 10000 ] && echo 3 || echo 5)}
  IFS=, read -r -a tools <<< "$TOOLS"
  for ((r = 1; r <= rounds; r++)); do
    for ((i = 0; i < ${#tools[@]}; i++)); do
      tool=${tools[$(((i + r) % ${#tools[@]}))]}
      if [ "$tool" = jbake ] && [ "$n" -ge "$JBAKE_BIG_N" ]; then
        # O(n^2): one run is minutes, so it runs once (in the middle round), or not at all.
        if $SKIP_JBAKE_BIG || [ "$r" -ne $(((rounds + 1) / 2)) ]; then continue; fi
      fi
      measure "$tool" "$n" "$r" "$vault"
    done
  done
done

SUMMARY_ARGS=(--jbake-big-n "$JBAKE_BIG_N")
$SKIP_JBAKE_BIG && SUMMARY_ARGS+=(--jbake-big-skipped)
python3 bench/summarize.py "${SUMMARY_ARGS[@]}" "$RESULTS" ${BENCH_EXTRA_RESULTS:-}
