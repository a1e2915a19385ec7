import { describe, expect, it } from "vitest";
import { ConfigResponse } from "cosmjs-types/cosmos/base/node/v1beta1/query";
import { TestApp } from "./solo/testApp.ts";
import { NODE_CONFIG_PATH, NodeConfigQueryApp, decCoinsText } from "./nodeConfigQuery.ts";
import { priceFor } from "./cli/chainInfo/fetch.ts";

describe("cosmos.base.node.v1beta1.Service/Config", () => {
  it("prints gas prices as the SDK's DecCoins", () => {
    expect(decCoinsText("0.0025utrib")).toBe("0.002500000000000000utrib");
    expect(decCoinsText("1utrib,0.5ibc/AB")).toBe("1.000000000000000000utrib,0.500000000000000000ibc/AB");
    expect(decCoinsText("")).toBe("");
    expect(() => decCoinsText("0.0025")).toThrow(/invalid gas price "0.0025"/);
  });

  it("answers the node's minimum gas price and passes every other query to the app", async () => {
    const app = new NodeConfigQueryApp(new TestApp(), { minimumGasPrices: "0.004utrib", pruningKeepRecent: 100 });
    const res = await app.query({ path: NODE_CONFIG_PATH, data: new Uint8Array(), height: 0n, prove: false });
    expect(res.code).toBe(0);
    const config = ConfigResponse.decode(res.value);
    expect(config).toMatchObject({ minimumGasPrice: "0.004000000000000000utrib", pruningKeepRecent: "100" });
    expect(priceFor(config.minimumGasPrice, "utrib")).toBe(0.004);
    expect(priceFor(config.minimumGasPrice, "uatom")).toBeUndefined();
    const other = await app.query({ path: "/store/nothing", data: new Uint8Array(), height: 0n, prove: false });
    expect(other.value).not.toEqual(res.value);
  });
});
