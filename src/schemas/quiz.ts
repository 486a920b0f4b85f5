import { z } from 'zod';

// Placeholder shape until the quiz format lands; see content/quizzes.
export const quizSchema = z.object({}).passthrough();
