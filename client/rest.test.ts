/**
 * RestClient (client/rest.ts) against a real node's REST API: typed answers equal to what the
 * chain holds, the gateway's errors as RestApiError with status and gRPC code, paging to the end,
 * a bad base URL refused up front.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { TEST_NODE_CHAIN_ID, type TestNode, startTestNode } from "../test/testNode.ts";
import { RestApiError, RestClient } from "./rest.ts";

let t: TestNode;
let rest: RestClient;

beforeAll(async () => {
  t = await startTestNode({ bondValidator: true });
  rest = new RestClient(`${t.node.apiUrl}/`);
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

describe("RestClient on a real node", () => {
  it("node info, blocks by height and latest, validators, supply, balances", async () => {
    expect(rest.base).toBe(t.node.apiUrl);
    expect((await rest.nodeInfo()).default_node_info.network).toBe(TEST_NODE_CHAIN_ID);
    await t.node.driver.waitForHeight(2n);
    const latest = await rest.latestBlock();
    expect(latest.block.header.chain_id).toBe(TEST_NODE_CHAIN_ID);
    const one = await rest.block(1);
    expect(one.block.header.height).toBe("1");
    expect(Number(latest.block.header.height)).toBeGreaterThanOrEqual(2);
    const { validators } = await rest.validators();
    expect(validators.map((v) => v.status)).toEqual(["BOND_STATUS_BONDED"]);
    const { balances } = await rest.balances(DEV_ACCOUNTS[0].address);
    expect(balances.find((b) => b.denom === "utrib")?.amount).toMatch(/^\d+$/);
    expect(BigInt((await rest.supplyOf("utrib")).amount.amount)).toBeGreaterThan(0n);
    expect(Number((await rest.inflation()).inflation)).toBeGreaterThan(0);
  });

  it("tributary routes answer their empty state", async () => {
    expect((await rest.datanets()).datanets).toEqual([]);
    expect((await rest.models()).models).toEqual([]);
    expect((await rest.storageNodes()).nodes).toEqual([]);
    expect((await rest.epoch()).epoch.number).toMatch(/^\d+$/);
    expect(await rest.allPages((p) => rest.datanets(p), (r) => r.datanets)).toEqual([]);
  });

  it("allPages follows next_key to the end, the same items as one big page", async () => {
    type Accounts = { accounts: { address?: string }[]; pagination: { next_key: string | null; total: string } };
    const page = (p: { limit?: number; key?: string }) => rest.get<Accounts>(`/cosmos/auth/v1beta1/accounts?pagination.limit=${p.limit}${p.key ? `&pagination.key=${encodeURIComponent(p.key)}` : ""}`);
    const all = (await page({ limit: 1000 })).accounts.map((a) => a.address);
    expect(all.length).toBeGreaterThan(3);
    let calls = 0;
    const paged = await rest.allPages((p) => (calls++, page(p)), (r) => r.accounts.map((a) => a.address), { limit: 2 });
    expect(paged).toEqual(all);
    expect(calls).toBeGreaterThanOrEqual(Math.ceil(all.length / 2));
  });

  it("errors: 404 code 5 for what does not exist, 400 code 3 for a bad address, with the path", async () => {
    const missing = await rest.datanet("999").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(RestApiError);
    expect(missing).toMatchObject({ status: 404, grpcCode: 5, path: "/tributary/datanet/v1/datanets/999" });
    const bad = await rest.balances("nope").catch((e: unknown) => e);
    expect(bad).toMatchObject({ status: 400, grpcCode: 3 });
    expect((bad as Error).message).toMatch(/^GET \/cosmos\/bank\/v1beta1\/balances\/nope: 400 /);
    // Path parameters are escaped: a slash cannot reach another route.
    expect(await rest.inference("1/../../x").catch((e: unknown) => e)).toBeInstanceOf(RestApiError);
  });

  it("a base that is not an http(s) URL is refused before any request", () => {
    expect(() => new RestClient("localhost:1317")).toThrow('invalid REST API address "localhost:1317"');
    expect(() => new RestClient("ws://127.0.0.1:1317")).toThrow("expected http(s)://host:port");
  });
});
