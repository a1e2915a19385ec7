/** `--generate-only`: the unsigned tx as the SDK CLI prints it; nothing is signed or sent. */
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { StdFee } from "@cosmjs/stargate";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { createTributaryRegistry } from "../../../client/registry.ts";
import { ATTRIBUTION_TYPES } from "../attribution/args.ts";
import { checkAddressArg, openKeyring } from "../common.ts";
import { signerAddress } from "../signerAddress.ts";
import { UserError } from "../errors.ts";
import { txRawToJson } from "./txJson.ts";

/** With --generate-only, --from may be the address itself (no key needed), as in simd. */
export async function fromAddress(from: string, o: { home: string; keyringBackend: string }): Promise<string> {
  if (from.startsWith("trib1")) return checkAddressArg(from, "--from address");
  return signerAddress(await openKeyring(o).getSigner(from));
}

/** The unsigned TxRaw: no signer infos and no signatures yet; `tx sign` adds them. */
export function unsignedTx(msgs: EncodeObject[], stdFee: StdFee, memo: string): TxRaw {
  const registry = createTributaryRegistry(ATTRIBUTION_TYPES);
  const body = TxBody.fromPartial({ messages: msgs.map((m) => registry.encodeAsAny(m)), memo });
  const authInfo = AuthInfo.fromPartial({
    signerInfos: [],
    fee: { amount: [...stdFee.amount], gasLimit: BigInt(stdFee.gas), payer: stdFee.payer ?? "", granter: stdFee.granter ?? "" },
  });
  return TxRaw.fromPartial({ bodyBytes: TxBody.encode(body).finish(), authInfoBytes: AuthInfo.encode(authInfo).finish(), signatures: [] });
}

export function printUnsigned(msgs: EncodeObject[], stdFee: StdFee, memo: string): void {
  process.stdout.write(JSON.stringify(txRawToJson(unsignedTx(msgs, stdFee, memo))) + "\n");
}

/**
 * Commands that sign and send on their own path (a contribution's chunks, an inference
 * upload, inference sessions) do not pass through signAndBroadcast: they refuse --generate-only
 * rather than broadcast anyway.
 */
export function refuseGenerateOnly(o: { generateOnly?: boolean; dryRun?: boolean }, command: string): void {
  if (o.generateOnly) throw new UserError(`--generate-only is not supported by ${command}: it signs and sends its transactions itself; nothing was sent`);
  // Nor --dry-run (tx/simulate.ts): ignoring it would broadcast what the user meant only to try.
  if (o.dryRun) throw new UserError(`--dry-run is not supported by ${command}: it signs and sends its transactions itself; nothing was sent`);
}
