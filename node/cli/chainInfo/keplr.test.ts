import { describe, expect, it } from "vitest";
import { metadataFromGenesis } from "../../../modules/bank/metadataJson.ts";
import { TRIB_METADATA } from "../../../genesis/denomMetadata.ts";
import { currencyOf, gasPriceStep } from "./keplr.ts";
import { assetListJson, registryChainName } from "./registry.ts";

describe("chain-info shapes", () => {
  it("derives the currency from the display unit's exponent", () => {
    expect(currencyOf(metadataFromGenesis(TRIB_METADATA))).toEqual({ coinDenom: "TRIB", coinMinimalDenom: "utrib", coinDecimals: 6 });
  });

  it("refuses metadata whose display unit is not among its units", () => {
    const bad = metadataFromGenesis({ ...TRIB_METADATA, display: "ktrib" });
    expect(() => currencyOf(bad)).toThrow('denom metadata of utrib: display unit "ktrib" is not among its denom_units');
  });

  it("steps gas prices from the minimum", () => {
    expect(gasPriceStep(0.01)).toEqual({ low: 0.01, average: 0.02, high: 0.04 });
  });

  it("makes chain-registry names and assets", () => {
    expect(registryChainName("Tributary Devnet-2")).toBe("tributarydevnet2");
    const info = { chainName: "Tributary" } as Parameters<typeof assetListJson>[0];
    const list = assetListJson(info, [metadataFromGenesis(TRIB_METADATA)]) as { assets: { base: string; type_asset: string }[] };
    expect(list.assets[0]).toMatchObject({ base: "utrib", type_asset: "sdk.coin" });
  });
});
