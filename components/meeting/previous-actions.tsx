// The previous meeting's actions and whether each one's lever moved between that meeting's round
// and this one's (from the stored lever scores of both rounds).
import type { LeverMovement } from "~/server/domain/meeting";
import type { ActionView } from "~/server/services/meeting/action-view";
import { ActionList } from "./action-list";
import { describeMovement, movementClass } from "./labels";

interface Props {
  actions: readonly ActionView[];
  movement: Readonly<Record<string, LeverMovement>>;
  nameOf: Readonly<Record<string, string>>;
  hadPreviousMeeting: boolean;
  previousRoundTitle: string | null;
}

export function PreviousActions({ actions, movement, nameOf, hadPreviousMeeting, previousRoundTitle }: Props) {
  if (!hadPreviousMeeting) return <p className="text-lg text-slate-700">This is the project&apos;s first meeting: there are no earlier actions to look back on.</p>;
  return (
    <div className="space-y-3">
      <p className="text-slate-700">
        Recorded in the meeting on {previousRoundTitle ?? "the previous round"}. Movement compares that round&apos;s lever score with this round&apos;s; a lever that did not
        move under a done action is worth a question.
      </p>
      <ActionList
        actions={actions}
        nameOf={nameOf}
        label="Actions from the previous meeting"
        empty="The previous meeting recorded no actions."
        aside={(a) => (
          <span className={movementClass(movement[a.leverId])}>{describeMovement(movement[a.leverId])}</span>
        )}
      />
    </div>
  );
}
