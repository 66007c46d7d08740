#!/usr/bin/env bash
# Builds the Marvel VS Code extension in one step: the language server jar (Maven, from the
# repository root), copied into server/, then marvel-mvl.vsix (vsce via npx).
# Extra Maven flags may be given in MVN_FLAGS, e.g. MVN_FLAGS=-o to build offline.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

(cd "$root" && mvn -B -q ${MVN_FLAGS:-} -pl ide/server -am package -DskipTests)
mkdir -p "$here/server"
cp "$root/ide/server/target/marvel-language-server.jar" "$here/server/marvel-language-server.jar"

cd "$here"
npm ci --no-audit --no-fund
npm run package
echo "built $here/marvel-mvl.vsix"
