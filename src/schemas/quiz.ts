import { z } from 'zod';

/**
 * One quiz per lesson: content/quizzes/<chapter>/<lesson>.yaml, both languages in the same file.
 *
 *   questions:
 *     - id: vending-machine            # unique in the file
 *       kind: single                   # single | multiple | truefalse | order | command
 *       prompt: { en: …, ko: … }
 *       choices:                       # single, multiple
 *         - id: a
 *           text: { en: …, ko: … }
 *           correct: true              # single: exactly one; multiple: at least one
 *           why: { en: …, ko: … }      # why this choice is right or wrong
 *     - kind: truefalse
 *       answer: false
 *       why: { en: …, ko: … }
 *     - kind: order
 *       steps: [ { id, text: { en, ko } }, … ]   # written in the right order; shown shuffled
 *       why: { en: …, ko: … }
 *     - kind: command
 *       expected: [ 'kubectl get pods -n kube-system' ]   # any of these, compared by the simulator's parser
 *       shell: bash                    # bash (default) or cmd (Windows host: command names ignore case)
 *       why: { en: …, ko: … }
 *
 * Errors name the field: `questions.2.choices.1.why.ko: missing translation`.
 */

const text = z
  .string({ error: (iss) => (iss.input === undefined ? 'missing translation' : 'expected text') })
  .trim()
  .min(1, 'empty text');

export const localizedText = z
  .object(
    { en: text, ko: text },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys'
          ? `unknown language ${iss.keys.map((k) => `"${k}"`).join(', ')}: use en and ko`
          : iss.input === undefined
            ? 'missing (needs en and ko)'
            : 'expected { en, ko }',
    },
  )
  .strict();

const idText = z
  .string({ error: 'missing id' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes');

const choice = z
  .object({
    id: idText,
    text: localizedText,
    correct: z.boolean().default(false),
    why: localizedText,
  })
  .strict();

const base = {
  id: idText,
  prompt: localizedText,
};

/** Duplicate ids inside a list, reported at the second occurrence. */
function uniqueIds(list: { id: string }[], ctx: z.RefinementCtx, field: string, what: string): void {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [field, i, 'id'],
        message: `duplicate ${what} id "${item.id}" (also ${field}.${first}.id)`,
      });
    } else seen.set(item.id, i);
  });
}

const single = z
  .object({ ...base, kind: z.literal('single'), choices: z.array(choice).min(2, 'needs at least 2 choices') })
  .strict()
  .superRefine((q, ctx) => {
    uniqueIds(q.choices, ctx, 'choices', 'choice');
    const n = q.choices.filter((c) => c.correct).length;
    if (n !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message:
          n === 0
            ? 'no correct answer: mark exactly one choice `correct: true`'
            : `a single-choice question needs exactly one correct choice, found ${n}`,
      });
  });

const multiple = z
  .object({ ...base, kind: z.literal('multiple'), choices: z.array(choice).min(2, 'needs at least 2 choices') })
  .strict()
  .superRefine((q, ctx) => {
    uniqueIds(q.choices, ctx, 'choices', 'choice');
    if (!q.choices.some((c) => c.correct))
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'no correct answer: mark at least one choice `correct: true`' });
  });

const truefalse = z
  .object({
    ...base,
    kind: z.literal('truefalse'),
    answer: z.boolean({ error: 'no correct answer: set `answer: true` or `answer: false`' }),
    why: localizedText,
  })
  .strict();

const order = z
  .object({
    ...base,
    kind: z.literal('order'),
    steps: z.array(z.object({ id: idText, text: localizedText }).strict()).min(3, 'needs at least 3 steps'),
    why: localizedText,
  })
  .strict()
  .superRefine((q, ctx) => uniqueIds(q.steps, ctx, 'steps', 'step'));

const command = z
  .object({
    ...base,
    kind: z.literal('command'),
    expected: z
      .array(z.string().trim().min(1, 'empty command'), { error: 'no correct answer: list the `expected` commands' })
      .min(1, 'no correct answer: list at least one expected command'),
    shell: z.enum(['bash', 'cmd']).default('bash'),
    why: localizedText,
  })
  .strict();

export const questionSchema = z.discriminatedUnion('kind', [single, multiple, truefalse, order, command], {
  error: (iss) =>
    iss.code === 'invalid_union' ? 'unknown kind: use single, multiple, truefalse, order or command' : undefined,
});

export const quizSchema = z
  .object({
    questions: z.array(questionSchema).min(1, 'a quiz needs at least one question'),
  })
  .strict()
  .superRefine((quiz, ctx) => uniqueIds(quiz.questions, ctx, 'questions', 'question'));

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export type LocalizedText = z.infer<typeof localizedText>;
