import "server-only";
// Checks shared by creating and editing an action that need the database or the content: the owner
// is a member of the workspace, the lesson is a real chapter, the due date is sane.
import { chapterBySlug } from "../../content/build-catalog";
import { getCatalog } from "../../content/catalog";
import type { Db } from "../../db/connection";
import { dueDateRefusal } from "../../domain/meeting";
import { AppError, refuseWith } from "../../errors/app-error";
import { assertWorkspaceMember } from "../project/assert-workspace-member";
import { todayIso } from "./action-view";

export async function checkActionFields(
  db: Db,
  workspaceId: string,
  input: { ownerId?: string; lessonSlug?: string | null; dueDate?: string },
  current?: { dueDate: string },
): Promise<void> {
  if (input.dueDate !== undefined) refuseWith("BAD_REQUEST", dueDateRefusal(input.dueDate, todayIso(), current?.dueDate));
  if (input.lessonSlug && !chapterBySlug(getCatalog(), input.lessonSlug)) throw new AppError("BAD_REQUEST", "lessonSlug: there is no chapter guide with that id");
  if (input.ownerId !== undefined) await assertWorkspaceMember(db, workspaceId, input.ownerId);
}
