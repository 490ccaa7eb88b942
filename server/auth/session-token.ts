// Reads the session cookie next-auth wrote, without next-auth's full session round trip.
// getServerSession rebuilds a request, runs callbacks and re-encrypts a fresh token on every call
// (and derives the key with HKDF each time); a page cannot even set that cookie. Here the key is
// derived once per process and the token is only decrypted. Same format as next-auth v4's
// jwt.decode: JWE, alg "dir", enc "A256GCM", key = HKDF-SHA256(secret, "", "NextAuth.js Generated
// Encryption Key", 32 bytes).
import { jwtDecrypt } from "jose";
import { hkdf } from "node:crypto";

export interface SessionClaims {
  sub: string;
  sv?: number;
}

const keys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string): Promise<Uint8Array> {
  let key = keys.get(secret);
  if (!key) {
    key = new Promise((resolve, reject) =>
      hkdf("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32, (err, derived) => (err ? reject(err) : resolve(new Uint8Array(derived)))),
    );
    keys.set(secret, key);
  }
  return key;
}

export async function decodeSessionToken(token: string, secret: string): Promise<SessionClaims | null> {
  try {
    const { payload } = await jwtDecrypt(token, await encryptionKey(secret), { clockTolerance: 15 });
    if (typeof payload.sub !== "string") return null;
    return { sub: payload.sub, sv: typeof payload.sv === "number" ? payload.sv : undefined };
  } catch {
    return null; // expired, tampered or signed with another secret: signed out
  }
}

/** The session cookie's name, as next-auth chooses it (secure prefix on https). */
export function sessionCookieName(publicUrl: string | undefined): string {
  return publicUrl?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** next-auth splits tokens over 4 KB into name.0, name.1, …; join them back. */
export function readSessionCookie(get: (name: string) => string | undefined, name: string): string | undefined {
  const whole = get(name);
  if (whole) return whole;
  const parts: string[] = [];
  for (let i = 0; ; i++) {
    const part = get(`${name}.${i}`);
    if (!part) break;
    parts.push(part);
  }
  return parts.length ? parts.join("") : undefined;
}
