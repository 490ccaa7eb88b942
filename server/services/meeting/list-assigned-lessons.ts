import "server-only";
// Chapters assigned to a member through meeting actions in one workspace, for their Learn path:
// the action's open ones first, each with the project and due date it came from.
import { bookChapterLabel, chapterBySlug } from "../../content/build-catalog";
import { getCatalog } from "../../content/catalog";
import type { Db } from "../../db/connection";
import { isoDate } from "../../domain/alignment/dates";
import { isOverdue } from "../../domain/meeting";
import type { MemberActor } from "../actor";
import { todayIso } from "./action-view";

export interface AssignedLesson {
  actionId: string;
  actionTitle: string;
  projectId: string;
  projectName: string;
  slug: string;
  number: number;
  /** "Book ch. 7": where the guide sits in the book. */
  book: string;
  title: string;
  dueDate: string;
  status: "OPEN" | "DONE" | "DROPPED";
  overdue: boolean;
}

export async function listAssignedLessons(db: Db, actor: MemberActor): Promise<AssignedLesson[]> {
  const rows = await db.meetingAction.findMany({
    where: { ownerId: actor.user.id, workspaceId: actor.membership.workspaceId, lessonSlug: { not: null }, status: { not: "DROPPED" }, project: { archivedAt: null } },
    select: { id: true, title: true, lessonSlug: true, dueDate: true, status: true, project: { select: { id: true, name: true } } },
    orderBy: [{ status: "asc" }, { dueDate: "asc" }, { id: "asc" }],
    take: 50,
  });
  const catalog = getCatalog();
  const today = todayIso();
  return rows.flatMap((r) => {
    const chapter = chapterBySlug(catalog, r.lessonSlug!);
    if (!chapter) return [];
    const dueDate = isoDate(r.dueDate);
    return [
      {
        actionId: r.id,
        actionTitle: r.title,
        projectId: r.project.id,
        projectName: r.project.name,
        slug: chapter.slug,
        number: chapter.number,
        book: bookChapterLabel(chapter),
        title: chapter.title,
        dueDate,
        status: r.status,
        overdue: isOverdue({ status: r.status, dueDate }, today),
      },
    ];
  });
}
