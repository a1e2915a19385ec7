#!/usr/bin/env bash
# Regenerates proto/gen from proto/tributary/**/*.proto with protobufjs-cli (static ES modules
# plus .d.ts), one output per .proto file. `--check` generates into a temp dir and fails when
# the checked-in proto/gen differs, so CI catches stale generated code.
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
if [[ "${1:-}" == "--check" ]]; then check=true; fi

out_root="proto/gen"
if $check; then out_root="$(mktemp -d)"; trap 'rm -rf "$out_root"' EXIT; fi

mapfile -t protos < <(cd proto && find tributary -name '*.proto' | LC_ALL=C sort)
for rel in "${protos[@]}"; do
  base="${rel%.proto}"
  mkdir -p "$out_root/$(dirname "$rel")"
  js="$out_root/$base.js"
  dts="$out_root/$base.d.ts"
  npx --no-install pbjs -t static-module -w es6 --no-create --no-verify --no-delimited --no-convert \
    -r "$base" -p proto -o "$js" "proto/$rel" 2>/dev/null
  # Node's ESM loader needs the file extension, and protobufjs/minimal is CommonJS: take its
  # default export (module.exports) instead of a namespace import, whose names Node cannot see.
  sed -i 's#^import \* as \$protobuf from "protobufjs/minimal";#import $protobuf from "protobufjs/minimal.js";#' "$js"
  # bigint values for 64-bit fields (see proto/runtime/bigintLongs.js), by a path relative to the file.
  up="$(dirname "$rel" | sed -E 's#[^/]+#..#g')"
  sed -i "s#^import \$protobuf from \"protobufjs/minimal.js\";#&\nimport \"../${up}/runtime/bigintLongs.js\";#" "$js"
  npx --no-install pbts --no-comments -o "$dts" "$js" 2>/dev/null
  # pbts emits a CommonJS-style Long import that an ES module declaration cannot use.
  sed -i -e '/^import Long = require("long");$/d' -e 's#^import \* as \$protobuf from "protobufjs";#import type * as $protobuf from "protobufjs";#' "$dts"
done

if $check; then
  if ! diff -r "$out_root" proto/gen >/dev/null 2>&1; then
    diff -r "$out_root" proto/gen || true
    echo "proto/gen is stale: run 'make proto' and commit the result" >&2
    exit 1
  fi
  echo "proto/gen is up to date"
fi
