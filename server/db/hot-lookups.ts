// Lookups made on every signed-in request (who is this, are they a member here, the shell's
// workspace list, the projects page's list), written as parameterised SQL sent to the driver
// directly. Prisma 6.19's client engine compiles every typed query on each call (plan caching
// arrived in Prisma 7.4), and even a raw query through its driver adapter costs about 4 ms of CPU
// on PGlite against 0.8 ms sent to PGlite itself (`npm run bench` prints both). Everything else
// uses typed Prisma queries. Column lists are explicit so nothing extra is read.
// Timestamps are read as epoch milliseconds (float8): both drivers parse that the same way,
// whereas `timestamp without time zone` would be read in the server process's local time by pg.
import type { Discipline, Role } from "../domain/roles";
import type { ProjectStage } from "../domain/project";
import { driverOf, type Db } from "./connection";

/** Runs a SELECT on the client's driver when it has one, else through Prisma (a transaction client). */
async function select<T>(db: Db, sql: string, params: unknown[]): Promise<T[]> {
  const driver = driverOf(db);
  return driver ? driver.query<T>(sql, params) : db.$queryRawUnsafe<T[]>(sql, ...params);
}

const epochMs = (column: string, as: string) => `(extract(epoch from ${column}) * 1000)::float8 AS "${as}"`;
const toDate = (ms: number | null) => (ms === null ? null : new Date(Number(ms)));

export interface UserSessionRow {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

export async function findUserForSession(db: Db, userId: string): Promise<UserSessionRow | null> {
  const rows = await select<UserSessionRow>(db, `SELECT "id", "email", "name", "sessionVersion" FROM "User" WHERE "id" = $1`, [userId]);
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
  const rows = await select<MembershipRow>(
    db,
    `SELECT "id", "workspaceId", "userId", "role"::text AS "role", "discipline"::text AS "discipline"
     FROM "Membership" WHERE "workspaceId" = $1 AND "userId" = $2`,
    [workspaceId, userId],
  );
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
  const rows = await select<{
    id: string;
    workspaceId: string;
    ownerId: string;
    version: number;
    archivedAtMs: number | null;
    stage: ProjectStage;
    membershipId: string | null;
    role: Role | null;
    discipline: Discipline | null;
  }>(
    db,
    `SELECT p."id", p."workspaceId", p."ownerId", p."version", ${epochMs('p."archivedAt"', "archivedAtMs")}, p."stage"::text AS "stage",
            m."id" AS "membershipId", m."role"::text AS "role", m."discipline"::text AS "discipline"
     FROM "Project" p
     LEFT JOIN "Membership" m ON m."workspaceId" = p."workspaceId" AND m."userId" = $2
     WHERE p."id" = $1`,
    [projectId, userId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    project: {
      id: row.id,
      workspaceId: row.workspaceId,
      ownerId: row.ownerId,
      version: Number(row.version),
      archivedAt: toDate(row.archivedAtMs),
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
  const rows = await select<Omit<WorkspaceOfUserRow, "createdAt"> & { createdAtMs: number }>(
    db,
    `SELECT w."id", m."id" AS "membershipId", w."name", w."slug", ${epochMs('w."createdAt"', "createdAtMs")},
            m."role"::text AS "role", m."discipline"::text AS "discipline"
     FROM "Membership" m JOIN "Workspace" w ON w."id" = m."workspaceId"
     WHERE m."userId" = $1
     ORDER BY w."name" ASC, w."createdAt" ASC`,
    [userId],
  );
  return rows.map(({ createdAtMs, ...r }) => ({ ...r, createdAt: toDate(createdAtMs)! }));
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
  const rows = await select<{
    id: string;
    workspaceId: string;
    name: string;
    description: string;
    stage: ProjectStage;
    version: number;
    archivedAtMs: number | null;
    createdAtMs: number;
    updatedAtMs: number;
    ownerId: string;
    ownerName: string;
  }>(
    db,
    `SELECT p."id", p."workspaceId", p."name", p."description", p."stage"::text AS "stage", p."version",
            ${epochMs('p."archivedAt"', "archivedAtMs")}, ${epochMs('p."createdAt"', "createdAtMs")}, ${epochMs('p."updatedAt"', "updatedAtMs")},
            u."id" AS "ownerId", u."name" AS "ownerName"
     FROM "Project" p JOIN "User" u ON u."id" = p."ownerId"
     WHERE p."workspaceId" = $1 AND (p."archivedAt" IS NOT NULL) = $2
     ORDER BY p."updatedAt" DESC
     LIMIT $3`,
    [workspaceId, archived, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    workspaceId: r.workspaceId,
    name: r.name,
    description: r.description,
    stage: r.stage,
    version: Number(r.version),
    archivedAt: toDate(r.archivedAtMs),
    createdAt: toDate(r.createdAtMs)!,
    updatedAt: toDate(r.updatedAtMs)!,
    owner: { id: r.ownerId, name: r.ownerName },
  }));
}
