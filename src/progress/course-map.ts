/**
 * Build-time facts the progress scripts need about the course: which lab and quiz belong to each lesson,
 * how many lab steps and quiz questions there are. Server only (reads collections).
 */
import { getCollection } from 'astro:content';
import { loadCourses } from '../lib/course';
import type { Lang } from '../i18n';

export interface LessonFacts {
  id: string;
  title: string;
  chapterId: string;
  lab?: string;
  labSteps: string[];
  quiz?: string;
  quizQuestions: number;
}

export interface CourseFacts {
  chapters: { id: string; number: number; title: string; lessons: LessonFacts[] }[];
  lessons: LessonFacts[];
}

export async function courseFacts(lang: Lang): Promise<CourseFacts> {
  const [courses, labs, quizzes] = await Promise.all([
    loadCourses(),
    getCollection('labs'),
    getCollection('quizzes'),
  ]);
  const labSteps = new Map(
    labs.map((l) => [l.id, ((l.data as { steps?: { id: string }[] }).steps ?? []).map((s) => s.id)]),
  );
  const quizSize = new Map(quizzes.map((q) => [q.id, q.data.questions.length]));
  const course = courses[lang];
  const chapters = course.chapters.map((c) => ({
    id: c.id,
    number: c.number,
    title: c.title,
    lessons: c.lessons.map(
      (l): LessonFacts => ({
        id: l.id,
        title: l.title,
        chapterId: c.id,
        lab: l.lab,
        labSteps: l.lab ? (labSteps.get(l.lab) ?? []) : [],
        quiz: l.quiz,
        quizQuestions: l.quiz ? (quizSize.get(l.quiz) ?? 0) : 0,
      }),
    ),
  }));
  return { chapters, lessons: chapters.flatMap((c) => c.lessons) };
}

/** What the marks script needs, as small as possible: lessonId → [labId, stepCount, quizId]. */
export function marksMap(facts: CourseFacts): Record<string, [string, number, string]> {
  const out: Record<string, [string, number, string]> = {};
  for (const l of facts.lessons) {
    if (l.lab || (l.quiz && l.quiz !== l.id)) out[l.id] = [l.lab ?? '', l.labSteps.length, l.quiz ?? ''];
  }
  return out;
}
