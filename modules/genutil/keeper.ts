import type { Context } from "../../chain/context.ts";
import type { ValidatorUpdate } from "../../chain/module.ts";
import { genutilErrors } from "./errors.ts";
import type { GenTxDeliverer, GenutilStakingKeeper } from "./expected.ts";
import type { GenTx } from "./txJson.ts";

/** Delivers gentxs at InitChain, as the SDK's DeliverGenTxs. Holds no state of its own. */
export class GenutilKeeper {
  constructor(
    private readonly staking: GenutilStakingKeeper,
    private readonly deliverer: GenTxDeliverer,
  ) {}

  /**
   * Each gentx through the real tx path (ante: signature with account number 0, sequence, zero
   * fee; then MsgCreateValidator), in genesis order, then the validator set they make. A gentx
   * that fails stops InitChain, naming it: the chain must not start without a validator it was
   * promised. Refuses a genesis whose staking section bonds validators of its own (the SDK's
   * "validator InitGenesis updates already set by a previous module").
   */
  async deliverGenTxs(ctx: Context, txs: readonly GenTx[]): Promise<ValidatorUpdate[]> {
    if (await this.staking.hasBondedValidators(ctx.kv)) {
      throw genutilErrors.mixedValidators.wrap(
        "app_state.staking already bonds validators and app_state.genutil.gen_txs would add more: a genesis takes its validators from one of the two",
      );
    }
    for (const [i, tx] of txs.entries()) {
      const res = await this.deliverer.deliverTx(ctx, tx.bytes);
      if (res.code !== 0) {
        throw genutilErrors.genTxFailed.wrap(
          `gen_txs[${i}] (validator ${JSON.stringify(tx.msg.description.moniker)}, ${tx.msg.validatorAddress}) was refused: ${res.log} (codespace ${res.codespace}, code ${res.code})`,
        );
      }
    }
    return this.staking.applyGenesisValidatorSet(ctx);
  }
}
