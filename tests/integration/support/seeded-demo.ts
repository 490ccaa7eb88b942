// A fresh database holding the demo seed (`npm start`'s Northwind workspace), for tests that check the
// story the demo tells. Seeding runs the real close and save code, so it can take a while on a busy machine.
import { afterAll, beforeAll } from "vitest";
import { seedDemo } from "../../../prisma/seed";
import { createTestDb, type TestDb } from "./test-db";

export function useSeededDemo(ready: (t: TestDb) => void) {
  let t: TestDb | undefined;
  beforeAll(async () => {
    t = await createTestDb();
    await seedDemo(t.db);
    ready(t);
  }, 120_000);
  afterAll(() => t?.destroy());
}
