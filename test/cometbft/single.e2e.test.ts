/**
 * One real CometBFT v0.38 validator driving Tributary's app over the ABCI socket, both as child
 * processes: unmodified CosmJS and the CLI against CometBFT's RPC, then SIGKILLs of the app
 * while blocks with txs are being made, a restart of both, and the handshake bringing the app
 * back. An ABCI proxy between the two (abciProxy.ts) holds the exact message the kill must
 * precede, so both recovery paths are taken every run rather than by luck.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { fromBase64 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, encodePubkey, makeSignDoc } from "@cosmjs/proto-signing";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { BroadcastTxError, GasPrice, SigningStargateClient, assertIsDeliverTxSuccess } from "@cosmjs/stargate";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { Int64SafeWriter } from "../../node/abci/int64Writer.ts";
import { addGenesisAccount } from "../../genesis/accounts.ts";
import { newGenesisDoc } from "../../genesis/create.ts";
import { runInProcess } from "../../node/cli/cliTestHarness.ts";
import { DEV_ACCOUNT_FUNDS, DEV_ACCOUNTS } from "../../node/cli/devAccounts.ts";
import { homePaths } from "../../node/home.ts";
import { type ManagedProcess, cometbftBinary, freePorts, killAllProcesses, rpcHeight, spawnComet, startApp, waitForRpcHeight } from "../../node/testnet/processes.ts";
import { type CometNodeHome, writeAppHome, writeCometNodeHome } from "./cometNode.ts";
import { type AbciProxy, type ProxyVerdict, startAbciProxy } from "./abciProxy.ts";
import { headerAppHash, replayChain } from "./replay.ts";
import { take } from "../support/take.ts";

const CHAIN_ID = "tributary-comet-1";
const [alice, bob, carol] = DEV_ACCOUNTS;
const STRANGER = "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f";
const gasPrice = GasPrice.fromString("0.0025utrib");

const dir = mkdtempSync(join(tmpdir(), "trib-comet1-"));
const appHome = join(dir, "app");
let comet: CometNodeHome;
let app: ManagedProcess;
let node: ManagedProcess;
let proxy: AbciProxy;
let appPort: number;

/** Where the next crash is set to happen; the proxy springs it once on a block with txs. */
let trap: { point: "before-commit" | "after-commit"; hit: (height: bigint) => void } | undefined;
let finalizing: { height: bigint; txs: number } | undefined;
const confirmed: string[] = [];
const seen = new Map<number, string>();

function spring(): ProxyVerdict {
  if (!trap || !finalizing || finalizing.txs === 0) return "pass";
  trap.hit(finalizing.height);
  trap = undefined;
  return "cut";
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `read` until it returns a value (the log files here are written through pipes). */
async function waitForValue<T>(read: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = read();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Per run of the app process (app.log is appended): the height it started at and the blocks it committed. */
function appLog(): { startHeight?: number; committed: number[] }[] {
  const runs: { startHeight?: number; committed: number[] }[] = [];
  for (const line of readFileSync(join(appHome, "app.log"), "utf8").split("\n")) {
    if (line.startsWith("=== ")) runs.push({ committed: [] });
    if (!line.startsWith("{")) continue;
    const l = JSON.parse(line) as { msg: string; height?: string };
    if (l.msg.startsWith("app waiting for CometBFT")) runs.at(-1)!.startHeight = Number(l.height);
    if (l.msg === "committed block") runs.at(-1)!.committed.push(Number(l.height));
  }
  return runs;
}

const tail = (file: string, n = 40) => {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-n).join("\n");
  } catch {
    return "(no log)";
  }
};

async function signer(mnemonic: string): Promise<SigningStargateClient> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "trib" });
  return SigningStargateClient.connectWithSigner(comet.rpcUrl, wallet, { gasPrice, broadcastPollIntervalMs: 200, broadcastTimeoutMs: 20_000 });
}

beforeAll(async () => {
  const doc = newGenesisDoc({ chainId: CHAIN_ID });
  for (const a of DEV_ACCOUNTS) addGenesisAccount(doc, a.address, DEV_ACCOUNT_FUNDS);
  const [rpc, p2p, proxyPort, port] = take(await freePorts(4), 4);
  appPort = port;
  // CometBFT dials the proxy, the proxy dials the app.
  comet = writeCometNodeHome(join(dir, "comet"), { genesisDoc: doc, ports: { rpc, p2p, abci: proxyPort }, timeoutCommit: "200ms" });
  writeAppHome(appHome, { abciLaddr: `tcp://127.0.0.1:${appPort}` });
  proxy = await startAbciProxy({
    listenPort: proxyPort,
    appPort,
    onRequest: (req) => {
      if (req.finalizeBlock) finalizing = { height: req.finalizeBlock.height, txs: req.finalizeBlock.txs.length };
      return req.commit && trap?.point === "before-commit" ? spring() : "pass";
    },
    onResponse: (res) => (res.commit && trap?.point === "after-commit" ? spring() : "pass"),
  });
  app = await startApp(appHome, `tcp://127.0.0.1:${appPort}`);
  node = spawnComet(comet.home, cometbftBinary());
  await waitForRpcHeight(comet.rpcUrl, 2n, 40_000);
}, 60_000);

afterEach((ctx) => {
  if (ctx.task.result?.state !== "fail") return;
  console.error(`--- app.log ---\n${tail(join(appHome, "app.log"))}\n--- cometbft.log ---\n${tail(join(comet.home, "cometbft.log"))}`);
});

afterAll(async () => {
  await killAllProcesses();
  await proxy?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Tributary on a real CometBFT v0.38 (one validator)", () => {
  it("CosmJS signs and sends through CometBFT's RPC; getBalance and the CLI see it", async () => {
    const client = await signer(alice.mnemonic);
    try {
      expect(await client.getChainId()).toBe(CHAIN_ID);
      const res = await client.sendTokens(alice.address, STRANGER, [{ denom: "utrib", amount: "12345" }], "auto", "via cometbft");
      assertIsDeliverTxSuccess(res);
      expect(await client.getBalance(STRANGER, "utrib")).toEqual({ denom: "utrib", amount: "12345" });
      expect((await client.getTx(res.transactionHash))?.height).toBe(res.height);
      expect((await client.getAccount(alice.address))?.sequence).toBe(1);
    } finally {
      client.disconnect();
    }
    const cli = await runInProcess(["query", "bank", "balances", STRANGER, "--node", comet.rpcUrl]);
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe('balances:\n  - 12345utrib\npagination:\n  next_key: null\n  total: "1"\n');
  });

  it("a tx with a gas limit in [2^31, 2^32) is refused by CheckTx and CometBFT keeps the app's connection", async () => {
    // cosmjs-types writes such an int64 as invalid protobuf (CosmJS cannot even build this tx), so
    // the tx is built here with a correct writer. CheckTx answers with the tx's gas limit as
    // gas_wanted; written by cosmjs-types, CometBFT could not decode that answer and stopped.
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(bob.mnemonic, { prefix: "trib" });
    const [key] = await wallet.getAccounts();
    const client = await signer(bob.mnemonic);
    try {
      const account = (await client.getAccount(bob.address))!;
      const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: bob.address, toAddress: STRANGER, amount: [{ denom: "utrib", amount: "1" }] } };
      const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [client.registry.encodeAsAny(msg)] })).finish();
      const authInfo = AuthInfo.fromPartial({
        signerInfos: [{ publicKey: encodePubkey(encodeSecp256k1Pubkey(key!.pubkey)), modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } }, sequence: BigInt(account.sequence) }],
        fee: { amount: [{ denom: "utrib", amount: "1" }], gasLimit: 3_000_000_000n },
      });
      const authInfoBytes = AuthInfo.encode(authInfo, new Int64SafeWriter()).finish();
      const { signature } = await wallet.signDirect(bob.address, makeSignDoc(bodyBytes, authInfoBytes, CHAIN_ID, account.accountNumber));
      const tx = TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [fromBase64(signature.signature)] }).finish();
      const refused = await client.broadcastTxSync(tx).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(BroadcastTxError);
      expect((refused as BroadcastTxError).log).toBe("tx gas limit 3000000000 exceeds block max gas 100000000: invalid gas limit");
      expect((refused as BroadcastTxError).code).not.toBe(0);
      const res = await client.sendTokens(bob.address, STRANGER, [{ denom: "utrib", amount: "7" }], "auto");
      assertIsDeliverTxSuccess(res);
    } finally {
      client.disconnect();
    }
  });

  const crashes = [
    // CometBFT has saved block H and its FinalizeBlock results; the app persisted nothing.
    { point: "before-commit", appHeightAfter: (h: number) => h - 1, replayedByApp: true, cometSays: "Replay last block using real app" },
    // The app persisted H; CometBFT never heard so and finishes H from its saved results.
    { point: "after-commit", appHeightAfter: (h: number) => h, replayedByApp: false, cometSays: "Replay last block using mock app" },
  ] as const;

  for (const crash of crashes) {
    it(`comes back after a SIGKILL of the app ${crash.point.replace("-", " ")} of a block with txs: CometBFT stops, the handshake recovers, the chain goes on`, { timeout: 90_000 }, async () => {
      const client = await signer(bob.mnemonic);
      // Txs keep arriving while blocks are made, so the block the kill lands in carries some.
      let sending = true;
      const load = (async () => {
        while (sending) {
          try {
            const r = await client.sendTokens(bob.address, STRANGER, [{ denom: "utrib", amount: "1" }], { amount: [{ denom: "utrib", amount: "600" }], gas: "200000" });
            if (r.code === 0) confirmed.push(r.transactionHash);
          } catch {
            await new Promise((r) => setTimeout(r, 200)); // the node went away under us: expected
          }
        }
      })();
      const hit = new Promise<bigint>((resolve) => (trap = { point: crash.point, hit: resolve }));
      const height = Number(await withTimeout(hit, 30_000, `no block with txs reached ${crash.point}`));
      // CometBFT waits on the held Commit; its RPC still answers for the blocks it stored.
      for (let h = 1; h <= height; h++) seen.set(h, await headerAppHash(comet.rpcUrl, h));

      expect(await app.kill("SIGKILL")).toBe("SIGKILL");
      // CometBFT treats a lost app connection as fatal and shuts itself down.
      const cometExit = await withTimeout(node.exited, 20_000, `CometBFT did not stop after its app died; see ${node.logFile}`);
      expect(cometExit).toBeDefined();
      sending = false;
      await load;
      client.disconnect();

      app = await startApp(appHome, `tcp://127.0.0.1:${appPort}`);
      // The app logs its start height once it listens; the line reaches app.log through a pipe, a moment later.
      const startHeight = await waitForValue(() => appLog().at(-1)?.startHeight, 10_000, "the restarted app's start line in app.log");
      expect(startHeight, "the app reopens its store at its last Commit").toBe(crash.appHeightAfter(height));
      node = spawnComet(comet.home, cometbftBinary());
      await waitForRpcHeight(comet.rpcUrl, BigInt(height + 3), 60_000);
      const handshake = readFileSync(node.logFile, "utf8").split("\n=== ").at(-1)!;
      expect(handshake, "CometBFT's handshake took the expected path").toContain(crash.cometSays);
      const committedAfterRestart = appLog().at(-1)!.committed;
      expect(committedAfterRestart[0], "first block the restarted app commits").toBe(crash.replayedByApp ? height : height + 1);
      for (const [h, hash] of seen) expect(await headerAppHash(comet.rpcUrl, h), `header app hash at ${h}`).toBe(hash);
    });
  }

  it("after the crashes: every app hash matches a clean replay, balances are intact, new txs work", { timeout: 60_000 }, async () => {
    const now = Number(await rpcHeight(comet.rpcUrl));
    expect(await replayChain(comet.rpcUrl, homePaths(comet.home).genesis, now - 1)).toEqual([]);

    const client = await signer(alice.mnemonic);
    try {
      expect(await client.getBalance(carol.address, "utrib")).toEqual({ denom: "utrib", amount: DEV_ACCOUNT_FUNDS[0]!.amount });
      for (const hash of confirmed) expect((await client.getTx(hash))?.code, `confirmed tx ${hash}`).toBe(0);
      const stranger = BigInt((await client.getBalance(STRANGER, "utrib")).amount);
      expect(stranger).toBeGreaterThanOrEqual(12345n + BigInt(confirmed.length));
      const res = await client.sendTokens(alice.address, STRANGER, [{ denom: "utrib", amount: "1000" }], "auto");
      assertIsDeliverTxSuccess(res);
      expect(BigInt((await client.getBalance(STRANGER, "utrib")).amount)).toBe(stranger + 1000n);
    } finally {
      client.disconnect();
    }
  });

  it("SIGTERM stops the app cleanly (exit 0, store closed), and CometBFT stops with it", { timeout: 75_000 }, async () => {
    expect(await app.stop()).toBe(0);
    expect(readFileSync(app.logFile, "utf8")).toMatch(/"msg":"node stopped"/);
    // CometBFT notices the closed ABCI connection at once but its own shutdown (consensus, WAL,
    // reactors) has taken over 20 s on a loaded 2-core CI machine; the log tail says where it was.
    await withTimeout(node.exited, 60_000, "CometBFT did not stop after its app did").catch((err: Error) => {
      const tail = readFileSync(node.logFile, "utf8").split("\n").slice(-40).join("\n");
      throw new Error(`${err.message}; last lines of ${node.logFile}:\n${tail}`);
    });
  });
});
