#!/usr/bin/env bash
# Photo variants: notebake beside vipsthumbnail on the same photos, in the same run.
#
#   bench/photos.sh [COUNT] [WIDTH] [HEIGHT]        (default: 50 photos of 6000 x 4000)
#
# Generates COUNT camera-sized JPEGs (bench/GeneratePhotos.java: sky, hills, sun, sensor noise),
# bakes a vault whose one gallery note embeds them all, cold (empty photo cache) and warm
# (unchanged photos), and makes the same outputs with vipsthumbnail: each photo at 480, 960,
# 1600 and 2400 pixels wide in WebP and JPEG, two at a time (xargs -P 2, as notebake uses two
# threads on two cores). notebake's figure is its "photos" stage (--verbose), the whole process's
# wall time beside it; peak memory is the notebake process's maximum resident set (/usr/bin/time).
# Needs: the jar (mvn -q package -DskipTests), cwebp (Debian webp), vipsthumbnail (libvips-tools).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
COUNT=${1:-50}
W=${2:-6000}
H=${3:-4000}
WORK=$ROOT/target/bench/photos
mkdir -p "$WORK"
for tool in vipsthumbnail cwebp /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/photos.sh: $tool is missing (apt-get install -y libvips-tools webp time)" >&2; exit 2; }
done
[ -f "$ROOT/target/notebake.jar" ] || (cd "$ROOT" && mvn -q -B package -DskipTests -DskipBake=true)

vault=$WORK/vault
if [ ! -f "$WORK/.generated-$COUNT-$W-$H" ]; then
  rm -rf "$vault" "$WORK"/.generated-*
  mkdir -p "$vault/gallery"
  java "$ROOT/bench/GeneratePhotos.java" "$vault/gallery" "$COUNT" "$W" "$H"
  touch "$WORK/.generated-$COUNT-$W-$H"
fi
printf 'site.title=Avery Quinn\nsite.author=Avery Quinn\nsite.host=https://avery.example.org/\n' > "$vault/jbake.properties"
{
  printf -- '---\ntitle: Spring show\npublish: true\n---\nFifty photos.\n\n'
  for f in "$vault"/gallery/*.jpg; do n=$(basename "$f"); printf '![[%s|Made-up hills, %s]]\n\n' "$n" "${n%.jpg}"; done
} > "$vault/gallery/show.md"

out=$WORK/out
cache=$WORK/.notebake-cache
bake() { # label
  /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$ROOT/bin/notebake" bake --source "$vault" --output "$out" --verbose > "$WORK/$1.log" 2>&1
  read -r wall rss < "$WORK/time.txt"
  ms=$(grep -o 'photos=[0-9]*ms' "$WORK/$1.log" | grep -o '[0-9]*')
  echo "$1 $ms $wall $rss"
}
rm -rf "$cache" "$out"
cold=$(bake cold)
warm=$(bake warm)

vips_out=$WORK/vips
rm -rf "$vips_out"; mkdir -p "$vips_out"
start=$(date +%s.%N)
for f in "$vault"/gallery/*.jpg; do
  for w in 480 960 1600 2400; do
    echo "$f ${w} jpg[Q=82,strip,interlace]"
    echo "$f ${w} webp[Q=80,strip]"
  done
done | xargs -P 2 -L 1 sh -c 'vipsthumbnail "$0" --size "${1}x" -o "'"$vips_out"'/%s-${1}w.$2"'
end=$(date +%s.%N)
vips_s=$(echo "$end - $start" | bc -l)

nb_files=$(find "$out/gallery" -name '*w.jpg' -o -name '*w.webp' | wc -l)
nb_bytes=$(find "$out/gallery" \( -name '*w.jpg' -o -name '*w.webp' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
vips_files=$(find "$vips_out" -type f | wc -l)
vips_bytes=$(find "$vips_out" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
src_bytes=$(find "$vault/gallery" -name '*.jpg' -printf '%s\n' | awk '{s+=$1} END {print s}')

read -r _ cold_ms cold_wall cold_rss <<< "$cold"
read -r _ warm_ms warm_wall warm_rss <<< "$warm"
awk -v n="$COUNT" -v cm="$cold_ms" -v cw="$cold_wall" -v cr="$cold_rss" -v wm="$warm_ms" \
    -v ww="$warm_wall" -v wr="$warm_rss" -v vs="$vips_s" -v nf="$nb_files" -v nb="$nb_bytes" \
    -v vf="$vips_files" -v vb="$vips_bytes" -v sb="$src_bytes" -v w="$W" -v h="$H" 'BEGIN {
  printf "%d photos of %dx%d (%.0f MB of JPEG), variants at 480/960/1600/2400 in WebP and JPEG, %d cores\n\n", n, w, h, sb / 1e6, '"$(nproc)"'
  printf "| run | photos stage | photos/s | whole process | peak RSS | outputs |\n|---|---:|---:|---:|---:|---:|\n"
  printf "| notebake cold | %.1f s | %.2f | %.1f s | %d MiB | %d files, %.1f MB |\n", cm / 1000, n / (cm / 1000), cw, cr / 1024, nf, nb / 1e6
  printf "| notebake warm | %.2f s | %.0f | %.1f s | %d MiB | same |\n", wm / 1000, n / (wm / 1000), ww, wr / 1024
  printf "| vipsthumbnail (xargs -P 2) | %.1f s | %.2f | %.1f s | | %d files, %.1f MB |\n", vs, n / vs, vs, vf, vb / 1e6
  printf "\ncold throughput is %.2f of vipsthumbnail'"'"'s (target at least 0.5); warm %.2f s (target under 1 s); peak RSS %d MiB (target under 1024)\n", (n / (cm / 1000)) / (n / vs), wm / 1000, (cr > wr ? cr : wr) / 1024
}' | tee "$WORK/results.md"
