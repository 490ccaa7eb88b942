import { describe, expect, it } from "vitest";
import { withoutFieldKeys } from "~/components/forms/use-form-errors";
import { staleEditHeading } from "~/components/forms/stale-edit-panel";

describe("a refusal about a field the form has no input for", () => {
  it("reads as a sentence without the raw key", () => {
    expect(withoutFieldKeys("inviteeIds: must ask at least one person")).toBe("Must ask at least one person");
    expect(withoutFieldKeys("mlValues: 1 value(s) name an ML metric; rubric.rubricId: is required")).toBe("1 value(s) name an ML metric; is required");
  });

  it("leaves ordinary sentences alone, even with a colon", () => {
    expect(withoutFieldKeys("Nothing was imported: a check-in was added meanwhile.")).toBe("Nothing was imported: a check-in was added meanwhile.");
  });
});

describe("the stale-edit heading", () => {
  it("blames nobody when the newer save was the same person's, and says so when it was not", () => {
    expect(staleEditHeading("objective", true)).toBe("You changed this objective in another tab or window");
    expect(staleEditHeading("objective", false)).toBe("Someone else changed this objective while you were editing");
    expect(staleEditHeading("project", null)).not.toMatch(/someone else/i);
  });
});
