#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the repository's own baked
# site: its home page, an essay, a project and a gallery album.
#
#   bench/lighthouse.sh                 # bakes target/site first if it is missing
#   SITE=/tmp/out bench/lighthouse.sh   # any baked folder
#
# Needs node/npm (lighthouse is installed into target/lighthouse on first use) and Chromium
# (CHROME_PATH, /usr/bin/chromium by default). Prints a Markdown table; JSON reports stay in
# target/lighthouse/reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
LIGHTHOUSE_VERSION=13.5.0
SITE=${SITE:-target/site}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
TOOLS=target/lighthouse
REPORTS=$TOOLS/reports

if [ ! -f "$SITE/index.html" ]; then
  [ -f target/notebake.jar ] || mvn -q -B package -DskipTests -DskipBake=true
  bin/notebake bake --source . --output "$SITE" --force
fi
if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" "lighthouse@$LIGHTHOUSE_VERSION"
fi
mkdir -p "$REPORTS"

first() { # the first page in a folder that is not the folder's index
  find "$SITE/$1" -maxdepth 1 -name '*.html' ! -name index.html 2>/dev/null | sort | head -n 1 |
    sed "s|^$SITE/||"
}
pages=("home=index.html" "essay=$(first essays)" "project=$(first projects)" "album=$(first gallery)")

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$SITE" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done

echo "| page | path | performance | accessibility | best practices | SEO |"
echo "|---|---|---:|---:|---:|---:|"
for entry in "${pages[@]}"; do
  name=${entry%%=*}
  path=${entry#*=}
  if [ -z "$path" ]; then
    echo "| $name | (none in $SITE) | | | | |"
    continue
  fi
  "$TOOLS/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$path" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$REPORTS/$name.json" >/dev/null 2>&1
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    console.log(`| ${process.argv[2]} | ${process.argv[3]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`);
  ' "$(pwd)/$REPORTS/$name.json" "$name" "$path"
done
