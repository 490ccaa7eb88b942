import { describe, expect, it } from "vitest";
import {
  canSeeOthersAnswers,
  canSeeResults,
  checkAnswers,
  checkClosesAt,
  checkExemptionExpiry,
  exemptItemsAt,
  isDueToClose,
  isExemptionActive,
  listQuestions,
  minDisciplineGroup,
  missingItems,
} from "../../../server/domain/assess";
import { levelsRubric, mlRubric } from "./fixtures";

const day = 86_400_000;
const now = new Date("2026-06-01T12:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * day);

describe("exemptions", () => {
  const exemption = { itemId: "a", createdAt: at(-10), expiresAt: at(10), revokedAt: null };

  it("is active from its creation until its expiry, then the item counts again", () => {
    expect(isExemptionActive(exemption, at(-11))).toBe(false);
    expect(isExemptionActive(exemption, now)).toBe(true);
    expect(isExemptionActive(exemption, at(10))).toBe(false);
    expect(isExemptionActive(exemption, at(30))).toBe(false);
  });

  it("stops at revocation but still applied before it", () => {
    const revoked = { ...exemption, revokedAt: at(1) };
    expect(isExemptionActive(revoked, now)).toBe(true);
    expect(isExemptionActive(revoked, at(2))).toBe(false);
  });

  it("lists the items exempt at a moment", () => {
    const list = [exemption, { itemId: "b", createdAt: at(-40), expiresAt: at(-20), revokedAt: null }];
    expect([...exemptItemsAt(list, now)]).toEqual(["a"]);
    expect([...exemptItemsAt(list, at(-30))]).toEqual(["b"]);
  });

  it("refuses an expiry in the past or more than two years ahead", () => {
    expect(checkExemptionExpiry(at(-1), now)).toMatch(/future/);
    expect(checkExemptionExpiry(at(800), now)).toMatch(/two years/);
    expect(checkExemptionExpiry(at(90), now)).toBeNull();
  });
});

describe("visibility", () => {
  it("hides everyone else's answers while a round is open", () => {
    expect(canSeeOthersAnswers({ status: "OPEN", anonymous: false })).toBe(false);
    expect(canSeeResults({ status: "OPEN", anonymous: false })).toBe(false);
  });
  it("shows named answers after close, anonymous ones never", () => {
    expect(canSeeOthersAnswers({ status: "CLOSED", anonymous: false })).toBe(true);
    expect(canSeeOthersAnswers({ status: "CLOSED", anonymous: true })).toBe(false);
    expect(canSeeResults({ status: "CLOSED", anonymous: true })).toBe(true);
  });
  it("needs three of a discipline in an anonymous round", () => {
    expect(minDisciplineGroup(true)).toBe(3);
    expect(minDisciplineGroup(false)).toBe(1);
  });
});

describe("round rules", () => {
  it("closes an open round once its closing date has passed", () => {
    expect(isDueToClose({ status: "OPEN", closesAt: at(-1) }, now)).toBe(true);
    expect(isDueToClose({ status: "OPEN", closesAt: at(1) }, now)).toBe(false);
    expect(isDueToClose({ status: "CLOSED", closesAt: at(-1) }, now)).toBe(false);
  });

  it("refuses a closing date in the past or more than a year away", () => {
    expect(checkClosesAt(at(-1), now)).toMatch(/future/);
    expect(checkClosesAt(at(400), now)).toMatch(/at most a year/);
    expect(checkClosesAt(at(14), now)).toBeNull();
  });

  it("accepts levels within the item's scale and don't know, and refuses the rest", () => {
    const qs = listQuestions(levelsRubric);
    expect(checkAnswers(qs, [{ itemId: "a", level: 4 }, { itemId: "b", level: null }])).toBeNull();
    expect(checkAnswers(qs, [{ itemId: "a", level: 5 }])).toMatch(/between 0 and 4/);
    expect(checkAnswers(qs, [{ itemId: "old", level: 1 }])).toMatch(/not an item/);
    expect(checkAnswers(qs, [{ itemId: "a", level: 1 }, { itemId: "a", level: 2 }])).toMatch(/once/);
    expect(checkAnswers(listQuestions(mlRubric), [{ itemId: "d1", level: 3 }])).toMatch(/between 0 and 2/);
  });

  it("lists the items still unanswered", () => {
    expect(missingItems(listQuestions(levelsRubric), ["a"])).toEqual(["b", "c"]);
  });
});
