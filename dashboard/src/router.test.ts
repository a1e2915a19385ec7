/** Routes, search targets and the ?api= origin: what the header and the pages rely on. */
import { describe, expect, it } from "vitest";
import { apiOrigin } from "./apiOrigin.ts";
import { parseRoute, searchTarget } from "./router.ts";

const HASH = "2F4BADCA9A80CADA92BD60BA525535D9AAB40EF61E6A867CCAAC72F70DF082F7";

describe("parseRoute", () => {
  it("page and argument, overview by default", () => {
    expect(parseRoute("")).toEqual({ page: "overview", arg: "" });
    expect(parseRoute("#/")).toEqual({ page: "overview", arg: "" });
    expect(parseRoute("#/inference/3")).toEqual({ page: "inference", arg: "3" });
    expect(parseRoute("#/address/trib1abc")).toEqual({ page: "address", arg: "trib1abc" });
  });
});

describe("searchTarget", () => {
  it("a tx hash (any case, optional 0x), a positive height, an account address", () => {
    expect(searchTarget(HASH.toLowerCase())).toBe(`#/tx/${HASH}`);
    expect(searchTarget(` 0x${HASH} `)).toBe(`#/tx/${HASH}`);
    expect(searchTarget("42")).toBe("#/block/42");
    expect(searchTarget("007")).toBe("#/block/7");
    expect(searchTarget("trib1m6k5j73ryflqs97e3tpzrms3xk4wpwfr75jat0")).toBe("#/address/trib1m6k5j73ryflqs97e3tpzrms3xk4wpwfr75jat0");
  });
  it("anything else is no target", () => {
    for (const q of ["", "0", "-1", "abc", HASH.slice(1), "cosmos1m6k5j73ryflqs97e3tpzrms3xk4wpwfr75jat0", "trib1short", "12345678901234567890"]) expect(searchTarget(q), q).toBe("");
  });
});

describe("apiOrigin", () => {
  const here = { search: "", origin: "http://127.0.0.1:1317" };
  it("the page's origin by default; ?api= as given, tcp:// and bare host:port read as http", () => {
    expect(apiOrigin(here)).toBe("http://127.0.0.1:1317");
    expect(apiOrigin({ ...here, search: "?api=https://node.example:443/" })).toBe("https://node.example");
    expect(apiOrigin({ ...here, search: "?api=tcp://10.0.0.2:1317" })).toBe("http://10.0.0.2:1317");
    expect(apiOrigin({ ...here, search: "?api=10.0.0.2:1317" })).toBe("http://10.0.0.2:1317");
    expect(apiOrigin({ ...here, search: "?api=https://proxy.example/rest/" })).toBe("https://proxy.example/rest");
  });
  it("refuses other schemes and non-URLs with a message naming the value", () => {
    expect(() => apiOrigin({ ...here, search: "?api=ftp://x" })).toThrow("?api=ftp://x: only http:// and https:// are supported");
    expect(() => apiOrigin({ ...here, search: "?api=http://" })).toThrow("is not a URL");
  });
});
