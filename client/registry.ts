import type { DescMessage } from "@bufbuild/protobuf";
import { type GeneratedType, Registry } from "@cosmjs/proto-signing";
import { type AminoConverters, AminoTypes, createBankAminoConverters, defaultRegistryTypes } from "@cosmjs/stargate";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from "cosmjs-types/cosmos/upgrade/v1beta1/tx";
import { DATANET_TYPES } from "./datanetMsgs.ts";
import { cosmjsType } from "../proto/codec.ts";
import { TributaryClientError } from "./errors.ts";
import { INFERENCE_TYPES } from "./inferenceMsgs.ts";
import { REWARDS_TYPES } from "./rewardsMsgs.ts";

/**
 * A message type a module adds: its `/package.Msg` type URL and its codec, a CosmJS
 * `GeneratedType` (cosmjs-types) or a protobuf-es schema from proto/gen (adapted on registration).
 */
export type TributaryTypeEntry = readonly [typeUrl: string, type: GeneratedType | DescMessage];

/**
 * Cosmos SDK messages the chain accepts that CosmJS's default registry leaves out (gov v1 and
 * v1beta1 are in it). The upgrade messages are signed by the gov account: a wallet encodes them
 * into a proposal's messages.
 */
export const COSMOS_EXTRA_TYPES: readonly TributaryTypeEntry[] = [
  ["/cosmos.slashing.v1beta1.MsgUnjail", MsgUnjail],
  ["/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", MsgSoftwareUpgrade],
  ["/cosmos.upgrade.v1beta1.MsgCancelUpgrade", MsgCancelUpgrade],
];

/**
 * The protobuf registry CosmJS signs with: the default Cosmos types (bank, staking, …) and
 * slashing's MsgUnjail, the
 * Tributary module messages (datanet, inference, rewards), plus the types given here. Later modules pass their
 * entries, or call `registerTributaryTypes` on the result.
 */
export function createTributaryRegistry(extraTypes: Iterable<TributaryTypeEntry> = []): Registry {
  const registry = new Registry(defaultRegistryTypes);
  registerTributaryTypes(registry, COSMOS_EXTRA_TYPES);
  registerTributaryTypes(registry, DATANET_TYPES);
  registerTributaryTypes(registry, INFERENCE_TYPES);
  registerTributaryTypes(registry, REWARDS_TYPES);
  registerTributaryTypes(registry, extraTypes);
  return registry;
}

/**
 * Adds message types to a registry. Registering the same codec twice is a no-op; a different
 * codec for a URL already present throws, because silently replacing it would change what bytes
 * get signed.
 */
export function registerTributaryTypes(registry: Registry, types: Iterable<TributaryTypeEntry>): Registry {
  for (const [typeUrl, codec] of types) {
    const type = asGeneratedType(codec);
    if (!typeUrl.startsWith("/")) {
      throw new TributaryClientError("TYPE_CONFLICT", `type URL "${typeUrl}" must start with "/"`, {
        hint: 'use the full protobuf name, e.g. "/tributary.datanet.v1.MsgCreateDatanet"',
      });
    }
    const existing = registry.lookupType(typeUrl);
    if (existing === type) continue;
    if (existing !== undefined) {
      throw new TributaryClientError("TYPE_CONFLICT", `type URL ${typeUrl} is already registered with a different codec`, {
        hint: "register each message type once, from the module that owns it",
      });
    }
    registry.register(typeUrl, type);
  }
  return registry;
}

/**
 * Amino JSON converters for the messages Tributary accepts in SIGN_MODE_LEGACY_AMINO_JSON (bank
 * today), so amino-only signers (Ledger, Keplr amino mode) can sign. Modules add theirs via
 * `extraConverters`; a converter for an existing type URL replaces the default.
 */
export function createTributaryAminoTypes(extraConverters: AminoConverters = {}): AminoTypes {
  return new AminoTypes({ ...createBankAminoConverters(), ...extraConverters });
}

const adapted = new WeakMap<DescMessage, GeneratedType>();

/**
 * The CosmJS view of a codec. A protobuf-es schema gets encode(m).finish(), decode and
 * fromPartial (proto/codec.ts's cosmjsType); the adapter is cached so registering the same schema
 * twice is recognised as the same codec.
 */
export function asGeneratedType(codec: GeneratedType | DescMessage): GeneratedType {
  if (!("kind" in codec && codec.kind === "message")) return codec as GeneratedType;
  let type = adapted.get(codec);
  if (type === undefined) {
    type = cosmjsType(codec) as unknown as GeneratedType;
    adapted.set(codec, type);
  }
  return type;
}
