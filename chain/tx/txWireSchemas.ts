import type { FieldSpec, MessageSchema } from "./wireSchema.ts";

/**
 * Wire schemas of the tx envelope, with the field numbers of cosmjs-types 0.11
 * (`cosmos/tx/v1beta1/tx.proto` and the types it embeds). Only the envelope is described;
 * `Any` values are checked by their owners.
 */

const varint: FieldSpec = { kind: "varint" };
const bytes: FieldSpec = { kind: "bytes" };
const string: FieldSpec = { kind: "string" };
const message = (schema: () => MessageSchema): FieldSpec => ({ kind: "message", schema });

export const anySchema: MessageSchema = {
  name: "google.protobuf.Any",
  fields: { 1: string, 2: bytes },
};

const timestampSchema: MessageSchema = {
  name: "google.protobuf.Timestamp",
  fields: { 1: varint, 2: varint },
};

const coinSchema: MessageSchema = {
  name: "cosmos.base.v1beta1.Coin",
  fields: { 1: string, 2: string },
};

const compactBitArraySchema: MessageSchema = {
  name: "cosmos.crypto.multisig.v1beta1.CompactBitArray",
  fields: { 1: varint, 2: bytes },
};

const modeInfoSingleSchema: MessageSchema = {
  name: "cosmos.tx.v1beta1.ModeInfo.Single",
  fields: { 1: varint },
};

const modeInfoMultiSchema: MessageSchema = {
  name: "cosmos.tx.v1beta1.ModeInfo.Multi",
  fields: { 1: message(() => compactBitArraySchema), 2: message(() => modeInfoSchema) },
};

const modeInfoSchema: MessageSchema = {
  name: "cosmos.tx.v1beta1.ModeInfo",
  fields: { 1: message(() => modeInfoSingleSchema), 2: message(() => modeInfoMultiSchema) },
};

const signerInfoSchema: MessageSchema = {
  name: "cosmos.tx.v1beta1.SignerInfo",
  fields: { 1: message(() => anySchema), 2: message(() => modeInfoSchema), 3: varint },
};

const feeSchema: MessageSchema = {
  name: "cosmos.tx.v1beta1.Fee",
  fields: { 1: message(() => coinSchema), 2: varint, 3: string, 4: string },
};

const tipSchema: MessageSchema = {
  name: "cosmos.tx.v1beta1.Tip",
  fields: { 1: message(() => coinSchema), 2: string },
};

export const txRawSchema: MessageSchema = {
  name: "cosmos.tx.v1beta1.TxRaw",
  fields: { 1: bytes, 2: bytes, 3: bytes },
};

/** SDK: TxBody is the one place unknown non-critical fields (number & 1024) are tolerated. */
export const txBodySchema: MessageSchema = {
  name: "cosmos.tx.v1beta1.TxBody",
  fields: {
    1: message(() => anySchema),
    2: string,
    3: varint,
    4: varint,
    5: message(() => timestampSchema),
    1023: message(() => anySchema),
    2047: message(() => anySchema),
  },
  allowUnknownNonCritical: true,
};

export const authInfoSchema: MessageSchema = {
  name: "cosmos.tx.v1beta1.AuthInfo",
  fields: { 1: message(() => signerInfoSchema), 2: message(() => feeSchema), 3: message(() => tipSchema) },
};
