/**
 * A failed simulation reports why the messages failed, and nothing about fees or sequences:
 * nothing was broadcast or charged. The same tx delivered in a block keeps its log (with the
 * revert suffix) exactly as before, since FinalizeBlock results are what nodes replay.
 */
import { afterEach, describe, expect, it } from "vitest";
import { SimulateRequest } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { AppHarness } from "../../test/appHarness.ts";

const SIMULATE = "/cosmos.tx.v1beta1.Service/Simulate";
const FEE = 5000n;

describe("simulation log", () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("a failed simulation has no 'fee and sequence kept' suffix and changes nothing; the delivered tx's log keeps it", async () => {
    h = await AppHarness.create();
    const [alice, bob] = [h.accounts[0]!, h.accounts[1]!];
    const tx = await h.signTx(0, { msgs: [h.send(0, bob.address, "2000000000")] });
    const before = await h.app.info({ version: "", blockVersion: 0n, p2pVersion: 0n, abciVersion: "" });

    const sim = await h.app.query({ path: SIMULATE, data: SimulateRequest.encode({ txBytes: tx }).finish(), height: 0n, prove: false });
    expect([sim.code, sim.codespace]).toEqual([5, "sdk"]);
    expect(sim.log).toMatch(/smaller than 2000000000utrib: insufficient funds/);
    expect(sim.log).not.toMatch(/reverted|fee and sequence/);
    // Nothing was charged and no block moved: same balances, same app hash.
    expect(await h.balance(alice.address)).toBe(1_000_000_000n);
    const after = await h.app.info({ version: "", blockVersion: 0n, p2pVersion: 0n, abciVersion: "" });
    expect([after.lastBlockHeight, Buffer.from(after.lastBlockAppHash).toString("hex")]).toEqual([before.lastBlockHeight, Buffer.from(before.lastBlockAppHash).toString("hex")]);

    const res = await h.deliver([tx]);
    expect(res.txResults[0]!.code).toBe(5);
    expect(res.txResults[0]!.log).toMatch(/insufficient funds \(messages reverted; fee and sequence kept\)$/);
    expect(await h.balance(alice.address)).toBe(1_000_000_000n - FEE);
  });
});
