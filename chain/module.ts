import type { Context } from "./context.ts";

/**
 * The shape every module has (types, keeper, msg server, query server, genesis, hooks),
 * so that knowing one module means knowing all. `chain/` knows this interface and nothing
 * about any particular module; the app wires modules together in a fixed order.
 */

/** A message handler, registered by type URL. */
export interface MsgHandler<T = unknown> {
  /** Protobuf type URL, e.g. `/cosmos.bank.v1beta1.MsgSend`. */
  typeUrl: string;
  decode(bytes: Uint8Array): T;
  /** Stateless checks (addresses parse, amounts positive); throws ChainError. */
  validateBasic(msg: T): void;
  /** Bech32 addresses that must sign, in order of first appearance. */
  signers(msg: T): string[];
  /** Executes the message; returns the encoded `<Msg>Response` (an Any's value). */
  handle(ctx: Context, msg: T): Promise<Uint8Array> | Uint8Array;
  /** Type URL of the response, put in `TxMsgData.msg_responses`. */
  responseTypeUrl: string;
  /** Module name for the `message.module` event. */
  module: string;
  /** First rules version that accepts this message (chain/rules.ts); absent: every version. */
  sinceRules?: number;
  /**
   * SIGN_MODE_LEGACY_AMINO_JSON support: the amino name (`cosmos-sdk/MsgSend`) and the
   * amino JSON value, exactly as wallets build it. Absent: amino signing is refused.
   */
  amino?: { name: string; toAmino(msg: T): unknown };
}

/** A gRPC-style query served through ABCI Query at `/<service>/<method>`. */
export interface QueryHandler {
  path: string;
  /** Receives the protobuf request bytes; returns protobuf response bytes. Throws ChainError. */
  handle(ctx: Context, request: Uint8Array): Promise<Uint8Array> | Uint8Array;
}

/** A validator power change returned from FinalizeBlock. */
export interface ValidatorUpdate {
  /** ed25519 public key, 32 bytes. */
  pubKey: Uint8Array;
  power: bigint;
}

/**
 * A property of the state that must hold after every block (the SDK's crisis invariants): the
 * pools' balances equal what the module says they hold, shares add up, supply matches balances.
 * Tests run every module's invariants after every block; a broken one is a bug, never bad input.
 */
export interface Invariant {
  /** `<module>/<what>`, e.g. `bank/total-supply`. */
  name: string;
  /** A description of what is wrong, or undefined when it holds. PERF: may scan the module's state. */
  check(ctx: Context): Promise<string | undefined> | string | undefined;
}

export interface Module<G = unknown> {
  /** Also the store prefix owner: keys live under `<name>/`. */
  name: string;
  /**
   * Names of the module accounts this module owns (pools, escrows). Bank refuses user sends
   * to them (the SDK's blocked addresses): their balances are bookkept by the module, and a
   * stray coin would break its invariants and genesis export.
   */
  moduleAccounts?: string[];
  /** One per method of the module's proto `service Msg`, registered by the input type's URL. */
  msgs?: MsgHandler<any>[];
  /** One per method of the module's proto `service Query` (chain/queryService.ts builds them). */
  queries?: QueryHandler[];
  /**
   * Methods of the module's proto services it deliberately does not serve, as `Msg/<method>` or
   * `Query/<method>`, each with the reason: the SDK's services, which Tributary implements in
   * part. test/moduleContract.test.ts requires every other method served and none invented.
   */
  notServed?: Readonly<Record<string, string>>;
  /** The default genesis section for `tributary init`. */
  defaultGenesis?(): G;
  /**
   * True for a module added after launch: InitChain writes nothing for it when app_state has no
   * section (rather than its default), and its reads fall back to frozen default constants.
   */
  absentGenesisWritesNothing?: boolean;
  /** Stateless validation of this module's genesis section; throws GenesisError naming the field. */
  validateGenesis?(genesis: G): void;
  /**
   * Writes the section to state. May return the initial validator set (App.initChain returns
   * every module's, in module order); returning nothing or [] keeps genesis.json's validators.
   */
  initGenesis?(ctx: Context, genesis: G): Promise<ValidatorUpdate[] | void> | ValidatorUpdate[] | void;
  exportGenesis?(ctx: Context): Promise<G> | G;
  /** Checked after every block in tests. */
  invariants?: Invariant[];
  /**
   * Runs before every BeginBlock (the SDK's PreBlocker): may stop the node (an upgrade this binary
   * does not know) or change the rules schedule from this block on; begin/end-block hooks and the
   * block's txs then run under the rules it left.
   */
  preBlock?(ctx: Context): Promise<void> | void;
  beginBlock?(ctx: Context): Promise<void> | void;
  endBlock?(ctx: Context): Promise<ValidatorUpdate[] | void> | ValidatorUpdate[] | void;
}
