import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/chapters' }),
  schema: z.object({ order: z.number() }),
});
export const collections = { chapters };
