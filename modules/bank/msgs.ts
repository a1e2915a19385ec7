import {
  MsgMultiSend, MsgMultiSendResponse, MsgSend, MsgSendResponse, MsgSetSendEnabled, MsgSetSendEnabledResponse, MsgUpdateParams, MsgUpdateParamsResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { addressBytes, addressString } from "../../chain/address.ts";
import { paramsAsGenesis, requireGovAuthority } from "../../chain/authority.ts";
import { type Coin, addCoins, coinFromWire, coinsToString, validateCoins } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { expectDenom } from "../../chain/genesisJson.ts";
import type { MsgHandler } from "../../chain/module.ts";
import { AMINO_MSG_MULTI_SEND, AMINO_MSG_SEND, msgMultiSendToAmino, msgSendToAmino } from "./amino.ts";
import { bankErrors } from "./errors.ts";
import { decodeMsgSend } from "./sendCodec.ts";
import { amountAttribute, emitMessageSender, emitOutputTransfer } from "./events.ts";
import type { BankKeeper } from "./keeper.ts";

const wireCoins = (coins: { denom: string; amount: string }[], what: string): Coin[] => {
  const parsed = coins.map(coinFromWire);
  validateCoins(parsed, what);
  return parsed;
};

/**
 * MsgSendResponse has no fields: its encoding is empty, the same bytes for every send (it is
 * copied into the tx's TxMsgData), so it is not encoded again per tx.
 */
const EMPTY_RESPONSE: Uint8Array = MsgSendResponse.encode({}).finish();
if (EMPTY_RESPONSE.length !== 0) throw new Error("MsgSendResponse encodes to bytes: it gained a field, encode it per send");


export function msgSendHandler(bank: BankKeeper): MsgHandler<MsgSend> {
  return {
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    responseTypeUrl: "/cosmos.bank.v1beta1.MsgSendResponse",
    module: "bank",
    decode: decodeMsgSend,
    validateBasic(msg) {
      addressBytes(msg.fromAddress, "from address");
      addressBytes(msg.toAddress, "to address");
      if (msg.amount.length === 0) throw sdkErrors.invalidCoins.wrap("MsgSend needs at least one coin");
      wireCoins(msg.amount, "amount");
    },
    signers: (msg) => [msg.fromAddress],
    // PERF: O(denoms) reads/writes.
    handle(ctx: Context, msg) {
      const coins = wireCoins(msg.amount, "amount");
      bank.assertSendEnabled(ctx.kv, coins);
      const to = addressBytes(msg.toAddress);
      bank.assertMayReceive(ctx.kv, to);
      bank.sendCoins(ctx, addressBytes(msg.fromAddress), to, coins);
      return EMPTY_RESPONSE;
    },
    amino: { name: AMINO_MSG_SEND, toAmino: msgSendToAmino },
  };
}

export function msgMultiSendHandler(bank: BankKeeper): MsgHandler<MsgMultiSend> {
  return {
    typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
    responseTypeUrl: "/cosmos.bank.v1beta1.MsgMultiSendResponse",
    module: "bank",
    decode: (b) => MsgMultiSend.decode(b),
    validateBasic(msg) {
      // Since SDK 0.46 a multi-send has exactly one input (one signer).
      if (msg.inputs.length === 0) throw bankErrors.noInputs.wrap("");
      if (msg.inputs.length > 1) throw bankErrors.multipleSenders.wrap(`got ${msg.inputs.length} inputs`);
      if (msg.outputs.length === 0) throw bankErrors.noOutputs.wrap("");
      let inSum: Coin[] = [];
      let outSum: Coin[] = [];
      for (const [i, input] of msg.inputs.entries()) {
        addressBytes(input.address, `inputs[${i}].address`);
        inSum = addCoins(inSum, wireCoins(input.coins, `inputs[${i}].coins`));
      }
      for (const [i, output] of msg.outputs.entries()) {
        addressBytes(output.address, `outputs[${i}].address`);
        outSum = addCoins(outSum, wireCoins(output.coins, `outputs[${i}].coins`));
      }
      if (coinsToString(inSum) !== coinsToString(outSum)) {
        throw bankErrors.inputOutputMismatch.wrap(`inputs ${coinsToString(inSum)} != outputs ${coinsToString(outSum)}`);
      }
    },
    signers: (msg) => msg.inputs.map((i) => i.address),
    // PERF: O(outputs × denoms) reads/writes.
    handle(ctx: Context, msg) {
      const input = msg.inputs[0];
      if (input === undefined) throw bankErrors.noInputs.wrap("");
      const from = addressBytes(input.address);
      const inCoins = wireCoins(input.coins, "inputs[0].coins");
      bank.assertSendEnabled(ctx.kv, inCoins);
      // Every output is checked before anything moves, so a refusal changes nothing.
      for (const out of msg.outputs) bank.assertMayReceive(ctx.kv, addressBytes(out.address));
      bank.subtractCoins(ctx, from, inCoins);
      emitMessageSender(ctx, addressString(from));
      for (const out of msg.outputs) {
        const to = addressBytes(out.address);
        const coins = wireCoins(out.coins, "outputs.coins");
        bank.creditAccount(ctx, to, coins);
        emitOutputTransfer(ctx, out.address, amountAttribute(coins));
      }
      return MsgMultiSendResponse.encode({}).finish();
    },
    amino: { name: AMINO_MSG_MULTI_SEND, toAmino: msgMultiSendToAmino },
  };
}

/**
 * MsgUpdateParams (v0.47+): only the gov module account may send it. default_send_enabled is the
 * one live param; the per-denom list in params is the SDK's deprecated form and is refused
 * (MsgSetSendEnabled sets per-denom flags), as the SDK does.
 */
export function msgUpdateParamsHandler(bank: BankKeeper): MsgHandler<MsgUpdateParams> {
  return {
    typeUrl: "/cosmos.bank.v1beta1.MsgUpdateParams",
    responseTypeUrl: "/cosmos.bank.v1beta1.MsgUpdateParamsResponse",
    module: "bank",
    decode: (b) => MsgUpdateParams.decode(b),
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    // PERF: one write.
    handle(ctx: Context, msg) {
      requireGovAuthority(msg.authority);
      const p = msg.params ?? { sendEnabled: [], defaultSendEnabled: false };
      if (p.sendEnabled.length > 0) {
        throw sdkErrors.invalidRequest.wrap("params.send_enabled: no longer supported in params; set per-denom flags with MsgSetSendEnabled");
      }
      bank.setDefaultSendEnabled(ctx, p.defaultSendEnabled);
      return MsgUpdateParamsResponse.encode({}).finish();
    },
  };
}

/** The SDK's MsgSetSendEnabled.ValidateBasic: valid denoms, none twice, none both set and reset. */
function validateSetSendEnabled(msg: MsgSetSendEnabled): void {
  addressBytes(msg.authority, "authority");
  const seen = new Set<string>();
  msg.sendEnabled.forEach((e, i) => {
    paramsAsGenesis(() => expectDenom(e.denom, `send_enabled[${i}].denom`));
    if (seen.has(e.denom)) throw sdkErrors.invalidRequest.wrap(`send_enabled[${i}].denom: duplicate denom entries found for ${JSON.stringify(e.denom)}`);
    seen.add(e.denom);
  });
  msg.useDefaultFor.forEach((denom, i) => {
    paramsAsGenesis(() => expectDenom(denom, `use_default_for[${i}]`));
    if (seen.has(denom)) throw sdkErrors.invalidRequest.wrap(`use_default_for[${i}]: ${JSON.stringify(denom)} is also in send_enabled`);
  });
}

/**
 * MsgSetSendEnabled: gov sets (send_enabled) or clears (use_default_for, back to
 * default_send_enabled) the per-denom send flags; entries not named keep their value.
 */
export function msgSetSendEnabledHandler(bank: BankKeeper): MsgHandler<MsgSetSendEnabled> {
  return {
    typeUrl: "/cosmos.bank.v1beta1.MsgSetSendEnabled",
    responseTypeUrl: "/cosmos.bank.v1beta1.MsgSetSendEnabledResponse",
    module: "bank",
    decode: (b) => MsgSetSendEnabled.decode(b),
    validateBasic: validateSetSendEnabled,
    signers: (msg) => [msg.authority],
    // PERF: one write per denom named.
    handle(ctx: Context, msg) {
      requireGovAuthority(msg.authority);
      for (const e of msg.sendEnabled) bank.setSendEnabled(ctx, e.denom, e.enabled);
      for (const denom of msg.useDefaultFor) bank.deleteSendEnabled(ctx, denom);
      return MsgSetSendEnabledResponse.encode({}).finish();
    },
  };
}
