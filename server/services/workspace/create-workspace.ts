import "server-only";
// Creates a workspace with the creator as its owner. The slug comes from the name; when it is
// taken (or taken at the same moment by another create) a short random suffix is added.
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/connection";
import { isUniqueViolation } from "../../db/errors";
import type { Discipline } from "../../domain/roles";
import { slugify, withSuffix } from "../../domain/slug";
import type { Actor } from "../actor";
import { workspaceSelect } from "./workspace-select";

const MAX_ATTEMPTS = 4;

export async function createWorkspace(db: Db, actor: Actor, input: { name: string; discipline: Discipline }) {
  const base = slugify(input.name);
  const taken = await db.workspace.findUnique({ where: { slug: base }, select: { id: true } });
  for (let attempt = 0; ; attempt++) {
    const slug = taken || attempt > 0 ? withSuffix(base, randomBytes(3).toString("hex")) : base;
    try {
      return await db.workspace.create({
        data: {
          name: input.name,
          slug,
          memberships: { create: { userId: actor.user.id, role: "OWNER", discipline: input.discipline } },
        },
        select: workspaceSelect,
      });
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= MAX_ATTEMPTS - 1) throw e;
    }
  }
}
