import { describe, expect, it } from 'vitest';
import { answerFits, gradeQuestion, gradeQuiz, keyOf, questionHash } from '../../../src/quiz/grade';
import { questionSchema, quizSchema, type PredictQuestion } from '../../../src/schemas/quiz';
import { ruleHolds, ruleLines } from '../../../src/quiz/rules';
import { checkPredict, cleanOutput } from '../../../src/quiz/predict';

const text = (en: string) => ({ en, ko: en });
const claimsQ = questionSchema.parse({
  id: 'after-delete',
  kind: 'predict',
  prompt: text('What does kubectl get pods show?'),
  start: { lab: 'cluster' },
  setup: ['kubectl create deployment hello --image=nginx:1.25 --replicas=3', 'kubectl rollout status deployment/hello', 'kubectl delete $(kubectl get pods -o name | head -n 1)'],
  command: 'kubectl get pods',
  claims: [
    { id: 'three', text: text('Three pods'), rule: { lines: { match: '^hello-', count: 3 } }, correct: true, why: text('w') },
    { id: 'creating', text: text('One is new'), rule: { match: 'ContainerCreating' }, correct: true, why: text('w') },
    { id: 'two', text: text('Two pods'), rule: { lines: { match: '^hello-', count: 2 } }, correct: false, why: text('w') },
  ],
  why: text('self-healing'),
}) as PredictQuestion;
const variantsQ = questionSchema.parse({
  id: 'box',
  kind: 'predict',
  prompt: text('vagrant up?'),
  start: { lab: 'host', files: { 'D:\\3_VMs\\HashiCorp\\Vagrantfile': 'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "6.0.0"\nend\n' } },
  command: 'vagrant up',
  expect: [{ match: '6\\.0\\.0' }],
  variants: [{ id: 'boots', output: '==> default: Machine booted and ready!', why: text('no') }],
  why: text('w'),
}) as PredictQuestion;

describe('predict questions: grading', () => {
  it('claims are graded as "mark every true claim"', () => {
    const key = keyOf(claimsQ);
    expect(key).toEqual({ kind: 'multiple', correct: ['three', 'creating'] });
    expect(gradeQuestion(key, ['creating', 'three'])).toEqual({ correct: true, answered: true });
    expect(gradeQuestion(key, ['three'])).toEqual({ correct: false, answered: true });
    expect(gradeQuestion(key, ['three', 'creating', 'two']).correct).toBe(false);
    expect(gradeQuestion(key, undefined).answered).toBe(false);
  });

  it('variants are graded as "pick the real output"', () => {
    const key = keyOf(variantsQ);
    expect(key).toEqual({ kind: 'single', correct: 'real' });
    expect(gradeQuiz({ box: key }, { box: 'real' }).score).toBe(1);
    expect(gradeQuiz({ box: key }, { box: 'boots' }).score).toBe(0);
  });

  it('the schema refuses a question with both or neither claims and variants, and variants without expect', () => {
    const both = quizSchema.safeParse({ questions: [{ ...claimsQ, variants: variantsQ.variants, expect: variantsQ.expect }] });
    expect(both.success).toBe(false);
    const { claims: _c, ...neither } = claimsQ;
    expect(quizSchema.safeParse({ questions: [neither] }).error?.issues[0].message).toMatch(/either `claims` or `variants`/);
    const { expect: _e, ...noExpect } = variantsQ;
    expect(quizSchema.safeParse({ questions: [noExpect] }).error?.issues.map((i) => i.path.join('.'))).toContain('questions.0.expect');
    const badRegex = { ...claimsQ, claims: [claimsQ.claims![0], { ...claimsQ.claims![1], rule: { match: '(' } }] };
    expect(quizSchema.safeParse({ questions: [badRegex] }).error?.issues[0].path.join('.')).toBe('questions.0.claims.1.rule.match');
  });
});

describe('predict questions: rules and the simulator', () => {
  const run = { output: 'NAME   READY\nhello-a   1/1\nhello-b   0/1   ContainerCreating', exitCode: 0 };
  it('rules read lines, counts and the exit code', () => {
    expect(ruleHolds({ match: 'Container' }, run)).toBe(true);
    expect(ruleHolds({ line: 'hello-a   1/1' }, run)).toBe(true);
    expect(ruleHolds({ line: 'hello-a' }, run)).toBe(false);
    expect(ruleHolds({ lines: { match: '^hello-', count: 2 } }, run)).toBe(true);
    expect(ruleHolds({ exit: 1 }, run)).toBe(false);
    expect(ruleLines({ match: '^hello-' }, run.output)).toEqual([1, 2]);
  });

  it('cleans carriage returns and trailing blank lines', () => {
    expect(cleanOutput('\nprogress 10%\rprogress 100%  \ndone\n\n')).toBe('progress 100%\ndone');
  });

  it('stores the real output with the highlighted lines, and agrees with every claim', async () => {
    const r = await checkPredict('q.yaml', 0, claimsQ as Extract<typeof claimsQ, { kind: 'predict' }>);
    expect(r.problems).toEqual([]);
    const lines = r.result!.output.split('\n');
    expect(lines[0]).toMatch(/^NAME\s+READY\s+STATUS/);
    expect(lines.filter((l) => l.startsWith('hello-'))).toHaveLength(3);
    // The lines of the true claims are highlighted: the three pods.
    expect(r.result!.highlight.map((i) => lines[i].slice(0, 6))).toEqual(['hello-', 'hello-', 'hello-']);
    expect(r.result!.prompts).toHaveLength(4);
  }, 60_000);

  it('names the question and the claim whose flag disagrees with the output', async () => {
    const wrong = { ...claimsQ, claims: claimsQ.claims!.map((c) => (c.id === 'two' ? { ...c, correct: true } : c)) };
    const r = await checkPredict('content/quizzes/x/y.yaml', 4, wrong as Extract<typeof claimsQ, { kind: 'predict' }>);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'content/quizzes/x/y.yaml', field: 'questions.4.claims.2.correct' }),
    ]);
    expect(r.problems[0].message).toMatch(/^question "after-delete": claim "two" is marked correct: true/);
  }, 60_000);

  it('checks variants: the expect rules hold and no wrong variant is the real output', async () => {
    const ok = await checkPredict('f.yaml', 0, variantsQ as Extract<typeof variantsQ, { kind: 'predict' }>);
    expect(ok.problems).toEqual([]);
    expect(ok.result!.exitCode).not.toBe(0);
    const copy = { ...variantsQ, variants: [{ id: 'same', output: ok.result!.output, why: text('x') }] };
    const bad = await checkPredict('f.yaml', 0, copy as Extract<typeof variantsQ, { kind: 'predict' }>);
    expect(bad.problems.map((p) => p.field)).toEqual(['questions.0.variants.0.output']);
  }, 60_000);
});

describe('content hash per question', () => {
  it('changes when the answer key, the options or the output change, not otherwise', () => {
    const h = questionHash(claimsQ, 'out');
    expect(questionHash(claimsQ, 'out')).toBe(h);
    expect(questionHash({ ...claimsQ, prompt: text('Reworded') }, 'out')).toBe(h);
    expect(questionHash(claimsQ, 'other output')).not.toBe(h);
    const flipped = { ...claimsQ, claims: claimsQ.claims!.map((c) => ({ ...c, correct: !c.correct })) };
    expect(questionHash(flipped, 'out')).not.toBe(h);
    expect(questionHash({ ...claimsQ, claims: claimsQ.claims!.slice(0, 2) }, 'out')).not.toBe(h);
  });

  it('answers without a hash (older records) are kept only when they fit the question', () => {
    expect(answerFits({ kind: 'order', steps: ['a', 'b'] }, ['b', 'a'])).toBe(true);
    expect(answerFits({ kind: 'order', steps: ['a', 'b'] }, ['a', 'c'])).toBe(false);
    expect(answerFits({ kind: 'truefalse', answer: true }, 'yes')).toBe(false);
    expect(answerFits({ kind: 'multiple', correct: ['a'] }, 'a')).toBe(false);
    expect(answerFits({ kind: 'single', correct: 'a' }, 'b')).toBe(true);
  });
});
