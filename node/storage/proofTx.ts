/**
 * Signs and broadcasts the storage node's proof txs from inside the node: SIGN_MODE_DIRECT with
 * the operator's key, gas from an in-process simulation, the account sequence tracked locally
 * (a tx admitted to the mempool moves it on, whether or not the block executes it), and one
 * retry with the sequence the ante handler names when it refuses a stale one.
 */
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { fromBase64 } from "@cosmjs/encoding";
import { type EncodeObject, type OfflineDirectSigner, encodePubkey, makeAuthInfoBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { GasPrice, type QueryClient, accountFromAny, calculateFee } from "@cosmjs/stargate";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { createTributaryRegistry } from "../../client/registry.ts";

/** What CheckTx answered (the driver's mempool, or CometBFT's broadcast_tx_sync). */
export interface BroadcastResult {
  code: number;
  codespace: string;
  log: string;
  /** Upper-case hex SHA-256 of the tx bytes. */
  hash: string;
}

/** What `send` did: CheckTx's answer, and the sequence change when the first try had a stale one. */
export interface SendResult extends BroadcastResult {
  resequenced?: { from: bigint; to: bigint };
}

export type Broadcast = (tx: Uint8Array) => Promise<BroadcastResult>;

const GAS_ADJUSTMENT = 1.4;
/** sdk/32 "incorrect account sequence" (chain/errors.ts). */
const WRONG_SEQUENCE = 32;

export class ProofTxSender {
  private readonly registry = createTributaryRegistry();
  private account: { accountNumber: bigint; sequence: bigint; pubkey: Uint8Array } | undefined;

  constructor(
    private readonly signer: OfflineDirectSigner,
    readonly address: string,
    private readonly query: QueryClient,
    private readonly broadcast: Broadcast,
    private readonly chainId: () => string | Promise<string>,
    private readonly gasPrice: GasPrice,
  ) {}

  /** Forgets the local sequence: the next send reads the committed account again. */
  resync(): void {
    this.account = undefined;
  }

  private async loadAccount(): Promise<NonNullable<ProofTxSender["account"]>> {
    if (this.account) return this.account;
    const res = QueryAccountResponse.decode(
      await this.query.queryAbci("/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address: this.address }).finish()).then((r) => r.value),
    );
    if (!res.account) throw new Error(`operator account ${this.address} does not exist on chain`);
    const acc = accountFromAny(res.account);
    const [key] = await this.signer.getAccounts();
    if (!key) throw new Error(`the signer of operator ${this.address} holds no account`);
    this.account = { accountNumber: BigInt(acc.accountNumber), sequence: BigInt(acc.sequence), pubkey: key.pubkey };
    return this.account;
  }

  private bodyBytes(msgs: EncodeObject[]): Uint8Array {
    return this.registry.encodeTxBody({ messages: msgs, memo: "storage proofs" });
  }

  /**
   * Gas used by `msgs` simulated on the committed state. The simulation checks the sequence
   * against the committed account, which a tx of ours still in the mempool (or another tx of
   * the key) puts out of step with ours; gas does not depend on it, so a mismatch is simulated
   * again with the sequence it names. PERF: one or two in-process simulations.
   */
  private async simulate(msgs: EncodeObject[], sequence: bigint, pubkey: Uint8Array): Promise<number> {
    try {
      return await this.simulateAt(msgs, sequence, pubkey);
    } catch (e) {
      const expected = /account sequence mismatch, expected (\d+)/.exec((e as Error).message);
      if (!expected) throw e;
      return this.simulateAt(msgs, BigInt(expected[1]!), pubkey);
    }
  }

  private async simulateAt(msgs: EncodeObject[], sequence: bigint, pubkey: Uint8Array): Promise<number> {
    const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(pubkey)), sequence }], [], 0, undefined, undefined, SignMode.SIGN_MODE_DIRECT);
    // TxRaw and Tx share their wire form; simulation takes an empty signature, as from CosmJS.
    const raw = TxRaw.encode({ bodyBytes: this.bodyBytes(msgs), authInfoBytes, signatures: [new Uint8Array()] }).finish();
    const res = await this.query.queryAbci("/cosmos.tx.v1beta1.Service/Simulate", SimulateRequest.encode({ txBytes: raw }).finish());
    return Number(SimulateResponse.decode(res.value).gasInfo?.gasUsed ?? 0n);
  }

  private async sign(msgs: EncodeObject[], sequence: bigint, accountNumber: bigint, pubkey: Uint8Array, gas: number): Promise<Uint8Array> {
    const fee = calculateFee(gas, this.gasPrice);
    const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(pubkey)), sequence }], fee.amount, gas, undefined, undefined, SignMode.SIGN_MODE_DIRECT);
    const doc = makeSignDoc(this.bodyBytes(msgs), authInfoBytes, await this.chainId(), Number(accountNumber));
    const { signed, signature } = await this.signer.signDirect(this.address, doc);
    return TxRaw.encode({ bodyBytes: signed.bodyBytes, authInfoBytes: signed.authInfoBytes, signatures: [fromBase64(signature.signature)] }).finish();
  }

  /**
   * Signs `msgs` into one tx and hands it to the mempool. Resolves with CheckTx's answer (code
   * 0: admitted); throws only when the chain could not be read or the simulation refused the
   * msgs (the error says why).
   */
  async send(msgs: EncodeObject[]): Promise<SendResult> {
    const acc = await this.loadAccount();
    const gas = Math.ceil((await this.simulate(msgs, acc.sequence, acc.pubkey)) * GAS_ADJUSTMENT);
    let res: SendResult = await this.broadcast(await this.sign(msgs, acc.sequence, acc.accountNumber, acc.pubkey, gas));
    if (res.code === WRONG_SEQUENCE && res.codespace === "sdk") {
      const from = acc.sequence;
      // Another tx of this key (a CLI command, a tx the mempool dropped) moved the sequence on.
      const expected = /expected (\d+)/.exec(res.log);
      if (expected) acc.sequence = BigInt(expected[1]!);
      else {
        this.resync();
        acc.sequence = (await this.loadAccount()).sequence;
        this.account = acc;
      }
      res = { ...(await this.broadcast(await this.sign(msgs, acc.sequence, acc.accountNumber, acc.pubkey, gas))), resequenced: { from, to: acc.sequence } };
    }
    if (res.code === 0) acc.sequence += 1n;
    return res;
  }
}
