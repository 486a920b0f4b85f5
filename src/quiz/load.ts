/**
 * A quiz as the pages render it (server only): the questions, what the simulator printed for each
 * predict-the-output question, and a content hash per question. A predict question whose claims no
 * longer agree with the simulator stops the build with the file and the question named.
 */
import { getEntry } from 'astro:content';
import type { Question } from '../schemas/quiz';
import { ContentError } from '../lib/content-rules';
import { checkQuizPredictions, type PredictResult } from './predict';
import { questionHash } from './grade';

export interface LoadedQuiz {
  id: string;
  questions: Question[];
  predictions: Record<string, PredictResult>;
  hashes: Record<string, string>;
}

const cache = new Map<string, Promise<LoadedQuiz>>();

export function loadQuiz(quizId: string): Promise<LoadedQuiz> {
  let p = cache.get(quizId);
  if (!p) {
    p = (async () => {
      const entry = await getEntry('quizzes', quizId);
      if (!entry) throw new Error(`No quiz "${quizId}" (expected content/quizzes/${quizId}.yaml)`);
      const questions = entry.data.questions as Question[];
      const { results, problems } = await checkQuizPredictions(`content/quizzes/${quizId}.yaml`, entry.data);
      if (problems.length) throw new ContentError(problems);
      const hashes = Object.fromEntries(questions.map((q) => [q.id, questionHash(q, results[q.id]?.output)]));
      return { id: quizId, questions, predictions: results, hashes };
    })();
    cache.set(quizId, p);
  }
  return p;
}
