// The error boundaries render a branded page with a way home. No real user can make the server fail
// on demand (every malformed address is a 404), so these render the boundaries directly.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import GlobalError from "~/app/global-error";
import RootError from "~/app/error";

vi.mock("next/navigation", () => ({ usePathname: () => "/w/northwind/alignment" }));
const { default: WorkspaceError } = await import("~/app/(app)/w/[slug]/error");

const error = Object.assign(new Error("database is on fire"), { digest: "1234567890" });
const render = (component: typeof RootError) => renderToStaticMarkup(createElement(component, { error, reset: () => {} }));

describe("error pages", () => {
  it("the root error page is branded, names the error id, offers a retry and a link home, and hides the internal message", () => {
    const html = render(RootError);
    expect(html).toContain("Causeway");
    expect(html).toContain("Something went wrong on our side");
    expect(html).toContain("1234567890");
    expect(html).toContain("Try again");
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>Go to the home page<\/a>/);
    expect(html).not.toContain("database is on fire");
  });

  it("the global error page renders its own document, branded, with a link home", () => {
    const html = render(GlobalError);
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).toContain("<body");
    expect(html).toContain("Something went wrong on our side");
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>Go to the home page<\/a>/);
  });

  it("inside a workspace, home is the workspace's Dashboard", () => {
    const html = render(WorkspaceError);
    expect(html).toMatch(/<a [^>]*href="\/w\/northwind\/dashboard"[^>]*>Go to the home page<\/a>/);
    expect(html).not.toContain('href="/w/northwind/projects"');
  });
});
