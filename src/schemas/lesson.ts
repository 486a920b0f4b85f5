import { z } from 'zod';

/** Frontmatter of one lesson file: content/lessons/{en,ko}/<NN-chapter>/<NN-lesson>.mdx */
export const lessonSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    order: z.number().int().nonnegative(),
    minutes: z.number().int().positive(),
    objectives: z.array(z.string().min(1)).min(1),
    lab: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'a lab id is lower-case letters, digits and dashes')
      .optional(),
    quiz: z
      .string()
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a quiz id is <chapter>/<lesson>')
      .optional(),
    draft: z.boolean().default(false),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonSchema>;

const localized = z.object({ en: z.string().min(1), ko: z.string().min(1) }).strict();

/** One chapter in content/chapters.yaml. Its id is the chapter folder without its number. */
export const chapterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    order: z.number().int().nonnegative(),
    title: localized,
    description: localized,
  })
  .strict();

export type Chapter = z.infer<typeof chapterSchema>;

/** One glossary term in content/glossary.yaml. */
export const glossarySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    term: localized,
    definition: localized,
    see: z.array(z.string()).default([]),
    /** How lessons find the term, per language: regular expressions, case-sensitive (src/lib/glossary-links.ts). */
    match: z
      .object({
        en: z.array(z.string().refine(isRegExp, 'not a valid regular expression')).min(1).optional(),
        ko: z.array(z.string().refine(isRegExp, 'not a valid regular expression')).min(1).optional(),
      })
      .strict()
      .optional(),
    /** Link the term only in these chapters (ids), where its word means this term. */
    chapters: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1).optional(),
  })
  .strict();

function isRegExp(s: string): boolean {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}

export type GlossaryTerm = z.infer<typeof glossarySchema>;
