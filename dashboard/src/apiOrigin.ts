/**
 * Which node the dashboard reads: `?api=http://host:1317` in the page URL (a path is kept, for an
 * API behind a proxy: `?api=https://host/rest`), else the origin that served the page (the node
 * serves the dashboard beside its REST API). Another origin must have `api.enabled_unsafe_cors`
 * on, or the browser refuses its answers.
 */
export function apiOrigin(location: { search: string; origin: string }): string {
  const raw = new URLSearchParams(location.search).get("api");
  if (raw === null || raw === "") return location.origin;
  const withScheme = /^[a-z]+:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme.replace(/^tcp:/i, "http:"));
  } catch {
    throw new Error(`?api=${raw} is not a URL: expected e.g. ?api=http://127.0.0.1:1317`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`?api=${raw}: only http:// and https:// are supported`);
  return url.origin + url.pathname.replace(/\/+$/, "");
}
