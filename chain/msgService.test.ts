/**
 * msgService and queryService's descriptor form: handlers built from a generated service carry
 * the type URLs, response types, module names and decode the hand-written handlers had, answer
 * synchronously when the implementation does, and refuse a method the service lacks or leaves
 * unimplemented (a type error too, proved by the @ts-expect-error lines under tsc).
 */
import { describe, expect, it } from "vitest";
import { createModules } from "../modules/index.ts";
import * as attribution from "../proto/gen/tributary/attribution/v1/index.ts";
import * as inference from "../proto/gen/tributary/inference/v1/index.ts";
import { decode, encode } from "../proto/codec.ts";
import type { Context } from "./context.ts";
import { msgService, type MsgImplOf } from "./msgService.ts";
import { queryService } from "./queryService.ts";

// The handlers here never read the context; tests may stand one in (the contract test exempts them).
const ctx = {} as Context;
const bytes = () => new Uint8Array();

/** The type URLs, response type URLs and module names the hand-written handlers registered. */
const REGISTERED: Record<string, string[]> = {
  datanet: ["CreateDatanet", "UpdateDatanet", "Contribute", "ReviewContribution", "WithdrawContribution", "PublishVersion", "UpdateParams"],
  attribution: ["RecordAttribution", "UpdateParams"],
  inference: ["UploadArtifactChunk", "RegisterModel", "UpdateModel", "RetireModel", "RequestInference", "ClaimDataRewards", "UpdateParams"],
  rewards: ["RegisterNode", "UpdateNode", "UnregisterNode", "SubmitStorageProof", "UpdateParams"],
};

const record = (): MsgImplOf<typeof attribution.Msg.method.recordAttribution> => ({
  validateBasic: (msg) => {
    if (msg.submitter === "") throw new Error("submitter must be set");
  },
  signers: (msg) => [msg.submitter],
  handle: (_ctx, msg) => ({ recordId: 7n, totalPoints: BigInt(msg.output.length), residual: 0n }),
});

/** The service's second method, which these tests do not exercise. */
const updateParams = (): MsgImplOf<typeof attribution.Msg.method.updateParams> => ({ validateBasic: () => {}, signers: (msg) => [msg.authority], handle: () => ({}) });

describe("msgService", () => {
  it("registers the four Tributary modules' messages under the same type URLs, responses and module names as before", () => {
    const { modules } = createModules();
    for (const [name, methods] of Object.entries(REGISTERED)) {
      const mod = modules.find((m) => m.name === name)!;
      expect((mod.msgs ?? []).map((h) => [h.typeUrl, h.responseTypeUrl, h.module])).toEqual(
        methods.map((m) => [`/tributary.${name}.v1.Msg${m}`, `/tributary.${name}.v1.Msg${m}Response`, name]),
      );
    }
  });

  it("decodes with absent scalars as zero, and leaves PRESENCE_FIELDS absent (MsgUpdateModel.description)", () => {
    const h = createModules().modules.find((m) => m.name === "inference")!.msgs!.find((x) => x.typeUrl === "/tributary.inference.v1.MsgUpdateModel")!;
    const unset = h.decode(encode(inference.MsgUpdateModelSchema, { modelId: 3n })) as Record<string, unknown>;
    expect(unset.owner).toBe("");
    expect(unset.modelId).toBe(3n);
    expect(unset.description).toBeUndefined();
    expect(unset.pricing).toBeUndefined();
    const cleared = h.decode(encode(inference.MsgUpdateModelSchema, { modelId: 3n, description: "" })) as Record<string, unknown>;
    expect(cleared.description).toBe("");
    expect(() => h.decode(Uint8Array.of(0x0a, 0x05, 0x61))).toThrow();
  });

  it("encodes the handler's response as the method's output, synchronously when the handler is", async () => {
    const [h] = msgService(attribution.Msg, "attribution", { recordAttribution: record(), updateParams: updateParams() });
    const msg = h!.decode(encode(attribution.MsgRecordAttributionSchema, { submitter: "s", output: "abc" }));
    const out = h!.handle(ctx, msg);
    expect(out).toBeInstanceOf(Uint8Array);
    expect(decode(attribution.MsgRecordAttributionResponseSchema, out as Uint8Array)).toMatchObject({ recordId: 7n, totalPoints: 3n, residual: 0n });
    expect(h!.signers(msg)).toEqual(["s"]);
    expect(h!.amino).toBeUndefined();

    const [later] = msgService(attribution.Msg, "attribution", { recordAttribution: { ...record(), handle: async () => ({ recordId: 9n }) }, updateParams: updateParams() });
    const pending = later!.handle(ctx, msg);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual(encode(attribution.MsgRecordAttributionResponseSchema, { recordId: 9n }));
  });

  it("passes the implementation's errors and amino through unchanged", () => {
    const amino = { name: "tributary/MsgRecordAttribution", toAmino: () => ({}) };
    const [h] = msgService(attribution.Msg, "attribution", { recordAttribution: { ...record(), amino }, updateParams: updateParams() });
    expect(h!.amino).toBe(amino);
    expect(() => h!.validateBasic(h!.decode(new Uint8Array()))).toThrow("submitter must be set");
  });

  it("refuses a method the service lacks and one left without a handler", () => {
    // @ts-expect-error recordAttributions is no method of tributary.attribution.v1.Msg
    expect(() => msgService(attribution.Msg, "attribution", { recordAttribution: record(), updateParams: updateParams(), recordAttributions: record() }))
      .toThrow("msg service tributary.attribution.v1.Msg: recordAttributions is no method of the service");
    // @ts-expect-error recordAttribution is missing
    expect(() => msgService(attribution.Msg, "attribution", {})).toThrow("msg service tributary.attribution.v1.Msg: no handler for RecordAttribution");
  });
});

describe("queryService from a descriptor", () => {
  const all = {
    params: bytes, commitment: bytes, record: bytes, recordsByContributor: bytes, recordsByContribution: bytes, attribute: bytes,
  };

  it("serves each method at /<service>/<Method>, in the service's order", () => {
    expect(queryService(attribution.Query, all).map((q) => q.path)).toEqual([
      "/tributary.attribution.v1.Query/Params", "/tributary.attribution.v1.Query/Commitment", "/tributary.attribution.v1.Query/Record",
      "/tributary.attribution.v1.Query/RecordsByContributor", "/tributary.attribution.v1.Query/RecordsByContribution", "/tributary.attribution.v1.Query/Attribute",
    ]);
  });

  it("refuses a method the service lacks and one left without a handler", () => {
    // @ts-expect-error Records is no method (methods are keyed by local name)
    expect(() => queryService(attribution.Query, { ...all, Records: bytes })).toThrow("query service tributary.attribution.v1.Query: Records is no method of the service");
    const { attribute: _left, ...partial } = all;
    // @ts-expect-error attribute is missing
    expect(() => queryService(attribution.Query, partial)).toThrow("query service tributary.attribution.v1.Query: no handler for Attribute");
  });
});
