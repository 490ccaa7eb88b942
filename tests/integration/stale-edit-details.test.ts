// The editor's stale-edit screen needs the current version with the refusal.
import { describe, expect, it } from "vitest";
import { AppError } from "../../server/errors/app-error";
import { useTestWorld, type World } from "./support/world";

let world: World;
useTestWorld((_t, w) => {
  world = w;
});

describe("a stale project edit", () => {
  it("answers CONFLICT with the current version in details, as project.get returns it", async () => {
    const p = world.projectA;
    await world.as.alice.project.update({ projectId: p.id, version: p.version, stage: "EXPLORATION" });
    const error = await world.as.adam.project.update({ projectId: p.id, version: p.version, description: "mine" }).catch((e: { code: string; cause: unknown }) => e);
    expect((error as { code: string }).code).toBe("CONFLICT");
    const cause = (error as { cause: unknown }).cause;
    expect(cause).toBeInstanceOf(AppError);
    expect((cause as AppError).details?.current).toEqual(await world.as.adam.project.get({ projectId: p.id }));
  });

  it("says whether the newer save was the caller's own, from another tab, or a teammate's", async () => {
    const p = await world.as.alice.project.get({ projectId: world.projectA.id });
    const byYouOf = (e: unknown) => ((e as { cause: AppError }).cause.details as { byYou: boolean | null }).byYou;
    await world.as.alice.project.update({ projectId: p.id, version: p.version, description: "tab one" });
    const sameUser = await world.as.alice.project.update({ projectId: p.id, version: p.version, description: "tab two" }).catch((e: unknown) => e);
    expect(byYouOf(sameUser)).toBe(true);
    const teammate = await world.as.adam.project.update({ projectId: p.id, version: p.version, description: "adam" }).catch((e: unknown) => e);
    expect(byYouOf(teammate)).toBe(false);
    const current = await world.as.adam.project.get({ projectId: p.id });
    expect(current.description).toBe("tab one");
    // the details name no one: the current version as project.get returns it, and a yes/no
    expect(Object.keys((teammate as { cause: AppError }).cause.details ?? {}).sort()).toEqual(["byYou", "current"]);
  });
});
