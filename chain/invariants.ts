import type { Context } from "./context.ts";
import type { Module } from "./module.ts";

export interface BrokenInvariant {
  name: string;
  message: string;
}

/** Every module's invariants, in module order. PERF: the sum of the modules' scans. */
export async function brokenInvariants(modules: readonly Module[], ctx: Context): Promise<BrokenInvariant[]> {
  const broken: BrokenInvariant[] = [];
  for (const m of modules) {
    for (const inv of m.invariants ?? []) {
      const message = await inv.check(ctx);
      if (message !== undefined) broken.push({ name: inv.name, message });
    }
  }
  return broken;
}
