/**
 * A cosmjs-types BinaryWriter that writes 64-bit integers correctly.
 *
 * cosmjs-types 0.11 (the newest release) writes an int64/uint64 value in [2^31, 2^32) as five
 * bytes of which only the first holds data (2261072508 → `7c 00 00 00 00`), and sint64 the
 * same for zigzag values in that range. The bytes are not valid protobuf: CometBFT's Go decoder
 * stops at the zero tag and drops the app's connection. A tx's gas limit reaches
 * ResponseCheckTx.gas_wanted unchecked, so one signed tx with a gas limit of 3,000,000,000
 * would stop a validator. Every ABCI response goes through this writer; values outside that
 * range take cosmjs-types' own path, so their bytes do not change.
 */
import { BinaryWriter } from "cosmjs-types/binary";

const TWO_31 = 2n ** 31n;
const TWO_32 = 2n ** 32n;

/** A value cosmjs-types would write wrongly, as a number; undefined when its own path is right. */
function brokenRange(value: string | number | bigint): number | undefined {
  const v = BigInt(value);
  return v >= TWO_31 && v < TWO_32 ? Number(v) : undefined;
}

function zigzag(value: string | number | bigint): bigint {
  const v = BigInt.asIntN(64, BigInt(value));
  return BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
}

export class Int64SafeWriter extends BinaryWriter {
  constructor() {
    super();
    // cosmjs-types declares uint64 as an instance field aliasing int64, so it is set here too.
    this.uint64 = (value) => this.int64(value);
  }

  override int64(value: string | number | bigint): BinaryWriter {
    const n = brokenRange(value);
    // uint32 writes the full 5-byte varint of a value below 2^32 correctly.
    return n === undefined ? super.int64(value) : this.uint32(n);
  }

  override sint64(value: string | number | bigint): BinaryWriter {
    const n = brokenRange(zigzag(value));
    return n === undefined ? super.sint64(value) : this.uint32(n);
  }
}
