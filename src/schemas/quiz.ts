import { z } from 'zod';

/**
 * One quiz per lesson: content/quizzes/<chapter>/<lesson>.yaml, both languages in the same file.
 *
 *   questions:
 *     - id: vending-machine            # unique in the file
 *       kind: single                   # single | multiple | truefalse | order | command | predict
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
 *     - kind: predict                  # predict the output: the simulator runs it at build time
 *       start: { lab: cluster, files: { 'D:\\3_VMs\\HashiCorp\\Vagrantfile': '…' } }   # a lab start state
 *       setup: [ 'kubectl create deployment hello --image=nginx --replicas=3' ]   # run first, not shown
 *       command: kubectl get pods      # the command whose output the learner predicts
 *       claims:                        # either short statements the learner marks as true …
 *         - id: a
 *           text: { en: …, ko: … }
 *           rule: { match: 'ContainerCreating' }   # match: regex on one line | line: a whole line
 *                                                   # | lines: { match, count } | exit: exit code
 *           correct: true              # must agree with the rule on the real output, or the build fails
 *           why: { en: …, ko: … }
 *       variants:                      # … or wrong outputs shown beside the real one; pick the real one
 *         - id: b
 *           output: |
 *             …
 *           why: { en: …, ko: … }
 *       expect: [ { match: '404' } ]   # variants: rules the real output must meet (the why relies on them)
 *       highlight: [ 'ContainerCreating' ]  # optional: more regexes for lines to highlight in the output
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

const regexText = z
  .string({ error: 'expected a regular expression' })
  .min(1, 'empty regular expression')
  .superRefine((src, ctx) => {
    try {
      new RegExp(src);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `not a regular expression: ${(e as Error).message}` });
    }
  });

/** A check on a command's real output: true or false, computed by the simulator at build time. */
export const outputRule = z.union(
  [
    z.object({ match: regexText }).strict(),
    z.object({ line: z.string().min(1, 'empty line') }).strict(),
    z.object({ lines: z.object({ match: regexText, count: z.number().int().nonnegative() }).strict() }).strict(),
    z.object({ exit: z.number().int().nonnegative() }).strict(),
  ],
  { error: 'a rule is { match: regex }, { line: text }, { lines: { match, count } } or { exit: code }' },
);

const claim = z
  .object({
    id: idText,
    text: localizedText,
    rule: outputRule,
    correct: z.boolean({ error: 'say whether the claim is true: `correct: true` or `correct: false`' }),
    why: localizedText,
  })
  .strict();

const variant = z
  .object({
    id: idText.refine((v) => v !== 'real', 'the id "real" is kept for the simulator\'s output'),
    output: z.string().trim().min(1, 'empty output'),
    why: localizedText,
  })
  .strict();

const predict = z
  .object({
    ...base,
    kind: z.literal('predict'),
    start: z
      .object({
        lab: z.string({ error: 'name the lab start state: host, vm, nodes, cluster, …' }).min(1),
        files: z.record(z.string(), z.string()).default({}),
      })
      .strict(),
    setup: z.array(z.string().trim().min(1, 'empty command')).default([]),
    command: z.string({ error: 'the command to predict is missing' }).trim().min(1, 'empty command'),
    claims: z.array(claim).min(2, 'needs at least 2 claims').optional(),
    variants: z.array(variant).min(1, 'needs at least 1 wrong output besides the real one').optional(),
    expect: z.array(outputRule).optional(),
    highlight: z.array(regexText).default([]),
    why: localizedText,
  })
  .strict()
  .superRefine((q, ctx) => {
    if (!q.claims === !q.variants)
      ctx.addIssue({
        code: 'custom',
        path: q.claims ? ['variants'] : [],
        message: 'a predict question has either `claims` or `variants`, not both and not neither',
      });
    if (q.claims) uniqueIds(q.claims, ctx, 'claims', 'claim');
    if (q.variants) {
      uniqueIds(q.variants, ctx, 'variants', 'variant');
      if (!q.expect?.length)
        ctx.addIssue({
          code: 'custom',
          path: ['expect'],
          message: 'variants need `expect`: at least one rule the real output must meet',
        });
    }
  });

export const questionSchema = z.discriminatedUnion('kind', [single, multiple, truefalse, order, command, predict], {
  error: (iss) =>
    iss.code === 'invalid_union' ? 'unknown kind: use single, multiple, truefalse, order, command or predict' : undefined,
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
export type PredictQuestion = Extract<Question, { kind: 'predict' }>;
export type OutputRule = z.infer<typeof outputRule>;
