import { TributaryClientError } from "./errors.ts";

/**
 * The URL CosmJS should use for a node address. CometBFT configs and CLIs write RPC addresses as
 * `tcp://host:port`, which CosmJS would treat as a websocket URL; HTTP is what the node serves
 * there. A bare `host:port` also means HTTP. `http(s)://` and `ws(s)://` pass through.
 */
export function normaliseEndpoint(endpoint: string): string {
  const trimmed = endpoint.trim();
  if (trimmed === "") throw invalid(endpoint, "the endpoint is empty");
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid(endpoint, "it is not a URL");
  }
  const scheme = url.protocol.toLowerCase();
  if (scheme === "tcp:") url = new URL(`http://${url.host}${url.pathname}`);
  else if (!["http:", "https:", "ws:", "wss:"].includes(scheme)) throw invalid(endpoint, `scheme ${scheme}// is not supported`);
  if (url.hostname === "") throw invalid(endpoint, "it has no host");
  return stripTrailingSlash(url.toString());
}

function stripTrailingSlash(url: string): string {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}

function invalid(endpoint: string, why: string): TributaryClientError {
  return new TributaryClientError("ENDPOINT_INVALID", `invalid RPC endpoint "${endpoint}": ${why}`, {
    hint: "use the node's RPC address, e.g. http://127.0.0.1:26657 or tcp://127.0.0.1:26657",
  });
}
