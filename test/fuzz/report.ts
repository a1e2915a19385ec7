/** What every case reports, and the tally a run prints. */
export interface CaseResult {
  target: string;
  index: number;
  /** What was sent, e.g. `/cosmos.bank.v1beta1.MsgSend f2@d0:text(bad-address)`. */
  label: string;
  /** `accepted`, or the refusal as `codespace/code` (tx), `http 400` or `GenesisError`. */
  outcome: string;
  /** A property that did not hold (a crash, a state change on refusal, a 5xx …). */
  failure?: string;
}

export class Tally {
  readonly perTarget = new Map<string, { cases: number; accepted: number; failures: number }>();
  readonly outcomes = new Map<string, Map<string, number>>();
  readonly failures: CaseResult[] = [];
  readonly notes: string[] = [];

  add(r: CaseResult): void {
    const t = this.perTarget.get(r.target) ?? { cases: 0, accepted: 0, failures: 0 };
    t.cases++;
    if (r.outcome === "accepted") t.accepted++;
    if (r.failure) {
      t.failures++;
      this.failures.push(r);
    }
    this.perTarget.set(r.target, t);
    const o = this.outcomes.get(r.target) ?? new Map<string, number>();
    o.set(r.outcome, (o.get(r.outcome) ?? 0) + 1);
    this.outcomes.set(r.target, o);
  }

  get total(): number {
    let n = 0;
    for (const t of this.perTarget.values()) n += t.cases;
    return n;
  }

  format(seed: bigint, ms: number): string {
    const lines = [`fuzz seed ${seed}: ${this.total} cases in ${(ms / 1000).toFixed(1)} s, ${this.failures.length} failures`];
    for (const [name, t] of this.perTarget) {
      const outcomes = [...(this.outcomes.get(name) ?? new Map()).entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}×${v}`);
      lines.push(`  ${name}: ${t.cases} cases, ${t.accepted} accepted, ${t.failures} failures`);
      lines.push(`    outcomes: ${outcomes.join(", ")}`);
    }
    for (const n of this.notes) lines.push(`  note: ${n}`);
    for (const f of this.failures.slice(0, 50)) {
      lines.push(`  FAIL FUZZ_SEED=${seed} FUZZ_TARGET=${f.target} FUZZ_CASE=${f.index}: ${f.failure} [${f.label}] -> ${f.outcome}`);
    }
    return lines.join("\n");
  }
}
