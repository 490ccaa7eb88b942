// The workspace the reader was last in, kept in the browser so the public (static) Learn pages can
// link back to that workspace's Learn tab without reading the session.
const KEY = "causeway:last-workspace";

export function rememberWorkspace(slug: string): void {
  try {
    window.localStorage.setItem(KEY, slug);
  } catch {
    // storage can be disabled; the link then falls back to the workspace picker
  }
}

export function lastWorkspace(): string | null {
  try {
    const slug = window.localStorage.getItem(KEY);
    return slug && /^[a-z0-9-]{1,60}$/.test(slug) ? slug : null;
  } catch {
    return null;
  }
}
