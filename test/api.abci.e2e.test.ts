/**
 * `start --consensus cometbft` serves the REST API and gRPC too: the app's routes through ABCI query, and
 * the block/tx routes from CometBFT's RPC. No CometBFT here: before its InitChain the app has no
 * committed state, which the app routes report as the gateway's invalid-argument error, and the
 * block routes and broadcasts cannot reach CometBFT (Unavailable). With a real CometBFT:
 * test/cometbft/api.e2e.test.ts.
 */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningAbciNode, startAbciNode } from "../node/abciNode.ts";
import { makeTestHome } from "./testNode.ts";
import { BroadcastMode, BroadcastTxRequest } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { rawCall } from "./grpcClient.ts";

let node: RunningAbciNode;
const home = makeTestHome();

beforeAll(async () => {
  node = await startAbciNode({ home, abciLaddr: "tcp://127.0.0.1:0", onFatal: () => undefined });
}, 60_000);

afterAll(async () => {
  await node?.stop();
  rmSync(home, { recursive: true, force: true });
});

it("the REST API listens under --consensus cometbft; block routes ask CometBFT's RPC, app routes answer from ABCI query", async () => {
  expect(node.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const block = await fetch(`${node.apiUrl}/cosmos/base/tendermint/v1beta1/blocks/latest`);
  expect(block.status).toBe(503);
  expect(await block.json()).toMatchObject({ code: 14, message: expect.stringContaining("cannot reach CometBFT's RPC"), details: [] });
  const params = await fetch(`${node.apiUrl}/cosmos/bank/v1beta1/params`);
  expect(params.status).toBe(400);
  expect(await params.json()).toMatchObject({ code: 3, message: expect.stringContaining("no committed state yet"), details: [] });
  // Broadcasts go to CometBFT's RPC (rpc.laddr); with none listening, the gateway's Unavailable.
  const sent = await fetch(`${node.apiUrl}/cosmos/tx/v1beta1/txs`, { method: "POST", body: JSON.stringify({ tx_bytes: "AQID", mode: "BROADCAST_MODE_SYNC" }) });
  expect(sent.status).toBe(503);
  expect(await sent.json()).toMatchObject({ code: 14, message: expect.stringContaining("cannot reach CometBFT's RPC") });
});

it("gRPC listens too, with the same answers: block lookups and broadcasts through CometBFT's RPC, app queries", async () => {
  expect(node.grpcAddress).toMatch(/^127\.0\.0\.1:\d+$/);
  const call = (path: string, request: Uint8Array = new Uint8Array()) => rawCall(node.grpcAddress!, path, request).catch((e: unknown) => e);
  expect(await call("/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock")).toMatchObject({ code: 14, details: expect.stringContaining("cannot reach CometBFT's RPC") });
  expect(await call("/cosmos.bank.v1beta1.Query/Params")).toMatchObject({ code: 3, details: expect.stringContaining("no committed state yet") });
  const tx = BroadcastTxRequest.encode({ txBytes: new Uint8Array([1, 2, 3]), mode: BroadcastMode.BROADCAST_MODE_SYNC }).finish();
  expect(await call("/cosmos.tx.v1beta1.Service/BroadcastTx", tx)).toMatchObject({ code: 14, details: expect.stringContaining("cannot reach CometBFT's RPC") });
});
