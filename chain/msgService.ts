import type { DescMessage, DescMethod, DescService, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import { decodeFilled, encode, type Filled } from "../proto/codec.ts";
import type { Context } from "./context.ts";
import type { MsgHandler } from "./module.ts";

/**
 * What a module writes for one method of its proto `service Msg`; `msgService` adds the rest of
 * the `MsgHandler` from the service descriptor. `T` is the decoded message as the handler reads
 * it: by default every absent scalar is its zero value (`decodeFilled`); a handler that reads a
 * field's presence (PRESENCE_FIELDS) widens it, e.g. `Filled<pb.MsgUpdateModel, "description">`.
 */
export interface MsgImpl<I extends DescMessage, O extends DescMessage, T = Filled<MessageShape<I>>> {
  /** Stateless checks (addresses parse, amounts positive); throws ChainError. */
  validateBasic(msg: T): void;
  /** Bech32 addresses that must sign, in order of first appearance. */
  signers(msg: T): string[];
  /** Executes the message; returns the method's response, which `msgService` encodes. */
  handle(ctx: Context, msg: T): Promise<MessageInitShape<O>> | MessageInitShape<O>;
  /** SIGN_MODE_LEGACY_AMINO_JSON support, as on `MsgHandler`. */
  amino?: { name: string; toAmino(msg: T): unknown };
}

/** A method as generated code types it: `typeof pb.Msg.method.createDatanet`. */
type TypedMethod = Pick<DescMethod, "input" | "output">;

/**
 * A generated service descriptor (protobuf-es `GenService`, e.g. `Msg` of tx_pb.ts), whose
 * `method` map carries each method's input and output schemas in its type.
 */
export type TypedService<S extends Record<string, TypedMethod>> = Pick<DescService, "typeName" | "methods"> & { readonly method: S };

/** The implementation a service's method asks for: its input and output schemas fix the types. */
export type MsgImplOf<M extends TypedMethod> = MsgImpl<M["input"], M["output"]>;

/** One implementation per method of the service, keyed by the method's local name (`createDatanet`). */
export type MsgImpls<S extends Record<string, TypedMethod>> = { readonly [K in keyof S]: MsgImplOf<S[K]> };

/**
 * The message handlers of a module's proto `service Msg`, one per method, in the service's
 * order. The type URL is the method input's (`/tributary.datanet.v1.MsgCreateDatanet`), the
 * response's the method output's, and the bytes decode with `decodeFilled` (absent scalars read
 * as zero, PRESENCE_FIELDS left absent): nothing is typed by hand, and a method left out or
 * misspelled is a type error (and, from untyped code, an error here).
 */
export function msgService<S extends Record<string, TypedMethod>>(service: TypedService<S>, module: string, impls: MsgImpls<S>): MsgHandler[] {
  const known = new Set(service.methods.map((m) => m.localName));
  for (const name of Object.keys(impls)) {
    if (!known.has(name)) throw new Error(`msg service ${service.typeName}: ${name} is no method of the service`);
  }
  return service.methods.map((method): MsgHandler => {
    const impl = (impls as Readonly<Record<string, MsgImpl<DescMessage, DescMessage, unknown> | undefined>>)[method.localName];
    if (!impl) throw new Error(`msg service ${service.typeName}: no handler for ${method.name}`);
    if (method.methodKind !== "unary") throw new Error(`msg service ${service.typeName}: ${method.name} is ${method.methodKind}; messages are unary`);
    const { input, output } = method;
    return {
      typeUrl: `/${input.typeName}`,
      responseTypeUrl: `/${output.typeName}`,
      module,
      decode: (bytes) => decodeFilled(input, bytes),
      validateBasic: (msg) => impl.validateBasic(msg),
      signers: (msg) => impl.signers(msg),
      // A handler that answers synchronously stays synchronous, as it was before this helper.
      handle: (ctx, msg) => {
        const out = impl.handle(ctx, msg);
        return out instanceof Promise ? out.then((o) => encode(output, o)) : encode(output, out);
      },
      ...(impl.amino ? { amino: impl.amino } : {}),
    };
  });
}
