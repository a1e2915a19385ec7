/** The CometBFT v0.38 genesis document, as JSON (every integer is a decimal string). */

export interface ConsensusParamsJson {
  block: { max_bytes: string; max_gas: string };
  evidence: { max_age_num_blocks: string; max_age_duration: string; max_bytes: string };
  validator: { pub_key_types: string[] };
  version: { app: string };
  abci: { vote_extensions_enable_height: string };
}

export interface GenesisValidatorJson {
  /** Upper-case hex of sha256(pubkey)[0:20]. */
  address: string;
  pub_key: { type: string; value: string };
  power: string;
  name: string;
}

export interface GenesisDoc {
  genesis_time: string;
  chain_id: string;
  initial_height: string;
  consensus_params: ConsensusParamsJson;
  validators: GenesisValidatorJson[];
  app_hash: string;
  app_state: Record<string, unknown>;
}

/** Amino JSON type of an ed25519 consensus public key. */
export const ED25519_PUBKEY_TYPE = "tendermint/PubKeyEd25519";
