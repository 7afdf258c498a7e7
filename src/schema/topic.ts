/** Topic: a subject area (district heating, tourism...) that facts are about. */
import { builder } from './builder.js';
import { keyFrom, withoutNulls } from './lookup.js';
import { BY_NAME, EntityOrder } from './order.js';
import { connectionCost, paginate } from './paginate.js';
import { EntityRef, FactConnection, FactRef, TopicConnection, TopicRef } from './refs.js';

builder.node(TopicRef, {
  description: 'A subject area that visits, agreements, metrics and statements are about, e.g. "district heating".',
  interfaces: [EntityRef],
  id: { resolve: (topic) => topic.key },
  loadOne: (key, { store }) => store.get('Topic', key) ?? null,
  isTypeOf: (record) => (record as { type?: string }).type === 'Topic',
  fields: (t) => ({
    facts: t.connection(
      {
        type: FactRef,
        description: 'Every fact about this topic (visit purposes, agreement areas, metrics, statements), oldest first.',
        complexity: connectionCost,
        resolve: (topic, args, { store }) => paginate(args, store.factsByTopic.get(topic.key)),
      },
      FactConnection,
    ),
  }),
});

const TopicFilter = builder.inputType('TopicFilter', {
  description: 'Narrows a list of topics. Every field given must match.',
  fields: (t) => ({
    text: t.string({ description: 'Words that must all occur in the name.' }),
  }),
});

builder.queryFields((t) => ({
  topic: t.field({
    type: TopicRef,
    nullable: true,
    description: 'One topic, by key or global ID. Null when none has that key.',
    args: {
      key: t.arg.string({ description: 'The key, e.g. "district-heating".' }),
      id: t.arg.id({ description: 'The global ID.' }),
    },
    resolve: (_root, args, { store }) => store.get('Topic', keyFrom(args, ['Topic'])) ?? null,
  }),
  topics: t.connection(
    {
      type: TopicRef,
      description: 'All topics in the corpus, by name unless orderBy says otherwise.',
      args: {
        filter: t.arg({ type: TopicFilter, description: 'Which topics to include.' }),
        orderBy: t.arg({ type: EntityOrder, description: 'How to order them.' }),
      },
      complexity: connectionCost,
      resolve: (_root, { filter, orderBy, ...args }, { queries }) =>
        paginate(args, queries.named('Topic', withoutNulls(filter), orderBy ?? BY_NAME)),
    },
    TopicConnection,
  ),
}));
