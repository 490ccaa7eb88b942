// Runs before every signed-in page (Next.js requires this file at the project root). It does no
// authentication: it only tells the page renderer which path was asked for, so a signed-out
// visitor of a deep link is sent to sign in and then back to that exact page.
import { NextResponse, type NextRequest } from "next/server";

export const PATH_HEADER = "x-causeway-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/w/:path*", "/workspaces", "/account/:path*", "/invite/:path*"] };
