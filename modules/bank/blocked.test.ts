import { afterEach, describe, expect, it } from "vitest";
import { addressString, moduleAddress } from "../../chain/address.ts";
import { createModules, validateAppState } from "../index.ts";
import { AppHarness } from "../../test/appHarness.ts";
import { StakingHarness, flatEvents } from "../../test/stakingHarness.ts";

const FEE = 5000n;
const declared = createModules().modules.flatMap((m) => m.moduleAccounts ?? []);

const multiSend = (from: string, outputs: { address: string; amount: bigint }[]) => ({
  typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
  value: {
    inputs: [{ address: from, coins: [{ denom: "utrib", amount: String(outputs.reduce((s, o) => s + o.amount, 0n)) }] }],
    outputs: outputs.map((o) => ({ address: o.address, coins: [{ denom: "utrib", amount: String(o.amount) }] })),
  },
});

describe("bank: module accounts cannot receive user sends (the SDK's blocked addresses)", () => {
  let s: StakingHarness;
  afterEach(() => s?.close());

  it("every module declares its accounts, and the pools a user could break are among them", () => {
    for (const name of ["fee_collector", "bonded_tokens_pool", "not_bonded_tokens_pool", "datanet", "inference_escrow", "datanet_pools"]) {
      expect(declared).toContain(name);
    }
    expect(new Set(declared).size).toBe(declared.length);
  });

  it("a MsgSend of 1utrib to each module account is refused with unauthorized and changes nothing but the fee", async () => {
    s = await StakingHarness.create({ validators: [{ account: 1, power: 10n }] });
    const alice = s.address(0);
    for (const name of declared) {
      const to = addressString(moduleAddress(name));
      const before = { alice: await s.h.balance(alice), pool: await s.h.balance(to) };
      const { result } = await s.tx(0, [s.h.send(0, to, "1")]);
      expect([result.code, result.codespace], `${name}: ${result.log}`).toEqual([4, "sdk"]);
      expect(result.log).toContain(`${to} is the ${name} module account and is not allowed to receive funds`);
      expect(await s.h.balance(alice)).toBe(before.alice - FEE);
      // The fee collector takes the fee in the same block, and distribution's BeginBlock allocation
      // moved the previous block's fee on; every other account stays as it was.
      if (name !== "fee_collector" && name !== "distribution") expect(await s.h.balance(to)).toBe(before.pool);
      expect(flatEvents(result.events)).not.toContain("transfer.amount=1utrib");
    }
  });

  it("a MsgMultiSend with one module account among its outputs is refused whole", async () => {
    s = await StakingHarness.create({ validators: [{ account: 1, power: 10n }] });
    const [alice, bob] = [s.address(0), s.address(2)];
    const pool = addressString(moduleAddress("bonded_tokens_pool"));
    const before = { alice: await s.h.balance(alice), bob: await s.h.balance(bob), pool: await s.h.balance(pool) };
    const { result } = await s.tx(0, [multiSend(alice, [{ address: bob, amount: 7n }, { address: pool, amount: 1n }])]);
    expect([result.code, result.codespace], result.log).toEqual([4, "sdk"]);
    expect(result.log).toContain("bonded_tokens_pool module account");
    expect(await s.h.balance(alice)).toBe(before.alice - FEE);
    expect(await s.h.balance(bob)).toBe(before.bob);
    expect(await s.h.balance(pool)).toBe(before.pool);

    const ok = await s.tx(0, [multiSend(alice, [{ address: bob, amount: 7n }, { address: s.address(3), amount: 3n }])]);
    expect(ok.result.code, ok.result.log).toBe(0);
    expect(await s.h.balance(bob)).toBe(before.bob + 7n);
  });

  it("an account stored as a module account under a name no module declares is refused too", async () => {
    const name = "some_future_pool";
    const addr = addressString(moduleAddress(name));
    s = await StakingHarness.create({
      appState: (st) => {
        st.auth.accounts.push({ "@type": "/cosmos.auth.v1beta1.ModuleAccount", address: addr, pub_key: null, account_number: "99", sequence: "0", name, permissions: [] });
      },
    });
    const { result } = await s.tx(0, [s.h.send(0, addr, "1")]);
    expect([result.code, result.codespace], result.log).toEqual([4, "sdk"]);
    expect(result.log).toContain(`the ${name} module account`);
  });

  it("after a refused send to the bonded pool the exported genesis still imports (1utrib used to break it)", async () => {
    s = await StakingHarness.create({ validators: [{ account: 1, power: 10n }] });
    await s.tx(0, [s.h.send(0, addressString(moduleAddress("bonded_tokens_pool")), "1")]);
    const exported = await s.exportAppState();
    validateAppState(exported);
    const imported = await AppHarness.create({ appState: (st) => Object.assign(st, structuredClone(exported)) });
    try {
      expect(await imported.balance(addressString(moduleAddress("bonded_tokens_pool")))).toBe(10_000_000n);
    } finally {
      await imported.close();
    }
  });
});
