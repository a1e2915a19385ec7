/**
 * The Cosmos SDK's simd (v0.46.16, Tendermint v0.34 in process) as the bench's reference chain:
 * built by scripts/build-simd.sh into .bin/simd, one or more validators made by `simd testnet
 * init-files` in a temp dir, the bench accounts funded in genesis (lib/simdGenesis.ts), each home
 * set to the bench's conditions (lib/simdConfig.ts), every listener on 127.0.0.1, each node its
 * own OS process read from /proc like a Tributary node (lib/nodeProcess.ts).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, type NodeProcess, procCpuSeconds, procStatusKiB, REPO_ROOT, stopChild } from "./nodeProcess.ts";
import { waitForHeight } from "./rpc.ts";
import { applyTomlEdits, simdAppTomlEdits, simdConfigTomlEdits } from "./simdConfig.ts";
import { addSimdGenesisAccounts, type Coin, type SimdGenesis } from "./simdGenesis.ts";

export const SIMD_VERSION = "0.46.16";
export const SIMD_BIN = join(REPO_ROOT, ".bin/simd");
/** simapp's bond denom and bech32 prefix. */
export const SIMD_DENOM = "stake";
export const SIMD_PREFIX = "cosmos";

function errorText(e: unknown): string {
  const err = e as { stderr?: string | Buffer; message?: string };
  const stderr = err.stderr?.toString().trim();
  return stderr || err.message || String(e);
}

/** Builds .bin/simd if it is not there at SIMD_VERSION (scripts/build-simd.sh is idempotent); returns `simd version`. */
export function ensureSimd(): string {
  try {
    // The script's stdout goes to our stderr: stdout carries only the bench's JSON lines.
    execFileSync(join(REPO_ROOT, "scripts/build-simd.sh"), { cwd: REPO_ROOT, stdio: ["ignore", 2, "pipe"] });
  } catch (e) {
    throw new Error(`simd ${SIMD_VERSION} is needed for this benchmark and could not be built by scripts/build-simd.sh: ${errorText(e)}`, { cause: e });
  }
  const version = execFileSync(SIMD_BIN, ["version"], { encoding: "utf8" }).trim();
  if (version !== SIMD_VERSION) throw new Error(`${SIMD_BIN} reports version ${version}, expected ${SIMD_VERSION} (FORCE=1 scripts/build-simd.sh rebuilds)`);
  return version;
}

function simd(args: string[]): string {
  try {
    return execFileSync(SIMD_BIN, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch (e) {
    throw new Error(`simd ${args.slice(0, 2).join(" ")} failed: ${errorText(e)}`, { cause: e });
  }
}

export interface SimdNetOptions {
  validators: number;
  chainId: string;
  /** Bench accounts to fund, as cosmos1… addresses. */
  addresses: string[];
  coins: Coin[];
  timeoutCommitMs: number;
  mempoolSize: number;
  /** e.g. "0.0025stake" (simdConfig.matchedMinGasPrice). */
  minGasPrice: string;
}

export interface SimdNet {
  dir: string;
  nodes: { home: string; rpcUrl: string }[];
  chainId: string;
  /** Genesis account number of every account, by cosmos1… address. */
  accountNumbers: Map<string, bigint>;
  remove(): void;
}

/** PERF: linear in funded accounts (one genesis edit, copied to every node). */
export async function makeSimdNet(opts: SimdNetOptions): Promise<SimdNet> {
  const dir = mkdtempSync(join(tmpdir(), "simd-bench-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    simd(["testnet", "init-files", "--v", String(opts.validators), "--output-dir", dir, "--chain-id", opts.chainId, "--keyring-backend", "test", "--starting-ip-address", "127.0.0.1", "--minimum-gas-prices", opts.minGasPrice]);
    const homes = Array.from({ length: opts.validators }, (_, i) => join(dir, `node${i}`, "simd"));
    const genesis = JSON.parse(readFileSync(join(homes[0]!, "config/genesis.json"), "utf8")) as SimdGenesis;
    const accountNumbers = addSimdGenesisAccounts(genesis, opts.addresses, opts.coins);
    const genesisText = JSON.stringify(genesis);
    const ports = await Promise.all(homes.map(async () => ({ rpc: await freePort(), p2p: await freePort() })));
    const peers = homes.map((h, i) => `${simd(["tendermint", "show-node-id", "--home", h])}@127.0.0.1:${ports[i]!.p2p}`);
    homes.forEach((home, i) => {
      writeFileSync(join(home, "config/genesis.json"), genesisText);
      const configToml = join(home, "config/config.toml");
      const settings = { rpcPort: ports[i]!.rpc, p2pPort: ports[i]!.p2p, persistentPeers: peers.filter((_, j) => j !== i), timeoutCommitMs: opts.timeoutCommitMs, mempoolSize: opts.mempoolSize };
      writeFileSync(configToml, applyTomlEdits(readFileSync(configToml, "utf8"), simdConfigTomlEdits(settings)));
      const appToml = join(home, "config/app.toml");
      writeFileSync(appToml, applyTomlEdits(readFileSync(appToml, "utf8"), simdAppTomlEdits(opts.minGasPrice)));
    });
    return { dir, nodes: homes.map((home, i) => ({ home, rpcUrl: `http://127.0.0.1:${ports[i]!.rpc}` })), chainId: opts.chainId, accountNumbers, remove };
  } catch (e) {
    remove();
    throw e;
  }
}

function processOf(child: ChildProcess, pid: number, rpcUrl: string): NodeProcess {
  return {
    pid,
    rpcUrl,
    peakRssMiB: () => procStatusKiB(pid, "VmHWM") / 1024,
    cpuSeconds: () => procCpuSeconds(pid),
    stop: () => stopChild(child),
  };
}

/**
 * Starts every node of the net (`simd start`, one process each, no launcher in between) and
 * waits until each has committed block 1. On failure the started ones are stopped again.
 */
export async function startSimdNet(net: SimdNet, readyTimeoutMs = 120_000): Promise<NodeProcess[]> {
  const started: { proc: NodeProcess; exited: Promise<never> }[] = [];
  try {
    for (const n of net.nodes) {
      const child = spawn(SIMD_BIN, ["start", "--home", n.home, "--log_level", "warn", "--x-crisis-skip-assert-invariants"], { cwd: n.home, stdio: ["ignore", "pipe", "pipe"] });
      let tail = "";
      const keep = (d: Buffer) => (tail = (tail + d.toString()).slice(-4000));
      child.stdout?.on("data", keep);
      child.stderr?.on("data", keep);
      if (child.pid === undefined) throw new Error(`could not spawn ${SIMD_BIN}`);
      const exited = new Promise<never>((_, reject) =>
        child.once("exit", (code, signal) => reject(new Error(`simd (${n.home}) exited before it was ready (code ${code}, signal ${signal}):\n${tail}`))),
      );
      exited.catch(() => undefined);
      started.push({ proc: processOf(child, child.pid, n.rpcUrl), exited });
    }
    await Promise.all(started.map((s) => Promise.race([waitForHeight(s.proc.rpcUrl, 1, readyTimeoutMs), s.exited])));
    return started.map((s) => s.proc);
  } catch (e) {
    await Promise.all(started.map((s) => s.proc.stop()));
    throw e;
  }
}

/** A funded account's genesis number on the simd chain (what its txs are signed with). */
export function simdAccountNumber(net: SimdNet, address: string): bigint {
  const n = net.accountNumbers.get(address);
  if (n === undefined) throw new Error(`account ${address} is not in the simd genesis of ${net.chainId}`);
  return n;
}
