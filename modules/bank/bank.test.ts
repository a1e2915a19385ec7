import { afterEach, describe, expect, it } from "vitest";
import { QueryTotalSupplyRequest, QueryTotalSupplyResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { AppHarness } from "../../test/appHarness.ts";
import { take } from "../../test/support/take.ts";

const FEE = 5000n;

async function totalSupply(h: AppHarness): Promise<Record<string, bigint>> {
  const res = await h.app.query({ path: "/cosmos.bank.v1beta1.Query/TotalSupply", data: QueryTotalSupplyRequest.encode({}).finish(), height: 0n, prove: false });
  return Object.fromEntries(QueryTotalSupplyResponse.decode(res.value).supply.map((c) => [c.denom, BigInt(c.amount)]));
}

describe("bank", () => {
  let h: AppHarness;
  afterEach(() => h?.close());

  it("MsgSend moves coins, charges the fee and emits the standard events", async () => {
    h = await AppHarness.create();
    const [alice, bob] = take(h.accounts, 2);
    const tx = await h.signTx(0, { msgs: [h.send(0, bob.address, "1234")] });
    const res = await h.deliver([tx]);
    const r = res.txResults[0]!;
    expect(r.code, r.log).toBe(0);
    expect(await h.balance(alice.address)).toBe(1_000_000_000n - 1234n - FEE);
    expect(await h.balance(bob.address)).toBe(1_000_000_000n + 1234n);
    const flat = r.events.flatMap((e) => e.attributes.map((a) => `${e.type}.${a.key}=${a.value}`));
    expect(flat).toContain(`tx.fee=${FEE}utrib`);
    expect(flat).toContain(`tx.acc_seq=${alice.address}/0`);
    expect(flat).toContain("message.action=/cosmos.bank.v1beta1.MsgSend");
    expect(flat).toContain("message.module=bank");
    expect(flat).toContain(`message.sender=${alice.address}`);
    expect(flat).toContain(`transfer.recipient=${bob.address}`);
    expect(flat).toContain(`coin_spent.spender=${alice.address}`);
    expect(flat).toContain(`coin_received.receiver=${bob.address}`);
    expect(r.gasUsed > 0n && r.gasUsed <= r.gasWanted).toBe(true);
  });

  it("rejects zero and overflowing amounts before execution", async () => {
    h = await AppHarness.create();
    const bob = h.accounts[1]!.address;
    const zero = await h.checkTx(await h.signTx(0, { msgs: [h.send(0, bob, "0")] }));
    expect([zero.code, zero.codespace]).toEqual([10, "sdk"]);
    expect(zero.log).toMatch(/0utrib is not positive/);
    const huge = (1n << 256n).toString();
    const over = await h.checkTx(await h.signTx(0, { msgs: [h.send(0, bob, huge)] }));
    expect([over.code, over.codespace]).toEqual([10, "sdk"]);
    expect(over.log).toMatch(/overflows 256 bits/);
  });

  it("insufficient funds fails the message but keeps fee and sequence", async () => {
    h = await AppHarness.create();
    const [alice, bob] = take(h.accounts, 2);
    const res = await h.deliver([await h.signTx(0, { msgs: [h.send(0, bob.address, "2000000000")] })]);
    expect(res.txResults[0]!.code).toBe(5);
    expect(res.txResults[0]!.log).toMatch(/spendable balance 999995000utrib is smaller than 2000000000utrib: insufficient funds \(messages reverted; fee and sequence kept\)/);
    expect(await h.balance(alice.address)).toBe(1_000_000_000n - FEE);
    expect(await h.balance(bob.address)).toBe(1_000_000_000n);
    // The sequence moved on: the next tx must use 1.
    alice.sequence = 1n;
    expect((await h.deliver([await h.signTx(0, { msgs: [h.send(0, bob.address, "1")] })])).txResults[0]!.code).toBe(0);
  });

  it("out of gas reverts the messages, keeps the fee and the sequence increment, and says so", async () => {
    h = await AppHarness.create();
    const [alice, bob] = take(h.accounts, 2);
    // A first send tells what a send costs; 1,000 gas less covers the ante but not the message.
    const full = (await h.deliver([await h.signTx(0, { msgs: [h.send(0, bob.address, "7")] })])).txResults[0]!.gasUsed;
    alice.sequence = 1n;
    const gas = Number(full) - 1000;
    const r = (await h.deliver([await h.signTx(0, { msgs: [h.send(0, bob.address, "7")], gas })])).txResults[0]!;
    expect(r.code).toBe(11);
    expect(r.codespace).toBe("sdk");
    expect(r.log).toMatch(new RegExp(`out of gas in location: .*gasWanted: ${gas}.*out of gas \\(messages reverted; fee and sequence kept\\)`));
    expect(await h.balance(alice.address)).toBe(1_000_000_000n - 2n * FEE - 7n);
    expect(await h.balance(bob.address)).toBe(1_000_000_000n + 7n);
    // The sequence was incremented: sequence 2 is next.
    alice.sequence = 2n;
    expect((await h.deliver([await h.signTx(0, { msgs: [h.send(0, bob.address, "1")] })])).txResults[0]!.code).toBe(0);
  });

  it("refuses a send-disabled denom and allows others", async () => {
    h = await AppHarness.create({
      balances: [{ denom: "ulocked", amount: "100" }, { denom: "utrib", amount: "1000000000" }],
      appState: (s) => (s.bank.send_enabled = [{ denom: "ulocked", enabled: false }]),
    });
    const bob = h.accounts[1]!.address;
    const r = (await h.deliver([await h.signTx(0, { msgs: [h.send(0, bob, "5", "ulocked")] })])).txResults[0]!;
    expect([r.code, r.codespace]).toEqual([5, "bank"]);
    expect(r.log).toMatch(/ulocked transfers are currently disabled/);
    expect(await h.balance(bob, "ulocked")).toBe(100n);
  });

  it("two messages in one tx, a multi-send, and a send to a new account keep supply constant", async () => {
    h = await AppHarness.create();
    const [alice, bob, carol] = take(h.accounts, 3);
    const fresh = "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f";
    const supply = await totalSupply(h);
    const multi = {
      typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
      value: {
        inputs: [{ address: alice.address, coins: [{ denom: "utrib", amount: "30" }] }],
        outputs: [{ address: bob.address, coins: [{ denom: "utrib", amount: "10" }] }, { address: fresh, coins: [{ denom: "utrib", amount: "20" }] }],
      },
    };
    const r = (await h.deliver([await h.signTx(0, { msgs: [h.send(0, carol.address, "3"), multi] })])).txResults[0]!;
    expect(r.code, r.log).toBe(0);
    expect(await h.balance(fresh)).toBe(20n);
    expect(await h.balance(carol.address)).toBe(1_000_000_000n + 3n);
    expect(await totalSupply(h)).toEqual(supply);
    const mismatch = await h.checkTx(await h.signTx(0, { msgs: [{ ...multi, value: { ...multi.value, outputs: multi.value.outputs.slice(0, 1) } }], sequence: 1n }));
    expect([mismatch.code, mismatch.codespace]).toEqual([4, "bank"]);
  });
});
