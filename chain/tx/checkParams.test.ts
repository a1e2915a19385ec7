import { CheckTxType } from "cosmjs-types/tendermint/abci/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppHarness } from "../../test/appHarness.ts";

/**
 * CheckTx reuses the run params (next height, rules, block max gas) it read for the current
 * check state; every Commit must still move them on, in check and in recheck mode alike.
 */
describe("CheckTx run params across commits", () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await AppHarness.create();
  });
  afterAll(() => h.close());

  it("sees the next height after every commit (timeout height accepted, then refused)", async () => {
    const bob = h.accounts[1]!.address;
    const next = h.height + 1n;
    const tx = await h.signTx(0, { msgs: [h.send(0, bob, "1")], timeoutHeight: next });
    const check = (type: CheckTxType) => h.app.checkTx({ tx, type });
    // Accepted once (the check state then holds its sequence increment), refused after the commit.
    expect((await check(CheckTxType.NEW)).code).toBe(0);
    await h.deliver([]);
    for (const type of [CheckTxType.RECHECK, CheckTxType.NEW, CheckTxType.RECHECK]) {
      const res = await check(type);
      expect(res.code, res.log).toBe(30);
      expect(res.log).toContain(`block height: ${next + 1n}, timeout height: ${next}`);
    }
  });
});
