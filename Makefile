# Tributary — the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
NODE_MODULES_STAMP := node_modules/.install-stamp
TRIBUTARY := node bin/tributary.js
DEV_HOME := ./.tributary-dev
DEV_CHAIN_ID := tributary-local-1
TESTNET_DIR := ./.testnet

# CometBFT for multi-validator networks, pinned; keep in step with COMETBFT_VERSION in node/version.ts.
COMETBFT_VERSION := v0.38.17
COMETBFT := .bin/cometbft
COMETBFT_STAMP := .bin/.cometbft-$(COMETBFT_VERSION)
# grpcurl for the gRPC e2e test (lists and calls through reflection), pinned like CometBFT.
GRPCURL_VERSION := v1.9.1
GRPCURL_STAMP := .bin/.grpcurl-$(GRPCURL_VERSION)

.PHONY: run testnet clean-testnet test lint typecheck unit install build proto proto-check bench eval demo clean-dev cometbft grpcurl chromium

## install: dependencies (exactly what package-lock.json pins) and the build (npm's prepare step)
install: $(NODE_MODULES_STAMP)

# `.npmrc` stops onnxruntime-node fetching CUDA files. npm ci runs the package's `prepare`, the build.
$(NODE_MODULES_STAMP): package.json package-lock.json client/package.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## build: compile the CLI and node (dist/), the client (client/dist/) and the dashboard (dashboard/dist/); about a second
build: install
	node scripts/build.mjs

## grpcurl: build the pinned grpcurl into ./.bin with `go install` (needs Go)
grpcurl: $(GRPCURL_STAMP)

$(GRPCURL_STAMP):
	@command -v go >/dev/null || { echo "error: Go is needed to build grpcurl $(GRPCURL_VERSION) (go install); see README"; exit 1; }
	GOBIN=$(CURDIR)/.bin go install github.com/fullstorydev/grpcurl/cmd/grpcurl@$(GRPCURL_VERSION)
	@rm -f .bin/.grpcurl-*
	@touch $@

## chromium: Debian's Chromium for the dashboard's browser test (apt-get, as root); nothing when it is there
chromium:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && { apt-get install -y -q chromium >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }; }; } \
	  || { echo "error: the browser test needs Debian's chromium package: sudo apt-get install chromium"; exit 1; }

## cometbft: build the pinned CometBFT into ./.bin with `go install` (needs Go ≥ 1.22)
cometbft: $(COMETBFT_STAMP)

$(COMETBFT_STAMP):
	@command -v go >/dev/null || { echo "error: Go is needed to build CometBFT $(COMETBFT_VERSION) (go install); see README"; exit 1; }
	GOBIN=$(CURDIR)/.bin go install github.com/cometbft/cometbft/cmd/cometbft@$(COMETBFT_VERSION)
	@rm -f .bin/.cometbft-*
	@touch $@

## run: start a local single-node dev chain (creates ./.tributary-dev on first use)
run: build
	@if [ ! -f $(DEV_HOME)/config/genesis.json ]; then $(TRIBUTARY) dev-init --home $(DEV_HOME) --chain-id $(DEV_CHAIN_ID); fi
	$(TRIBUTARY) start --home $(DEV_HOME)

## testnet: a local 4-validator CometBFT network (written to ./.testnet on first use); Ctrl-C stops it
testnet: build cometbft
	@if [ ! -f $(TESTNET_DIR)/testnet.json ]; then $(TRIBUTARY) testnet --validators 4 --output-dir $(TESTNET_DIR); fi
	$(TRIBUTARY) testnet start --output-dir $(TESTNET_DIR)

## test: lint, typecheck and the whole suite
test: install cometbft grpcurl chromium lint typecheck proto-check unit

lint: install
	npx eslint --max-warnings 0 .

# The dashboard is browser code (DOM types), checked with its own tsconfig.
typecheck: install
	npx tsc --noEmit -p tsconfig.json
	npx tsc --noEmit -p dashboard/tsconfig.json

# vitest's global setup runs the build first (test/globalSetup.ts)
unit: install
	npx vitest run

## golden: write the app-hash golden vectors if missing, else check them (--update only for a script change; test/golden/README.md)
.PHONY: golden
golden: install
	npx tsx test/golden/generate.ts

## determinism-no-vnni: inference digests and tests under QEMU CPUs without AVX-512 VNNI (x86-64, qemu-user; ~4 min, not in `make test`)
.PHONY: determinism-no-vnni
determinism-no-vnni: install
	scripts/inference-no-vnni.sh

## proto: regenerate proto/gen (protobuf-es, by buf) from proto/tributary; the generated code is checked in (proto/README.md)
proto: install
	bash proto/generate.sh

## proto-check: fail on stale proto/gen, then buf lint and buf breaking against proto/releases/v0.1.0.binpb (part of `make test`)
proto-check: install
	bash proto/generate.sh --check

## bench: benchmarks (never run by the test suite); latest results in bench/RESULTS.md, the history in bench/results/
bench: install
	npx tsx bench/run.ts

## eval: attribution quality on the SpamAssassin corpus (never run by the test suite; EVAL_* knobs in eval/run.ts); recorded like bench's (bench/RESULTS.md, bench/results/)
eval: install
	npx tsx eval/run.ts

## fuzz: structure-aware fuzzing, 100,000 cases over every routed message, the tx envelope, ONNX artifacts, genesis files and a node's RPC/REST/websocket (FUZZ_SEED, FUZZ_CASES, FUZZ_TARGET, FUZZ_CASE: test/fuzz/README.md); ~20 min
.PHONY: fuzz
fuzz: build
	npx tsx test/fuzz/main.ts

## demo: payable inference on a fresh dev chain in a temp home (real mails → datanet → model → three paid inferences → balances); a few minutes
demo: install
	npx tsx demo/run.ts

## chaos-net: a 4-validator CometBFT network under load: 20 SIGKILL/restarts, a 30 s SIGSTOP, an app restart, a 30 s network cut (network namespace; needs root), two down; then every node agrees at every height (test/chaos/network.README.md); ~10 min
.PHONY: chaos-net
chaos-net: build cometbft
	npx tsx test/chaos/networkRun.ts

## chaos: both chaos runs, the solo node's then the network's
.PHONY: chaos
chaos: chaos-solo chaos-net

## chaos-solo: a solo node under mixed load SIGKILLed 100 times (CHAOS_KILLS, CHAOS_SEED) inside Commit, inside index building and at random moments; checks after every kill and restart, then a full replay (test/chaos/README.md); ~25 min
.PHONY: chaos-solo
chaos-solo: build
	npx tsx test/chaos/soloMain.ts --kills $(or $(CHAOS_KILLS),100) $(if $(CHAOS_SEED),--seed $(CHAOS_SEED))

clean-dev:
	rm -rf $(DEV_HOME)

clean-testnet:
	rm -rf $(TESTNET_DIR)
