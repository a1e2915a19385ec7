/**
 * The bank denom metadata of Tributary's native token, put in every genesis `init` and
 * `dev-init` write. Wallets (Keplr's currencies), explorers and `tributary chain-info` read it
 * through /cosmos.bank.v1beta1.Query/DenomsMetadata: 1 TRIB = 10^6 utrib.
 */
import type { MetadataGenesisJson } from "../modules/bank/metadataJson.ts";

export const TRIB_METADATA: MetadataGenesisJson = {
  description: "The native staking, fee and reward token of Tributary.",
  denom_units: [
    { denom: "utrib", exponent: 0, aliases: ["microtrib"] },
    { denom: "mtrib", exponent: 3, aliases: ["millitrib"] },
    { denom: "TRIB", exponent: 6, aliases: [] },
  ],
  base: "utrib",
  display: "TRIB",
  name: "Tributary",
  symbol: "TRIB",
  uri: "",
  uri_hash: "",
};
