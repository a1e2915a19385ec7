/** Arguments of the inference commands; every refusal is a one-line UserError. */
import { readFileSync } from "node:fs";
import type { ManifestEntry, RevenueSplit, Sampling } from "../../../client/inferenceTypes.ts";
import { MAX_CHUNK_BYTES } from "../../../client/inferenceMsgs.ts";
import { textArg } from "../attribution/args.ts";
import { parseId, parseList } from "../datanet/args.ts";
import { UserError } from "../errors.ts";

/** "1:2,3:1" → manifest entries (datanet:version). */
export function parseManifestList(v: string, flag = "--manifest"): ManifestEntry[] {
  const items = parseList(v);
  if (items.length === 0) throw new UserError(`${flag} is empty: name the datanet versions the model was trained on, e.g. 1:1 or 1:2,4:1`);
  return items.map((item) => {
    const m = /^([^:]+):([^:]+)$/.exec(item);
    if (!m) throw new UserError(`invalid ${flag} entry ${JSON.stringify(item)}: expected <datanet-id>:<version>, e.g. 1:2`);
    return { datanetId: parseId(m[1]!, `${flag} datanet id`), version: parseId(m[2]!, `${flag} version`) };
  });
}

/** "owner,data,compute,protocol" in basis points, summing to 10,000. */
export function parseSplit(v: string): RevenueSplit {
  const parts = v.split(",").map((x) => x.trim());
  if (parts.length !== 4 || parts.some((p) => !/^[0-9]{1,5}$/.test(p))) {
    throw new UserError(`invalid --split ${JSON.stringify(v)}: expected four basis-point shares owner,data,compute,protocol summing to 10000, e.g. 3000,5000,1000,1000`);
  }
  const [ownerBps, dataBps, computeBps, protocolBps] = parts.map(Number) as [number, number, number, number]; // four, checked above
  const sum = ownerBps + dataBps + computeBps + protocolBps;
  if (sum !== 10_000) throw new UserError(`--split ${v} sums to ${sum} basis points; owner,data,compute,protocol must sum to 10000`);
  return { ownerBps, dataBps, computeBps, protocolBps };
}

/** An amount in the fee denom: "1000", or "1000utrib" (the denom is checked against the chain's). */
export function parseFeeAmount(v: string, flag: string): { amount: string; denom?: string } {
  const m = /^([0-9]+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})?$/.exec(v.trim());
  if (!m) throw new UserError(`invalid ${flag} ${JSON.stringify(v)}: expected an amount such as 1000 or 1000utrib`);
  return { amount: BigInt(m[1]!).toString(), denom: m[2] };
}

/** Refuses an amount given in another denom than the chain prices inference in. */
export function inDenom(a: { amount: string; denom?: string }, feeDenom: string, flag: string): string {
  if (a.denom !== undefined && a.denom !== feeDenom) throw new UserError(`${flag} is in ${a.denom}; this chain prices inference in ${feeDenom}`);
  return a.amount;
}

export function parseUint(v: string, flag: string, lo: number, hi: number): number {
  if (!/^[0-9]+$/.test(v.trim()) || Number(v) < lo || Number(v) > hi) throw new UserError(`${flag} must be an integer in ${lo}..${hi}, got ${JSON.stringify(v)}`);
  return Number(v);
}

export interface SamplingFlags {
  sampling: string;
  topK?: string;
  seed?: string;
}

export function parseSampling(o: SamplingFlags): Sampling {
  const mode = o.sampling.toLowerCase();
  if (mode === "greedy") {
    if (o.topK !== undefined || o.seed !== undefined) throw new UserError("--top-k and --seed go with --sampling top-k; greedy sampling takes neither");
    return { mode: "GREEDY", topK: 0, seed: 0n };
  }
  if (mode !== "top-k" && mode !== "top_k") throw new UserError(`--sampling must be greedy or top-k, got ${JSON.stringify(o.sampling)}`);
  const topK = o.topK === undefined ? 40 : parseUint(o.topK, "--top-k", 1, 64);
  let seed = 0n;
  if (o.seed !== undefined) {
    if (!/^[0-9]+$/.test(o.seed.trim()) || BigInt(o.seed) >= 1n << 64n) throw new UserError(`--seed must be an integer in 0..2^64-1, got ${JSON.stringify(o.seed)}`);
    seed = BigInt(o.seed);
  }
  return { mode: "TOP_K", topK, seed };
}

/** --prompt inline or @file, non-empty. */
export function parsePrompt(v: string): string {
  const p = textArg(v, "--prompt");
  if (p === "") throw new UserError("--prompt is empty: give the text to continue, inline or @file");
  return p;
}

export function readArtifact(path: string): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UserError(`cannot read --artifact ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (bytes.length === 0) throw new UserError(`--artifact ${path} is empty`);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function parseChunkSize(v: string): number {
  return parseUint(v, "--chunk-size", 1024, MAX_CHUNK_BYTES);
}

/** A sha256 as 64 hex characters. */
export function parseHash(v: string): Uint8Array {
  if (!/^[0-9a-fA-F]{64}$/.test(v)) throw new UserError(`invalid artifact hash ${JSON.stringify(v)}: expected 64 hex characters (the sha256 of the artifact)`);
  return Uint8Array.from(Buffer.from(v, "hex"));
}
