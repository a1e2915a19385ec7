import { describe, expect, it } from "vitest";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import * as tx from "../proto/gen/tributary/rewards/v1/index.ts";
import { TributaryClientError } from "./errors.ts";
import { createTributaryRegistry } from "./registry.ts";
import {
  REWARDS_MSG_TYPE_URLS, msgRegisterNode, msgSubmitStorageProof, msgUnregisterNode, msgUpdateNode, registerNodeResponse, unregisterNodeResponse,
} from "./rewardsMsgs.ts";
import { decode, encode } from "../proto/codec.ts";

const ALICE = "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw";

function roundTrip(msg: { typeUrl: string; value: unknown }) {
  const any = createTributaryRegistry().encodeAsAny(msg as never);
  expect(any.typeUrl).toBe(msg.typeUrl);
  return any.value;
}

function refused(build: () => unknown, re: RegExp): void {
  try {
    build();
  } catch (e) {
    expect(e).toBeInstanceOf(TributaryClientError);
    expect((e as Error).message).toMatch(re);
    return;
  }
  throw new Error("accepted");
}

describe("rewards messages through the default registry", () => {
  it("MsgRegisterNode: role STORAGE by default, datanet ids as decimals, endpoint without a trailing slash, the bond as a Coin", () => {
    const d = decode(tx.MsgRegisterNodeSchema, roundTrip(msgRegisterNode(ALICE, { datanetIds: [1n, 2, "3"], endpoint: "http://203.0.113.7:26670/", bond: "1000000utrib" })));
    expect(d).toMatchObject({ operator: ALICE, roles: [1], endpoint: "http://203.0.113.7:26670", bond: { denom: "utrib", amount: "1000000" } });
    expect(d.datanetIds.map(String)).toEqual(["1", "2", "3"]);
  });

  it("MsgUpdateNode keeps unset fields empty; MsgUnregisterNode names the operator", () => {
    const d = decode(tx.MsgUpdateNodeSchema, roundTrip(msgUpdateNode(ALICE, { addBond: { denom: "utrib", amount: "5" } })));
    expect(d).toMatchObject({ operator: ALICE, endpoint: "", addBond: { denom: "utrib", amount: "5" } });
    expect(d.datanetIds).toEqual([]);
    const e = decode(tx.MsgUpdateNodeSchema, roundTrip(msgUpdateNode(ALICE, { datanetIds: [4], endpoint: "https://node.example/" })));
    expect(e.datanetIds.map(String)).toEqual(["4"]);
    expect(e.endpoint).toBe("https://node.example");
    expect(e.addBond).toBeUndefined();
    expect(decode(tx.MsgUnregisterNodeSchema, roundTrip(msgUnregisterNode(ALICE))).operator).toBe(ALICE);
  });

  it("MsgSubmitStorageProof carries the chunk and its path", () => {
    const path = [new Uint8Array(32).fill(1), new Uint8Array(32).fill(2)];
    const d = decode(tx.MsgSubmitStorageProofSchema, roundTrip(msgSubmitStorageProof(ALICE, { epoch: 7n, challengeIndex: 2, chunk: new Uint8Array([9, 8]), path })));
    expect(String(d.epoch)).toBe("7");
    expect(d.challengeIndex).toBe(2);
    expect([...(d.chunk ?? [])]).toEqual([9, 8]);
    expect(d.path.map((p) => [...p])).toEqual(path.map((p) => [...p]));
    expect(Object.values(REWARDS_MSG_TYPE_URLS).every((u) => createTributaryRegistry().lookupType(u) !== undefined)).toBe(true);
  });

  it("refuses bad input before signing", () => {
    const ok = { datanetIds: [1], endpoint: "http://x:1", bond: "1utrib" };
    refused(() => msgRegisterNode(ALICE, { ...ok, datanetIds: [] }), /at least one datanet/);
    refused(() => msgRegisterNode(ALICE, { ...ok, datanetIds: [0] }), /datanet id 0 is not a valid id/);
    refused(() => msgRegisterNode(ALICE, { ...ok, datanetIds: [-1] }), /datanet id -1 is not a valid id/);
    refused(() => msgRegisterNode(ALICE, { ...ok, endpoint: "ftp://x" }), /must be http:\/\/ or https:\/\//);
    refused(() => msgRegisterNode(ALICE, { ...ok, endpoint: "nope" }), /is not a URL/);
    refused(() => msgRegisterNode(ALICE, { ...ok, bond: "lots" }), /invalid coin "lots"/);
    refused(() => msgRegisterNode("cosmos1xyz", ok), /cosmos1xyz/);
    refused(() => msgUpdateNode(ALICE, {}), /at least one of datanetIds, endpoint or addBond/);
  });

  it("decodes the register and unregister responses", () => {
    const res = (typeUrl: string, value: Uint8Array) => ({ transactionHash: "AB", msgResponses: [{ typeUrl, value }] }) as unknown as DeliverTxResponse;
    const reg = encode(tx.MsgRegisterNodeResponseSchema, { bytesServed: 2048n, requiredBond: "1002048" });
    expect(registerNodeResponse(res("/tributary.rewards.v1.MsgRegisterNodeResponse", reg))).toEqual({ bytesServed: 2048n, requiredBond: "1002048" });
    const un = encode(tx.MsgUnregisterNodeResponseSchema, { refund: { denom: "utrib", amount: "10" }, completionHeight: 99n });
    expect(unregisterNodeResponse(res("/tributary.rewards.v1.MsgUnregisterNodeResponse", un))).toEqual({ refund: { denom: "utrib", amount: "10" }, completionHeight: 99n });
    expect(() => registerNodeResponse(res("/other", reg))).toThrow(/has no \/tributary.rewards.v1.MsgRegisterNodeResponse/);
  });
});
