/**
 * Checks every content file before the build: each file against its schema, then the rules across files.
 * Every problem names the file and the field. `npx tsx scripts/validate-content.ts [root]`; exit 1 on any.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { lessonSchema, chapterSchema, glossarySchema } from '../src/schemas/lesson';
import { quizSchema } from '../src/schemas/quiz';
import { labSchema } from '../src/sim/lab/schema';
import { checkQuizPredictions } from '../src/quiz/predict';
import { checkContent, formatProblem, zodProblems, type ContentProblem, type LessonRecord } from '../src/lib/content-rules';

function files(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full, ext));
    else if (name.endsWith(ext)) out.push(full);
  }
  return out.sort();
}

function readYaml(file: string, rel: string, problems: ContentProblem[]): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push({ file: rel, field: '(yaml)', message: (e as Error).message.split('\n')[0] });
    return undefined;
  }
}

function frontmatter(file: string, rel: string, problems: ContentProblem[]): unknown {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) {
    problems.push({ file: rel, field: '(frontmatter)', message: 'a lesson starts with a --- frontmatter block' });
    return undefined;
  }
  try {
    return parse(m[1]) ?? {};
  } catch (e) {
    problems.push({ file: rel, field: '(frontmatter)', message: (e as Error).message.split('\n')[0] });
    return undefined;
  }
}

export function validateContentTree(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const rel = (f: string) => path.relative(root, f).split(path.sep).join('/');
  const content = path.join(root, 'content');

  const list = <T extends z.ZodType>(file: string, schema: T): z.infer<T>[] => {
    if (!existsSync(file)) {
      problems.push({ file: rel(file), field: '(file)', message: 'missing' });
      return [];
    }
    const data = readYaml(file, rel(file), problems);
    if (data === undefined) return [];
    const parsed = z.array(schema).safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(rel(file), parsed.error));
      return [];
    }
    return parsed.data;
  };
  const chapters = list(path.join(content, 'chapters.yaml'), chapterSchema);
  list(path.join(content, 'glossary.yaml'), glossarySchema);

  const ids = (dir: string, strip: RegExp, schema: z.ZodType): string[] =>
    files(dir, '.yaml').flatMap((f) => {
      const data = readYaml(f, rel(f), problems);
      if (data === undefined) return [];
      const parsed = schema.safeParse(data);
      if (!parsed.success) problems.push(...zodProblems(rel(f), parsed.error));
      return [path.relative(dir, f).split(path.sep).join('/').replace(strip, '')];
    });
  const quizIds = ids(path.join(content, 'quizzes'), /\.yaml$/, quizSchema);
  const labIds = ids(path.join(content, 'labs'), /\.yaml$/, labSchema);

  const lessonsDir = path.join(content, 'lessons');
  const lessons: LessonRecord[] = [];
  for (const f of files(lessonsDir, '.mdx')) {
    const data = frontmatter(f, rel(f), problems);
    if (data === undefined) continue;
    const parsed = lessonSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(rel(f), parsed.error));
      continue;
    }
    lessons.push({ path: path.relative(lessonsDir, f).split(path.sep).join('/').replace(/\.mdx$/, ''), data: parsed.data });
  }
  problems.push(...checkContent({ lessons, chapterIds: chapters.map((c) => c.id), labIds, quizIds }));
  return problems;
}

/**
 * Predict-the-output questions: the simulator runs each one, and a claim or rule that no longer agrees
 * with its output is a problem naming the file and the question.
 */
export async function validatePredictions(root: string): Promise<ContentProblem[]> {
  const dir = path.join(root, 'content', 'quizzes');
  const problems: ContentProblem[] = [];
  for (const f of files(dir, '.yaml')) {
    const rel = path.relative(root, f).split(path.sep).join('/');
    let data: unknown;
    try {
      data = parse(readFileSync(f, 'utf8'));
    } catch {
      continue; // reported by validateContentTree
    }
    const parsed = quizSchema.safeParse(data);
    if (!parsed.success) continue;
    problems.push(...(await checkQuizPredictions(rel, parsed.data)).problems);
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = path.resolve(process.argv[2] ?? '.');
  const problems = [...validateContentTree(root), ...(await validatePredictions(root))];
  if (problems.length) {
    console.error(`The course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
  console.log('content: every lesson, chapter, glossary term, quiz and lab is valid');
}
