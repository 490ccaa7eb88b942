import "server-only";
// The fields of a project any member of its workspace may read. Kept in one place so a new column
// never reaches the browser by accident.
import type { Prisma } from "../../db/generated/client";

export const projectSelect = {
  id: true,
  workspaceId: true,
  name: true,
  description: true,
  stage: true,
  archivedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
} satisfies Prisma.ProjectSelect;

export type ProjectView = Prisma.ProjectGetPayload<{ select: typeof projectSelect }>;
