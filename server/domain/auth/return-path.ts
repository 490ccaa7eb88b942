// Where to send someone after sign-in or sign-up. Only a path on this site is accepted: browsers
// read "/\host", "/\t/host" and "//host" as another site, so anything that could be read as a
// scheme, a host or a protocol-relative URL falls back to the home page.

const ORIGIN = "http://causeway.invalid";

export function safeReturnPath(raw: string | null | undefined, fallback = "/"): string {
  if (!raw || raw.length > 2048) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//")) return fallback;
  // Backslashes and control characters (tab, newline…) are normalised away or into "/" by browsers.
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
