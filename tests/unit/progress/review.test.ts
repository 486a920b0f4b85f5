import { describe, expect, it } from 'vitest';
import { afterMiss, afterPass, dueEntries, isDue, nextDue, REVIEW_DAYS, reviewKey } from '../../../src/progress/review';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 2, 1, 8, 30);

describe('review schedule', () => {
  it('uses 1, 3, 7 and 21 days', () => {
    expect(REVIEW_DAYS).toEqual([1, 3, 7, 21]);
  });

  it('is due exactly when its day comes, not a minute before', () => {
    const e = afterMiss('q/z', 'a', 'h', t0);
    expect(isDue(e, t0 + DAY - 60_000)).toBe(false);
    expect(isDue(e, t0 + DAY)).toBe(true);
  });

  it('walks the steps with passes and leaves the queue after the last', () => {
    let e = afterMiss('q/z', 'a', 'h', t0);
    let now = t0;
    const gaps: number[] = [];
    for (;;) {
      now = Date.parse(e.due);
      const next = afterPass(e, now);
      if (!next) break;
      gaps.push((Date.parse(next.due) - now) / DAY);
      e = next;
    }
    expect(gaps).toEqual([3, 7, 21]);
    expect(e.step).toBe(3);
  });

  it('lists due entries, oldest first, and says when the next one comes', () => {
    const review = {
      [reviewKey('q/z', 'late')]: afterMiss('q/z', 'late', 'h', t0 + 2 * DAY),
      [reviewKey('q/z', 'a')]: afterMiss('q/z', 'a', 'h', t0),
      [reviewKey('q/y', 'b')]: afterMiss('q/y', 'b', 'h', t0 + DAY),
    };
    const now = t0 + 2 * DAY;
    expect(dueEntries(review, now).map((e) => e.question)).toEqual(['a', 'b']);
    expect(nextDue(review, now)).toBe(t0 + 3 * DAY);
    expect(nextDue({}, now)).toBeNull();
  });
});
