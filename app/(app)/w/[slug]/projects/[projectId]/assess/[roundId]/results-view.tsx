"use client";
import { useParams } from "next/navigation";
import Link from "next/link";
// Results of a closed round, from the aggregates stored at close: per lever and condition a score
// and band, per item the median, spread and don't-knows, disciplines where allowed, and (named
// rounds only) each person's answers.
import { useQuery } from "@tanstack/react-query";
import { DIRECTION_NOTE, DISCIPLINE_NAMES, formatLevel, formatScore, scoreColour } from "~/components/assess/labels";
import type { AssessOutputs } from "~/components/assess/types";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { PrintButton } from "~/components/ui/print-button";
import { Badge, Card } from "~/components/ui/card";
import { ScrollRegion } from "~/components/ui/scroll-region";
import { ExportCsvButton } from "./export-csv-button";

type Results = AssessOutputs["getResults"];

export function ResultsView({ roundId }: { roundId: string }) {
  const trpc = useTRPC();
  const results = useQuery(trpc.assess.getResults.queryOptions({ roundId }));
  if (!results.data) return <ErrorMessage error={results.error} />;
  const r = results.data;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">
          {r.respondentCount} {r.respondentCount === 1 ? "person" : "people"} submitted. Don&apos;t-know answers are counted but not scored.
          {r.round.anonymous ? " Anonymous round: individual answers are never shown." : ""}
        </p>
        <div className="flex gap-2 print:hidden">
          <PrintButton>Print report</PrintButton>
          <ExportCsvButton roundId={roundId} />
        </div>
      </div>
      {r.mlTestScore && <MlTestScoreSummary results={r} />}
      <section aria-labelledby="groups-heading" className="space-y-4">
        <h2 id="groups-heading" className="text-lg font-semibold">
          {r.rubric.kind === "levels" ? "Levers and conditions" : "Sections"}
        </h2>
        {r.groups.map((g) => (
          <Card key={g.groupId} aria-labelledby={`result-${g.groupId}`} className="space-y-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={`result-${g.groupId}`} className="font-semibold break-words">
                {r.labels.groupNames[g.groupId] ?? g.groupId}
              </h3>
              <div className="flex items-center gap-2 text-sm">
                {g.kind !== "section" && <Badge className={g.direction === "higher_is_worse" ? "bg-red-50 text-red-900" : ""}>{DIRECTION_NOTE[g.direction]}</Badge>}
                <strong className="tabular-nums">{formatScore(g.score)} / 100</strong>
                {g.kind !== "section" && <span>· {g.band?.name ?? "–"}</span>}
              </div>
            </div>
            {g.band && <p className="text-sm break-words text-slate-700">{g.band.description}</p>}
            <div className="h-2 w-full rounded bg-slate-100" aria-hidden="true">
              <div className={`h-2 rounded ${scoreColour(g.score, g.direction)}`} style={{ width: `${g.score ?? 0}%` }} />
            </div>
            <ItemTable results={r} groupId={g.groupId} />
            <DisciplineRow results={r} groupId={g.groupId} />
          </Card>
        ))}
      </section>
      {r.respondents && <NamedAnswers results={r} />}
    </div>
  );
}

function ItemTable({ results, groupId }: { results: Results; groupId: string }) {
  const text = new Map(results.questions.map((q) => [q.id, q.text]));
  const withheld = new Set(results.withheld.itemIds.filter((id) => results.items.some((i) => i.itemId === id && i.groupId === groupId && i.answerCount > 0)));
  return (
    <>
      <ScrollRegion landmark={false} label={`Items of ${results.labels.groupNames[groupId] ?? groupId}`}>
        <table className="w-full text-sm">
          <caption className="sr-only">Items of {results.labels.groupNames[groupId] ?? groupId}</caption>
          <thead>
            <tr className="text-left text-slate-700">
              <th scope="col" className="min-w-[11rem] py-1 pr-2 font-medium">Item</th>
              <th scope="col" className="px-2 py-1 text-right font-medium">Median</th>
              <th scope="col" className="hidden px-2 py-1 text-right font-medium sm:table-cell">Mean</th>
              <th scope="col" className="px-2 py-1 text-right font-medium">Spread</th>
              <th scope="col" className="hidden px-2 py-1 text-right font-medium sm:table-cell">Range</th>
              <th scope="col" className="hidden px-2 py-1 text-right font-medium sm:table-cell">Answers</th>
              <th scope="col" className="px-2 py-1 text-right font-medium">Don&apos;t know</th>
            </tr>
          </thead>
          <tbody>
            {results.items
              .filter((i) => i.groupId === groupId)
              .map((i) => (
                <tr key={i.itemId} className="border-t border-slate-100 align-top">
                  <td className="py-1 pr-2 break-words">
                    {text.get(i.itemId) ?? i.itemId}
                    {i.exempt && <span className="ml-1 text-xs text-amber-800">(not applicable: not scored)</span>}
                    {(i.spread ?? 0) >= 1 && <span className="ml-1 text-xs font-medium text-red-800">(people disagree)</span>}
                  </td>
                  <td className="px-2 py-1 text-right tabular-nums">{withheld.has(i.itemId) ? "withheld*" : formatLevel(i.median)}</td>
                  <td className="hidden px-2 py-1 text-right tabular-nums sm:table-cell">{withheld.has(i.itemId) ? "withheld*" : formatLevel(i.mean)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{withheld.has(i.itemId) ? "withheld*" : formatLevel(i.spread)}</td>
                  <td className="hidden px-2 py-1 text-right tabular-nums sm:table-cell">{withheld.has(i.itemId) ? "withheld*" : i.min === null ? "–" : `${i.min}–${i.max}`}</td>
                  <td className="hidden px-2 py-1 text-right tabular-nums sm:table-cell">{i.answerCount}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{i.dontKnowCount}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollRegion>
      {withheld.size > 0 && (
        <p className="mt-1 text-xs text-slate-600">* Withheld: fewer than three people gave a level to this item, so its figures would show their answers.</p>
      )}
    </>
  );
}

const DISCIPLINES_WITHHELD = "Only groups of three or more are shown, and only when the people left out are none or three or more, so nobody's answers can be worked out from the figures.";

function DisciplineRow({ results, groupId }: { results: Results; groupId: string }) {
  if (results.disciplines.length === 0 && !results.withheld.disciplines) return null;
  return (
    <p className="text-sm text-slate-700">
      <span className="font-medium">By discipline: </span>
      {results.disciplines.length === 0
        ? "withheld. "
        : results.disciplines
            .map((d) => `${DISCIPLINE_NAMES[d.discipline] ?? d.discipline} (${d.respondentCount}) ${formatScore(d.groups.find((g) => g.groupId === groupId)?.score)}`)
            .join(" · ")}
      {results.withheld.disciplines && <span className="text-slate-600">{results.disciplines.length ? ". " : ""}{DISCIPLINES_WITHHELD}</span>}
    </p>
  );
}

function MlTestScoreSummary({ results }: { results: Results }) {
  const ml = results.mlTestScore!;
  const band = results.rubric.kind === "ml_test_score" ? results.rubric.bands.find((b) => b.id === ml.bandId) : undefined;
  return (
    <Card aria-labelledby="mlts-heading" className="space-y-2">
      <h2 id="mlts-heading" className="text-lg font-semibold">
        ML Test Score: {ml.final} ({band?.name ?? "–"})
      </h2>
      <p className="text-sm break-words text-slate-700">{band?.description}</p>
      <ul className="space-y-1 text-sm">
        {ml.sections.map((s) => (
          <li key={s.id} className="flex justify-between gap-2">
            <span>
              {s.name}
              {s.id === ml.weakestSectionId && <strong className="ml-1 text-red-800">(lowest: sets the final score)</strong>}
            </span>
            <span className="tabular-nums">
              {s.total} / {s.testCount}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function NamedAnswers({ results }: { results: Results }) {
  return (
    <section aria-labelledby="named-heading" className="space-y-2">
      <h2 id="named-heading" className="text-lg font-semibold">
        Answers by person
      </h2>
      {results.respondents!.map((p) => {
        const who = (
          <>
            {p.user.name}
            {p.discipline && <span className="font-normal text-slate-600"> · {DISCIPLINE_NAMES[p.discipline]}</span>}
          </>
        );
        return (
          <div key={p.user.id}>
            {/* Collapsed on screen; a closed <details> never prints, so the report gets the list open. */}
            <details className="rounded-md border border-slate-200 bg-white p-3 print:hidden">
              <summary className="cursor-pointer font-medium break-words">{who}</summary>
              <PersonAnswers results={results} answers={p.answers} />
            </details>
            <div className="hidden break-inside-avoid p-3 print:block" data-testid="printed-answers">
              <h3 className="font-medium break-words">{who}</h3>
              <PersonAnswers results={results} answers={p.answers} />
            </div>
          </div>
        );
      })}
    </section>
  );
}

function PersonAnswers({ results, answers }: { results: Results; answers: NonNullable<Results["respondents"]>[number]["answers"] }) {
  const params = useParams<{ slug: string; projectId: string }>();
  const text = new Map(results.questions.map((q) => [q.id, q.text]));
  const levelNames = new Map(results.questions.map((q) => [q.id, results.groups.find((g) => g.groupId === q.groupId)?.levelNames ?? null]));
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {answers.map((a) => (
        <li key={a.itemId} className="break-words">
          <span className="text-slate-700">{text.get(a.itemId) ?? a.itemId}: </span>
          <strong>
            {a.dontKnow ? "don't know" : a.level}
            {!a.dontKnow && a.level !== null && levelNames.get(a.itemId)?.[a.level] ? ` · ${levelNames.get(a.itemId)![a.level]}` : ""}
          </strong>
          {a.note && <span className="text-slate-700"> · “{a.note}”</span>}
          {a.evidenceStep && (
            <>
              {" · evidence: "}
              <Link href={`/w/${params.slug}/projects/${params.projectId}/design/${a.evidenceStep}`} className="text-indigo-700 underline">
                design document step {a.evidenceStep}
              </Link>
            </>
          )}
          {a.evidenceUrl && (
            <>
              {" · "}
              <a href={a.evidenceUrl} rel="noopener noreferrer nofollow" className="text-indigo-700 underline">
                evidence link
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
