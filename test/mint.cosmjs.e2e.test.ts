/**
 * Unmodified CosmJS against the solo node, for mint: setupMintExtension returns the chain's
 * params, inflation and annual provisions as the right decimals, and every block's `mint`
 * event matches the state — the bonded ratio of the previous height, the annual provisions
 * stored, and the supply grown by exactly the amount minted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryClient, setupMintExtension } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { QueryAnnualProvisionsResponse, QueryInflationResponse } from "cosmjs-types/cosmos/mint/v1beta1/query";
import { QueryPoolResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { type Dec, ONE, formatDec, parseDec, quoInt } from "../chain/dec.ts";
import { type TestNode, startTestNode } from "./testNode.ts";

const BLOCKS_PER_YEAR = 31557600n;
const ascii = (b: Uint8Array) => new TextDecoder().decode(b);

describe("mint through CosmJS", () => {
  let t: TestNode;
  let comet: Comet38Client;
  let q: QueryClient & ReturnType<typeof setupMintExtension>;

  beforeAll(async () => {
    // Slow blocks, so that several queries can land on one height.
    t = await startTestNode({ bondValidator: true, timeoutCommitMs: 1000 });
    comet = await Comet38Client.connect(t.rpcUrl);
    q = QueryClient.withExtensions(comet, setupMintExtension);
    await t.node.driver.waitForHeight(3n);
  }, 60_000);
  afterAll(async () => {
    comet?.disconnect();
    await t?.stop();
  });

  const raw = async (path: string, height: number, data: Uint8Array = new Uint8Array()) => (await q.queryAbci(path, Uint8Array.from(data), height)).value;
  const supplyAt = async (h: number) => BigInt(QuerySupplyOfResponse.decode(await raw("/cosmos.bank.v1beta1.Query/SupplyOf", h, QuerySupplyOfRequest.encode({ denom: "utrib" }).finish())).amount.amount);

  it("setupMintExtension decodes params, inflation and annual provisions", async () => {
    const params = await q.mint.params();
    expect(params.mintDenom).toBe("utrib");
    expect(params.blocksPerYear).toBe(BLOCKS_PER_YEAR);
    expect([params.inflationRateChange, params.inflationMax, params.inflationMin, params.goalBonded].map((d) => d.toString())).toEqual(["0.13", "0.2", "0.07", "0.67"]);
    // Several calls at one height: compare with the raw responses of that height.
    for (let attempt = 0; ; attempt++) {
      const before = (await comet.status()).syncInfo.latestBlockHeight;
      const [inflation, provisions] = [await q.mint.inflation(), await q.mint.annualProvisions()];
      if ((await comet.status()).syncInfo.latestBlockHeight !== before) {
        expect(attempt).toBeLessThan(10);
        continue;
      }
      const rawInflation = ascii(QueryInflationResponse.decode(await raw("/cosmos.mint.v1beta1.Query/Inflation", before)).inflation);
      const rawProvisions = ascii(QueryAnnualProvisionsResponse.decode(await raw("/cosmos.mint.v1beta1.Query/AnnualProvisions", before)).annualProvisions);
      expect(inflation.atomics).toBe(rawInflation);
      expect(provisions.atomics).toBe(rawProvisions);
      // 10^11 of ~6·10^12 bonded, below the 0.67 goal: inflation has risen from 0.13, toward 0.20.
      expect(inflation.isGreaterThan(params.inflationRateChange)).toBe(true);
      expect(inflation.isLessThan(params.inflationMax)).toBe(true);
      expect(provisions.toFloatApproximation()).toBeGreaterThan(0);
      break;
    }
  });

  it("each block's mint event is the SDK's computation on the chain's state, and the supply grows by the amount", async () => {
    const top = (await comet.status()).syncInfo.latestBlockHeight;
    for (const h of [top - 1, top]) {
      const res = await comet.blockResults(h);
      const mint = res.finalizeBlockEvents.find((e) => e.type === "mint");
      expect(mint, `block ${h} has a mint event`).toBeDefined();
      const attr = Object.fromEntries(mint!.attributes.map((a) => [a.key, a.value]));
      // BeginBlock of block h reads the state committed at h − 1.
      const pool = QueryPoolResponse.decode(await raw("/cosmos.staking.v1beta1.Query/Pool", h - 1)).pool;
      const supplyBefore = await supplyAt(h - 1);
      const ratio: Dec = quoInt(BigInt(pool.bondedTokens) * ONE, supplyBefore);
      expect(attr.bonded_ratio).toBe(formatDec(ratio));
      const provisions = parseDec(attr.annual_provisions!);
      expect(provisions).toBe(parseDec(attr.inflation!) * supplyBefore);
      expect(ascii(QueryAnnualProvisionsResponse.decode(await raw("/cosmos.mint.v1beta1.Query/AnnualProvisions", h)).annualProvisions)).toBe(provisions.toString());
      const amount = BigInt(attr.amount!);
      expect(amount).toBe(provisions / BLOCKS_PER_YEAR / ONE);
      expect(amount).toBeGreaterThan(0n);
      expect(await supplyAt(h)).toBe(supplyBefore + amount);
    }
  });
});
