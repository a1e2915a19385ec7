/**
 * The ABCI socket wire format of CometBFT v0.37+ (v0.38 here): every `tendermint.abci.Request`
 * and `Response` is preceded by its length as an unsigned protobuf varint (Go's
 * `binary.PutUvarint`, written by libs/protoio's delimited writer). Up to v0.34 the prefix was
 * a zigzag-signed varint; a client from that era would be read as asking for twice the length.
 */

/**
 * Largest message body accepted. CometBFT's own reader allows up to math.MaxInt32, but a
 * PrepareProposal with `block.max_bytes = -1` carries at most ~100 MB of txs, so 256 MiB is
 * generous while still refusing a corrupt prefix that claims gigabytes.
 */
export const DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

/** A uint64 varint never needs more than 10 bytes. */
const MAX_VARINT_BYTES = 10;

/** The stream cannot be read further: the length prefix is malformed or announces too much. */
export class AbciFramingError extends Error {
  override readonly name = "AbciFramingError";
}

/** The unsigned varint encoding of a non-negative safe integer. */
export function encodeUvarint(n: number): Uint8Array {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`varint length must be a non-negative safe integer, got ${n}`);
  const out: number[] = [];
  let rest = n;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return Uint8Array.from(out);
}

/** One message ready for the socket: varint length, then the body. */
export function encodeFrame(body: Uint8Array): Uint8Array {
  const prefix = encodeUvarint(body.length);
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix, 0);
  out.set(body, prefix.length);
  return out;
}

/**
 * Incremental decoder: feed it socket chunks in order and it returns every message body
 * completed by each chunk. A prefix or a body may be split anywhere across chunks, and one
 * chunk may hold many messages. A broken or oversized length prefix sets `error` (the messages
 * before it in the chunk are still returned, so they can be answered) and every later push
 * throws it: the stream's message boundaries are lost, so the connection has to be closed.
 * PERF: O(chunk bytes); a body is copied once when it spans chunks, never when it fits in one.
 */
export class FrameDecoder {
  private prefixValue = 0;
  private prefixBytes = 0;
  /** The body being filled when it spans chunks. */
  private body: Uint8Array | undefined;
  private bodyFilled = 0;
  private failed: AbciFramingError | undefined;

  /** Why the stream can no longer be read, once it cannot. */
  get error(): AbciFramingError | undefined {
    return this.failed;
  }

  constructor(readonly maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES) {}

  push(chunk: Uint8Array): Uint8Array[] {
    if (this.failed) throw this.failed;
    const out: Uint8Array[] = [];
    let i = 0;
    while (i < chunk.length) {
      if (this.body) {
        const n = Math.min(this.body.length - this.bodyFilled, chunk.length - i);
        this.body.set(chunk.subarray(i, i + n), this.bodyFilled);
        this.bodyFilled += n;
        i += n;
        if (this.bodyFilled === this.body.length) {
          out.push(this.body);
          this.body = undefined;
        }
        continue;
      }
      let length: number | undefined;
      try {
        length = this.readPrefixByte(chunk[i++]!);
      } catch (e) {
        if (e instanceof AbciFramingError) return out;
        throw e;
      }
      if (length === undefined) continue;
      if (chunk.length - i >= length) {
        out.push(chunk.subarray(i, i + length));
        i += length;
      } else {
        this.body = new Uint8Array(length);
        this.bodyFilled = 0;
      }
    }
    return out;
  }

  /** True when no partial message is buffered (a clean point to end the stream). */
  get idle(): boolean {
    return this.prefixBytes === 0 && this.body === undefined;
  }

  /** Adds one prefix byte; returns the body length once the varint is complete. */
  private readPrefixByte(byte: number): number | undefined {
    // As Go's binary.Uvarint: the 10th byte may only add the 64th bit, and must end the varint.
    if (this.prefixBytes === MAX_VARINT_BYTES - 1 && byte > 1) {
      return this.fail("malformed length prefix: varint longer than 10 bytes or over 64 bits");
    }
    this.prefixValue += (byte & 0x7f) * 2 ** (7 * this.prefixBytes);
    this.prefixBytes++;
    if (byte & 0x80) return undefined;
    const length = this.prefixValue;
    this.prefixValue = 0;
    this.prefixBytes = 0;
    if (length > this.maxMessageBytes) {
      return this.fail(
        `message of ${length} bytes exceeds the maximum of ${this.maxMessageBytes} bytes (a corrupt prefix, or a client speaking the pre-v0.37 signed varint)`,
      );
    }
    return length;
  }

  private fail(message: string): never {
    this.failed = new AbciFramingError(message);
    throw this.failed;
  }
}
