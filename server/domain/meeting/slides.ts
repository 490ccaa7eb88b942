// The meeting's slides, in the order a review runs: whether the work still serves the business
// objectives, what changed, where people disagree, what to work on, whether last time's actions
// moved their levers, then new actions. A project without objectives still gets the first slide,
// which says so and where to add them: the slide count stays fixed for everyone following.

export const SLIDES = [
  { key: "alignment", title: "Business objectives" },
  { key: "changes", title: "What changed since the last round" },
  { key: "disagreements", title: "Where we disagree" },
  { key: "bottleneck", title: "The bottleneck and what to do first" },
  { key: "previous-actions", title: "Last meeting's actions" },
  { key: "new-actions", title: "New actions" },
] as const;

export type SlideKey = (typeof SLIDES)[number]["key"];
export const SLIDE_COUNT = SLIDES.length;
export const LAST_SLIDE = SLIDE_COUNT - 1;

/** The slide a step from `current` lands on, never past the first or the last. */
export function stepSlide(current: number, step: number): number {
  return Math.min(LAST_SLIDE, Math.max(0, current + step));
}

/** "Slide 2 of 5: Where we disagree", for the live region and the counter. */
export function slideAnnouncement(index: number): string {
  const slide = SLIDES[stepSlide(index, 0)]!;
  return `Slide ${stepSlide(index, 0) + 1} of ${SLIDE_COUNT}: ${slide.title}`;
}
