/**
 * A small typed client of the node's REST API (node/api: the SDK gateway's routes and
 * /tributary/…), for browsers and any fetch user: `fetch` only, no Node-only import and no
 * signing, so the dashboard bundles it as is. Answers are the gateway's JSON as printed (snake
 * case, uint64 as strings, enums by name); the types below name the fields readers use.
 */

/** An answer other than 2xx: the gateway's `{code, message}` with the HTTP status and path. */
export class RestApiError extends Error {
  override name = "RestApiError";
  constructor(
    readonly path: string,
    readonly status: number,
    /** The gRPC code of the gateway's error body (5 = not found, 3 = invalid argument), or -1. */
    readonly grpcCode: number,
    message: string,
  ) {
    super(`GET ${path}: ${status} ${message}`);
  }
}

export type Fetch = (input: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<Response>;

export interface Coin { denom: string; amount: string }
export interface PageResponse { next_key: string | null; total: string }

export interface BlockHeader { chain_id: string; height: string; time: string; proposer_address: string; app_hash: string }
export interface BlockResponse {
  block_id: { hash: string };
  block: { header: BlockHeader; data: { txs: string[] }; last_commit: { signatures: unknown[] } };
}
export interface NodeInfoResponse {
  default_node_info: { network: string; moniker: string; version: string };
  application_version: { name: string; version: string };
}
export interface Validator {
  operator_address: string;
  jailed: boolean;
  status: string;
  tokens: string;
  description: { moniker: string };
  commission: { commission_rates: { rate: string } };
}
export interface TxResponse {
  height: string;
  txhash: string;
  code: number;
  codespace: string;
  raw_log: string;
  gas_wanted: string;
  gas_used: string;
  timestamp?: string;
  tx: { body: { messages: ({ "@type": string } & Record<string, unknown>)[]; memo: string }; auth_info: { fee: { amount: Coin[]; gas_limit: string } } };
  events?: { type: string; attributes: { key: string; value: string }[] }[];
}

export interface Datanet {
  id: string;
  owner: string;
  metadata: { name: string; description: string; tags: string[]; licence: string };
  policy: { curation: string; pii_redaction: boolean };
  curators: string[];
  status: string;
  created_height: string;
}
export interface DatanetCounters { pending: string; accepted: string; accepted_tokens: string; next_word_id: number; latest_version: string }
export interface DatanetVersion { datanet_id: string; number: string; added_contribution_ids: string[]; record_count: string; merkle_root: string; total_tokens: string; height: string }
export interface Contribution {
  id: string;
  datanet_id: string;
  contributor: string;
  content_hash: string;
  bytes: string;
  tokens: number;
  masked_tokens: number;
  metadata: { title: string; source: string; licence: string };
  status: string;
  rejection_reason: string;
  height: string;
  redacted: boolean;
  times_attributed: string;
  total_earned: string;
}
export interface ContributorStats { records: string; pending: string; accepted: string; rejected: string; withdrawn: string; tokens: string; accepted_tokens: string; bytes: string }
export interface IndexCommitment { datanet_id: string; version: string; published_height: string; ready_height: string; status: string; index_hash: string; documents: string; tokens: string }
export interface VocabularyWord { word: string; id: number }

export interface ManifestEntry { datanet_id: string; version: string }
export interface AttributionRecord {
  id: string;
  submitter: string;
  manifest: ManifestEntry[];
  output: string;
  prompt: string;
  tokens: number;
  total_points: string;
  contributors: { contributor: string; points: string; amount: string }[];
  contributions: { contribution_id: string; contributor: string; points: string }[];
  residual: string;
  residual_parts: Record<"unmatched" | "echo" | "generic" | "deleted" | "specificity" | "unpaid", string>;
  fee: Coin | null;
  remainder: string;
  params_version: number;
  height: string;
}

export interface Model {
  id: string;
  owner: string;
  name: string;
  description: string;
  artifact_hash: string;
  artifact_size: string;
  context_length: number;
  training_manifest: ManifestEntry[];
  pricing: { base_fee: string; fee_per_token: string };
  split: { owner_bps: number; data_bps: number; compute_bps: number; protocol_bps: number };
  max_output_tokens: number;
  status: string;
  created_height: string;
  format: string;
  vocab_size: number;
  window: number;
}
export interface Payout { role: string; recipient: string; amount: string; datanet_id: string; version: string }
export interface Inference {
  id: string;
  model_id: string;
  requester: string;
  prompt: string;
  output: string;
  output_token_ids: number[];
  prompt_tokens: number;
  tokens_generated: number;
  stop_reason: string;
  sampling: { mode: string; top_k: number; seed: string };
  max_fee: Coin | null;
  fee: Coin | null;
  payouts: Payout[];
  attribution_record_id: string;
  height: string;
}
export interface RewardPools { compute: Coin[]; community: Coin[]; data_pools: Coin[]; compute_total_allocated: Coin[] }

export interface StorageNode {
  operator: string;
  roles: string[];
  datanet_ids: string[];
  endpoint: string;
  bond: Coin | null;
  registered_height: string;
  jailed_until_epoch: string;
  stats: { epochs_served: string; challenges_passed: string; challenges_missed: string; bytes_served: string; rewards_earned: Coin[]; times_jailed: string } | null;
}
export interface EpochInfo {
  epoch: { number: string; start_height: string; window_end_height: string; next_start_height: string; window_closed: boolean };
  pool: Coin[];
  height: string;
  epoch_blocks: string;
}

/** Options of list routes: the SDK's `pagination.*` query parameters. */
export interface PageOptions { limit?: number; key?: string; reverse?: boolean }

const enc = encodeURIComponent;

function pageQuery(p: PageOptions = {}): string {
  const q = new URLSearchParams();
  if (p.limit !== undefined) q.set("pagination.limit", String(p.limit));
  if (p.key !== undefined) q.set("pagination.key", p.key);
  if (p.reverse) q.set("pagination.reverse", "true");
  const s = q.toString();
  return s === "" ? "" : `?${s}`;
}

/** The REST routes the dashboard reads; `base` is the API origin, e.g. http://127.0.0.1:1317. */
export class RestClient {
  readonly base: string;
  private readonly fetchFn: Fetch;

  constructor(base: string, opts: { fetch?: Fetch } = {}) {
    let url: URL;
    try {
      url = new URL(base);
    } catch {
      throw new Error(`invalid REST API address ${JSON.stringify(base)}: expected http(s)://host:port`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`invalid REST API address ${JSON.stringify(base)}: expected http(s)://host:port`);
    this.base = url.origin + url.pathname.replace(/\/+$/, "");
    // Bound: a bare `fetch` reference called as a method throws "Illegal invocation" in browsers.
    this.fetchFn = opts.fetch ?? ((input, init) => fetch(input, init));
  }

  /** GET `path` (with its query string) and parse the JSON; a non-2xx answer is a RestApiError. */
  async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    const res = await this.fetchFn(this.base + path, { signal, headers: { accept: "application/json" } });
    const text = await res.text();
    let body: unknown;
    try {
      body = text === "" ? undefined : JSON.parse(text);
    } catch {
      throw new RestApiError(path, res.status, -1, `answer is not JSON: ${text.slice(0, 120)}`);
    }
    if (!res.ok) {
      const e = (body ?? {}) as { code?: number; message?: string };
      throw new RestApiError(path, res.status, typeof e.code === "number" ? e.code : -1, e.message ?? res.statusText);
    }
    return body as T;
  }

  // cosmos: node, blocks, txs, staking, bank, mint
  nodeInfo = (s?: AbortSignal) => this.get<NodeInfoResponse>("/cosmos/base/tendermint/v1beta1/node_info", s);
  latestBlock = (s?: AbortSignal) => this.get<BlockResponse>("/cosmos/base/tendermint/v1beta1/blocks/latest", s);
  block = (height: number | string, s?: AbortSignal) => this.get<BlockResponse>(`/cosmos/base/tendermint/v1beta1/blocks/${enc(String(height))}`, s);
  tx = (hash: string, s?: AbortSignal) => this.get<{ tx_response: TxResponse }>(`/cosmos/tx/v1beta1/txs/${enc(hash)}`, s);
  /** Txs matching every `events` condition (e.g. `message.sender='trib1…'`), newest first. */
  txsByEvents = (events: string[], limit = 20, s?: AbortSignal) =>
    this.get<{ tx_responses: TxResponse[]; total: string }>(`/cosmos/tx/v1beta1/txs?${events.map((e) => `events=${enc(e)}`).join("&")}&order_by=ORDER_BY_DESC&limit=${limit}`, s);
  validators = (s?: AbortSignal) => this.get<{ validators: Validator[] }>("/cosmos/staking/v1beta1/validators", s);
  stakingPool = (s?: AbortSignal) => this.get<{ pool: { bonded_tokens: string; not_bonded_tokens: string } }>("/cosmos/staking/v1beta1/pool", s);
  supplyOf = (denom: string, s?: AbortSignal) => this.get<{ amount: Coin }>(`/cosmos/bank/v1beta1/supply/by_denom?denom=${enc(denom)}`, s);
  balances = (address: string, s?: AbortSignal) => this.get<{ balances: Coin[] }>(`/cosmos/bank/v1beta1/balances/${enc(address)}`, s);
  inflation = (s?: AbortSignal) => this.get<{ inflation: string }>("/cosmos/mint/v1beta1/inflation", s);
  annualProvisions = (s?: AbortSignal) => this.get<{ annual_provisions: string }>("/cosmos/mint/v1beta1/annual_provisions", s);
  communityPool = (s?: AbortSignal) => this.get<{ pool: Coin[] }>("/cosmos/distribution/v1beta1/community_pool", s);

  // tributary.datanet
  datanets = (p?: PageOptions, s?: AbortSignal) => this.get<{ datanets: Datanet[]; pagination: PageResponse }>(`/tributary/datanet/v1/datanets${pageQuery(p)}`, s);
  datanet = (id: string, s?: AbortSignal) => this.get<{ datanet: Datanet; counters: DatanetCounters }>(`/tributary/datanet/v1/datanets/${enc(id)}`, s);
  versions = (id: string, s?: AbortSignal) => this.get<{ versions: DatanetVersion[] }>(`/tributary/datanet/v1/datanets/${enc(id)}/versions`, s);
  datanetContributions = (id: string, p?: PageOptions, s?: AbortSignal) =>
    this.get<{ contributions: Contribution[]; pagination: PageResponse }>(`/tributary/datanet/v1/datanets/${enc(id)}/contributions${pageQuery(p)}`, s);
  contribution = (id: string, s?: AbortSignal) => this.get<{ contribution: Contribution }>(`/tributary/datanet/v1/contributions/${enc(id)}`, s);
  /** The stored body (base64) from this node's content store; 404 when the node lacks it. */
  contributionContent = (id: string, s?: AbortSignal) => this.get<{ content_hash: string; body: string }>(`/tributary/datanet/v1/contributions/${enc(id)}/content`, s);
  /** Token ids in the datanet's vocabulary (2 = VOID at masked positions). */
  contributionTokens = (id: string, s?: AbortSignal) => this.get<{ sequence: { ids: number[] } }>(`/tributary/datanet/v1/contributions/${enc(id)}/tokens`, s);
  vocabulary = (id: string, p?: PageOptions, s?: AbortSignal) => this.get<{ words: VocabularyWord[]; pagination: PageResponse }>(`/tributary/datanet/v1/datanets/${enc(id)}/vocabulary${pageQuery(p)}`, s);
  contributorStats = (address: string, s?: AbortSignal) => this.get<{ stats: ContributorStats; acceptance_rate_bps: number }>(`/tributary/datanet/v1/contributors/${enc(address)}/stats`, s);

  // tributary.attribution
  commitment = (datanetId: string, version: string, s?: AbortSignal) =>
    this.get<{ commitment: IndexCommitment }>(`/tributary/attribution/v1/datanets/${enc(datanetId)}/versions/${enc(version)}/commitment`, s);
  record = (id: string, s?: AbortSignal) => this.get<{ record: AttributionRecord }>(`/tributary/attribution/v1/records/${enc(id)}`, s);
  contributorRecords = (address: string, p?: PageOptions, s?: AbortSignal) =>
    this.get<{ records: AttributionRecord[]; pagination: PageResponse }>(`/tributary/attribution/v1/contributors/${enc(address)}/records${pageQuery(p)}`, s);
  contributionRecords = (id: string, p?: PageOptions, s?: AbortSignal) =>
    this.get<{ records: AttributionRecord[]; pagination: PageResponse }>(`/tributary/attribution/v1/contributions/${enc(id)}/records${pageQuery(p)}`, s);

  // tributary.inference
  models = (p?: PageOptions, s?: AbortSignal) => this.get<{ models: Model[]; pagination: PageResponse }>(`/tributary/inference/v1/models${pageQuery(p)}`, s);
  model = (id: string, s?: AbortSignal) => this.get<{ model: Model }>(`/tributary/inference/v1/models/${enc(id)}`, s);
  modelInferences = (id: string, p?: PageOptions, s?: AbortSignal) =>
    this.get<{ inferences: Inference[]; pagination: PageResponse }>(`/tributary/inference/v1/models/${enc(id)}/inferences${pageQuery(p)}`, s);
  inference = (id: string, s?: AbortSignal) => this.get<{ inference: Inference }>(`/tributary/inference/v1/inferences/${enc(id)}`, s);
  requesterInferences = (address: string, p?: PageOptions, s?: AbortSignal) =>
    this.get<{ inferences: Inference[]; pagination: PageResponse }>(`/tributary/inference/v1/requesters/${enc(address)}/inferences${pageQuery(p)}`, s);
  datanetModels = (id: string, s?: AbortSignal) => this.get<{ models: Model[] }>(`/tributary/inference/v1/datanets/${enc(id)}/models`, s);
  claimableRewards = (contributionId: string, s?: AbortSignal) => this.get<{ amount: Coin }>(`/tributary/inference/v1/contributions/${enc(contributionId)}/claimable_rewards`, s);
  rewardPools = (s?: AbortSignal) => this.get<RewardPools>("/tributary/inference/v1/reward_pools", s);

  // tributary.rewards (storage nodes)
  storageNodes = (p?: PageOptions, s?: AbortSignal) => this.get<{ nodes: StorageNode[]; pagination: PageResponse }>(`/tributary/rewards/v1/nodes${pageQuery(p)}`, s);
  epoch = (s?: AbortSignal) => this.get<EpochInfo>("/tributary/rewards/v1/epoch", s);
  rewardsParams = (s?: AbortSignal) => this.get<{ params: Record<string, unknown> }>("/tributary/rewards/v1/params", s);

  /** Every page of a keyed list (`next_key` until null), at most `max` items. */
  async allPages<R extends { pagination: PageResponse | null }, T>(page: (p: PageOptions) => Promise<R>, items: (r: R) => T[], opts: { limit?: number; max?: number } = {}): Promise<T[]> {
    const out: T[] = [];
    let key: string | undefined;
    for (;;) {
      const r = await page({ limit: opts.limit ?? 1000, key });
      out.push(...items(r));
      key = r.pagination?.next_key ?? undefined;
      if (!key || out.length >= (opts.max ?? 100_000)) return out;
    }
  }
}
