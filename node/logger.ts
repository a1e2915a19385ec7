import { pino, type Logger } from "pino";
import type { LogLevel } from "./config.ts";

/**
 * Human-readable single lines on a terminal, JSON lines otherwise (for log shippers).
 * pino-pretty is a development dependency: an install with `npm ci --omit=dev` logs JSON
 * lines on a terminal too rather than failing to start.
 */
export async function makeLogger(level: LogLevel): Promise<Logger> {
  if (process.stdout.isTTY) {
    const pretty = await import("pino-pretty").then((m) => m.default, () => undefined);
    if (pretty) return pino({ level }, pretty({ sync: true, singleLine: true, ignore: "pid,hostname", translateTime: "HH:MM:ss.l" }));
  }
  return pino({ level });
}
