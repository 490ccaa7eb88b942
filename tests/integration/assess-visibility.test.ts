// Hidden answers. While a round is open, nobody receives anyone else's answers; in an anonymous
// round nobody ever does, owners included. Every assess procedure is called by every member on
// every round, and each response is searched for answers that are not the caller's. The last test
// fails when a procedure is added to the router without being called here.
import { describe, expect, it } from "vitest";
import { appRouter } from "../../server/api/root";
import { answerAll, inAWeek, openRound } from "./support/assess";
import type { Caller, World } from "./support/world";
import { useTestWorld } from "./support/world";

let world: World;
const rounds: Record<"openNamed" | "openAnonymous" | "closedAnonymous" | "closedNamed", string> = {
  openNamed: "",
  openAnonymous: "",
  closedAnonymous: "",
  closedNamed: "",
};
const names = ["alice", "adam", "bob"] as const;
const marker = (name: string) => `SECRET-NOTE-OF-${name.toUpperCase()}`;

useTestWorld(async (_t, w) => {
  world = w;
  const everyone = names.map((n) => world.users[n].id);
  for (const key of Object.keys(rounds) as (keyof typeof rounds)[]) {
    const round = await openRound(world.as.alice, world.projectA.id, everyone, { anonymous: key.includes("Anonymous"), title: key });
    rounds[key] = round.id;
    for (const [i, n] of names.entries()) await answerAll(world.as[n], round.id, { note: marker(n), levelFor: () => i + 1 });
    if (key.startsWith("closed")) await world.as.alice.assess.closeRound({ roundId: round.id });
  }
  await world.as.alice.assess.setExemption({ projectId: world.projectA.id, itemId: "any_item", reason: "Not in scope", expiresAt: inAWeek() });
});

const isClosed = (roundId: string) => roundId === rounds.closedAnonymous || roundId === rounds.closedNamed;

type Call = (as: Caller, roundId: string) => Promise<unknown>;
// Every assess procedure, called against a given round (project and workspace ones ignore it).
const calls = (): Record<string, Call> => {
  const projectId = world.projectA.id;
  const workspaceId = world.a.id;
  return {
    "assess.listTemplates": (as) => as.assess.listTemplates({ workspaceId }),
    "assess.openRound": (as) => as.assess.openRound({ projectId, title: "Another", closesAt: inAWeek(), rubric: { templateId: "causeway-maturity" }, inviteeIds: [world.users.bob.id] }),
    "assess.listRounds": (as) => as.assess.listRounds({ projectId }),
    "assess.roundHistory": (as) => as.assess.roundHistory({ projectId }),
    "assess.waitingRounds": (as) => as.assess.waitingRounds({ workspaceId }),
    "assess.getRound": (as, roundId) => as.assess.getRound({ roundId }),
    "assess.saveAnswers": (as, roundId) => as.assess.saveAnswers({ roundId, answers: [] }),
    // closing an open round here would change the case under test; on a closed round it is a no-op
    "assess.closeRound": (as, roundId) => (roundId.length && isClosed(roundId) ? as.assess.closeRound({ roundId }) : Promise.resolve(null)),
    "assess.participation": (as, roundId) => as.assess.participation({ roundId }),
    "assess.sendReminders": (as, roundId) => as.assess.sendReminders({ roundId }),
    "assess.getResults": (as, roundId) => as.assess.getResults({ roundId }),
    "assess.exportCsv": (as, roundId) => as.assess.exportCsv({ roundId }),
    "assess.listExemptions": (as) => as.assess.listExemptions({ projectId }),
    "assess.setExemption": (as) => as.assess.setExemption({ projectId, itemId: "another_item", reason: "Not in scope", expiresAt: inAWeek() }),
    "assess.revokeExemption": (as) => as.assess.revokeExemption({ projectId, exemptionId: "missing" }),
    "assess.copyRubric": (as) => as.assess.copyRubric({ workspaceId, templateId: "causeway-maturity", name: "Copy" }),
    "assess.getRubric": (as) => as.assess.getRubric({ workspaceId, rubricId: "missing" }),
    "assess.editRubric": (as) => as.assess.editRubric({ workspaceId, rubricId: "missing", baseVersion: 1, edits: [{ op: "retire", itemId: "x" }] }),
  };
};

/** Answers found in a response that belong to someone other than the caller. */
function foreignAnswers(response: unknown, callerName: string, callerId: string): string[] {
  const found: string[] = [];
  const text = JSON.stringify(response) ?? "";
  for (const n of names) if (n !== callerName && text.includes(marker(n))) found.push(`note of ${n}`);
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== "object") return;
    const obj = value as Record<string, unknown>;
    const owner = (obj.user as { id?: string } | undefined)?.id ?? (obj.userId as string | undefined);
    if (owner && owner !== callerId && ("answers" in obj || "level" in obj)) found.push(`answers of user ${owner}`);
    Object.values(obj).forEach(walk);
  };
  walk(response);
  return found;
}

async function responseOf(call: Call, as: Caller, roundId: string) {
  return call(as, roundId).catch((e: Error) => ({ refused: e.message }));
}

describe("assess: hidden answers", () => {
  it("gives nobody anyone else's answers while a round is open, owners included", async () => {
    for (const roundId of [rounds.openNamed, rounds.openAnonymous]) {
      for (const [path, call] of Object.entries(calls())) {
        for (const n of names) {
          const leaks = foreignAnswers(await responseOf(call, world.as[n], roundId), n, world.users[n].id);
          expect(leaks, `${path} as ${n}`).toEqual([]);
        }
      }
    }
  });

  it("never gives anyone an individual answer of an anonymous round, even after close", async () => {
    for (const [path, call] of Object.entries(calls())) {
      for (const n of names) {
        const leaks = foreignAnswers(await responseOf(call, world.as[n], rounds.closedAnonymous), n, world.users[n].id);
        expect(leaks, `${path} as ${n}`).toEqual([]);
      }
    }
  });

  it("shows a named round's answers to members once it is closed (the check above can see a leak)", async () => {
    const results = await world.as.bob.assess.getResults({ roundId: rounds.closedNamed });
    expect(foreignAnswers(results, "bob", world.users.bob.id).length).toBeGreaterThan(0);
  });

  it("calls every assess procedure", () => {
    const all = Object.keys(appRouter._def.procedures).filter((p) => p.startsWith("assess.")).sort();
    expect(Object.keys(calls()).sort()).toEqual(all);
  });
});
