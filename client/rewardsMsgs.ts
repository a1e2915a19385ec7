/**
 * Typed builders for the rewards module's messages (storage nodes: register, update,
 * unregister, storage proofs), EncodeObjects CosmJS signs with the registry of registry.ts, and
 * decoders of their responses from a DeliverTxResponse.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { Coin, DeliverTxResponse } from "@cosmjs/stargate";
import * as pb from "../proto/gen/tributary/rewards/v1/index.ts";
import { addressToBytes } from "./address.ts";
import { coinInput } from "./datanetMsgs.ts";
import { u64In, u64Out } from "./datanetTypes.ts";
import { TributaryClientError } from "./errors.ts";
import type { TributaryTypeEntry } from "./registry.ts";
import { NODE_ROLES, type NodeRoleName, coinIn } from "./rewardsTypes.ts";
import { decode } from "../proto/codec.ts";

const PREFIX = "/tributary.rewards.v1.";

export const REWARDS_MSG_TYPE_URLS = {
  registerNode: `${PREFIX}MsgRegisterNode`,
  updateNode: `${PREFIX}MsgUpdateNode`,
  unregisterNode: `${PREFIX}MsgUnregisterNode`,
  submitStorageProof: `${PREFIX}MsgSubmitStorageProof`,
} as const;

/** The rewards messages, for `createTributaryRegistry` (registered there by default). */
export const REWARDS_TYPES: readonly TributaryTypeEntry[] = [
  [REWARDS_MSG_TYPE_URLS.registerNode, pb.MsgRegisterNodeSchema],
  [REWARDS_MSG_TYPE_URLS.updateNode, pb.MsgUpdateNodeSchema],
  [REWARDS_MSG_TYPE_URLS.unregisterNode, pb.MsgUnregisterNodeSchema],
  [REWARDS_MSG_TYPE_URLS.submitStorageProof, pb.MsgSubmitStorageProofSchema],
];

type Id = bigint | number | string;

export interface RegisterNodeInput {
  /** Default ["STORAGE"]. */
  roles?: NodeRoleName[];
  /** The datanets whose records the node holds and serves. */
  datanetIds: readonly Id[];
  /** Public base URL of the node's content listener, http(s)://… */
  endpoint: string;
  /** "1000000utrib" or a Coin: at least the chain's min_bond plus bond_per_byte × bytes served. */
  bond: Coin | string;
}

/** Fields given replace the node's (datanets, endpoint) or add to it (bond); at least one. */
export interface UpdateNodeInput {
  datanetIds?: readonly Id[];
  endpoint?: string;
  addBond?: Coin | string;
}

export interface StorageProofInput {
  epoch: Id;
  challengeIndex: number;
  chunk: Uint8Array;
  /** Sibling hashes, leaf level first (chain/contentRoot.ts chunkProof). */
  path: readonly Uint8Array[];
}

function address(a: string): string {
  addressToBytes(a);
  return a;
}

function ids(list: readonly Id[]): bigint[] {
  return list.map((v) => {
    let s: bigint;
    try {
      s = u64Out(v);
    } catch (e) {
      throw new TributaryClientError("VALUE_INVALID", `datanet id ${String(v)} is not a valid id`, { hint: "ids are positive integers (uint64)", cause: e });
    }
    if (s === 0n) throw new TributaryClientError("VALUE_INVALID", "datanet id 0 is not a valid id", { hint: "ids start at 1" });
    return s;
  });
}

function endpoint(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new TributaryClientError("VALUE_INVALID", `endpoint "${url}" is not a URL`, { hint: "give the node's public base URL, e.g. http://203.0.113.7:26670" });
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") {
    throw new TributaryClientError("VALUE_INVALID", `endpoint "${url}" must be http:// or https://`, { hint: "readers fetch <endpoint>/content/<datanet>/<contribution> over HTTP" });
  }
  return url.replace(/\/+$/, "");
}

function roles(rs: readonly NodeRoleName[]): number[] {
  return rs.map((r) => {
    const n = NODE_ROLES.indexOf(r);
    if (n <= 0) throw new TributaryClientError("VALUE_INVALID", `unknown node role "${r}"`, { hint: 'the roles are: "STORAGE"' });
    return n;
  });
}

export function msgRegisterNode(operator: string, input: RegisterNodeInput): EncodeObject {
  if (input.datanetIds.length === 0) throw new TributaryClientError("VALUE_INVALID", "a storage node serves at least one datanet");
  return {
    typeUrl: REWARDS_MSG_TYPE_URLS.registerNode,
    value: { operator: address(operator), roles: roles(input.roles ?? ["STORAGE"]), datanetIds: ids(input.datanetIds), endpoint: endpoint(input.endpoint), bond: coinInput(input.bond) },
  };
}

export function msgUpdateNode(operator: string, input: UpdateNodeInput): EncodeObject {
  if ((input.datanetIds === undefined || input.datanetIds.length === 0) && input.endpoint === undefined && input.addBond === undefined) {
    throw new TributaryClientError("VALUE_INVALID", "an update needs at least one of datanetIds, endpoint or addBond");
  }
  return {
    typeUrl: REWARDS_MSG_TYPE_URLS.updateNode,
    value: {
      operator: address(operator),
      datanetIds: ids(input.datanetIds ?? []),
      endpoint: input.endpoint === undefined ? "" : endpoint(input.endpoint),
      addBond: input.addBond === undefined ? undefined : coinInput(input.addBond),
    },
  };
}

export function msgUnregisterNode(operator: string): EncodeObject {
  return { typeUrl: REWARDS_MSG_TYPE_URLS.unregisterNode, value: { operator: address(operator) } };
}

export function msgSubmitStorageProof(operator: string, p: StorageProofInput): EncodeObject {
  return {
    typeUrl: REWARDS_MSG_TYPE_URLS.submitStorageProof,
    value: { operator: address(operator), epoch: u64Out(p.epoch), challengeIndex: p.challengeIndex, chunk: p.chunk, path: [...p.path] },
  };
}

/** The response value of the `index`-th message of type `typeUrl` in a delivered tx. */
function msgResponse(tx: DeliverTxResponse, typeUrl: string, index = 0): Uint8Array {
  const found = tx.msgResponses.filter((r) => r.typeUrl === typeUrl)[index];
  if (!found) throw new TributaryClientError("VALUE_INVALID", `transaction ${tx.transactionHash} has no ${typeUrl} (message ${index})`);
  return found.value;
}

export function registerNodeResponse(tx: DeliverTxResponse, index = 0): { bytesServed: bigint; requiredBond: string } {
  const r = decode(pb.MsgRegisterNodeResponseSchema, msgResponse(tx, `${PREFIX}MsgRegisterNodeResponse`, index));
  return { bytesServed: u64In(r.bytesServed), requiredBond: r.requiredBond || "0" };
}

export function updateNodeResponse(tx: DeliverTxResponse, index = 0): { bond: Coin | null; bytesServed: bigint } {
  const r = decode(pb.MsgUpdateNodeResponseSchema, msgResponse(tx, `${PREFIX}MsgUpdateNodeResponse`, index));
  return { bond: coinIn(r.bond), bytesServed: u64In(r.bytesServed) };
}

export function unregisterNodeResponse(tx: DeliverTxResponse, index = 0): { refund: Coin | null; completionHeight: bigint } {
  const r = decode(pb.MsgUnregisterNodeResponseSchema, msgResponse(tx, `${PREFIX}MsgUnregisterNodeResponse`, index));
  return { refund: coinIn(r.refund), completionHeight: u64In(r.completionHeight) };
}
