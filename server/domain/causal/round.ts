/**
 * Rounds each part to a whole number so that the rounded parts add up to `total` exactly (the
 * largest-remainder method): floor every part, then give the missing units to the parts that lost
 * the most. Used so an explanation's shown contributions always add up to the shown value.
 */
export function roundToSum(parts: number[], total: number): number[] {
  const floors = parts.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const byRemainder = parts.map((p, i) => ({ i, r: p - floors[i]! })).sort((a, b) => b.r - a.r || a.i - b.i);
  const result = [...floors];
  for (let k = 0; left > 0 && parts.length; k = (k + 1) % parts.length, left--) result[byRemainder[k]!.i]! += 1;
  for (let k = byRemainder.length - 1; left < 0 && parts.length; k = (k - 1 + parts.length) % parts.length, left++) result[byRemainder[k]!.i]! -= 1;
  return result;
}
