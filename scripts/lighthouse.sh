#!/usr/bin/env bash
# Lighthouse (mobile) for a running Integrationsnetz: three runs, median of performance and accessibility
# (scores swing by several points on 2 cores, docs/performance.md). Needs Node.js >= 18 and Chromium.
#   scripts/lighthouse.sh [url]        default http://localhost:8080/
# Start the app first (./mvnw spring-boot:run, or the benchmark server). Reports go to target/lighthouse/.
set -euo pipefail
URL="${1:-http://localhost:8080/}"
LIGHTHOUSE_VERSION="12.8.2"   # the last major that runs on Node 20
OUT="$(dirname "$0")/../target/lighthouse"
mkdir -p "$OUT"
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}"
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
for run in 1 2 3; do
  npx --yes "lighthouse@${LIGHTHOUSE_VERSION}" "$URL" --quiet --only-categories=performance,accessibility \
    --chrome-flags="$FLAGS" --output=json --output-path="$OUT/run-$run.json"
done
node - "$OUT" <<'JS'
const fs = require('fs');
const dir = process.argv[2];
const runs = [1, 2, 3].map(n => JSON.parse(fs.readFileSync(`${dir}/run-${n}.json`, 'utf8')));
const median = values => values.slice().sort((a, b) => a - b)[1];
const perf = runs.map(r => Math.round(r.categories.performance.score * 100));
const a11y = runs.map(r => Math.round(r.categories.accessibility.score * 100));
const bytes = runs.map(r => r.audits['total-byte-weight'].numericValue);
console.log(`Lighthouse mobile ${runs[0].finalDisplayedUrl || runs[0].finalUrl}`);
console.log(`performance ${perf.join(', ')} -> median ${median(perf)} (target >= 95)`);
console.log(`accessibility ${a11y.join(', ')} -> median ${median(a11y)} (target 100)`);
console.log(`transferred ${bytes.map(b => Math.round(b / 1024) + ' KB').join(', ')}`);
JS
