/**
 * ABCI values in the two JSON forms CometBFT v0.38 mixes:
 * - jsonpb with emit-defaults (ExecTxResult, ResponseCheckTx, ResponseQuery, EventAttribute):
 *   every field present, int64 as strings, nil bytes as null, nil lists as [];
 * - cmtjson with `omitempty` (ResponseInfo, Event, ValidatorUpdate, proto ConsensusParams, and
 *   ExecTxResult inside websocket events): zero values left out.
 */
import type {
  Event,
  EventAttribute,
  ExecTxResult,
  ResponseCheckTx,
  ResponseInfo,
  ResponseQuery,
  ValidatorUpdate,
} from "cosmjs-types/tendermint/abci/types";
import type { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { Duration } from "cosmjs-types/google/protobuf/duration";
import { base64, base64OrNull, int64String } from "./encodePrimitives.ts";

type Json = Record<string, unknown>;

function encodeAttribute(attr: EventAttribute): Json {
  return { key: attr.key, value: attr.value, index: attr.index };
}

/** Event inside a jsonpb message: all fields present. */
export function encodeEventJsonpb(event: Event): Json {
  return { type: event.type, attributes: event.attributes.map(encodeAttribute) };
}

/** Event encoded by cmtjson (e.g. `finalize_block_events`): empty type/attributes left out. */
export function encodeEventCmtjson(event: Event): Json {
  const out: Json = {};
  if (event.type !== "") out.type = event.type;
  if (event.attributes.length > 0) out.attributes = event.attributes.map(encodeAttribute);
  return out;
}

export function encodeExecTxResult(result: ExecTxResult): Json {
  return {
    code: result.code,
    data: base64OrNull(result.data),
    log: result.log,
    info: result.info,
    gas_wanted: int64String(result.gasWanted),
    gas_used: int64String(result.gasUsed),
    events: result.events.map(encodeEventJsonpb),
    codespace: result.codespace,
  };
}

/** ExecTxResult as cmtjson writes it inside a websocket Tx event (omitempty everywhere). */
export function encodeExecTxResultOmitEmpty(result: ExecTxResult): Json {
  const out: Json = {};
  if (result.code !== 0) out.code = result.code;
  if (result.data.length > 0) out.data = base64(result.data);
  if (result.log !== "") out.log = result.log;
  if (result.info !== "") out.info = result.info;
  if (result.gasWanted !== 0n) out.gas_wanted = int64String(result.gasWanted);
  if (result.gasUsed !== 0n) out.gas_used = int64String(result.gasUsed);
  if (result.events.length > 0) out.events = result.events.map(encodeEventCmtjson);
  if (result.codespace !== "") out.codespace = result.codespace;
  return out;
}

export function encodeCheckTx(result: ResponseCheckTx): Json {
  return {
    code: result.code,
    data: base64OrNull(result.data),
    log: result.log,
    info: result.info,
    gas_wanted: int64String(result.gasWanted),
    gas_used: int64String(result.gasUsed),
    events: result.events.map(encodeEventJsonpb),
    codespace: result.codespace,
  };
}

/** The ExecTxResult CometBFT shows in broadcast_tx_commit when CheckTx failed. */
export const EMPTY_EXEC_TX_RESULT: ExecTxResult = {
  code: 0, data: new Uint8Array(), log: "", info: "", gasWanted: 0n, gasUsed: 0n, events: [], codespace: "",
};

export function encodeResponseQuery(response: ResponseQuery): Json {
  return {
    code: response.code,
    log: response.log,
    info: response.info,
    index: int64String(response.index),
    key: base64OrNull(response.key),
    value: base64OrNull(response.value),
    proofOps:
      response.proofOps === undefined
        ? null
        : {
            ops: response.proofOps.ops.map((op) => ({ type: op.type, key: base64(op.key), data: base64(op.data) })),
          },
    height: int64String(response.height),
    codespace: response.codespace,
  };
}

export function encodeResponseInfo(info: ResponseInfo): Json {
  const out: Json = {};
  if (info.data !== "") out.data = info.data;
  if (info.version !== "") out.version = info.version;
  if (info.appVersion !== 0n) out.app_version = int64String(info.appVersion);
  if (info.lastBlockHeight !== 0n) out.last_block_height = int64String(info.lastBlockHeight);
  if (info.lastBlockAppHash.length > 0) out.last_block_app_hash = base64(info.lastBlockAppHash);
  return out;
}

/** abci.ValidatorUpdate: the pubkey is the registered oneof `Sum`. */
export function encodeValidatorUpdate(update: ValidatorUpdate): Json {
  const out: Json = { pub_key: encodePublicKeySum(update.pubKey) };
  if (update.power !== 0n) out.power = int64String(update.power);
  return out;
}

function encodePublicKeySum(pubKey: ValidatorUpdate["pubKey"]): Json {
  if (pubKey?.ed25519 !== undefined) {
    return { Sum: { type: "tendermint.crypto.PublicKey_Ed25519", value: { ed25519: base64(pubKey.ed25519) } } };
  }
  if (pubKey?.secp256k1 !== undefined) {
    return { Sum: { type: "tendermint.crypto.PublicKey_Secp256K1", value: { secp256k1: base64(pubKey.secp256k1) } } };
  }
  return {};
}

export function durationNanos(duration: Duration | undefined): bigint {
  if (duration === undefined) return 0n;
  return duration.seconds * 1_000_000_000n + BigInt(duration.nanos);
}

/** Proto ConsensusParams under cmtjson omitempty (`block_results.consensus_param_updates`). */
export function encodeConsensusParamUpdates(params: ConsensusParams | undefined): Json | null {
  if (params === undefined) return null;
  const out: Json = {};
  if (params.block) out.block = omitZero({ max_bytes: params.block.maxBytes, max_gas: params.block.maxGas });
  if (params.evidence) {
    out.evidence = omitZero({
      max_age_num_blocks: params.evidence.maxAgeNumBlocks,
      max_age_duration: durationNanos(params.evidence.maxAgeDuration),
      max_bytes: params.evidence.maxBytes,
    });
  }
  if (params.validator) {
    out.validator = params.validator.pubKeyTypes.length > 0 ? { pub_key_types: params.validator.pubKeyTypes } : {};
  }
  if (params.version) out.version = omitZero({ app: params.version.app });
  if (params.abci) out.abci = omitZero({ vote_extensions_enable_height: params.abci.voteExtensionsEnableHeight });
  return out;
}

function omitZero(fields: Record<string, bigint>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== 0n) out[key] = int64String(value);
  return out;
}

/** types.ConsensusParams (no omitempty): the `consensus_params` endpoint. */
export function encodeConsensusParamsFull(params: ConsensusParams): Json {
  return {
    block: { max_bytes: int64String(params.block?.maxBytes ?? 0n), max_gas: int64String(params.block?.maxGas ?? 0n) },
    evidence: {
      max_age_num_blocks: int64String(params.evidence?.maxAgeNumBlocks ?? 0n),
      max_age_duration: int64String(durationNanos(params.evidence?.maxAgeDuration)),
      max_bytes: int64String(params.evidence?.maxBytes ?? 0n),
    },
    validator: { pub_key_types: params.validator?.pubKeyTypes ?? [] },
    version: { app: int64String(params.version?.app ?? 0n) },
    abci: { vote_extensions_enable_height: int64String(params.abci?.voteExtensionsEnableHeight ?? 0n) },
  };
}
