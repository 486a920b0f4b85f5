import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { lessonSchema, chapterSchema, glossarySchema } from './schemas/lesson';
import { quizSchema } from './schemas/quiz';
import { labSchema } from './sim/lab/schema';

/** Lessons keep their path as id: `en/01-foundations/01-on-premises-and-iaas`. */
const lessons = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/lessons',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: lessonSchema,
});

const chapters = defineCollection({
  loader: file('./content/chapters.yaml'),
  schema: chapterSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: glossarySchema,
});

/** Quizzes: content/quizzes/<chapter>/<lesson>.yaml, id `<chapter>/<lesson>`. */
const quizzes = defineCollection({
  loader: glob({
    pattern: '**/*.yaml',
    base: './content/quizzes',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: quizSchema,
});

/** Labs: content/labs/<lab-id>.yaml. */
const labs = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: './content/labs',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: labSchema,
});

export const collections = { lessons, chapters, glossary, quizzes, labs };
