import { addressBytes } from "../../chain/address.ts";
import { isValidDenom } from "../../chain/coins.ts";
import { datanetErrors } from "./errors.ts";
import { type DatanetMetadata, type DatanetParams, type DatanetPolicy, type KeyValue, LIMITS } from "./types.ts";

/**
 * Stateless checks of datanet settings and record metadata, shared by the messages'
 * validateBasic and genesis validation. Each throws a datanet error whose message names the
 * field; genesis turns it into a GenesisError.
 */
const enc = new TextEncoder();
const byteLength = (s: string) => enc.encode(s).length;
const TAG_RE = /^[a-z0-9][a-z0-9-]*$/;

function bounded(value: string, max: number, field: string, kind = datanetErrors.invalidDatanet): void {
  const n = byteLength(value);
  if (n > max) throw kind.wrap(`${field} is ${n} bytes, above the maximum of ${max}`);
}

export function validateMetadata(m: DatanetMetadata): void {
  if (m.name.trim() === "") throw datanetErrors.invalidDatanet.wrap("metadata.name must not be empty");
  bounded(m.name, LIMITS.nameBytes, "metadata.name");
  if (m.tags.length > LIMITS.tags) throw datanetErrors.invalidDatanet.wrap(`metadata.tags: ${m.tags.length} tags, at most ${LIMITS.tags}`);
  const seen = new Set<string>();
  m.tags.forEach((t, i) => {
    if (!TAG_RE.test(t) || t.length > LIMITS.tagBytes) {
      throw datanetErrors.invalidDatanet.wrap(`metadata.tags[${i}] ${JSON.stringify(t)} must be 1-${LIMITS.tagBytes} characters of a-z, 0-9 and '-', starting with a letter or digit`);
    }
    if (seen.has(t)) throw datanetErrors.invalidDatanet.wrap(`metadata.tags[${i}]: duplicate tag ${t}`);
    seen.add(t);
  });
  bounded(m.description, LIMITS.descriptionBytes, "metadata.description");
  bounded(m.licence, LIMITS.licenceBytes, "metadata.licence");
}

/** `curationNumber` is the raw enum value, so an unknown number is named. */
export function validatePolicy(p: DatanetPolicy, curationNumber: number): void {
  if (curationNumber !== 1 && curationNumber !== 2) {
    throw datanetErrors.invalidDatanet.wrap(`policy.curation must be CURATION_POLICY_OPEN (1) or CURATION_POLICY_CURATED (2), got ${curationNumber}`);
  }
  if (p.deposit && !isValidDenom(p.deposit.denom)) {
    throw datanetErrors.invalidDatanet.wrap(`policy.contribution_deposit: invalid denom ${JSON.stringify(p.deposit.denom)}`);
  }
  const { minTokens, maxTokens } = p.limits;
  if (maxTokens !== 0 && minTokens > maxTokens) {
    throw datanetErrors.invalidDatanet.wrap(`policy.limits: min_tokens ${minTokens} is above max_tokens ${maxTokens}`);
  }
}

/** The datanet's limits must sit inside the params' (0 = the params' bound). */
export function validateLimitsWithin(p: DatanetPolicy, params: DatanetParams): void {
  const l = p.limits;
  if (l.minTokens !== 0 && l.minTokens < params.minTokensPerRecord) {
    throw datanetErrors.invalidDatanet.wrap(`policy.limits.min_tokens ${l.minTokens} is below the chain minimum of ${params.minTokensPerRecord}`);
  }
  if (l.maxTokens > params.maxTokensPerRecord) {
    throw datanetErrors.invalidDatanet.wrap(`policy.limits.max_tokens ${l.maxTokens} is above the chain maximum of ${params.maxTokensPerRecord}`);
  }
  if (l.maxBytes > params.maxRecordBytes) {
    throw datanetErrors.invalidDatanet.wrap(`policy.limits.max_bytes ${l.maxBytes} is above the chain maximum of ${params.maxRecordBytes}`);
  }
  if (l.minTokens > params.maxTokensPerRecord) {
    throw datanetErrors.invalidDatanet.wrap(`policy.limits.min_tokens ${l.minTokens} is above the chain maximum of ${params.maxTokensPerRecord}`);
  }
}

export function validateCurators(curators: readonly string[], field = "curators"): void {
  const seen = new Set<string>();
  curators.forEach((c, i) => {
    addressBytes(c, `${field}[${i}]`);
    if (seen.has(c)) throw datanetErrors.invalidDatanet.wrap(`${field}[${i}]: duplicate curator ${c}`);
    seen.add(c);
  });
}

export interface RecordMetadataInput {
  title: string;
  source: string;
  licence: string;
  extra: readonly KeyValue[];
}

export function validateRecordMetadata(r: RecordMetadataInput, at: string): void {
  const bad = datanetErrors.invalidMetadata;
  bounded(r.title, LIMITS.titleBytes, `${at}: title`, bad);
  bounded(r.source, LIMITS.sourceBytes, `${at}: source`, bad);
  bounded(r.licence, LIMITS.licenceBytes, `${at}: licence`, bad);
  if (r.extra.length > LIMITS.keyValues) throw bad.wrap(`${at}: ${r.extra.length} key-values, at most ${LIMITS.keyValues}`);
  const keys = new Set<string>();
  r.extra.forEach((kv, i) => {
    if (kv.key === "") throw bad.wrap(`${at}: extra[${i}].key must not be empty`);
    bounded(kv.key, LIMITS.keyBytes, `${at}: extra[${i}].key`, bad);
    bounded(kv.value, LIMITS.valueBytes, `${at}: extra[${i}].value`, bad);
    if (keys.has(kv.key)) throw bad.wrap(`${at}: extra[${i}]: duplicate key ${JSON.stringify(kv.key)}`);
    keys.add(kv.key);
  });
}
