#!/usr/bin/env bash
# Builds the Cosmos SDK's example chain daemon (simd) at a pinned version into .bin/simd.
# It is the reference gateway node/api's REST shapes are compared with
# (scripts/capture-sdk-gateway.ts) and the throughput baseline of bench/simd.ts and
# bench/simd-testnet.ts (which run this script first).
#
# simapp lives inside the SDK's root module at v0.46.x, so a tiny wrapper module that imports
# github.com/cosmos/cosmos-sdk/simapp/simd/cmd is enough; the SDK's own replace directives are
# copied into it because replaces in a dependency's go.mod are ignored by Go.
#
# Idempotent: does nothing when .bin/simd already reports the pinned version (FORCE=1 rebuilds).
set -euo pipefail

SDK_VERSION=v0.46.16
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/.bin/simd"
WRAP="$ROOT/.bin/simd-wrapper"

if [[ -x "$OUT" && "${FORCE:-0}" != 1 ]]; then
  have="$("$OUT" version 2>/dev/null || true)"
  if [[ "$have" == "${SDK_VERSION#v}" || "$have" == "$SDK_VERSION" ]]; then
    echo "simd $SDK_VERSION already at $OUT"; exit 0
  fi
  echo "$OUT reports '$have', rebuilding as $SDK_VERSION"
fi

# -checklinkname=0 below is a linker flag of Go 1.23 and later.
command -v go >/dev/null || { echo "cannot build simd $SDK_VERSION: go is not on PATH (install Go 1.23 or newer; simd is built from source)" >&2; exit 1; }
mkdir -p "$WRAP"
go mod download -json "github.com/cosmos/cosmos-sdk@$SDK_VERSION" >"$WRAP/sdk.json"
SDK_DIR="$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p' "$WRAP/sdk.json")"
[[ -f "$SDK_DIR/go.mod" ]] || { echo "cosmos-sdk $SDK_VERSION not downloaded (no $SDK_DIR/go.mod)" >&2; exit 1; }

cat >"$WRAP/main.go" <<'GO'
// simd at the SDK version pinned by scripts/build-simd.sh (generated file).
package main

import (
	"os"

	"github.com/cosmos/cosmos-sdk/server"
	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"
	"github.com/cosmos/cosmos-sdk/simapp"
	"github.com/cosmos/cosmos-sdk/simapp/simd/cmd"
)

func main() {
	rootCmd, _ := cmd.NewRootCmd()
	if err := svrcmd.Execute(rootCmd, "", simapp.DefaultNodeHome); err != nil {
		switch e := err.(type) {
		case server.ErrorCode:
			os.Exit(e.Code)
		default:
			os.Exit(1)
		}
	}
}
GO

{
  echo "module tributary.local/simd"
  echo
  echo "go 1.19"
  echo
  echo "require github.com/cosmos/cosmos-sdk $SDK_VERSION"
  echo
  # The replace block of the SDK's go.mod, verbatim (comments included).
  sed -n '/^replace (/,/^)/p' "$SDK_DIR/go.mod"
} >"$WRAP/go.mod"

cd "$WRAP"
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-mod=mod"
# -mod=mod lets the build add the requirements it resolves to go.mod/go.sum.
# -checklinkname=0: v0.46's dependency tree predates Go 1.23's restriction on go:linkname pulls.
go build -trimpath -ldflags "-checklinkname=0 -X github.com/cosmos/cosmos-sdk/version.Name=sim -X github.com/cosmos/cosmos-sdk/version.AppName=simd -X github.com/cosmos/cosmos-sdk/version.Version=${SDK_VERSION#v}" -o "$OUT.tmp" .
mv "$OUT.tmp" "$OUT"
echo "built $("$OUT" version) at $OUT"
