import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, renameSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateContentTree, validatePredictions } from '../../scripts/validate-content';
import { formatProblem } from '../../src/lib/content-rules';

const root = path.resolve(__dirname, '../..');

/** A copy of the course's content in a temporary folder, to break on purpose. */
function copyContent(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cdx-content-'));
  cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

const firstLesson = (dir: string, lang = 'en') => {
  const chapters = path.join(dir, 'content/lessons', lang);
  const chapter = execFileSync('ls', [chapters]).toString().split('\n')[0];
  const lesson = execFileSync('ls', [path.join(chapters, chapter)]).toString().split('\n')[0];
  return { file: path.join(chapters, chapter, lesson), rel: `content/lessons/${lang}/${chapter}/${lesson}`, chapter, lesson };
};

describe('course content', () => {
  it('is valid as written', () => {
    expect(validateContentTree(root).map(formatProblem)).toEqual([]);
  });

  it('names the file and the field of a malformed lesson', () => {
    const dir = copyContent();
    const { file, rel } = firstLesson(dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^minutes: .*$/m, 'minutes: ten').replace(/^title: .*$/m, 'title: ""'));
    const problems = validateContentTree(dir);
    expect(problems.map((p) => [p.file, p.field])).toEqual(
      expect.arrayContaining([
        [rel, 'minutes'],
        [rel, 'title'],
      ]),
    );
    rmSync(dir, { recursive: true });
  });

  it('refuses a lesson in one language only, unless it is a draft', () => {
    const dir = copyContent();
    const ko = firstLesson(dir, 'ko');
    const en = firstLesson(dir, 'en');
    renameSync(ko.file, `${ko.file}.bak`);
    const problems = validateContentTree(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: en.rel, field: 'draft' }));
    expect(formatProblem(problems.find((p) => p.field === 'draft')!)).toContain(`content/lessons/ko/${ko.chapter}/${ko.lesson}`);
    writeFileSync(en.file, readFileSync(en.file, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
    expect(validateContentTree(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it('names an unknown lab, an unknown chapter folder and broken YAML', () => {
    const dir = copyContent();
    const { file, rel } = firstLesson(dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\nlab: no-such-lab\n'));
    writeFileSync(path.join(dir, 'content/chapters.yaml'), readFileSync(path.join(dir, 'content/chapters.yaml'), 'utf8') + '\n- id: [unclosed\n');
    const problems = validateContentTree(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: rel, field: 'lab' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/chapters.yaml', field: '(yaml)' }));
    rmSync(dir, { recursive: true });
  });

  it('stops the build script with exit 1 and a readable list', () => {
    const dir = copyContent();
    const { file, rel } = firstLesson(dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^objectives:\n(  - .*\n)+/m, 'objectives: []\n'));
    let output = '';
    let code = 0;
    try {
      execFileSync('npx', ['tsx', path.join(root, 'scripts/validate-content.ts'), dir], { stdio: 'pipe', cwd: root });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      code = err.status;
      output = err.stderr.toString();
    }
    expect(code).toBe(1);
    expect(output).toContain(`${rel}: objectives:`);
    rmSync(dir, { recursive: true });
  }, 120_000);

  it('fails the build on a predict question whose claim no longer matches the simulator, naming file and question', async () => {
    expect(await validatePredictions(root)).toEqual([]);
    const dir = copyContent();
    const rel = 'content/quizzes/kubernetes-cluster/workloads.yaml';
    const file = path.join(dir, rel);
    const text = readFileSync(file, 'utf8');
    // The author now claims only two pods are listed right after the delete: the simulator prints three.
    const stale = text.replace("rule: { lines: { match: '^hello-', count: 3 } }", "rule: { lines: { match: '^hello-', count: 2 } }");
    expect(stale).not.toBe(text);
    writeFileSync(file, stale);
    const problems = await validatePredictions(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe(rel);
    expect(problems[0].field).toMatch(/^questions\.\d+\.claims\.0\.correct$/);
    expect(problems[0].message).toContain('question "predict-get-pods-after-delete"');
    expect(problems[0].message).toContain('exactly 2 lines matching /^hello-/');
    // The build's first step stops with exit 1 and says the same.
    let output = '';
    let code = 0;
    try {
      execFileSync('npx', ['tsx', path.join(root, 'scripts/validate-content.ts'), dir], { stdio: 'pipe', cwd: root });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      code = err.status;
      output = err.stderr.toString();
    }
    expect(code).toBe(1);
    expect(output).toContain(`${rel}: questions.`);
    expect(output).toContain('predict-get-pods-after-delete');
    rmSync(dir, { recursive: true });
  }, 120_000);

  it('refuses a wrong output variant that is the real output, and a setup command that fails', async () => {
    const dir = copyContent();
    const rel = 'content/quizzes/vagrant-lab/first-vm.yaml';
    const file = path.join(dir, rel);
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace('    command: vagrant up\n', '    setup: [ vagrant frobnicate ]\n    command: vagrant up\n'),
    );
    const problems = await validatePredictions(dir);
    expect(problems.map((p) => p.file)).toEqual([rel]);
    expect(problems[0].message).toMatch(/question "predict-box-version-600": setup: `vagrant frobnicate` failed/);
    rmSync(dir, { recursive: true });
  }, 120_000);
});
