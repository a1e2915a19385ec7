/** `collect-gentxs --comet-home`: the gentxs' memos as CometBFT's `[p2p] persistent_peers`. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cometConfigPath } from "../../cometbft/config.ts";
import { UserError } from "../errors.ts";

/** Sets `persistent_peers` in the [p2p] table of TOML text, keeping every other line. */
export function withPersistentPeers(toml: string, peers: readonly string[]): string {
  const line = `persistent_peers = ${JSON.stringify(peers.join(","))}`;
  const lines = toml.split("\n");
  let table = "";
  let p2pAt = -1;
  for (const [i, l] of lines.entries()) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(l);
    if (header) {
      table = header[1]!.trim();
      if (table === "p2p") p2pAt = i;
      continue;
    }
    if (table === "p2p" && /^\s*persistent_peers\s*=/.test(l)) {
      lines[i] = line;
      return lines.join("\n");
    }
  }
  if (p2pAt < 0) return `${toml}${toml.endsWith("\n") || toml === "" ? "" : "\n"}\n[p2p]\n${line}\n`;
  lines.splice(p2pAt + 1, 0, line);
  return lines.join("\n");
}

/** Rewrites `<cometHome>/config/config.toml`; refuses a home without one (not a CometBFT home). */
export function setPersistentPeers(cometHome: string, peers: readonly string[]): void {
  const file = cometConfigPath(cometHome);
  if (!existsSync(file)) throw new UserError(`no CometBFT config at ${file}: --comet-home must be this node's CometBFT home (with config/config.toml)`);
  writeFileSync(file, withPersistentPeers(readFileSync(file, "utf8"), peers));
}
