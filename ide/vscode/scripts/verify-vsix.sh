#!/usr/bin/env bash
# Checks a built marvel-mvl.vsix: it holds the server jar and the language client, and the jar
# inside it starts and answers an LSP initialize request over stdio (scripts/lsp-smoke.js).
# Usage: scripts/verify-vsix.sh [path/to/marvel-mvl.vsix]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
vsix="${1:-$here/../marvel-mvl.vsix}"
if [[ ! -f "$vsix" ]]; then
  echo "error: no vsix at $vsix; build it with ide/vscode/package.sh" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
unzip -q "$vsix" -d "$work"
for required in extension/package.json extension/extension.js extension/server/marvel-language-server.jar \
    extension/node_modules/vscode-languageclient/package.json extension/syntaxes/marvel.tmLanguage.json; do
  if [[ ! -f "$work/$required" ]]; then
    echo "error: $vsix lacks $required" >&2
    exit 1
  fi
done
echo "vsix contents ok: server jar, vscode-languageclient, grammar"
node "$here/lsp-smoke.js" "$work/extension/server/marvel-language-server.jar"
