#!/usr/bin/env bash
# The web page's browser test (test/browser.mjs), with what it needs installed when missing: Debian's
# chromium, Node.js 20+ with npm, playwright-core and axe-core (npm ci, from package-lock.json). apt-get runs as root or
# through sudo. The test itself builds the page (build.sh) and the examples it compares with.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

missing=()
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
{ command -v node && command -v npm; } > /dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
fi
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  echo "the browser test needs Node.js 20 or newer (playwright-core); this is $(node --version)" >&2
  exit 1
fi
cd "$here"
npm ls playwright-core axe-core > /dev/null 2>&1 || npm ci --no-audit --no-fund --loglevel=error
node test/browser.mjs
