/**
 * The review queue's schedule, without the browser: every missed question comes back 1, 3, 7 and 21 days
 * after it was last answered; a miss starts it over at 1 day; a pass after 21 days takes it off the queue.
 * Time is passed in (epoch milliseconds), so tests run on an injected clock.
 */
import type { ReviewEntry } from './doc';

export const REVIEW_DAYS = [1, 3, 7, 21] as const;
const DAY = 86_400_000;

export const reviewKey = (quiz: string, question: string): string => `${quiz}#${question}`;

const iso = (ms: number) => new Date(ms).toISOString();

/** The entry after a miss: back to the first step, due in a day. */
export function afterMiss(quiz: string, question: string, hash: string, now: number): ReviewEntry {
  return { quiz, question, hash, step: 0, due: iso(now + REVIEW_DAYS[0] * DAY), missedAt: iso(now), lastAt: iso(now) };
}

/** The entry after a right answer to a review, or null when the last step is passed (off the queue). */
export function afterPass(prev: ReviewEntry, now: number): ReviewEntry | null {
  const step = prev.step + 1;
  if (step >= REVIEW_DAYS.length) return null;
  return { ...prev, step, due: iso(now + REVIEW_DAYS[step] * DAY), lastAt: iso(now) };
}

export function isDue(entry: ReviewEntry, now: number): boolean {
  return Date.parse(entry.due) <= now;
}

/** Due entries, the longest-waiting first. */
export function dueEntries(review: Record<string, ReviewEntry>, now: number): ReviewEntry[] {
  return Object.values(review)
    .filter((e) => isDue(e, now))
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || reviewKey(a.quiz, a.question).localeCompare(reviewKey(b.quiz, b.question)));
}

/** When the next entry that is not due yet comes due (epoch ms), or null. */
export function nextDue(review: Record<string, ReviewEntry>, now: number): number | null {
  const later = Object.values(review)
    .map((e) => Date.parse(e.due))
    .filter((t) => t > now);
  return later.length ? Math.min(...later) : null;
}
