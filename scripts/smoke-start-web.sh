#!/usr/bin/env bash
# `npm start` where Electron cannot run: it must fall back to the web mode, say why,
# print the address, and serve the app there. Used by .ci/run after an install in which
# Electron's download failed; runs anywhere without a desktop (it unsets DISPLAY).
set -euo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
# setsid: npm, tsx and the server get their own process group, stopped as one below.
env -u DISPLAY -u WAYLAND_DISPLAY setsid npm start >"$log" 2>&1 &
group=$!
stop() { kill -TERM -- "-$group" 2>/dev/null || true; }
trap stop EXIT

url=""
for _ in $(seq 1 300); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" | head -n 1 || true)"
  [ -n "$url" ] && break
  if ! kill -0 "$group" 2>/dev/null; then
    echo "npm start exited before printing an address:"; cat "$log"; exit 1
  fi
  sleep 1
done
if [ -z "$url" ]; then echo "npm start printed no address in 300 s:"; cat "$log"; exit 1; fi
grep -E '^planpath: starting the web mode, because .+\.$' "$log"
grep -F "$url" "$log"

# The page and the script it loads, as a browser would fetch them.
URL="$url" node --input-type=module -e '
const url = process.env.URL;
const page = await (await fetch(url)).text();
if (!page.includes("<title>PlanPath</title>")) throw new Error(`no PlanPath page at ${url}`);
const src = /<script type="module"[^>]*src="([^"]+)"/.exec(page)?.[1];
if (!src) throw new Error("the page loads no script");
const script = await fetch(new URL(src, url));
if (!script.ok || (await script.text()).length < 1000) throw new Error(`script ${src}: HTTP ${script.status}`);
console.log(`npm start: web mode served at ${url} (page and ${src})`);
'
stop
trap - EXIT
wait "$group" 2>/dev/null || true
