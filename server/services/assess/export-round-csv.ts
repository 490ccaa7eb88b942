import "server-only";
// A closed round as CSV. Named round: one row per answer, with the respondent's name. Anonymous
// round: one row per item with its aggregates only, since individual answers never leave the server.
import Papa from "papaparse";
import type { Db } from "../../db/connection";
import { listQuestions } from "../../domain/assess";
import type { MemberActor } from "../actor";
import { loadClosedRound, loadNamedAnswers } from "./get-results";
import type { RoundRef } from "./round-ref";

export async function exportRoundCsv(db: Db, _actor: MemberActor, input: { round: RoundRef }) {
  const closed = await loadClosedRound(db, input.round);
  const questions = new Map(listQuestions(closed.rubric).map((q) => [q.id, q]));
  const text = (id: string) => questions.get(id)?.text ?? "";
  const respondents = await loadNamedAnswers(db, input.round);
  const slug = input.round.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "round";
  if (respondents) {
    const rows = respondents.flatMap((r) =>
      r.answers.map((a) => ({
        respondent: r.user.name,
        discipline: r.discipline ?? "",
        group: questions.get(a.itemId)?.groupId ?? "",
        item: a.itemId,
        text: text(a.itemId),
        level: a.dontKnow ? "" : a.level,
        dont_know: a.dontKnow ? "yes" : "",
        note: a.note,
        evidence_step: a.evidenceStep ?? "",
        evidence_url: a.evidenceUrl ?? "",
      })),
    );
    return { filename: `${slug}-answers.csv`, csv: Papa.unparse(rows, { escapeFormulae: true }) };
  }
  const rows = closed.items.map((i) => ({
    group: i.groupId,
    item: i.itemId,
    text: text(i.itemId),
    answers: i.answerCount,
    dont_know: i.dontKnowCount,
    median: i.median ?? "",
    mean: i.mean ?? "",
    spread: i.spread ?? "",
    not_applicable: i.exempt ? "yes" : "",
  }));
  return { filename: `${slug}-items.csv`, csv: Papa.unparse(rows, { escapeFormulae: true }) };
}
