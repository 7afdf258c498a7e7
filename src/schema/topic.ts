/** Topic: a subject area (district heating, tourism...) that facts are about. */
import { builder } from './builder.js';
import { nodeOf, rootFields } from './lookup.js';
import { BY_NAME, EntityOrder } from './order.js';
import { EntityRef, TopicConnection, TopicRef } from './refs.js';

builder.node(TopicRef, {
  description:
    'A subject area that visits, events, agreements, metrics and statements are about, e.g. "district heating". Its facts field lists them.',
  interfaces: [EntityRef],
  ...nodeOf('Topic'),
  fields: () => ({}),
});

const TopicFilter = builder.inputType('TopicFilter', {
  description: 'Narrows a list of topics. Every field given must match.',
  fields: (t) => ({
    text: t.string({ description: 'Words that must all occur in the name.' }),
  }),
});

rootFields({
  kind: 'Topic',
  typeNames: ['Topic'],
  type: TopicRef,
  connection: TopicConnection,
  one: 'topic',
  many: 'topics',
  noun: 'topic',
  example: 'district-heating',
  listDescription: 'All topics in the corpus, by name unless orderBy says otherwise.',
  filter: TopicFilter,
  order: EntityOrder,
  defaultOrder: BY_NAME,
  list: (filter, order, queries) => queries.named('Topic', filter, order),
});
