import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Context } from "../../chain/context.ts";
import { EventManager } from "../../chain/events.ts";
import { GasMeter } from "../../chain/gas.ts";
import { rulesAt, rulesTable, scheduleRules } from "../../chain/rules.ts";
import type { Branch } from "../../chain/store/types.ts";
import { DatanetHarness, words } from "../../test/datanetHarness.ts";
import { textRules } from "../datanet/rules.ts";
import { tokenize } from "../datanet/text/index.ts";
import { createModules } from "../index.ts";
import { defaultAttributionGenesis } from "./genesis.ts";
import type { TextRules } from "./expected.ts";
import { AttributionKeeper } from "./keeper.ts";
import type { ManifestEntry } from "./types.ts";

/**
 * Attribution cuts an output with the text rules of its block's rules version (`ctx.rules`),
 * through the table it is handed (expected.ts `TextRulesOf`). A test-only table whose version 2
 * reads the output through ROT13 first shows the switch: at a height under version 1 the plain
 * output credits its contributor and the ROT13 one credits nobody; from the switch height on
 * it is the other way round, with results equal to version 1's on the plain text. The chain's
 * own table gives version 1 and 2 the same text rules, so results do not change (app hashes).
 */
const rot13 = (s: string) => s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));
const TEST_TEXT_RULES = rulesTable<TextRules>("test text rules", { 1: { tokenize }, 2: { tokenize: (t) => tokenize(rot13(t)) } });

const D = 1n;
const BODY = words(31, 80).join(" ");
const PLAIN = BODY.split(" ").slice(10, 50).join(" ");
const SHIFTED = rot13(PLAIN);

let d: DatanetHarness;
let manifest: ManifestEntry[];
/** Version 2 from here on, in a branch of the committed state (below it: version 1, no schedule). */
let switchHeight: bigint;

beforeAll(async () => {
  d = await DatanetHarness.create({ accounts: 3, appState: (s) => (s.attribution = { ...defaultAttributionGenesis(), params: { ...defaultAttributionGenesis().params, attributable_delay_blocks: String(D) } }) });
  const dn = await d.newDatanet(0);
  await d.contributeOk(1, dn, [{ body: BODY }]);
  await d.ok(0, [d.publish(0, dn)]);
  for (let i = 0n; i <= D; i++) await d.h.deliver([]);
  manifest = [{ datanetId: dn, version: 1n }];
  switchHeight = d.h.height + 10n;
});
afterAll(() => d?.close());

/** A branch of the committed state whose schedule switches to version 2 at `switchHeight`. */
function scheduledState(): Branch {
  const state = d.h.store.branch();
  scheduleRules(state, switchHeight, 2);
  return state;
}

/** The context of a block at `height` over `state`: its rules come from the schedule, as App builds them. */
function contextAt(state: Branch, height: bigint): Context {
  return {
    mode: "finalize",
    block: { chainId: "", height, timeSeconds: 0n, timeNanos: 0, proposerAddress: new Uint8Array() },
    kv: state,
    rules: rulesAt(state, height),
    gasMeter: GasMeter.infinite(),
    events: new EventManager(),
    blockMaxGas: -1n,
    minGasPrices: [],
  };
}

/** A keeper over the real datanet and auth keepers, with `table` as its text rules. */
function keeperWith(table: (r: Context["rules"]) => TextRules): AttributionKeeper {
  const { datanet, auth } = createModules().keepers;
  return new AttributionKeeper(datanet, { accountNumber: (kv, addr) => auth.getAccount(kv, addr)?.accountNumber }, table);
}

const credited = async (k: AttributionKeeper, ctx: Context, output: string) => {
  const { attribution } = await k.attribute(ctx, manifest, output, "");
  return attribution;
};

describe("attribution's tokenizer follows the block's rules version", () => {
  it("at a height under version N the keeper cuts the output with version N's text rules", async () => {
    const state = scheduledState();
    const before = contextAt(state, switchHeight - 1n);
    const after = contextAt(state, switchHeight);
    expect([before.rules.version, after.rules.version]).toEqual([1, 2]);
    const k = keeperWith((r) => TEST_TEXT_RULES.at(r));

    const v1Plain = await credited(k, before, PLAIN);
    expect(v1Plain.contributions.length).toBe(1);
    expect(v1Plain.contributors[0]!.points).toBeGreaterThan(0);
    const v1Shifted = await credited(k, before, SHIFTED);
    expect(v1Shifted.contributors).toEqual([]);
    expect(v1Shifted.residual).toBe(v1Shifted.totalPoints);

    // Version 2 reads ROT13 back: the shifted output is the plain one, and the plain one is noise.
    expect(await credited(k, after, SHIFTED)).toEqual(v1Plain);
    expect((await credited(k, after, PLAIN)).contributors).toEqual([]);
    // Later heights keep version 2 (the switch is inclusive and permanent).
    expect(await credited(k, contextAt(state, switchHeight + 100n), SHIFTED)).toEqual(v1Plain);
  });

  it("the chain's wiring hands attribution datanet's table: versions 1 and 2 both cut with text rules 1", async () => {
    const wired = createModules().keepers.attribution;
    expect(wired.textRules).toBe(textRules);
    const state = scheduledState();
    const v1 = await credited(wired, contextAt(state, switchHeight - 1n), PLAIN);
    const v2 = await credited(wired, contextAt(state, switchHeight), PLAIN);
    expect(v2).toEqual(v1);
    expect(v1.contributions.map((c) => c.contribution)).toHaveLength(1);
    expect(textRules(contextAt(state, switchHeight).rules).version).toBe(1);
  });

  it("an output the block's text rules cut to no words is refused under that version only", async () => {
    const k = keeperWith((r) => rulesTable<TextRules>("test text rules", { 1: { tokenize }, 2: { tokenize: () => [] } }).at(r));
    const state = scheduledState();
    await expect(k.attribute(contextAt(state, switchHeight - 1n), manifest, PLAIN, "")).resolves.toBeDefined();
    await expect(k.attribute(contextAt(state, switchHeight), manifest, PLAIN, "")).rejects.toThrow(/the output has no word tokens/);
  });
});
