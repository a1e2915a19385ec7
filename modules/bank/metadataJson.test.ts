import { describe, expect, it } from "vitest";
import { TRIB_METADATA } from "../../genesis/denomMetadata.ts";
import { metadataFromGenesis, metadataToGenesis } from "./metadataJson.ts";

describe("denom metadata genesis JSON", () => {
  it("reads the SDK's proto field names (denom_units, uri_hash) and writes them back unchanged", () => {
    const m = metadataFromGenesis({ ...TRIB_METADATA, uri_hash: "ab" });
    expect(m.denomUnits.map((u) => [u.denom, u.exponent])).toEqual([["utrib", 0], ["mtrib", 3], ["TRIB", 6]]);
    expect(m.uriHash).toBe("ab");
    expect(metadataToGenesis(m)).toEqual({ ...TRIB_METADATA, uri_hash: "ab" });
  });

  it("also reads the camelCase JSON names an earlier export wrote", () => {
    const m = metadataFromGenesis({ base: "uatom", display: "atom", denomUnits: [{ denom: "uatom", exponent: 0, aliases: [] }, { denom: "atom", exponent: 6, aliases: [] }] });
    expect(m.denomUnits).toHaveLength(2);
    expect(metadataToGenesis(m).denom_units[1]).toEqual({ denom: "atom", exponent: 6, aliases: [] });
  });
});
