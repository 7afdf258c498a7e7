/** Statement: what a person is quoted or reported as saying. */
import { builder } from './builder.js';
import { nodeOf, rootFields } from './lookup.js';
import { OrderDirection } from './order.js';
import { EntityRef, FactRef, PersonRef, StatementConnection, StatementRef, TopicRef } from './refs.js';

const StatementMode = builder.enumType('StatementMode', {
  description: 'How the article renders what was said.',
  values: {
    DIRECT: { value: 'direct', description: 'A direct quotation, inside quotation marks.' },
    REPORTED: { value: 'reported', description: 'Reported speech ("Jensen said ...").' },
  } as const,
});

builder.node(StatementRef, {
  description: 'Something a person is quoted or reported as saying, verbatim from the article.',
  interfaces: [FactRef],
  ...nodeOf('Statement'),
  fields: (t) => ({
    speaker: t.field({
      type: PersonRef,
      description: 'Who said it.',
      resolve: (statement, _args, { store }) => store.get('Person', statement.speaker)!,
    }),
    mode: t.expose('mode', { type: StatementMode, description: 'Direct quotation or reported speech.' }),
    text: t.exposeString('text', { description: 'What was said, verbatim from the article body.' }),
    setting: t.exposeString('setting', {
      nullable: true,
      description: 'Where or how it was said, e.g. "in an interview with Xinhua prior to his departure".',
    }),
    about: t.field({
      type: [EntityRef],
      description: 'The entities it is about.',
      resolve: (statement, _args, { store }) => statement.about.map((ref) => store.byRef(ref)!),
    }),
    topics: t.field({
      type: [TopicRef],
      description: 'The topics it concerns.',
      resolve: (statement, _args, { store }) => statement.topics.map((key) => store.get('Topic', key)!),
    }),
  }),
});

const StatementFilter = builder.inputType('StatementFilter', {
  description: 'Narrows a list of statements. Every field given must match.',
  fields: (t) => ({
    speaker: t.string({ description: 'Key of the person who said it.' }),
    mode: t.field({ type: [StatementMode], description: 'Any of these modes.' }),
    about: t.string({ description: 'An entity it is about, written "type:key", e.g. "city:beijing".' }),
    topic: t.string({ description: 'Key of a topic it concerns.' }),
    text: t.string({ description: 'Words that must all occur in what was said.' }),
  }),
});

/** Statements keep the order of the articles' text: by article, then by place in it. */
const StatementOrder = builder.inputType('StatementOrder', {
  description: 'How to order statements. Default: in article order.',
  fields: (t) => ({
    direction: t.field({ type: OrderDirection, defaultValue: 'asc', required: true, description: 'ASC: in article order; DESC: the reverse.' }),
  }),
});

rootFields({
  kind: 'Statement',
  typeNames: ['Statement'],
  type: StatementRef,
  connection: StatementConnection,
  one: 'statement',
  many: 'statements',
  noun: 'statement',
  example: 'jensen-clean-water-importance',
  listDescription: 'Statements across the corpus, in article order unless orderBy says otherwise.',
  filter: StatementFilter,
  order: StatementOrder,
  defaultOrder: { field: 'date', direction: 'asc' },
  list: ({ mode, ...rest }, order, queries) => queries.statements({ ...rest, modes: mode as string[] | undefined }, { field: 'date', direction: order.direction }),
});
