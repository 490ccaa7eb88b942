// Lookups made on every signed-in request (who is this, are they a member here), written as
// parameterised SQL. Prisma 6.19's client engine compiles every typed query to SQL on each call
// (plan caching arrived in Prisma 7.4); on these few hot paths that compilation cost more CPU than
// the query itself (measured: ~4 ms vs ~1.3 ms per lookup on PGlite). Everything else uses typed
// Prisma queries. Column lists are explicit so nothing extra is read.
import type { Discipline, Role } from "../domain/roles";
import type { ProjectStage } from "../domain/project";
import type { Db } from "./connection";

export interface UserSessionRow {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

export async function findUserForSession(db: Db, userId: string): Promise<UserSessionRow | null> {
  const rows = await db.$queryRaw<UserSessionRow[]>`
    SELECT "id", "email", "name", "sessionVersion" FROM "User" WHERE "id" = ${userId}`;
  return rows[0] ? { ...rows[0], sessionVersion: Number(rows[0].sessionVersion) } : null;
}

export interface MembershipRow {
  id: string;
  workspaceId: string;
  userId: string;
  role: Role;
  discipline: Discipline;
}

export async function findMembership(db: Db, workspaceId: string, userId: string): Promise<MembershipRow | null> {
  const rows = await db.$queryRaw<MembershipRow[]>`
    SELECT "id", "workspaceId", "userId", "role"::text AS "role", "discipline"::text AS "discipline"
    FROM "Membership" WHERE "workspaceId" = ${workspaceId} AND "userId" = ${userId}`;
  return rows[0] ?? null;
}

/** What projectProcedure loads about the project a call acts on. */
export interface ProjectRef {
  id: string;
  workspaceId: string;
  ownerId: string;
  version: number;
  archivedAt: Date | null;
  stage: ProjectStage;
}

export interface ProjectAccessRow {
  project: ProjectRef;
  membership: MembershipRow | null;
}

/** The project and the caller's membership of its workspace, in one round trip. */
export async function findProjectAccess(db: Db, projectId: string, userId: string): Promise<ProjectAccessRow | null> {
  const rows = await db.$queryRaw<
    {
      id: string;
      workspaceId: string;
      ownerId: string;
      version: number;
      archivedAt: Date | null;
      stage: ProjectStage;
      membershipId: string | null;
      role: Role | null;
      discipline: Discipline | null;
    }[]
  >`
    SELECT p."id", p."workspaceId", p."ownerId", p."version", p."archivedAt", p."stage"::text AS "stage",
           m."id" AS "membershipId", m."role"::text AS "role", m."discipline"::text AS "discipline"
    FROM "Project" p
    LEFT JOIN "Membership" m ON m."workspaceId" = p."workspaceId" AND m."userId" = ${userId}
    WHERE p."id" = ${projectId}`;
  const row = rows[0];
  if (!row) return null;
  return {
    project: {
      id: row.id,
      workspaceId: row.workspaceId,
      ownerId: row.ownerId,
      version: Number(row.version),
      archivedAt: row.archivedAt ? new Date(row.archivedAt) : null,
      stage: row.stage,
    },
    membership: row.membershipId
      ? { id: row.membershipId, workspaceId: row.workspaceId, userId, role: row.role!, discipline: row.discipline! }
      : null,
  };
}

export interface WorkspaceOfUserRow {
  id: string;
  membershipId: string;
  name: string;
  slug: string;
  createdAt: Date;
  role: Role;
  discipline: Discipline;
}

/** The user's workspaces with their role and discipline in each: the shell of every workspace page. */
export async function findWorkspacesOfUser(db: Db, userId: string): Promise<WorkspaceOfUserRow[]> {
  const rows = await db.$queryRaw<WorkspaceOfUserRow[]>`
    SELECT w."id", m."id" AS "membershipId", w."name", w."slug", w."createdAt", m."role"::text AS "role", m."discipline"::text AS "discipline"
    FROM "Membership" m JOIN "Workspace" w ON w."id" = m."workspaceId"
    WHERE m."userId" = ${userId}
    ORDER BY w."name" ASC, w."createdAt" ASC`;
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
}

export interface ProjectListRow {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  stage: ProjectStage;
  archivedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  owner: { id: string; name: string };
}

/** A workspace's active or archived projects, newest change first: the projects page's list. */
export async function findProjectsOfWorkspace(db: Db, workspaceId: string, archived: boolean, limit: number): Promise<ProjectListRow[]> {
  const rows = await db.$queryRaw<(Omit<ProjectListRow, "owner"> & { ownerId: string; ownerName: string })[]>`
    SELECT p."id", p."workspaceId", p."name", p."description", p."stage"::text AS "stage", p."archivedAt", p."version",
           p."createdAt", p."updatedAt", u."id" AS "ownerId", u."name" AS "ownerName"
    FROM "Project" p JOIN "User" u ON u."id" = p."ownerId"
    WHERE p."workspaceId" = ${workspaceId} AND (p."archivedAt" IS NOT NULL) = ${archived}
    ORDER BY p."updatedAt" DESC
    LIMIT ${limit}`;
  return rows.map(({ ownerId, ownerName, ...p }) => ({
    ...p,
    version: Number(p.version),
    archivedAt: p.archivedAt ? new Date(p.archivedAt) : null,
    createdAt: new Date(p.createdAt),
    updatedAt: new Date(p.updatedAt),
    owner: { id: ownerId, name: ownerName },
  }));
}
