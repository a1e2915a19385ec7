/**
 * Node and app information endpoints: status, health, net_info, abci_info, abci_query, genesis,
 * genesis_chunked, consensus_params.
 */
import type { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { RpcBackend, ValidatorInfo } from "./backend.ts";
import { encodeConsensusParamsFull, encodeResponseInfo, encodeResponseQuery } from "./encodeAbci.ts";
import { base64, hexUpper, int64String, rfc3339Nano } from "./encodePrimitives.ts";
import { methodError } from "./jsonrpc.ts";
import { RawJson, type RpcMethod } from "./methodTypes.ts";
import { resolveHeight } from "./paging.ts";

/** CometBFT's p2p channel ids (hex), as a v0.38 full node reports them. */
const CHANNELS = "40202122233038606100";
/** genesis responses above this go through genesis_chunked (CometBFT genesisChunkSize). */
export const GENESIS_CHUNK_SIZE = 16 * 1024 * 1024;

export function encodeValidatorInfo(v: ValidatorInfo): Record<string, unknown> {
  return {
    address: hexUpper(v.address),
    pub_key: { type: "tendermint/PubKeyEd25519", value: base64(v.pubKey) },
    voting_power: int64String(v.votingPower),
    proposer_priority: int64String(v.proposerPriority),
  };
}

async function syncInfo(backend: RpcBackend): Promise<Record<string, unknown>> {
  const latestHeight = backend.latestHeight();
  const earliestHeight = backend.earliestHeight();
  const latest = latestHeight > 0n ? await backend.block(latestHeight) : undefined;
  const earliest = earliestHeight > 0n ? await backend.block(earliestHeight) : undefined;
  return {
    latest_block_hash: hexUpper(latest?.blockId.hash),
    latest_app_hash: hexUpper(latest?.block.header.appHash),
    latest_block_height: int64String(latest === undefined ? 0n : latestHeight),
    latest_block_time: rfc3339Nano(latest?.block.header.time),
    earliest_block_hash: hexUpper(earliest?.blockId.hash),
    earliest_app_hash: hexUpper(earliest?.block.header.appHash),
    earliest_block_height: int64String(earliest === undefined ? 0n : earliestHeight),
    earliest_block_time: rfc3339Nano(earliest?.block.header.time),
    catching_up: false,
  };
}

const status: RpcMethod = {
  params: [],
  async handler(_args, { backend }) {
    const id = backend.identity();
    const validators = await backend.validators(backend.latestHeight() + 1n);
    const self = validators[0];
    return {
      node_info: {
        protocol_version: { p2p: "8", block: "11", app: int64String(id.appVersion) },
        id: id.nodeId,
        listen_addr: id.p2pListenAddr,
        network: id.chainId,
        version: id.version,
        channels: CHANNELS,
        moniker: id.moniker,
        other: { tx_index: "on", rpc_address: id.rpcAddress },
      },
      sync_info: await syncInfo(backend),
      validator_info: {
        address: hexUpper(self?.address),
        pub_key: { type: "tendermint/PubKeyEd25519", value: self ? base64(self.pubKey) : "" },
        voting_power: int64String(self?.votingPower ?? 0n),
      },
    };
  },
};

const health: RpcMethod = { params: [], handler: async () => ({}) };

const netInfo: RpcMethod = {
  params: [],
  async handler(_args, { backend }) {
    return { listening: true, listeners: [`Listener(@${backend.identity().p2pListenAddr})`], n_peers: "0", peers: [] };
  },
};

const abciInfo: RpcMethod = {
  params: [],
  async handler(_args, { backend }) {
    return { response: encodeResponseInfo(await backend.abciInfo()) };
  },
};

const abciQuery: RpcMethod = {
  params: [
    { name: "path", kind: "string" },
    { name: "data", kind: "hexbytes" },
    { name: "height", kind: "int64" },
    { name: "prove", kind: "bool" },
  ],
  async handler(args, { backend }) {
    const response = await backend.abciQuery(
      (args.path as string | undefined) ?? "",
      (args.data as Uint8Array | undefined) ?? new Uint8Array(),
      (args.height as bigint | undefined) ?? 0n,
      (args.prove as boolean | undefined) ?? false,
    );
    return { response: encodeResponseQuery(response) };
  },
};

/**
 * The genesis document as stored, written verbatim (big numbers in app_state survive), with the
 * fields CosmJS dereferences filled in when the file lacks them.
 */
async function genesisText(backend: RpcBackend): Promise<string> {
  const text = backend.genesisJson().trim();
  const doc = JSON.parse(text) as Record<string, unknown>;
  const additions: string[] = [];
  if (doc.consensus_params === undefined) {
    const params = await backend.consensusParams(backend.earliestHeight() > 0n ? backend.earliestHeight() : 1n);
    additions.push(`"consensus_params":${JSON.stringify(genesisConsensusParams(params))}`);
  }
  if (doc.app_hash === undefined) additions.push(`"app_hash":""`);
  if (additions.length === 0) return text;
  const rest = text.slice(1).trimStart();
  return `{${additions.join(",")}${rest.startsWith("}") ? "" : ","}${rest}`;
}

function genesisConsensusParams(params: ConsensusParams): Record<string, unknown> {
  return encodeConsensusParamsFull(params);
}

const genesis: RpcMethod = {
  params: [],
  async handler(_args, { backend }) {
    const text = await genesisText(backend);
    if (Buffer.byteLength(text, "utf8") > GENESIS_CHUNK_SIZE) {
      throw methodError("genesis response is large, please use the genesis_chunked API instead");
    }
    return { genesis: new RawJson(text) };
  },
};

const genesisChunked: RpcMethod = {
  params: [{ name: "chunk", kind: "int64" }],
  async handler(args, { backend }) {
    const bytes = Buffer.from(await genesisText(backend), "utf8");
    const total = Math.max(1, Math.ceil(bytes.length / GENESIS_CHUNK_SIZE));
    const chunk = (args.chunk as bigint | undefined) ?? 0n;
    if (chunk < 0n || chunk > BigInt(total - 1)) throw methodError(`there are ${total - 1} chunks, ${chunk} is invalid`);
    const start = Number(chunk) * GENESIS_CHUNK_SIZE;
    return {
      chunk: int64String(chunk),
      total: int64String(total),
      data: bytes.subarray(start, start + GENESIS_CHUNK_SIZE).toString("base64"),
    };
  },
};

const consensusParams: RpcMethod = {
  params: [{ name: "height", kind: "int64" }],
  async handler(args, { backend }) {
    const height = resolveHeight(args.height as bigint | undefined, backend.latestHeight() + 1n, backend.earliestHeight());
    return { block_height: int64String(height), consensus_params: encodeConsensusParamsFull(await backend.consensusParams(height)) };
  },
};

export const infoMethods: Record<string, RpcMethod> = {
  status,
  health,
  net_info: netInfo,
  abci_info: abciInfo,
  abci_query: abciQuery,
  genesis,
  genesis_chunked: genesisChunked,
  consensus_params: consensusParams,
};
