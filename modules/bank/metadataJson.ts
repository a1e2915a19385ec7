/**
 * Denom metadata in genesis JSON. The Cosmos SDK writes it with proto field names
 * (`denom_units`, `uri_hash`), as `simd export` prints and chain-registry tools read;
 * cosmjs-types' fromJSON only knows the camelCase JSON names, so an SDK genesis loaded through
 * it alone would silently lose its denom units. Both spellings are read; the SDK's is written.
 */
import { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";

/** The SDK's genesis shape of one bank.v1beta1.Metadata. */
export interface MetadataGenesisJson {
  description: string;
  denom_units: { denom: string; exponent: number; aliases: string[] }[];
  base: string;
  display: string;
  name: string;
  symbol: string;
  uri: string;
  uri_hash: string;
}

export function metadataFromGenesis(raw: unknown): Metadata {
  const o = (raw ?? {}) as Record<string, unknown>;
  return Metadata.fromJSON({ ...o, denomUnits: o.denom_units ?? o.denomUnits, uriHash: o.uri_hash ?? o.uriHash });
}

export function metadataToGenesis(m: Metadata): MetadataGenesisJson {
  return {
    description: m.description,
    denom_units: m.denomUnits.map((u) => ({ denom: u.denom, exponent: u.exponent, aliases: [...u.aliases] })),
    base: m.base,
    display: m.display,
    name: m.name,
    symbol: m.symbol,
    uri: m.uri,
    uri_hash: m.uriHash,
  };
}
