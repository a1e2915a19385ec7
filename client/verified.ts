import type { CometClient } from "@cosmjs/tendermint-rpc";
import { toHex } from "@cosmjs/encoding";
import { TributaryClientError, errorText } from "./errors.ts";
import { ProofError, proofFromProofOps, verifyStoreProof } from "./proof.ts";

/** A store value proven against a block header: `value` undefined means proven absent. */
export interface VerifiedValue {
  value: Uint8Array | undefined;
  /** The state version the value was read at; the proof checks against header `height + 1`. */
  height: number;
}

export interface VerifiedQueryOptions {
  /** Read at this committed height (default: latest). */
  height?: number;
  /** How long to wait for block `height + 1` when it is not produced yet (default 10 s). */
  headerTimeoutMs?: number;
  pollIntervalMs?: number;
  /**
   * Where the app hash of a height comes from. Default: the `block` header of the same node,
   * which proves the value is consistent with that node's chain but trusts its header; pass a
   * light client's verified header lookup to trust nothing the node says.
   */
  appHashAt?: (height: number) => Promise<Uint8Array>;
}

export const STORE_KEY_PATH = "/store/key";
const DEFAULT_HEADER_TIMEOUT_MS = 10_000;
const DEFAULT_POLL_INTERVAL_MS = 100;

/** `abci_query /store/key prove=true`, then the proof checked against the app hash at height+1. */
export async function queryVerified(comet: CometClient, key: Uint8Array, opts: VerifiedQueryOptions = {}): Promise<VerifiedValue> {
  const response = await queryWithProof(comet, key, opts.height);
  const { height } = response;
  const proof = wrapProofError(() => proofFromProofOps(response.proof ? { ops: [...response.proof.ops] } : undefined), key, height);
  const appHash = opts.appHashAt ? await opts.appHashAt(height + 1) : await waitForAppHash(comet, height + 1, opts);
  const value = verifyReturnedValue(appHash, key, response.value, proof, height);
  return { value, height };
}

interface ProvenResponse {
  height: number;
  value: Uint8Array;
  proof: { ops: readonly { type: string; key: Uint8Array; data: Uint8Array }[] } | undefined;
}

async function queryWithProof(comet: CometClient, key: Uint8Array, height: number | undefined): Promise<ProvenResponse> {
  let response;
  try {
    response = await comet.abciQuery({ path: STORE_KEY_PATH, data: key, prove: true, ...(height === undefined ? {} : { height }) });
  } catch (e) {
    throw new TributaryClientError("QUERY_FAILED", `abci_query ${STORE_KEY_PATH} failed`, { details: errorText(e), cause: e });
  }
  if (response.code) {
    throw new TributaryClientError("QUERY_FAILED", `abci_query ${STORE_KEY_PATH} returned code ${response.code} (${response.codespace})`, {
      hint: height === undefined ? undefined : `height ${height} may be pruned or not yet committed`,
      details: response.log,
    });
  }
  if (!response.height) throw new TributaryClientError("QUERY_FAILED", "abci_query response carries no height, so its proof cannot be checked");
  if (height !== undefined && response.height !== height) {
    throw new TributaryClientError("PROOF_INVALID", `asked for height ${height}, the node answered for height ${response.height}`);
  }
  return { height: response.height, value: response.value, proof: response.proof };
}

/**
 * The JSON-RPC cannot tell an absent value from an empty one (both arrive as an empty value), so
 * an empty value is checked first as absence and then as present-but-empty; either proof is a
 * complete proof of what it claims.
 */
function verifyReturnedValue(appHash: Uint8Array, key: Uint8Array, value: Uint8Array, proof: Uint8Array, height: number): Uint8Array | undefined {
  if (value.length > 0) {
    wrapProofError(() => verifyStoreProof(appHash, key, value, proof), key, height);
    return value;
  }
  try {
    verifyStoreProof(appHash, key, undefined, proof);
    return undefined;
  } catch (absenceError) {
    if (!(absenceError instanceof ProofError)) throw absenceError;
    try {
      verifyStoreProof(appHash, key, value, proof);
      return value;
    } catch {
      return wrapProofError(() => {
        throw absenceError;
      }, key, height);
    }
  }
}

function wrapProofError<T>(check: () => T, key: Uint8Array, height: number): T {
  try {
    return check();
  } catch (e) {
    if (!(e instanceof ProofError)) throw e;
    throw new TributaryClientError("PROOF_INVALID", `the node's proof for key 0x${toHex(key)} at height ${height} does not verify`, {
      hint: "do not trust this node's answer; query another node",
      details: e.message,
      cause: e,
    });
  }
}

/** App hash in the header at `height`, waiting for that block when the chain has not reached it. */
async function waitForAppHash(comet: CometClient, height: number, opts: VerifiedQueryOptions): Promise<Uint8Array> {
  const deadline = Date.now() + (opts.headerTimeoutMs ?? DEFAULT_HEADER_TIMEOUT_MS);
  for (;;) {
    const latest = (await comet.status()).syncInfo.latestBlockHeight;
    if (latest >= height) return (await comet.block(height)).block.header.appHash;
    if (Date.now() >= deadline) {
      throw new TributaryClientError("PROOF_TIMEOUT", `block ${height} (whose header commits to the state of height ${height - 1}) was not produced in time`, {
        hint: "the node may be stalled, or blocks are slower than headerTimeoutMs; retry with a larger timeout",
        details: `latest height is ${latest}`,
      });
    }
    await sleep(opts.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
