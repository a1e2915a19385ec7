/**
 * Captures a real Cosmos SDK gateway's JSON: inits a throwaway single-validator simd chain
 * (.bin/simd, built by scripts/build-simd.sh) in a temp dir, starts it on free loopback ports,
 * makes a bank send and an unbond with fees (so txs and unbonding entries exist), waits for
 * rewards to accrue again, GETs every route in
 * ROUTES and writes the raw answers to node/api/testdata/simdGateway-v<version>.json, keyed by
 * route with its {placeholders} kept. test/api.e2e.test.ts compares our REST answers' shapes
 * with these. Run: `npx tsx scripts/capture-sdk-gateway.ts` (about a minute).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SIMD = join(ROOT, ".bin/simd");
const CHAIN_ID = "sim-capture-1";
const DENOM = "stake";

/**
 * The routes captured. Placeholders (filled here with simd's values, by the test with ours):
 * {address} a funded account that has signed a tx, {fresh} one that never signed (no pub_key),
 * {operator} the validator's own account, {delegator} an account with an unbonding delegation
 * (simd: the validator's own, unbonding part of its bond), {valoper}/{valcons} the validator, {denom} the
 * staking denom, {module} a module account's name, {hash} the bank send, {height} the block
 * holding it.
 */
const ROUTES = [
  "/cosmos/auth/v1beta1/accounts",
  "/cosmos/auth/v1beta1/accounts/{fresh}",
  "/cosmos/auth/v1beta1/module_accounts/{module}",
  "/cosmos/auth/v1beta1/params",
  "/cosmos/auth/v1beta1/bech32",
  "/cosmos/bank/v1beta1/balances/{address}",
  "/cosmos/bank/v1beta1/balances/{address}/by_denom?denom={denom}",
  "/cosmos/bank/v1beta1/spendable_balances/{address}",
  "/cosmos/bank/v1beta1/spendable_balances/{address}/by_denom?denom={denom}",
  "/cosmos/bank/v1beta1/supply",
  "/cosmos/bank/v1beta1/supply/by_denom?denom={denom}",
  "/cosmos/bank/v1beta1/denoms_metadata",
  "/cosmos/bank/v1beta1/denoms_metadata/{denom}",
  "/cosmos/bank/v1beta1/params",
  "/cosmos/bank/v1beta1/send_enabled",
  "/cosmos/staking/v1beta1/validators",
  "/cosmos/staking/v1beta1/validators/{valoper}",
  "/cosmos/staking/v1beta1/validators/{valoper}/delegations",
  "/cosmos/staking/v1beta1/validators/{valoper}/unbonding_delegations",
  "/cosmos/staking/v1beta1/validators/{valoper}/delegations/{operator}",
  "/cosmos/staking/v1beta1/validators/{valoper}/delegations/{delegator}/unbonding_delegation",
  "/cosmos/staking/v1beta1/delegations/{operator}",
  "/cosmos/staking/v1beta1/delegators/{delegator}/unbonding_delegations",
  "/cosmos/staking/v1beta1/delegators/{operator}/redelegations",
  "/cosmos/staking/v1beta1/delegators/{operator}/validators",
  "/cosmos/staking/v1beta1/delegators/{operator}/validators/{valoper}",
  "/cosmos/staking/v1beta1/pool",
  "/cosmos/staking/v1beta1/params",
  "/cosmos/slashing/v1beta1/params",
  "/cosmos/slashing/v1beta1/signing_infos",
  "/cosmos/slashing/v1beta1/signing_infos/{valcons}",
  "/cosmos/distribution/v1beta1/params",
  "/cosmos/distribution/v1beta1/validators/{valoper}/outstanding_rewards",
  "/cosmos/distribution/v1beta1/validators/{valoper}/commission",
  "/cosmos/distribution/v1beta1/validators/{valoper}/slashes",
  "/cosmos/distribution/v1beta1/delegators/{operator}/rewards",
  "/cosmos/distribution/v1beta1/delegators/{operator}/rewards/{valoper}",
  "/cosmos/distribution/v1beta1/delegators/{operator}/validators",
  "/cosmos/distribution/v1beta1/delegators/{operator}/withdraw_address",
  "/cosmos/distribution/v1beta1/community_pool",
  "/cosmos/mint/v1beta1/params",
  "/cosmos/mint/v1beta1/inflation",
  "/cosmos/mint/v1beta1/annual_provisions",
  "/cosmos/base/node/v1beta1/config",
  "/cosmos/base/tendermint/v1beta1/node_info",
  "/cosmos/base/tendermint/v1beta1/syncing",
  "/cosmos/base/tendermint/v1beta1/blocks/latest",
  "/cosmos/base/tendermint/v1beta1/blocks/{height}",
  "/cosmos/base/tendermint/v1beta1/validatorsets/latest",
  "/cosmos/tx/v1beta1/txs/{hash}",
  "/cosmos/tx/v1beta1/txs?events=message.sender='{address}'",
  // Routes v0.50 serves that v0.46 may not: captured to record the answer either way.
  "/cosmos/auth/v1beta1/account_info/{fresh}",
  "/cosmos/tx/v1beta1/txs?query=message.sender='{address}'",
];

function simd(home: string, ...args: string[]): string {
  return execFileSync(SIMD, [...args, "--home", home], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `key = value` in the [section] of a TOML file (simd's app.toml/config.toml layouts). */
function setToml(file: string, section: string, key: string, value: string): void {
  const lines = readFileSync(file, "utf8").split("\n");
  let current = "";
  let done = false;
  for (let i = 0; i < lines.length; i++) {
    const h = /^\[([^\]]+)\]/.exec(lines[i]);
    if (h) current = h[1];
    else if (current === section && new RegExp(`^${key}\\s*=`).test(lines[i])) {
      lines[i] = `${key} = ${value}`;
      done = true;
    }
  }
  if (!done) throw new Error(`${file}: no ${key} in [${section}]`);
  writeFileSync(file, lines.join("\n"));
}

function initChain(home: string): void {
  simd(home, "init", "capture", "--chain-id", CHAIN_ID);
  for (const key of ["val", "bob"]) simd(home, "keys", "add", key, "--keyring-backend", "test");
  simd(home, "add-genesis-account", "val", `100000000000${DENOM}`, "--keyring-backend", "test");
  simd(home, "gentx", "val", `1000000000${DENOM}`, "--chain-id", CHAIN_ID, "--keyring-backend", "test");
  simd(home, "collect-gentxs");
  // A denom's metadata, so denoms_metadata answers carry one (simapp's genesis has none).
  const genesisFile = join(home, "config/genesis.json");
  const genesis = JSON.parse(readFileSync(genesisFile, "utf8"));
  genesis.app_state.bank.denom_metadata = [{
    description: "The staking token", base: DENOM, display: "STAKE", name: "Stake", symbol: "STAKE", uri: "", uri_hash: "",
    denom_units: [{ denom: DENOM, exponent: 0, aliases: ["microstake"] }, { denom: "STAKE", exponent: 6, aliases: [] }],
  }];
  writeFileSync(genesisFile, JSON.stringify(genesis, null, 2));
  setToml(join(home, "config/config.toml"), "consensus", "timeout_commit", '"500ms"');
}

async function startChain(home: string): Promise<{ proc: ChildProcess; api: string; rpc: string }> {
  const [rpcPort, p2pPort, grpcPort, apiPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const appToml = join(home, "config/app.toml");
  setToml(appToml, "api", "enable", "true");
  setToml(appToml, "api", "address", `"tcp://127.0.0.1:${apiPort}"`);
  const rpc = `tcp://127.0.0.1:${rpcPort}`;
  const proc = spawn(SIMD, [
    "start", "--home", home, "--minimum-gas-prices", `0${DENOM}`,
    "--rpc.laddr", rpc, "--p2p.laddr", `tcp://127.0.0.1:${p2pPort}`, "--rpc.pprof_laddr", "",
    "--grpc.address", `127.0.0.1:${grpcPort}`, "--grpc-web.enable=false",
  ], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  proc.stderr!.on("data", (d: Buffer) => { log = (log + d.toString()).slice(-4000); });
  proc.once("exit", (code) => { if (code) console.error(`simd exited with ${code}:\n${log}`); });
  const api = `http://127.0.0.1:${apiPort}`;
  await waitFor("simd to produce block 2", async () => {
    const r = await fetch(`${api}/cosmos/base/tendermint/v1beta1/blocks/latest`);
    const b = (await r.json()) as { block?: { header?: { height?: string } } };
    return Number(b.block?.header?.height) >= 2 ? true : undefined;
  });
  return { proc, api, rpc };
}

/** Sends a tx from `val` with the CLI and returns its hash once the tx is committed. */
async function sendTx(home: string, api: string, rpc: string, args: string[]): Promise<string> {
  const out = simd(home, "tx", ...args, "--from", "val", "--chain-id", CHAIN_ID, "--keyring-backend", "test",
    "--node", rpc, "--fees", `10${DENOM}`, "--yes", "--broadcast-mode", "sync", "--output", "json");
  const res = JSON.parse(out) as { txhash: string; code: number; raw_log: string };
  if (res.code !== 0) throw new Error(`tx ${args.join(" ")} refused: ${res.raw_log}`);
  await waitFor(`tx ${res.txhash}`, async () => ((await fetch(`${api}/cosmos/tx/v1beta1/txs/${res.txhash}`)).ok ? true : undefined));
  return res.txhash;
}

async function capture(): Promise<void> {
  if (!existsSync(SIMD)) execFileSync(join(ROOT, "scripts/build-simd.sh"), { stdio: "inherit" });
  const version = execFileSync(SIMD, ["version"], { encoding: "utf8" }).trim();
  const home = mkdtempSync(join(tmpdir(), "simd-capture-"));
  let proc: ChildProcess | undefined;
  try {
    initChain(home);
    const chain = await startChain(home);
    proc = chain.proc;
    const val = simd(home, "keys", "show", "val", "-a", "--keyring-backend", "test");
    const valoper = simd(home, "keys", "show", "val", "-a", "--bech", "val", "--keyring-backend", "test");
    const bob = simd(home, "keys", "show", "bob", "-a", "--keyring-backend", "test");
    const hash = await sendTx(home, chain.api, chain.rpc, ["bank", "send", "val", bob, `1000${DENOM}`]);
    await sendTx(home, chain.api, chain.rpc, ["staking", "unbond", valoper, `1000${DENOM}`]);
    const get = async (path: string) => {
      const r = await fetch(chain.api + path);
      return { status: r.status, body: (await r.json()) as any };
    };
    const height = (await get(`/cosmos/tx/v1beta1/txs/${hash}`)).body.tx_response.height as string;
    // The unbond withdrew the validator's rewards: wait for new ones, so the answers list some.
    await waitFor("rewards after the unbond", async () => {
      const { body } = await get(`/cosmos/distribution/v1beta1/delegators/${val}/rewards`);
      return body.total?.length > 0 ? true : undefined;
    });
    const valcons = (await get("/cosmos/slashing/v1beta1/signing_infos")).body.info[0].address as string;
    const values: Record<string, string> = { address: val, fresh: bob, operator: val, delegator: val, valoper, valcons, denom: DENOM, module: "distribution", hash, height };
    const out: Record<string, unknown> = {
      _comment: `Raw answers of simd ${version} (the Cosmos SDK's example chain, built by scripts/build-simd.sh) ` +
        `captured by \`npx tsx scripts/capture-sdk-gateway.ts\` on ${new Date().toISOString().slice(0, 10)}: a ` +
        `single-validator chain (denom ${DENOM}) after one bank send and one unbond (each paying a fee) and rewards accrued again. Keys are routes with placeholders (${Object.keys(values).join(", ")}); ` +
        "answers other than HTTP 200 are under _not_served. test/api.e2e.test.ts compares our REST shapes with these.",
    };
    const notServed: Record<string, unknown> = {};
    for (const route of ROUTES) {
      const path = route.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(values[name] ?? `{${name}}`));
      const [p, q] = path.split("?");
      const { status, body } = await get(q ? `${p}?${q.replace(/'/g, "%27")}` : p);
      if (status === 200) out[route] = body;
      else notServed[route] = { status, body };
    }
    out._not_served = notServed;
    const file = join(ROOT, `node/api/testdata/simdGateway-v${version.replace(/^v/, "")}.json`);
    writeFileSync(file, JSON.stringify(out, null, 2) + "\n");
    console.log(`wrote ${file}: ${ROUTES.length - Object.keys(notServed).length} routes, not served: ${Object.keys(notServed).join(", ") || "none"}`);
  } finally {
    if (proc && proc.exitCode === null) {
      proc.kill("SIGTERM");
      await new Promise((r) => proc!.once("exit", r));
    }
    rmSync(home, { recursive: true, force: true });
  }
}

await capture();
