/** Assembles the schema: importing each type module registers it with the builder. */
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import { schemaDirectives } from './directives.js';
import { withSyncGlobalIds } from './global-ids.js';
import './vocabulary.js';
import './evidence.js';
import './time.js';
import './quantity.js';
import './interfaces.js';
import './participation.js';
import './reports.js';
import './article.js';
import './country.js';
import './region.js';
import './city.js';
import './venue.js';
import './person.js';
import './organisation.js';
import './company.js';
import './topic.js';
import './visit.js';
import './event.js';
import './agreement.js';
import './metric.js';
import './statement.js';
import './search.js';

// @defer and @stream are declared (directives.ts), so that the printed SDL has them.
export const schema = withSyncGlobalIds(lexicographicSortSchema(builder.toSchema({ directives: schemaDirectives })));
