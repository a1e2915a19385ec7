import { GAS_SCHEDULE, type GasMeter, type GasSchedule } from "../gas.ts";
import type { IterateOptions, KVStore } from "./types.ts";

/** Per-byte prices are tabled up to this length (store keys and most values are shorter). */
const TABLED_BYTES = 256;

interface PerBytePrices {
  read: bigint[];
  write: bigint[];
}

/** `costPerByte × n` for n < TABLED_BYTES, per schedule (a few constant objects, by rules version). */
const pricesBySchedule = new WeakMap<GasSchedule, PerBytePrices>();

function perBytePrices(schedule: GasSchedule): PerBytePrices {
  let p = pricesBySchedule.get(schedule);
  if (p === undefined) {
    p = { read: [], write: [] };
    for (let n = 0; n < TABLED_BYTES; n++) {
      p.read.push(schedule.readCostPerByte * BigInt(n));
      p.write.push(schedule.writeCostPerByte * BigInt(n));
    }
    pricesBySchedule.set(schedule, p);
  }
  return p;
}

/**
 * Charges gas for every store access, following the SDK's gaskv (store/gaskv/store.go) so
 * gas numbers look familiar: flat per operation plus per byte of key and value.
 */
export class GasKVStore implements KVStore {
  /**
   * Per-byte prices looked up instead of multiplied: each bigint product is a heap allocation,
   * and every tx makes dozens of store accesses. The same amounts, consumed in the same order.
   */
  private readonly prices: PerBytePrices;

  constructor(
    /** The store under the meter (see `unmetered`). */
    readonly parent: KVStore,
    private readonly meter: GasMeter,
    /** The block's schedule (chain/gas.ts GAS_SCHEDULES, by rules version). */
    private readonly schedule: GasSchedule = GAS_SCHEDULE,
  ) {
    this.prices = perBytePrices(schedule);
  }

  private readPrice(bytes: number): bigint {
    return bytes < TABLED_BYTES ? this.prices.read[bytes]! : this.schedule.readCostPerByte * BigInt(bytes);
  }

  private writePrice(bytes: number): bigint {
    return bytes < TABLED_BYTES ? this.prices.write[bytes]! : this.schedule.writeCostPerByte * BigInt(bytes);
  }

  // PERF: one parent read; three meter updates at most.
  get(key: Uint8Array): Uint8Array | undefined {
    this.meter.consume(this.schedule.readCostFlat, "ReadFlat");
    this.meter.consume(this.readPrice(key.length), "ReadPerByte");
    const value = this.parent.get(key);
    if (value !== undefined) this.meter.consume(this.readPrice(value.length), "ReadPerByte");
    return value;
  }

  has(key: Uint8Array): boolean {
    this.meter.consume(this.schedule.hasCost, "Has");
    return this.parent.has(key);
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.meter.consume(this.schedule.writeCostFlat, "WriteFlat");
    this.meter.consume(this.writePrice(key.length), "WritePerByte");
    this.meter.consume(this.writePrice(value.length), "WritePerByte");
    this.parent.set(key, value);
  }

  delete(key: Uint8Array): void {
    this.meter.consume(this.schedule.deleteCost, "Delete");
    this.parent.delete(key);
  }

  /** Each entry the iterator lands on costs a flat step plus its key and value bytes. */
  async *iterate(opts?: IterateOptions): AsyncIterable<[Uint8Array, Uint8Array]> {
    for await (const [k, v] of this.parent.iterate(opts)) {
      this.meter.consume(this.schedule.iterNextCostFlat, "IterNextFlat");
      this.meter.consume(this.readPrice(k.length + v.length), "ValuePerByte");
      yield [k, v];
    }
  }
}

/**
 * The store under a gas-metered view; any other store as it is. Only for a read whose gas the
 * caller charges another way, by a rule that does not depend on whether the read happens (e.g.
 * bytes read only on a node-local cache miss: metering them would make gas_used differ between
 * nodes with warm and cold caches).
 */
export function unmetered(kv: KVStore): KVStore {
  return kv instanceof GasKVStore ? kv.parent : kv;
}
