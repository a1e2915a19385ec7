// Makes protobufjs accept JavaScript bigints for 64-bit integer fields. Without it, the
// generated encoders silently write 0 for a bigint (LongBits.from only knows numbers,
// strings and Long objects), so an id passed as 5n would go out as 0. Every generated file
// imports this module (proto/generate.sh adds the import), so the patch is in place before
// any encoder runs.
import $protobuf from "protobufjs/minimal.js";

const LongBits = $protobuf.util.LongBits;
const original = LongBits.from;
if (!original.acceptsBigint) {
  const from = function from(value) {
    if (typeof value === "bigint") {
      const v = BigInt.asUintN(64, value); // two's complement for negative int64 values
      return new LongBits(Number(v & 0xffffffffn) >>> 0, Number(v >> 32n) >>> 0);
    }
    return original(value);
  };
  from.acceptsBigint = true;
  LongBits.from = from;
}
