/**
 * One valid message per type URL the router registers, for the fuzz world's state: from the
 * .proto by reflection (schema.ts) with a few fields set where a generic value cannot pass
 * (a real artifact, a split summing to 10,000), or, for the SDK's own messages (no .proto in
 * the repo), from cosmjs-types. A type with neither gets an empty message: still fuzzed,
 * and listed by `seedSources` so the gap shows in the report.
 */
import { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgFundCommunityPool, MsgSetWithdrawAddress, MsgWithdrawDelegatorReward, MsgWithdrawValidatorCommission } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { MsgUpdateParams } from "cosmjs-types/cosmos/mint/v1beta1/tx";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { MsgBeginRedelegate, MsgCreateValidator, MsgDelegate, MsgEditValidator, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { sha256 } from "@noble/hashes/sha2.js";
import { defaultMintGenesis } from "../../modules/mint/genesis.ts";
import { MINT_AUTHORITY } from "../../modules/mint/msgs.ts";
import { addressBytes, valoperString } from "../../chain/address.ts";
import { pubkeyAny } from "../../modules/staking/types.ts";
import { consKey } from "../stakingHarness.ts";
import { text } from "../datanetHarness.ts";
import { type SeedWorld, reflectedSeed } from "./schema.ts";

export interface World extends SeedWorld {
  /** Every funded account, index = harness account. */
  accounts: string[];
  /** The validator operated by `accounts[valIndex]` (`valoper`), and a second one (`valoper2`) to redelegate to. */
  valIndex: number;
  valoper2: string;
}

const coin = (amount = "1000") => ({ denom: "utrib", amount });

type SeedFn = (w: World) => Uint8Array;

/** The SDK messages, from cosmjs-types (the encodings wallets send). */
const COSMOS: Record<string, SeedFn> = {
  "/cosmos.bank.v1beta1.MsgSend": (w) => MsgSend.encode({ fromAddress: w.signer, toAddress: w.accounts[2]!, amount: [coin()] }).finish(),
  "/cosmos.bank.v1beta1.MsgMultiSend": (w) =>
    MsgMultiSend.encode({ inputs: [{ address: w.signer, coins: [coin("2000")] }], outputs: [{ address: w.accounts[2]!, coins: [coin()] }, { address: w.accounts[3]!, coins: [coin()] }] }).finish(),
  "/cosmos.mint.v1beta1.MsgUpdateParams": () => {
    const p = defaultMintGenesis().params;
    return MsgUpdateParams.encode({
      authority: MINT_AUTHORITY,
      params: { mintDenom: p.mint_denom, inflationRateChange: "130000000000000000", inflationMax: "200000000000000000", inflationMin: "70000000000000000", goalBonded: "670000000000000000", blocksPerYear: 6311520n },
    }).finish();
  },
  "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward": (w) => MsgWithdrawDelegatorReward.encode({ delegatorAddress: w.signer, validatorAddress: w.valoper }).finish(),
  "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission": (w) => MsgWithdrawValidatorCommission.encode({ validatorAddress: w.valoper }).finish(),
  "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress": (w) => MsgSetWithdrawAddress.encode({ delegatorAddress: w.signer, withdrawAddress: w.accounts[3]! }).finish(),
  "/cosmos.distribution.v1beta1.MsgFundCommunityPool": (w) => MsgFundCommunityPool.encode({ depositor: w.signer, amount: [coin()] }).finish(),
  "/cosmos.staking.v1beta1.MsgCreateValidator": (w) =>
    MsgCreateValidator.encode({
      description: { moniker: "fuzz", identity: "", website: "", securityContact: "", details: "" },
      commission: { rate: "100000000000000000", maxRate: "200000000000000000", maxChangeRate: "10000000000000000" },
      minSelfDelegation: "1",
      delegatorAddress: "",
      // The signer's own operator address: a create by an account without a validator succeeds.
      validatorAddress: valoperString(addressBytes(w.signer)),
      pubkey: pubkeyAny(consKey(w.accounts.indexOf(w.signer) + 10)),
      value: coin("1000000"),
    }).finish(),
  "/cosmos.staking.v1beta1.MsgEditValidator": (w) =>
    MsgEditValidator.encode({ description: { moniker: "fuzz2", identity: "[do-not-modify]", website: "[do-not-modify]", securityContact: "[do-not-modify]", details: "[do-not-modify]" }, validatorAddress: w.valoper, commissionRate: "", minSelfDelegation: "" }).finish(),
  "/cosmos.staking.v1beta1.MsgDelegate": (w) => MsgDelegate.encode({ delegatorAddress: w.signer, validatorAddress: w.valoper, amount: coin() }).finish(),
  "/cosmos.staking.v1beta1.MsgUndelegate": (w) => MsgUndelegate.encode({ delegatorAddress: w.signer, validatorAddress: w.valoper, amount: coin("10") }).finish(),
  "/cosmos.staking.v1beta1.MsgBeginRedelegate": (w) => MsgBeginRedelegate.encode({ delegatorAddress: w.signer, validatorSrcAddress: w.valoper, validatorDstAddress: w.valoper2, amount: coin("10") }).finish(),
  "/cosmos.slashing.v1beta1.MsgUnjail": (w) => MsgUnjail.encode({ validatorAddr: w.valoper }).finish(),
};

/** Fields a generic value gets wrong, per Tributary type (snake_case, merged over reflection). */
const OVERRIDES: Record<string, (w: World) => Record<string, unknown>> = {
  "/tributary.datanet.v1.MsgCreateDatanet": () => ({ policy: { curation: 1, pii_redaction: false, limits: {} }, curators: [] }),
  "/tributary.datanet.v1.MsgUpdateDatanet": () => ({ policy: undefined, curators: undefined, status: 0 }),
  "/tributary.datanet.v1.MsgContribute": (w) => ({ records: [{ body: new TextEncoder().encode(text(Number(w.ids.seed ?? 1n) + 500, 40)), title: "t", source: "", licence: "", extra: [] }] }),
  "/tributary.inference.v1.MsgRegisterModel": (w) => ({
    artifact: w.artifact, artifact_hash: new Uint8Array(0), context_length: 64, max_output_tokens: 8,
    split: { owner_bps: 3000, data_bps: 5000, compute_bps: 1000, protocol_bps: 1000 },
  }),
  // Model 2 is the one to update and retire; model 1 stays open for inference requests.
  "/tributary.inference.v1.MsgUpdateModel": () => ({ model_id: "2" }),
  "/tributary.inference.v1.MsgRetireModel": () => ({ model_id: "2" }),
  "/tributary.rewards.v1.MsgRegisterNode": () => ({ bond: coin("10000000000") }),
  "/tributary.inference.v1.MsgRequestInference": () => ({ max_output_tokens: 4, max_fee: coin("100000"), sampling: undefined, prompt: "the quick brown" }),
  "/tributary.inference.v1.MsgUploadArtifactChunk": (w) => ({ artifact_hash: sha256(w.artifact), total_size: String(w.artifact.length), total_chunks: 1, index: 0, data: w.artifact }),
  "/tributary.attribution.v1.MsgRecordAttribution": () => ({ output: text(7, 20), prompt: "" }),
};

/** The seed bytes of `typeUrl` and where they came from. */
export function seedFor(typeUrl: string, w: World): { bytes: Uint8Array; source: "cosmjs-types" | "proto" | "empty" } {
  const cosmos = COSMOS[typeUrl];
  if (cosmos) return { bytes: cosmos(w), source: "cosmjs-types" };
  const reflected = reflectedSeed(typeUrl, w, OVERRIDES[typeUrl]?.(w));
  if (reflected) return { bytes: reflected, source: "proto" };
  return { bytes: new Uint8Array(0), source: "empty" };
}
