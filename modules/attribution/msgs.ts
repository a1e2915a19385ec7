import * as pb from "../../proto/gen/tributary/attribution/v1/index.ts";
import { addressBytes } from "../../chain/address.ts";
import { paramsFromGov } from "../../chain/authority.ts";
import type { Context } from "../../chain/context.ts";
import type { MsgImplOf } from "../../chain/msgService.ts";
import { manifestIn, paramsIn } from "./codec.ts";
import { attributionErrors } from "./errors.ts";
import { emitRecorded } from "./events.ts";
import { validateParams } from "./genesis.ts";
import { type AttributionKeeper, checkManifest } from "./keeper.ts";
import { attributionParamsFor } from "./rules.ts";
import { MAX_OUTPUT_BYTES, MAX_PROMPT_BYTES } from "./types.ts";

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** Stateless output and prompt bounds (token bounds need the tokenizer: checked in the handler). */
export function checkTexts(output: string, prompt: string): void {
  if (output.length === 0) throw attributionErrors.invalidOutput.wrap("output is empty");
  const ob = utf8Length(output);
  if (ob > MAX_OUTPUT_BYTES) throw attributionErrors.invalidOutput.wrap(`output is ${ob} bytes, at most ${MAX_OUTPUT_BYTES}`);
  const pbytes = utf8Length(prompt);
  if (pbytes > MAX_PROMPT_BYTES) throw attributionErrors.invalidOutput.wrap(`prompt is ${pbytes} bytes, at most ${MAX_PROMPT_BYTES}`);
}

export function msgRecordAttributionHandler(keeper: AttributionKeeper): MsgImplOf<typeof pb.Msg.method.recordAttribution> {
  return {
    validateBasic(msg) {
      addressBytes(msg.submitter, "submitter");
      checkManifest(manifestIn(msg.manifest));
      checkTexts(msg.output, msg.prompt);
    },
    signers: (msg) => [msg.submitter],
    // PERF: the engine's cost, charged as attributionGas, plus O(credited contributions) writes.
    async handle(ctx: Context, msg) {
      const r = await keeper.attributeAndRecord(ctx, manifestIn(msg.manifest), msg.output, msg.prompt, undefined, msg.submitter);
      emitRecorded(ctx, r);
      return { recordId: r.id, totalPoints: r.totalPoints, residual: r.residual };
    },
  };
}

/**
 * MsgUpdateParams: gov replaces both attribution params, checked as genesis checks them. A new
 * params_version applies to records made from the next message on; records keep the version they
 * were made with. A new delay applies to versions published from then on.
 */
export function msgUpdateParamsHandler(keeper: AttributionKeeper): MsgImplOf<typeof pb.Msg.method.updateParams> {
  return {
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    // PERF: one write.
    handle(ctx: Context, msg) {
      const p = paramsFromGov(msg, (wire) => {
        const parsed = paramsIn(wire);
        validateParams({ attributable_delay_blocks: parsed.attributableDelayBlocks.toString(), params_version: parsed.paramsVersion });
        return parsed;
      });
      // A released set the block's rules version does not have yet (set 3 before rules 2) is refused here, not at every later attribution.
      attributionParamsFor(ctx.rules, p.paramsVersion);
      keeper.setParams(ctx, p);
      return {};
    },
  };
}
