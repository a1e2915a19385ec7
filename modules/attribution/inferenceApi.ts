import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { attributionErrors } from "./errors.ts";
import { type AttributionKeeper, checkManifest } from "./keeper.ts";
import type { AttributionRecord, IndexCommitment, ManifestEntry } from "./types.ts";

/**
 * What attribution offers the inference module, which declares the matching interface in its
 * own expected.ts; modules/index.ts wires this in. Attribution's own rules (manifest checks,
 * which outputs can be credited) stay here, so inference needs none of its files.
 */
export function attributionForInference(k: AttributionKeeper) {
  return {
    getCommitment: (kv: KVReader, dn: bigint, v: bigint): IndexCommitment | undefined => k.getCommitment(kv, dn, v),
    checkManifest: (manifest: readonly ManifestEntry[]): void => checkManifest(manifest),
    /**
     * The stored record, or undefined when the output holds nothing attribution can credit (no
     * word, or more words than L_MAX). The engine refuses such an output before writing
     * anything, so nothing is left half-written.
     */
    async recordIfCreditable(ctx: Context, manifest: ManifestEntry[], output: string, prompt: string, fee: Coin | undefined, submitter?: string): Promise<AttributionRecord | undefined> {
      try {
        return await k.attributeAndRecord(ctx, manifest, output, prompt, fee, submitter);
      } catch (e) {
        if (attributionErrors.invalidOutput.is(e)) return undefined;
        throw e;
      }
    },
  };
}
