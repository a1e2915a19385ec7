/**
 * CORS as CometBFT serves it: only when allowed origins are configured; methods
 * HEAD, GET, POST; headers Origin, Accept, Content-Type, X-Requested-With, X-Server-Time.
 */
import type { HeaderList } from "./httpReply.ts";

export interface CorsOptions {
  /** Empty disables CORS; "*" allows any origin. */
  allowedOrigins: string[];
}

const ALLOWED_METHODS = "HEAD, GET, POST";
const ALLOWED_HEADERS = "Origin, Accept, Content-Type, X-Requested-With, X-Server-Time";

export class CorsPolicy {
  private readonly anyOrigin: boolean;
  private readonly origins: ReadonlySet<string>;

  constructor(opts: CorsOptions) {
    this.anyOrigin = opts.allowedOrigins.includes("*");
    this.origins = new Set(opts.allowedOrigins);
  }

  /** The headers every response to `origin` carries, or undefined when CORS does not apply to it. */
  headersFor(origin: string | undefined): HeaderList | undefined {
    if (origin === undefined || this.origins.size === 0) return undefined;
    if (!this.anyOrigin && !this.origins.has(origin)) return undefined;
    return ["access-control-allow-origin", origin, "vary", "Origin"];
  }

  /** A preflight (OPTIONS) answer adds the allowed methods and headers. */
  static preflight(base: HeaderList): HeaderList {
    return [...base, "access-control-allow-methods", ALLOWED_METHODS, "access-control-allow-headers", ALLOWED_HEADERS];
  }
}
