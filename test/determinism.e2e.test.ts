/**
 * Determinism: the blocks of a real run (successful, failing and multi-message txs, several
 * senders) replayed into a fresh app on a fresh store give the same app hash at every height,
 * and every tx result (code, gas, events) is identical.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toHex } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { App } from "../chain/app.ts";
import { CommitStore } from "../chain/store/commitStore.ts";
import { createModules } from "../modules/index.ts";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { homePaths } from "../node/home.ts";
import { blockstoreDbPath } from "../node/paths.ts";
import { readSoloGenesis } from "../node/solo/genesis.ts";
import { BlockStore } from "../node/store/blockstore.ts";
import { makeTestHome, startTestNode } from "./testNode.ts";

describe("determinism", () => {
  const scratch = mkdtempSync(join(tmpdir(), "trib-replay-"));
  const homes: string[] = [];
  afterAll(() => [scratch, ...homes].forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("replaying a run's blocks into a fresh node gives the same app hash at every height", { timeout: 120_000 }, async () => {
    const home = makeTestHome({ timeoutCommitMs: 100 });
    homes.push(home);
    const t = await startTestNode({ home });
    try {
      const gasPrice = GasPrice.fromString("0.0025utrib");
      const clients = await Promise.all(
        DEV_ACCOUNTS.slice(0, 3).map(async (a) =>
          SigningStargateClient.connectWithSigner(t.rpcUrl, await DirectSecp256k1HdWallet.fromMnemonic(a.mnemonic, { prefix: "trib" }), { gasPrice, broadcastPollIntervalMs: 100 }),
        ),
      );
      const [alice, bob, carol, dave] = DEV_ACCOUNTS;
      const send = (from: string, to: string, amount: string) => ({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: from, toAddress: to, amount: [{ denom: "utrib", amount }] } });
      for (let round = 0; round < 3; round++) {
        await Promise.all([
          clients[0]!.signAndBroadcast(alice.address, [send(alice.address, dave.address, String(100 + round)), send(alice.address, bob.address, "5")], "auto"),
          // An overdraft: included, fails, keeps fee and sequence.
          clients[1]!.signAndBroadcast(bob.address, [send(bob.address, carol.address, "999999999999999")], { amount: [{ denom: "utrib", amount: "600" }], gas: "200000" }),
          clients[2]!.sendTokens(carol.address, dave.address, [{ denom: "utrib", amount: "1" }], "auto", `round ${round}`),
        ]);
      }
      clients.forEach((c) => c.disconnect());
    } finally {
      await t.stop();
    }

    const blocks = await BlockStore.open(blockstoreDbPath(home));
    const store = await CommitStore.open(join(scratch, "replay.db"));
    try {
      const { modules, ante } = createModules();
      const app = new App({ store, modules, ante });
      const genesis = readSoloGenesis(readFileSync(homePaths(home).genesis, "utf8"));
      await app.initChain(genesis.initChain);
      const last = blocks.height();
      expect(last).toBeGreaterThan(3n);
      let txCount = 0;
      let failed = 0;
      for (let h = blocks.base(); h <= last; h++) {
        const stored = (await blocks.block(h))!;
        const original = (await blocks.results(h))!;
        const { header, data } = stored.block;
        const replayed = await app.finalizeBlock({
          txs: data.txs,
          decidedLastCommit: { round: 0, votes: [] },
          misbehavior: [],
          hash: stored.blockId.hash,
          height: header.height,
          time: header.time,
          nextValidatorsHash: header.nextValidatorsHash,
          proposerAddress: header.proposerAddress,
        });
        await app.commit();
        expect(toHex(replayed.appHash), `app hash at height ${h}`).toBe(toHex(original.appHash));
        const strip = (r: (typeof replayed.txResults)[number]) => ({ code: r.code, log: r.log, gasUsed: r.gasUsed, gasWanted: r.gasWanted, events: r.events, data: toHex(r.data) });
        expect(replayed.txResults.map(strip), `tx results at height ${h}`).toEqual(original.txResults.map(strip));
        txCount += data.txs.length;
        failed += replayed.txResults.filter((r) => r.code !== 0).length;
        // The next header commits to this state too.
        const next = await blocks.block(h + 1n);
        if (next) expect(toHex(next.block.header.appHash)).toBe(toHex(replayed.appHash));
      }
      expect(txCount).toBe(9);
      expect(failed).toBe(3);
    } finally {
      await store.close();
      await blocks.close();
    }
  });
});
