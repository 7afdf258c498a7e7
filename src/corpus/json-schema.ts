/** The JSON Schema editors use to check article files as they are written, generated from the zod format. */
import { z } from 'zod';
import { articleFileSchema } from './format/article.js';

export function articleJsonSchema(): object {
  return {
    ...z.toJSONSchema(articleFileSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://news-graph.local/schema/article.schema.json',
    title: 'News graph article file',
  };
}
