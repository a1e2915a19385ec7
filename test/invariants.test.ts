import type { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { afterEach, describe, expect, it } from "vitest";
import { addressBytes } from "../chain/address.ts";
import { createModules } from "../modules/index.ts";
import { bankKeys } from "../modules/bank/keys.ts";
import { AppHarness } from "./appHarness.ts";
import { InvariantChecker } from "./invariants.ts";

const enc = new TextEncoder();
const emptyBlock: ResponseFinalizeBlock = { events: [], txResults: [], validatorUpdates: [], appHash: new Uint8Array() };

/** Writes `changes` straight into the committed store, as a bug in a keeper would. */
async function corrupt(h: AppHarness, changes: { key: Uint8Array; value: Uint8Array }[]): Promise<void> {
  await h.store.commit(h.store.stage(changes, h.store.version + 1n));
}

describe("the invariant checks AppHarness runs after every block", () => {
  let h: AppHarness;
  afterEach(() => h?.close());

  it("hold on a chain that did real work, and catch a balance created out of nothing", async () => {
    h = await AppHarness.create({ invariants: false });
    await h.deliver([await h.signTx(0, { msgs: [h.send(0, h.accounts[1]!.address, "10")] })]);
    const checker = new InvariantChecker(createModules().modules);
    await checker.afterBlock(h.store.committed(), h.height, emptyBlock);
    await corrupt(h, [{ key: bankKeys.balance(addressBytes(h.accounts[2]!.address), "utrib"), value: enc.encode("1000000001") }]);
    await expect(checker.afterBlock(h.store.committed(), h.height + 1n, emptyBlock)).rejects.toThrow(/bank\/total-supply: supply of utrib is 3000000000 but balances add up to 3000000001/);
  });

  it("catch supply that moved without a coinbase or burn event", async () => {
    h = await AppHarness.create({ invariants: false });
    const checker = new InvariantChecker(createModules().modules);
    await checker.afterBlock(h.store.committed(), h.height, emptyBlock);
    const addr = addressBytes(h.accounts[2]!.address);
    await corrupt(h, [
      { key: bankKeys.balance(addr, "utrib"), value: enc.encode("1000000007") },
      { key: bankKeys.supply("utrib"), value: enc.encode("3000000007") },
    ]);
    await expect(checker.afterBlock(h.store.committed(), h.height + 1n, emptyBlock)).rejects.toThrow(/supply of utrib after block \d+ is 3000000007, but the previous supply plus minted minus burnt is 3000000000/);
    const minted = { ...emptyBlock, events: [{ type: "coinbase", attributes: [{ key: "amount", value: "7utrib", index: false }] }] };
    const again = new InvariantChecker(createModules().modules);
    await corrupt(h, [{ key: bankKeys.supply("utrib"), value: enc.encode("3000000000") }, { key: bankKeys.balance(addr, "utrib"), value: enc.encode("1000000000") }]);
    await again.afterBlock(h.store.committed(), h.height, emptyBlock);
    await corrupt(h, [{ key: bankKeys.balance(addr, "utrib"), value: enc.encode("1000000007") }, { key: bankKeys.supply("utrib"), value: enc.encode("3000000007") }]);
    await expect(again.afterBlock(h.store.committed(), h.height, minted)).resolves.toBeUndefined();
  });
});
