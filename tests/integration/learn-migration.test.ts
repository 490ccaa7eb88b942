// The migration that gave quiz options ids converts attempts stored with option indexes into
// attempts stored with option ids, so old attempts stay readable.
import { afterAll, describe, expect, it } from "vitest";
import { openConnection, type Connection } from "../../server/db/connection";
import { applyMigrations, readMigrations } from "../../server/db/migrate";

const MIGRATION = "learn_option_ids_and_checklist";
let conn: Connection | undefined;
afterAll(() => conn?.close());

describe("the quiz option id migration", () => {
  it("turns stored option indexes into the option ids they pointed at", async () => {
    conn = await openConnection("memory:", "");
    const all = readMigrations();
    const at = all.findIndex((m) => m.name.endsWith(MIGRATION));
    expect(at).toBeGreaterThan(0);
    await applyMigrations(conn.sql, all.slice(0, at));
    await conn.sql.exec(`INSERT INTO "User" ("id", "email", "name") VALUES ('u1', 'u1@example.test', 'U')`);
    // Chapter 5's q1 as it was authored: index 0 was the right answer, index 1 "too large".
    await conn.sql.exec(`INSERT INTO "QuizAttempt" ("id", "userId", "chapterSlug", "answers", "score", "total")
      VALUES ('a1', 'u1', 'training-data', '{"q1": [0], "q3": [0, 1], "q2": [9]}', 1, 6),
             ('a2', 'u1', 'training-data', '{"q1": [1]}', 0, 6)`);
    await applyMigrations(conn.sql, all);
    const rows = await conn.sql.query<{ id: string; answers: unknown }>(`SELECT "id", "answers" FROM "QuizAttempt" ORDER BY "id"`);
    expect(rows[0]!.answers).toEqual({
      q1: ["nonprobability-sample-selected-old"],
      q3: ["transactions-last-few-weeks", "choosing-label-maturity-window"],
      q2: ["9"], // an index the quiz never had is kept, as text
    });
    expect(rows[1]!.answers).toEqual({ q1: ["too-large-train"] });
  });
});
