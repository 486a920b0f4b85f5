/**
 * The progress document described with zod: the reference for its shape. The browser validates with the
 * equivalent hand-written checks in doc.ts (zod alone would weigh more than a lesson page's whole
 * JavaScript budget); tests/unit/progress/schema.test.ts proves that both agree, document by document.
 */
import { z } from 'zod';
import { isTime } from './doc';

const id = z.string().min(1).max(200);
const time = z.string().refine(isTime, 'expected a date and time');
const count = z.number().int().nonnegative();
const record = <T extends z.ZodType>(v: T) => z.record(id, v);

const score = z
  .object({ score: count, total: count, at: time })
  .strict()
  .refine((s) => s.score <= s.total, { message: 'the score is larger than the total', path: ['score'] });

const answer = z.union([z.string(), z.array(z.string()), z.boolean()]);

const quizLast = (extra: z.ZodRawShape) =>
  z
    .object({ score: count, total: count, at: time, answers: record(answer), ...extra })
    .strict()
    .refine((s) => s.score <= s.total, { message: 'the score is larger than the total', path: ['score'] });

const progressFields = (version: 2 | 3, lastExtra: z.ZodRawShape) => ({
  version: z.literal(version),
  createdAt: time,
  updatedAt: time,
  lessons: record(
    z.object({ firstVisitedAt: time, lastVisitedAt: time, completedAt: time.optional() }).strict(),
  ),
  labs: record(z.object({ steps: record(time) }).strict()),
  quizzes: record(
    z
      .object({
        attempts: count.min(1),
        best: score,
        last: quizLast(lastExtra),
      })
      .strict(),
  ),
  last: z.object({ lessonId: id, lang: id, at: time }).strict().optional(),
  recovered: z.object({ backupKey: id, at: time, reason: z.string(), dismissed: z.boolean() }).strict().optional(),
});

export const progressDocV2 = z.object(progressFields(2, {})).strict();

export const progressDocV3 = z
  .object({
    ...progressFields(3, { hashes: record(id).optional() }),
    review: record(
      z
        .object({
          quiz: id,
          question: id,
          hash: id,
          step: count.max(3),
          due: time,
          missedAt: time,
          lastAt: time,
        })
        .strict(),
    ),
  })
  .strict();

export const progressDocV1 = z
  .object({
    version: z.literal(1),
    updated: z.number().nonnegative().refine(Number.isFinite),
    visited: z.array(id),
    completed: z.array(id),
    labSteps: record(z.array(id)),
    quizBest: record(count.max(100)),
  })
  .strict();

export const anyProgressDoc = z.union([progressDocV1, progressDocV2, progressDocV3]);
