/** npm run schema: writes the printed GraphQL SDL and the article JSON Schema into schema/. */
import { writeFileSync } from 'node:fs';
import { ARTICLE_JSON_SCHEMA_PATH, articleJsonSchemaText, SDL_PATH, sdlText } from '../src/schema/print.js';

writeFileSync(SDL_PATH, sdlText());
writeFileSync(ARTICLE_JSON_SCHEMA_PATH, articleJsonSchemaText());
console.log(`Wrote ${SDL_PATH} and ${ARTICLE_JSON_SCHEMA_PATH}`);
