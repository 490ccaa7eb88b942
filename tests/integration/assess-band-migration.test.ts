// The migration that corrects condition bands: rounds closed before the rubric carried its risk
// bands stored a maturity band id for each condition. It renames the band from the stored score
// with the risk bands and leaves the score, the levers and other templates' rounds alone.
import { afterAll, describe, expect, it } from "vitest";
import { openConnection, type Connection } from "../../server/db/connection";
import { applyMigrations, readMigrations } from "../../server/db/migrate";

const MIGRATION = "condition_risk_bands";
let conn: Connection | undefined;
afterAll(() => conn?.close());

const group = (groupId: string, kind: string, direction: string, score: number | null, bandId: string | null) => ({ groupId, kind, direction, score, bandId, itemsScored: 1, answerCount: 4, dontKnowCount: 0 });

describe("the condition risk band migration", () => {
  it("gives stored condition scores their risk band, leaving scores and levers unchanged", async () => {
    conn = await openConnection("memory:", "");
    const all = readMigrations();
    const at = all.findIndex((m) => m.name.endsWith(MIGRATION));
    expect(at).toBeGreaterThan(0);
    await applyMigrations(conn.sql, all.slice(0, at));
    const groups = [
      group("monitoring_observability_maturity", "lever", "higher_is_better", 85, "proven"),
      group("data_distribution_shift", "condition", "higher_is_worse", 85, "proven"),
      group("label_availability_delay", "condition", "higher_is_worse", 40, "reactive"),
      group("unscored_condition", "condition", "higher_is_worse", null, null),
    ];
    await conn.sql.exec(`
      INSERT INTO "User" ("id", "email", "name") VALUES ('u1', 'u1@example.test', 'U');
      INSERT INTO "Workspace" ("id", "name", "slug") VALUES ('w1', 'W', 'w');
      INSERT INTO "Project" ("id", "workspaceId", "name", "ownerId", "updatedAt") VALUES ('p1', 'w1', 'P', 'u1', now());
      INSERT INTO "RubricVersion" ("id", "workspaceId", "templateId", "version", "contentHash", "content")
        VALUES ('v1', 'w1', 'causeway-maturity', 1, 'h1', '{}'), ('v2', 'w1', 'someone-elses', 1, 'h2', '{}');
      INSERT INTO "AssessmentRound" ("id", "workspaceId", "projectId", "title", "rubricVersionId", "status", "closesAt", "closedAt", "openedById")
        VALUES ('r1', 'w1', 'p1', 'Q1', 'v1', 'CLOSED', now(), now(), 'u1'), ('r2', 'w1', 'p1', 'Other', 'v2', 'CLOSED', now(), now(), 'u1');
      INSERT INTO "RoundAggregate" ("roundId", "respondentCount", "items", "groups", "disciplines")
        VALUES ('r1', 4, '[]', '${JSON.stringify(groups)}', '[]'), ('r2', 4, '[]', '${JSON.stringify(groups)}', '[]');
      INSERT INTO "RoundGroupScore" ("roundId", "projectId", "workspaceId", "groupId", "kind", "direction", "score", "bandId", "closedAt")
        SELECT r, 'p1', 'w1', g."groupId", g."kind", g."direction", g."score", g."bandId", now()
        FROM (VALUES ('r1'), ('r2')) AS rs(r), jsonb_to_recordset('${JSON.stringify(groups)}') AS g("groupId" text, "kind" text, "direction" text, "score" float8, "bandId" text);
    `);
    await applyMigrations(conn.sql, all);

    const scores = await conn.sql.query<{ roundId: string; groupId: string; score: number | null; bandId: string | null }>(
      `SELECT "roundId", "groupId", "score", "bandId" FROM "RoundGroupScore" ORDER BY "roundId", "groupId"`,
    );
    expect(scores.filter((s) => s.roundId === "r1").map((s) => [s.groupId, s.score, s.bandId])).toEqual([
      ["data_distribution_shift", 85, "severe"], // 85 is a severe risk, not "automated and proven"
      ["label_availability_delay", 40, "moderate"], // a boundary starts the higher band
      ["monitoring_observability_maturity", 85, "proven"],
      ["unscored_condition", null, null],
    ]);
    // a round of another template is not this migration's to correct
    expect(scores.filter((s) => s.roundId === "r2").map((s) => s.bandId)).toEqual(["proven", "reactive", "proven", null]);

    const [agg] = await conn.sql.query<{ groups: unknown }>(`SELECT "groups" FROM "RoundAggregate" WHERE "roundId" = 'r1'`);
    const stored = (typeof agg!.groups === "string" ? JSON.parse(agg!.groups) : agg!.groups) as typeof groups;
    expect(stored).toEqual([groups[0], { ...groups[1], bandId: "severe" }, { ...groups[2], bandId: "moderate" }, groups[3]]);
  });
});
