import type { Prisma } from "../../db/generated/client";

export const workspaceSelect = { id: true, name: true, slug: true, createdAt: true } satisfies Prisma.WorkspaceSelect;
