// Content collections: chapters (MDX, one file per chapter per language) and the glossary (JSON).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, glossaryTermSchema } from '#core/schema.ts';

const chapters = defineCollection({
  // Ids are the file paths ("en/03-x"): by default the loader would take the `slug` field, which both languages share.
  loader: glob({ pattern: '{zh,en}/*.mdx', base: './content/chapters', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: chapterSchema,
});

const glossary = defineCollection({
  loader: file('content/glossary.json', { parser: (text) => (JSON.parse(text) as { terms: Record<string, unknown>[] }).terms }),
  schema: glossaryTermSchema,
});

export const collections = { chapters, glossary };
