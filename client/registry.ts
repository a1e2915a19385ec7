import { type GeneratedType, Registry } from "@cosmjs/proto-signing";
import { type AminoConverters, AminoTypes, createBankAminoConverters, defaultRegistryTypes } from "@cosmjs/stargate";
import { TributaryClientError } from "./errors.ts";

/** A message type a module adds: its `/package.Msg` type URL and its generated protobuf codec. */
export type TributaryTypeEntry = readonly [typeUrl: string, type: GeneratedType];

/**
 * The protobuf registry CosmJS signs with: the default Cosmos types (bank, staking, …) plus the
 * Tributary module types given here. Later modules pass their entries, or call
 * `registerTributaryTypes` on the result.
 */
export function createTributaryRegistry(extraTypes: Iterable<TributaryTypeEntry> = []): Registry {
  const registry = new Registry(defaultRegistryTypes);
  registerTributaryTypes(registry, extraTypes);
  return registry;
}

/**
 * Adds message types to a registry. Registering the same codec twice is a no-op; a different
 * codec for a URL already present throws, because silently replacing it would change what bytes
 * get signed.
 */
export function registerTributaryTypes(registry: Registry, types: Iterable<TributaryTypeEntry>): Registry {
  for (const [typeUrl, type] of types) {
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
