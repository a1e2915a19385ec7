import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultNodeConfig, writeNodeConfig } from "../config.ts";
import { nodeUrl, resolveNode } from "./common.ts";
import { oneLine } from "./errors.ts";

describe("node address flags", () => {
  it("turns tcp:// into http:// and keeps http(s) URLs", () => {
    expect(nodeUrl("tcp://127.0.0.1:26657")).toBe("http://127.0.0.1:26657");
    expect(nodeUrl("https://rpc.example.org/")).toBe("https://rpc.example.org");
    expect(nodeUrl("http://localhost:26657/rpc")).toBe("http://localhost:26657/rpc");
    expect(() => nodeUrl("localhost:26657")).toThrow(/invalid --node "localhost:26657"/);
  });

  it("defaults to the home's rpc.laddr, then to 127.0.0.1:26657", () => {
    const home = mkdtempSync(join(tmpdir(), "trib-common-"));
    try {
      expect(resolveNode({ home })).toBe("http://127.0.0.1:26657");
      writeNodeConfig(home, { ...defaultNodeConfig("n"), rpc: { ...defaultNodeConfig("n").rpc, laddr: "tcp://0.0.0.0:3000" } });
      expect(resolveNode({ home })).toBe("http://0.0.0.0:3000");
      expect(resolveNode({ home, node: "tcp://10.0.0.1:1" })).toBe("http://10.0.0.1:1");
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe("oneLine", () => {
  it("collapses multi-line messages", () => {
    expect(oneLine(new Error("first\n   second\nthird"))).toBe("first second third");
  });
});

describe("version", () => {
  it("reports a 0.38.x CometBFT version without a leading v, so CosmJS picks Comet38Client", async () => {
    const { COMETBFT_VERSION } = await import("../version.ts");
    expect(COMETBFT_VERSION).toMatch(/^0\.38\.\d+$/);
  });
});
