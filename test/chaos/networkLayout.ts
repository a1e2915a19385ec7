/**
 * The files of the chaos network: `tributary testnet`'s 4-validator layout (node/testnet/
 * layout.ts) with funded load accounts and lifted datanet quotas in its genesis, and every
 * CometBFT config re-rendered with the chaos timeouts and, when a namespace is given, the
 * addresses that put one node behind it:
 *
 *   host nodes      P2P on the namespace's host address, RPC and ABCI on 127.0.0.1
 *   isolated node   P2P, RPC and ABCI on the namespace's own address (reachable from the host
 *                   only through the veth pair, so cutting it cuts the node off entirely)
 */
import { writeFileSync } from "node:fs";
import { DirectSecp256k1Wallet } from "@cosmjs/proto-signing";
import { sha256 } from "@noble/hashes/sha2.js";
import { addGenesisAccount } from "../../genesis/accounts.ts";
import { cometConfigPath, renderCometConfig } from "../../node/cometbft/config.ts";
import { loadNodeConfig, writeNodeConfig } from "../../node/config.ts";
import { initTestnet, manifestPath, TESTNET_DEFAULTS, type TestnetManifest, type TestnetNode } from "../../node/testnet/layout.ts";
import type { Netns } from "./networkNetns.ts";
import { take } from "../support/take.ts";

export const CHAOS_CHAIN_ID = "tributary-chaos-1";
/** Each load account's genesis funds: enough for every fee and send of a long run. */
const LOAD_FUNDS = 1_000_000_000_000n;

export interface LoadAccount {
  address: string;
  privkey: Uint8Array;
  accountNumber: bigint;
}

export interface ChaosLayout {
  manifest: TestnetManifest;
  accounts: LoadAccount[];
}

export interface ChaosLayoutOptions {
  dir: string;
  basePort: number;
  loadAccounts: number;
  /** Go durations. */
  timeoutCommit: string;
  /** Put node `isolated` behind this namespace. */
  netns?: Netns;
  isolated?: number;
}

/** Load account i's key: public by construction (test only). */
const loadKey = (i: number) => sha256(new TextEncoder().encode(`chaos-net-account-${i}`));

export async function writeChaosLayout(o: ChaosLayoutOptions): Promise<ChaosLayout> {
  const keys = await Promise.all(
    Array.from({ length: o.loadAccounts }, async (_, i) => {
      const privkey = loadKey(i);
      const [{ address }] = take(await (await DirectSecp256k1Wallet.fromKey(privkey, "trib")).getAccounts(), 1);
      return { address, privkey };
    }),
  );
  const numbers = new Map<string, bigint>();
  const manifest = await initTestnet({
    ...TESTNET_DEFAULTS,
    outputDir: o.dir,
    chainId: CHAOS_CHAIN_ID,
    validators: 4,
    basePort: o.basePort,
    timeoutCommit: o.timeoutCommit,
    editGenesis: (doc) => {
      for (const k of keys) addGenesisAccount(doc, k.address, [{ denom: "utrib", amount: LOAD_FUNDS.toString() }]);
      const s = doc.app_state as any;
      // Contributions are part of the load: no per-window quota may refuse them.
      Object.assign(s.datanet.params, { quota_records_per_window: "1000000000", quota_bytes_per_window: "1000000000000" });
      // Validators are killed and stopped for long stretches: none may be jailed for it, so
      // that "≥ 3 of 4 up" always means ≥ 3/4 of the voting power.
      s.slashing.params.signed_blocks_window = "100000";
      for (const a of s.auth.accounts as { address: string; account_number: string }[]) numbers.set(a.address, BigInt(a.account_number));
    },
  });
  const accounts = keys.map((k) => ({ ...k, accountNumber: numbers.get(k.address)! }));
  if (o.netns) isolate(manifest, o.isolated ?? 3, o.netns);
  for (const n of manifest.nodes) writeCometConfig(n, manifest, o.timeoutCommit);
  writeFileSync(manifestPath(o.dir), JSON.stringify(manifest, null, 2) + "\n");
  return { manifest, accounts };
}

/** Moves node `i`'s addresses to the namespace and the others' P2P to the host end of the pair. */
function isolate(manifest: TestnetManifest, i: number, ns: Netns): void {
  const swapHost = (url: string, host: string) => url.replace("127.0.0.1", host);
  manifest.nodes.forEach((n, k) => {
    if (k !== i) {
      n.p2p = swapHost(n.p2p, ns.hostIp);
      return;
    }
    n.p2p = swapHost(n.p2p, ns.nsIp);
    n.rpc = swapHost(n.rpc, ns.nsIp);
    n.abci = swapHost(n.abci, ns.nsIp);
    const config = loadNodeConfig(n.home);
    config.abci.laddr = n.abci;
    config.rpc.laddr = n.rpc.replace("http://", "tcp://");
    writeNodeConfig(n.home, config);
  });
}

function writeCometConfig(n: TestnetNode, manifest: TestnetManifest, timeoutCommit: string): void {
  const text = renderCometConfig({
    moniker: n.name,
    proxyApp: n.abci,
    rpcLaddr: n.rpc.replace("http://", "tcp://"),
    p2pLaddr: n.p2p,
    persistentPeers: manifest.nodes.filter((p) => p !== n).map((p) => `${p.nodeId}@${p.p2p.replace("tcp://", "")}`),
    timeoutCommit,
    // A round whose proposer is down costs timeout_propose: short, so a kill costs little.
    timeoutPropose: "1s",
    timeoutPrevote: "500ms",
    timeoutPrecommit: "500ms",
    // The crash-recovery handshake and the proxy's "did the application crash?" are info lines.
    logLevel: "main:info,state:info,proxy:info,consensus:info,p2p:error,*:error",
  });
  writeFileSync(cometConfigPath(n.cometHome), text);
}
