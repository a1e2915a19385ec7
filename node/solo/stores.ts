/**
 * The solo driver's own stores under the home's data directory: the block store
 * (blockstore.db: blocks, commits, results, validator sets, params) and the tx index
 * (tx_index.db). One owner opens and closes both; the block loop writes them (through
 * SoloChain), the RPC backend only reads. The app's state DB is not here: node/node.ts openApp
 * owns it, since both consensus drivers run the same app.
 */
import { join } from "node:path";
import { BlockStore } from "../store/blockstore.ts";
import { TxIndex } from "../store/txindex.ts";

export class SoloStores {
  private constructor(
    readonly blocks: BlockStore,
    readonly index: TxIndex,
  ) {}

  /** Opens both, or neither: the block store is closed again when the tx index fails to open. */
  static async open(dataDir: string): Promise<SoloStores> {
    const blocks = await BlockStore.open(join(dataDir, "blockstore.db"));
    try {
      return new SoloStores(blocks, await TxIndex.open(join(dataDir, "tx_index.db")));
    } catch (err) {
      await blocks.close();
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.blocks.close();
    await this.index.close();
  }
}
