/**
 * One builder per message type the golden script sends, as EncodeObjects the golden registry
 * encodes (camelCase fields; uint64s as decimal strings; LegacyDec as the integer × 10^18).
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import { addressBytes, valoperString } from "../../chain/address.ts";
import { pubkeyAny } from "../../modules/staking/types.ts";

const utrib = (amount: bigint | string) => ({ denom: "utrib", amount: String(amount) });
const KEEP = "[do-not-modify]";
export const valoper = (address: string) => valoperString(addressBytes(address));

// --- bank --------------------------------------------------------------------------------------
export const send = (from: string, to: string, amount: bigint): EncodeObject => ({
  typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: from, toAddress: to, amount: [utrib(amount)] },
});
export const multiSend = (from: string, outputs: [string, bigint][]): EncodeObject => ({
  typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
  value: { inputs: [{ address: from, coins: [utrib(outputs.reduce((s, [, a]) => s + a, 0n))] }], outputs: outputs.map(([address, a]) => ({ address, coins: [utrib(a)] })) },
});

// --- mint --------------------------------------------------------------------------------------
export const mintUpdateParams = (authority: string): EncodeObject => ({
  typeUrl: "/cosmos.mint.v1beta1.MsgUpdateParams",
  value: {
    authority,
    params: { mintDenom: "utrib", inflationRateChange: "130000000000000000", inflationMax: "200000000000000000", inflationMin: "70000000000000000", goalBonded: "670000000000000000", blocksPerYear: 31557600n },
  },
});

// --- staking / slashing ------------------------------------------------------------------------
export const createValidator = (operator: string, consensusPubkey: Uint8Array, selfBond: bigint, moniker: string): EncodeObject => ({
  typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
  value: {
    description: { moniker, identity: "", website: "", securityContact: "", details: "" },
    commission: { rate: "100000000000000000", maxRate: "200000000000000000", maxChangeRate: "10000000000000000" },
    minSelfDelegation: "1", delegatorAddress: "", validatorAddress: valoper(operator), pubkey: pubkeyAny(consensusPubkey), value: utrib(selfBond),
  },
});
export const editValidator = (operator: string, moniker: string, details: string): EncodeObject => ({
  typeUrl: "/cosmos.staking.v1beta1.MsgEditValidator",
  value: { description: { moniker, identity: KEEP, website: KEEP, securityContact: KEEP, details }, validatorAddress: valoper(operator), commissionRate: "", minSelfDelegation: "" },
});
export const delegate = (delegator: string, validator: string, amount: bigint): EncodeObject => ({
  typeUrl: "/cosmos.staking.v1beta1.MsgDelegate", value: { delegatorAddress: delegator, validatorAddress: valoper(validator), amount: utrib(amount) },
});
export const undelegate = (delegator: string, validator: string, amount: bigint): EncodeObject => ({
  typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate", value: { delegatorAddress: delegator, validatorAddress: valoper(validator), amount: utrib(amount) },
});
export const redelegate = (delegator: string, src: string, dst: string, amount: bigint): EncodeObject => ({
  typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate",
  value: { delegatorAddress: delegator, validatorSrcAddress: valoper(src), validatorDstAddress: valoper(dst), amount: utrib(amount) },
});
export const unjail = (operator: string): EncodeObject => ({ typeUrl: "/cosmos.slashing.v1beta1.MsgUnjail", value: { validatorAddr: valoper(operator) } });

// --- distribution ------------------------------------------------------------------------------
export const withdrawReward = (delegator: string, validator: string): EncodeObject => ({
  typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", value: { delegatorAddress: delegator, validatorAddress: valoper(validator) },
});
export const withdrawCommission = (operator: string): EncodeObject => ({
  typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission", value: { validatorAddress: valoper(operator) },
});
export const setWithdrawAddress = (delegator: string, to: string): EncodeObject => ({
  typeUrl: "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress", value: { delegatorAddress: delegator, withdrawAddress: to },
});
export const fundCommunityPool = (depositor: string, amount: bigint): EncodeObject => ({
  typeUrl: "/cosmos.distribution.v1beta1.MsgFundCommunityPool", value: { depositor, amount: [utrib(amount)] },
});

// --- datanet -----------------------------------------------------------------------------------
export const createDatanet = (owner: string, name: string, curated: boolean, curators: string[] = []): EncodeObject => ({
  typeUrl: "/tributary.datanet.v1.MsgCreateDatanet",
  value: {
    owner,
    metadata: { name, tags: ["golden"], description: `golden datanet ${name}`, licence: "CC-BY-4.0" },
    policy: { curation: curated ? 2 : 1, piiRedaction: curated, contributionDeposit: curated ? utrib(1000n) : null, limits: { minTokens: 0, maxTokens: 0, maxBytes: 0 } },
    curators,
  },
});
export const updateDatanet = (owner: string, datanetId: bigint, description: string): EncodeObject => ({
  typeUrl: "/tributary.datanet.v1.MsgUpdateDatanet",
  value: { owner, datanetId: String(datanetId), metadata: { name: `datanet ${datanetId}`, tags: ["golden", "updated"], description, licence: "CC-BY-4.0" } },
});
export const contribute = (contributor: string, datanetId: bigint, bodies: string[]): EncodeObject => ({
  typeUrl: "/tributary.datanet.v1.MsgContribute",
  value: { contributor, datanetId: String(datanetId), records: bodies.map((b, i) => ({ body: new TextEncoder().encode(b), title: `record ${i}`, source: "golden", licence: "", extra: [] })) },
});
export const review = (curator: string, contributionId: bigint, accept: boolean): EncodeObject => ({
  typeUrl: "/tributary.datanet.v1.MsgReviewContribution", value: { curator, contributionId: String(contributionId), accept, reason: accept ? "" : "off topic" },
});
export const withdrawContribution = (contributor: string, contributionId: bigint): EncodeObject => ({
  typeUrl: "/tributary.datanet.v1.MsgWithdrawContribution", value: { contributor, contributionId: String(contributionId) },
});
export const publish = (owner: string, datanetId: bigint): EncodeObject => ({
  typeUrl: "/tributary.datanet.v1.MsgPublishVersion", value: { owner, datanetId: String(datanetId) },
});

// --- attribution -------------------------------------------------------------------------------
export const recordAttribution = (submitter: string, manifest: { datanetId: bigint; version: bigint }[], output: string, prompt: string): EncodeObject => ({
  typeUrl: "/tributary.attribution.v1.MsgRecordAttribution",
  value: { submitter, manifest: manifest.map((m) => ({ datanetId: String(m.datanetId), version: String(m.version) })), output, prompt },
});

// --- inference ---------------------------------------------------------------------------------
export const uploadChunk = (uploader: string, artifactHash: Uint8Array, totalSize: number, totalChunks: number, index: number, data: Uint8Array): EncodeObject => ({
  typeUrl: "/tributary.inference.v1.MsgUploadArtifactChunk", value: { uploader, artifactHash, totalSize: String(totalSize), totalChunks, index, data },
});
export interface ModelSpec {
  name: string;
  artifact?: Uint8Array;
  artifactHash?: Uint8Array;
  manifest: { datanetId: bigint; version: bigint }[];
}
export const registerModel = (owner: string, m: ModelSpec): EncodeObject => ({
  typeUrl: "/tributary.inference.v1.MsgRegisterModel",
  value: {
    owner, name: m.name, description: `golden model ${m.name}`, artifact: m.artifact ?? new Uint8Array(), artifactHash: m.artifactHash ?? new Uint8Array(), contextLength: 64,
    trainingManifest: m.manifest.map((x) => ({ datanetId: String(x.datanetId), version: String(x.version) })),
    pricing: { baseFee: "1000", feePerToken: "100" }, split: { ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 1000 }, maxOutputTokens: 16,
  },
});
export const updateModel = (owner: string, modelId: bigint, baseFee: bigint, feePerToken: bigint): EncodeObject => ({
  typeUrl: "/tributary.inference.v1.MsgUpdateModel",
  value: { owner, modelId: String(modelId), pricing: { baseFee: String(baseFee), feePerToken: String(feePerToken) }, description: "repriced" },
});
export const retireModel = (owner: string, modelId: bigint): EncodeObject => ({
  typeUrl: "/tributary.inference.v1.MsgRetireModel", value: { owner, modelId: String(modelId) },
});
export const requestInference = (requester: string, modelId: bigint, prompt: string, maxFee: bigint, topK?: { k: number; seed: bigint }): EncodeObject => ({
  typeUrl: "/tributary.inference.v1.MsgRequestInference",
  value: { requester, modelId: String(modelId), prompt, maxOutputTokens: 12, maxFee: utrib(maxFee), sampling: topK ? { mode: 1, topK: topK.k, seed: String(topK.seed) } : undefined },
});
export const claimDataRewards = (claimer: string, contributionIds: bigint[]): EncodeObject => ({
  typeUrl: "/tributary.inference.v1.MsgClaimDataRewards", value: { claimer, contributionIds: contributionIds.map(String) },
});

// --- rewards -----------------------------------------------------------------------------------
export const registerNode = (operator: string, datanetIds: bigint[], bond: bigint): EncodeObject => ({
  typeUrl: "/tributary.rewards.v1.MsgRegisterNode",
  value: { operator, roles: [1], datanetIds: datanetIds.map(String), endpoint: "https://storage.golden.example", bond: utrib(bond) },
});
export const updateNode = (operator: string, endpoint: string, addBond: bigint): EncodeObject => ({
  typeUrl: "/tributary.rewards.v1.MsgUpdateNode", value: { operator, datanetIds: [], endpoint, addBond: utrib(addBond) },
});
export const unregisterNode = (operator: string): EncodeObject => ({ typeUrl: "/tributary.rewards.v1.MsgUnregisterNode", value: { operator } });
export const storageProof = (operator: string, epoch: bigint, challengeIndex: number, chunk: Uint8Array, path: Uint8Array[]): EncodeObject => ({
  typeUrl: "/tributary.rewards.v1.MsgSubmitStorageProof", value: { operator, epoch: String(epoch), challengeIndex, chunk, path },
});
