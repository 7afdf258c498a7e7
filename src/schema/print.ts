/** The committed schema files: the sorted SDL front ends generate types from, and the article JSON Schema. */
import { printSchema } from 'graphql';
import { articleJsonSchema } from '../corpus/json-schema.js';
import { schema } from './index.js';

export const SDL_PATH = new URL('../../schema/schema.graphql', import.meta.url).pathname;
export const ARTICLE_JSON_SCHEMA_PATH = new URL('../../schema/article.schema.json', import.meta.url).pathname;

export const sdlText = (): string => `${printSchema(schema)}\n`;
export const articleJsonSchemaText = (): string => `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;
