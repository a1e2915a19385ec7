/**
 * A real CometBFT refuses a body above its rpc.max_body_bytes with HTTP 400 "request body too
 * large" (our solo node says 413): CosmJS's error for it is recognised and explained in one line
 * naming the request's size. CometBFT runs its built-in kvstore app: only its RPC matters here.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explainTooLarge, isTooLarge } from "../../node/cli/tooLarge.ts";
import { type ManagedProcess, cometbftBinary, freePorts, spawnComet, waitForListening } from "../../node/testnet/processes.ts";

const home = mkdtempSync(join(tmpdir(), "trib-comet-413-"));
let comet: ManagedProcess | undefined;
let rpc: string;

beforeAll(async () => {
  const bin = cometbftBinary();
  execFileSync(bin, ["init", "--home", home], { stdio: "ignore" });
  const [rpcPort, p2pPort] = await freePorts(2);
  const file = join(home, "config", "config.toml");
  const toml = readFileSync(file, "utf8")
    .replace(/^proxy_app = .*$/m, 'proxy_app = "kvstore"')
    .replace(/^laddr = "tcp:\/\/127\.0\.0\.1:26657"$/m, `laddr = "tcp://127.0.0.1:${rpcPort}"`)
    .replace(/^laddr = "tcp:\/\/0\.0\.0\.0:26656"$/m, `laddr = "tcp://127.0.0.1:${p2pPort}"`);
  expect(toml).toMatch(/^max_body_bytes = 1000000$/m);
  writeFileSync(file, toml);
  rpc = `http://127.0.0.1:${rpcPort}`;
  comet = spawnComet(home, bin);
  await waitForListening(comet, `tcp://127.0.0.1:${rpcPort}`, 30_000);
}, 60_000);

afterAll(async () => {
  await comet?.kill();
  rmSync(home, { recursive: true, force: true });
});

describe("CometBFT's refusal of a large request", () => {
  it("is recognised from CosmJS's error and explained with the request's size", async () => {
    const client = await Comet38Client.connect(rpc);
    try {
      // 600,000 bytes of data, hex-encoded: a body of about 1.2 MB.
      const err = await client.abciQuery({ path: "/store", data: new Uint8Array(600_000) }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toBe("Bad status on response: 400");
      expect(isTooLarge(err)).toBe(true);
      const line = explainTooLarge(err)!;
      const bytes = Number(/a request of (\d+) bytes/.exec(line)?.[1]);
      expect(bytes).toBeGreaterThan(1_200_000);
      expect(bytes).toBeLessThan(1_200_200);
      expect(line).toMatch(/as too large \(its rpc\.max_body_bytes is smaller; 1000000 unless configured\); send less/);
      // The node still answers requests under the limit.
      expect((await client.abciQuery({ path: "/store", data: new Uint8Array(10) })).code).toBe(0);
    } finally {
      client.disconnect();
    }
  });
});
