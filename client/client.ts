import type { Account, Block, Coin, DeliverTxResponse, IndexedTx, SearchTxQuery, AminoTypes } from "@cosmjs/stargate";
import {
  type AuthExtension,
  type BankExtension,
  GasPrice,
  QueryClient,
  SigningStargateClient,
  StargateClient,
  type TxExtension,
  setupAuthExtension,
  setupBankExtension,
  setupTxExtension,
} from "@cosmjs/stargate";
import { type CometClient, connectComet } from "@cosmjs/tendermint-rpc";
import { type EncodeObject, type OfflineSigner, type Registry, parseCoins } from "@cosmjs/proto-signing";
import type { MsgSendEncodeObject } from "@cosmjs/stargate";
import { DEFAULT_GAS_PRICE, addressToBytes } from "./address.ts";
import { type FeeInput, assertTributarySigner, signAndBroadcastChecked } from "./broadcast.ts";
import {
  type ContributionResult, type CreateDatanetInput, type PublishedVersion, type RecordInput, type UpdateDatanetInput,
  contributeResponse, createDatanetResponse, msgContribute, msgCreateDatanet, msgPublishVersion, msgReviewContribution,
  msgUpdateDatanet, msgWithdrawContribution, publishVersionResponse,
} from "./datanetMsgs.ts";
import { type DatanetExtension, type DatanetQueries, setupDatanetExtension } from "./datanetQueries.ts";
import { type RegisterOptions, type UploadOptions, registerModel, requestInference, uploadArtifact } from "./inference.ts";
import {
  type RegisterModelInput, type RequestInferenceInput, type UpdateModelInput, claimDataRewardsResponse, msgClaimDataRewards, msgRetireModel,
  msgUpdateModel,
} from "./inferenceMsgs.ts";
import { type InferenceExtension, type InferenceQueries, setupInferenceExtension } from "./inferenceQueries.ts";
import type { Inference, InferenceResult, Model } from "./inferenceTypes.ts";
import { normaliseEndpoint } from "./endpoint.ts";
import { type ProposalInput, type VoteOptionName, msgDeposit, msgSubmitProposal, msgVote, msgVoteWeighted, submitProposalResponse } from "./govMsgs.ts";
import { TributaryClientError, errorText } from "./errors.ts";
import { createTributaryAminoTypes, createTributaryRegistry } from "./registry.ts";
import { type RegisterNodeInput, type UpdateNodeInput, msgRegisterNode, msgUnregisterNode, msgUpdateNode, registerNodeResponse, unregisterNodeResponse, updateNodeResponse } from "./rewardsMsgs.ts";
import { type RewardsExtension, type RewardsQueries, setupRewardsExtension } from "./rewardsQueries.ts";
import { bankBalanceKey, decodeStoredAmount } from "./storeKeys.ts";
import { type VerifiedQueryOptions, type VerifiedValue, queryVerified } from "./verified.ts";

export type TributaryQueryClient = QueryClient & AuthExtension & BankExtension & TxExtension & DatanetExtension & InferenceExtension & RewardsExtension;

type Id = bigint | number | string;

export interface TributaryClientOptions {
  /** How long verified queries wait for the next block's header (default 10 s). */
  headerTimeoutMs?: number;
}

export interface TributarySigningOptions extends TributaryClientOptions {
  /** Price per gas unit for fee "auto" (default "0.0025utrib"). */
  gasPrice?: string;
  /** Default: `createTributaryRegistry()`; pass one with module types registered. */
  registry?: Registry;
  /** Default: `createTributaryAminoTypes()`. */
  aminoTypes?: AminoTypes;
  broadcastTimeoutMs?: number;
  broadcastPollIntervalMs?: number;
}

/**
 * Tributary's client: the CosmJS Stargate client of the node (`stargate`), query extensions for
 * auth, bank, tx and datanet (`query`), the datanet queries with typed errors (`datanet`), and
 * proof-checked reads of raw state. `S` is `SigningStargateClient` when made with
 * `connectWithSigner`, which enables `send`, the datanet messages and `signAndBroadcast`.
 */
export class TributaryClient<S extends StargateClient = StargateClient> {
  /** Read-only client: `http(s)://`, `ws(s)://`, `tcp://host:port` or `host:port`. */
  static async connect(endpoint: string, opts: TributaryClientOptions = {}): Promise<TributaryClient> {
    const comet = await connectToNode(endpoint);
    return new TributaryClient(comet, StargateClient.create(comet), opts);
  }

  /** Client that signs with `signer` (its accounts must be `trib1…`). */
  static async connectWithSigner(
    endpoint: string,
    signer: OfflineSigner,
    opts: TributarySigningOptions = {},
  ): Promise<TributaryClient<SigningStargateClient>> {
    await assertTributarySigner(signer);
    const gasPrice = parseGasPrice(opts.gasPrice ?? DEFAULT_GAS_PRICE);
    const comet = await connectToNode(endpoint);
    const stargate = SigningStargateClient.createWithSigner(comet, signer, {
      gasPrice,
      registry: opts.registry ?? createTributaryRegistry(),
      aminoTypes: opts.aminoTypes ?? createTributaryAminoTypes(),
      ...(opts.broadcastTimeoutMs === undefined ? {} : { broadcastTimeoutMs: opts.broadcastTimeoutMs }),
      ...(opts.broadcastPollIntervalMs === undefined ? {} : { broadcastPollIntervalMs: opts.broadcastPollIntervalMs }),
    });
    return new TributaryClient(comet, stargate, opts, { signer, gasPrice });
  }

  readonly query: TributaryQueryClient;
  /** The datanet module's queries; failures are `TributaryClientError` QUERY_FAILED with the node's log. */
  readonly datanet: DatanetQueries;
  /** The inference module's queries (models, inferences, pools); failures as for `datanet`. */
  readonly inferenceQueries: InferenceQueries;
  /** The rewards module's queries (storage nodes, their work, challenges, the epoch); failures as for `datanet`. */
  readonly rewards: RewardsQueries;

  private constructor(
    /** The CometBFT RPC client (Comet38Client against a Tributary node). */
    readonly comet: CometClient,
    readonly stargate: S,
    private readonly opts: TributaryClientOptions,
    private readonly signing?: { signer: OfflineSigner; gasPrice: GasPrice },
  ) {
    this.query = QueryClient.withExtensions(comet, setupAuthExtension, setupBankExtension, setupTxExtension, setupDatanetExtension, setupInferenceExtension, setupRewardsExtension);
    this.rewards = wrapQueries(this.query.rewards, (what, call) => this.read(`rewards.${what}`, call));
    this.datanet = wrapQueries(this.query.datanet, (what, call) => this.read(`datanet.${what}`, call));
    this.inferenceQueries = wrapQueries(this.query.inference, (what, call) => this.read(`inference.${what}`, call));
  }

  getChainId(): Promise<string> {
    return this.read("getChainId", () => this.stargate.getChainId());
  }

  getHeight(): Promise<number> {
    return this.read("getHeight", () => this.stargate.getHeight());
  }

  /** The account, or null when the address has never received tokens. */
  async getAccount(address: string): Promise<Account | null> {
    addressToBytes(address);
    return this.read("getAccount", () => this.stargate.getAccount(address));
  }

  async getBalance(address: string, denom: string): Promise<Coin> {
    addressToBytes(address);
    return this.read("getBalance", () => this.stargate.getBalance(address, denom));
  }

  /** All balances (first page of up to 100 denoms, as CosmJS). */
  async getAllBalances(address: string): Promise<readonly Coin[]> {
    addressToBytes(address);
    return this.read("getAllBalances", () => this.stargate.getAllBalances(address));
  }

  getSupply(denom: string): Promise<Coin> {
    return this.read("getSupply", () => this.query.bank.supplyOf(denom));
  }

  /** The tx with this hash (hex, any case, optional 0x), or null. */
  async getTx(hash: string): Promise<IndexedTx | null> {
    const id = hash.replace(/^0x/i, "").toUpperCase();
    if (!/^[0-9A-F]{64}$/.test(id)) {
      throw new TributaryClientError("VALUE_INVALID", `"${hash}" is not a transaction hash`, { hint: "a tx hash is 64 hex characters (sha256 of the tx bytes)" });
    }
    return this.read("getTx", () => this.stargate.getTx(id));
  }

  /** Txs matching a CometBFT query string (`"message.sender='trib1…'"`) or key/value pairs. */
  searchTxs(query: SearchTxQuery): Promise<IndexedTx[]> {
    return this.read("searchTxs", () => this.stargate.searchTx(query));
  }

  /** The block at `height`, latest when omitted. */
  getBlock(height?: number): Promise<Block> {
    return this.read("getBlock", () => this.stargate.getBlock(height));
  }

  /**
   * A raw store value (keys per STORE_LAYOUT.md), with its Merkle proof checked against the app
   * hash of the header at `height + 1`; waits for that block when needed.
   */
  queryVerified(key: Uint8Array, height?: number, opts: Omit<VerifiedQueryOptions, "height"> = {}): Promise<VerifiedValue> {
    return queryVerified(this.comet, key, {
      ...(this.opts.headerTimeoutMs === undefined ? {} : { headerTimeoutMs: this.opts.headerTimeoutMs }),
      ...opts,
      ...(height === undefined ? {} : { height }),
    });
  }

  /** A balance read from the raw store with a proof (absent key proves 0). */
  async getBalanceVerified(address: string, denom: string, height?: number): Promise<bigint> {
    const { value } = await this.queryVerified(bankBalanceKey(address, denom), height);
    return decodeStoredAmount(value);
  }

  /** Sends `coins` (`"100utrib"`, `"1utrib,2uother"` or Coin[]); throws unless the tx succeeded. */
  async send(
    this: TributaryClient<SigningStargateClient>,
    from: string,
    to: string,
    coins: string | readonly Coin[],
    fee: FeeInput,
    memo = "",
  ): Promise<DeliverTxResponse> {
    addressToBytes(from);
    addressToBytes(to);
    const msg: MsgSendEncodeObject = {
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: { fromAddress: from, toAddress: to, amount: [...toCoins(coins)] },
    };
    return this.signAndBroadcast(from, [msg], fee, memo);
  }

  /** Creates a datanet owned by `owner` (who pays the creation fee); returns its id. */
  async createDatanet(this: TributaryClient<SigningStargateClient>, owner: string, input: CreateDatanetInput, fee: FeeInput, memo = "") {
    const tx = await this.signAndBroadcast(owner, [msgCreateDatanet(owner, input)], fee, memo);
    return { datanetId: createDatanetResponse(tx), tx };
  }

  /** Owner only: replaces the metadata, policy, curators and/or status given. */
  updateDatanet(this: TributaryClient<SigningStargateClient>, owner: string, datanetId: Id, input: UpdateDatanetInput, fee: FeeInput, memo = "") {
    return this.signAndBroadcast(owner, [msgUpdateDatanet(owner, datanetId, input)], fee, memo);
  }

  /** Contributes records in one message (all or nothing); one result per record, in order. */
  async contribute(
    this: TributaryClient<SigningStargateClient>,
    contributor: string,
    datanetId: Id,
    records: readonly RecordInput[],
    fee: FeeInput,
    memo = "",
  ): Promise<{ results: ContributionResult[]; tx: DeliverTxResponse }> {
    const tx = await this.signAndBroadcast(contributor, [msgContribute(contributor, datanetId, records)], fee, memo);
    return { results: contributeResponse(tx), tx };
  }

  /** A curator (or the owner) accepts, or rejects with a reason, a PENDING contribution. */
  reviewContribution(this: TributaryClient<SigningStargateClient>, curator: string, contributionId: Id, accept: boolean, reason: string, fee: FeeInput, memo = "") {
    return this.signAndBroadcast(curator, [msgReviewContribution(curator, contributionId, accept, reason)], fee, memo);
  }

  /** The contributor takes back a PENDING contribution (deposit refunded). */
  withdrawContribution(this: TributaryClient<SigningStargateClient>, contributor: string, contributionId: Id, fee: FeeInput, memo = "") {
    return this.signAndBroadcast(contributor, [msgWithdrawContribution(contributor, contributionId)], fee, memo);
  }

  /** Owner only: freezes the accepted records into the next version. */
  async publishVersion(this: TributaryClient<SigningStargateClient>, owner: string, datanetId: Id, fee: FeeInput, memo = ""): Promise<PublishedVersion & { tx: DeliverTxResponse }> {
    const tx = await this.signAndBroadcast(owner, [msgPublishVersion(owner, datanetId)], fee, memo);
    return { ...publishVersionResponse(tx), tx };
  }

  /** A registered model. */
  model(id: Id): Promise<Model> {
    return this.inferenceQueries.model(id);
  }

  /** A paid inference: prompt, output, fee and payouts. */
  inference(id: Id): Promise<Inference> {
    return this.inferenceQueries.inference(id);
  }

  /** Uploads an artifact in chunks (one tx each) for a later registration by hash. */
  uploadArtifact(this: TributaryClient<SigningStargateClient>, uploader: string, artifact: Uint8Array, fee: FeeInput, opts?: UploadOptions) {
    return uploadArtifact(this.stargate, uploader, artifact, fee, opts);
  }

  /** Registers a model owned by `owner`; an artifact over one chunk is uploaded in chunks first. */
  registerModel(this: TributaryClient<SigningStargateClient>, owner: string, input: RegisterModelInput, fee: FeeInput, opts?: RegisterOptions) {
    return registerModel(this.stargate, owner, input, fee, opts);
  }

  /** Owner only: new pricing and/or description. */
  updateModel(this: TributaryClient<SigningStargateClient>, owner: string, modelId: Id, input: UpdateModelInput, fee: FeeInput, memo = "") {
    return this.signAndBroadcast(owner, [msgUpdateModel(owner, modelId, input)], fee, memo);
  }

  /** Owner only: the model serves no more requests. */
  retireModel(this: TributaryClient<SigningStargateClient>, owner: string, modelId: Id, fee: FeeInput, memo = "") {
    return this.signAndBroadcast(owner, [msgRetireModel(owner, modelId)], fee, memo);
  }

  /**
   * Pays for one inference in one tx and returns its response: the output, the attribution
   * record id, the payouts and the fee. Fee "auto" (or a multiplier) simulates first and covers
   * a top-k draw longer than the simulated one.
   */
  requestInference(this: TributaryClient<SigningStargateClient>, requester: string, input: RequestInferenceInput, fee: FeeInput = "auto", memo = ""): Promise<InferenceResult & { tx: DeliverTxResponse }> {
    if (!this.signing) throw new TributaryClientError("NOT_SIGNING", "this client has no signer", { hint: "use TributaryClient.connectWithSigner(endpoint, wallet)" });
    return requestInference({ client: this.stargate, query: this.query, queries: this.inferenceQueries, ...this.signing }, requester, input, fee, memo);
  }

  /** Claims the claimer's share of datanet reward pools for their contributions; returns the amount paid. */
  async claimDataRewards(this: TributaryClient<SigningStargateClient>, claimer: string, contributionIds: readonly Id[], fee: FeeInput, memo = "") {
    const tx = await this.signAndBroadcast(claimer, [msgClaimDataRewards(claimer, contributionIds)], fee, memo);
    return { amount: claimDataRewardsResponse(tx), tx };
  }

  /** Registers `operator` as a storage node (bonding `input.bond`); returns the bytes it serves and the bond they require. */
  async registerNode(this: TributaryClient<SigningStargateClient>, operator: string, input: RegisterNodeInput, fee: FeeInput, memo = "") {
    const tx = await this.signAndBroadcast(operator, [msgRegisterNode(operator, input)], fee, memo);
    return { ...registerNodeResponse(tx), tx };
  }

  /** Replaces the node's datanets and/or endpoint, adds to its bond. */
  async updateNode(this: TributaryClient<SigningStargateClient>, operator: string, input: UpdateNodeInput, fee: FeeInput, memo = "") {
    const tx = await this.signAndBroadcast(operator, [msgUpdateNode(operator, input)], fee, memo);
    return { ...updateNodeResponse(tx), tx };
  }

  /** Submits a gov proposal carrying `input.messages` (signed by the gov account); returns its id. */
  async submitProposal(this: TributaryClient<SigningStargateClient>, proposer: string, input: ProposalInput, fee: FeeInput, memo = "") {
    const tx = await this.signAndBroadcast(proposer, [msgSubmitProposal(proposer, input)], fee, memo);
    return { proposalId: submitProposalResponse(tx), tx };
  }

  /** Deposits on a proposal in its deposit or voting period. */
  async depositOnProposal(this: TributaryClient<SigningStargateClient>, depositor: string, proposalId: bigint | number | string, amount: readonly (Coin | string)[], fee: FeeInput, memo = "") {
    return { tx: await this.signAndBroadcast(depositor, [msgDeposit(depositor, proposalId, amount)], fee, memo) };
  }

  /** Votes on a proposal in its voting period: one option, or weights summing to 1 (`{ yes: "0.6", no: "0.4" }`). */
  async voteOnProposal(this: TributaryClient<SigningStargateClient>, voter: string, proposalId: bigint | number | string, choice: VoteOptionName | Partial<Record<VoteOptionName, string>>, fee: FeeInput, memo = "") {
    const msg = typeof choice === "string" ? msgVote(voter, proposalId, choice) : msgVoteWeighted(voter, proposalId, choice);
    return { tx: await this.signAndBroadcast(voter, [msg], fee, memo) };
  }

  /** Leaves the registry; the bond returns at `completionHeight`. */
  async unregisterNode(this: TributaryClient<SigningStargateClient>, operator: string, fee: FeeInput, memo = "") {
    const tx = await this.signAndBroadcast(operator, [msgUnregisterNode(operator)], fee, memo);
    return { ...unregisterNodeResponse(tx), tx };
  }

  /** Signs, broadcasts and waits for inclusion; throws `TributaryTxError` when execution failed. */
  async signAndBroadcast(
    this: TributaryClient<SigningStargateClient>,
    signerAddress: string,
    messages: readonly EncodeObject[],
    fee: FeeInput,
    memo = "",
  ): Promise<DeliverTxResponse> {
    if (!(this.stargate instanceof SigningStargateClient)) {
      throw new TributaryClientError("NOT_SIGNING", "this client has no signer", { hint: "use TributaryClient.connectWithSigner(endpoint, wallet)" });
    }
    return signAndBroadcastChecked(this.stargate, signerAddress, messages, fee, memo);
  }

  disconnect(): void {
    this.stargate.disconnect();
  }

  private async read<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (e) {
      if (e instanceof TributaryClientError) throw e;
      throw new TributaryClientError("QUERY_FAILED", `${what} failed`, { details: errorText(e), cause: e });
    }
  }
}

/** The same queries, each failure wrapped by `read` (so callers get one error type). */
function wrapQueries<T extends object>(queries: T, read: <R>(what: string, call: () => Promise<R>) => Promise<R>): T {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(queries)) {
    out[name] = (...args: unknown[]) => read(name, () => (fn as (...a: unknown[]) => Promise<unknown>)(...args));
  }
  return out as T;
}

async function connectToNode(endpoint: string): Promise<CometClient> {
  const url = normaliseEndpoint(endpoint);
  try {
    return await connectComet(url);
  } catch (e) {
    throw new TributaryClientError("CONNECT_FAILED", `could not reach a node at ${url}`, {
      hint: "is the node running? start one with `tributary start` (RPC listens on 127.0.0.1:26657 by default)",
      details: errorText(e),
      cause: e,
    });
  }
}

function parseGasPrice(gasPrice: string): GasPrice {
  try {
    return GasPrice.fromString(gasPrice);
  } catch (e) {
    throw new TributaryClientError("VALUE_INVALID", `invalid gas price "${gasPrice}"`, { hint: 'write it as amount and denom, e.g. "0.0025utrib"', cause: e });
  }
}

function toCoins(coins: string | readonly Coin[]): readonly Coin[] {
  if (typeof coins !== "string") return coins;
  try {
    return parseCoins(coins);
  } catch (e) {
    throw new TributaryClientError("VALUE_INVALID", `invalid coins "${coins}"`, { hint: 'write coins as "100utrib" or "1utrib,2uother"', details: errorText(e), cause: e });
  }
}
