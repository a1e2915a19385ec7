/**
 * A Linux network namespace the chaos run creates for one node, joined to the host by a veth
 * pair (a /30: host end .1, namespace end .2). The node's CometBFT and app run inside it
 * (`ip netns exec`, which execs in place, so the pid the harness holds is the node's own), and
 * its network is cut by setting the namespace end down and restored by setting it up again.
 *
 * Why the namespace end: with it down, the host end stays administratively up, so the host's
 * address (which the other nodes' P2P listens on) stays reachable from the host, and the
 * namespace's own address stays reachable inside the namespace (the node's CometBFT keeps its
 * ABCI connection to its app); only traffic across the pair stops, both ways.
 *
 * Needs root (CAP_NET_ADMIN) and iproute2's `ip`; `netnsUnavailableReason()` says why not.
 */
import { execFile, execFileSync } from "node:child_process";

export interface Netns {
  name: string;
  /** The host end's address: where the host's nodes listen for P2P. */
  hostIp: string;
  /** The namespace end's address: where the isolated node listens (P2P, RPC, ABCI). */
  nsIp: string;
  /** Stops all traffic between the namespace and the host. */
  cut(): void;
  restore(): void;
  readonly isCut: boolean;
  /** Deletes the namespace (and with it the veth pair). Kill the processes inside first. */
  remove(): void;
}

const ip = (args: string[]) => execFileSync("ip", args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });

/** Why a namespace cannot be created here (undefined when it can): tried for real, then removed. */
export function netnsUnavailableReason(): string | undefined {
  if (process.platform !== "linux") return `network namespaces are Linux-only (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return "creating a network namespace and a veth pair needs root (CAP_NET_ADMIN); run `make chaos-net` as root";
  try {
    createNetns(`trib-probe-${process.pid}`, 254).remove();
    return undefined;
  } catch (e) {
    return `creating a network namespace failed: ${(e as Error).message.split("\n")[0]}`;
  }
}

/**
 * Creates namespace `name` and a veth pair in 10.213.`subnet`.0/30. Anything left of an earlier
 * run under the same name (a harness killed before its cleanup) is removed first.
 */
export function createNetns(name: string, subnet = process.pid % 250): Netns {
  // veth names are at most 15 characters: derive short ones from the subnet and pid.
  const tag = `${subnet}x${process.pid % 100_000}`;
  const hostIf = `tch${tag}`;
  const nsIf = `tcn${tag}`;
  const hostIp = `10.213.${subnet}.1`;
  const nsIp = `10.213.${subnet}.2`;
  removeQuietly(name, hostIf);
  try {
    ip(["netns", "add", name]);
    ip(["link", "add", hostIf, "type", "veth", "peer", "name", nsIf]);
    ip(["link", "set", nsIf, "netns", name]);
    ip(["addr", "add", `${hostIp}/30`, "dev", hostIf]);
    ip(["link", "set", hostIf, "up"]);
    ip(["-n", name, "addr", "add", `${nsIp}/30`, "dev", nsIf]);
    ip(["-n", name, "link", "set", nsIf, "up"]);
    ip(["-n", name, "link", "set", "lo", "up"]);
  } catch (e) {
    removeQuietly(name, hostIf);
    const err = e as Error & { stderr?: string };
    throw new Error(`cannot create network namespace ${name}: ${err.stderr?.trim() || err.message}`, { cause: e });
  }
  let isCut = false;
  return {
    name,
    hostIp,
    nsIp,
    cut() {
      ip(["-n", name, "link", "set", nsIf, "down"]);
      isCut = true;
    },
    restore() {
      ip(["-n", name, "link", "set", nsIf, "up"]);
      isCut = false;
    },
    get isCut() {
      return isCut;
    },
    remove: () => removeQuietly(name, hostIf),
  };
}

function removeQuietly(name: string, hostIf: string): void {
  for (const args of [["netns", "del", name], ["link", "del", hostIf]]) {
    try {
      ip(args);
    } catch {
      // absent already
    }
  }
}

/** `argv` run inside `ns` (or as is without one). */
export function inNetns(ns: Netns | undefined, command: string, args: string[]): [string, string[]] {
  return ns ? ["ip", ["netns", "exec", ns.name, command, ...args]] : [command, args];
}

/**
 * The height CometBFT's RPC at `rpc` reports, asked from inside the namespace (where the node
 * is reachable while cut off); undefined when it does not answer.
 */
export function heightInside(ns: Netns, rpc: string): Promise<bigint | undefined> {
  const script = `fetch(${JSON.stringify(`${rpc}/status`)}, { signal: AbortSignal.timeout(3000) }).then((r) => r.json()).then((b) => console.log(b.result.sync_info.latest_block_height))`;
  return new Promise((resolve) => {
    execFile("ip", ["netns", "exec", ns.name, process.execPath, "-e", script], { timeout: 10_000 }, (err, stdout) => {
      resolve(err || !/^\d+$/.test(stdout.trim()) ? undefined : BigInt(stdout.trim()));
    });
  });
}
