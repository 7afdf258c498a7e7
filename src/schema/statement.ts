/** Statement: what a person is quoted or reported as saying. */
import { builder } from './builder.js';
import { keyFrom, withoutNulls } from './lookup.js';
import { connectionCost, paginate } from './paginate.js';
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
  id: { resolve: (statement) => statement.key },
  loadOne: (key, { store }) => store.get('Statement', key) ?? null,
  isTypeOf: (record) => (record as { type?: string }).type === 'Statement',
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

builder.queryFields((t) => ({
  statement: t.field({
    type: StatementRef,
    nullable: true,
    description: 'One statement, by key or global ID. Null when none has that key.',
    args: {
      key: t.arg.string({ description: 'The statement\'s key.' }),
      id: t.arg.id({ description: 'The statement\'s global ID.' }),
    },
    resolve: (_root, args, { store }) => store.get('Statement', keyFrom(args, ['Statement'])) ?? null,
  }),
  statements: t.connection(
    {
      type: StatementRef,
      description: 'Statements across the corpus, in article order.',
      args: { filter: t.arg({ type: StatementFilter, description: 'Which statements to include.' }) },
      complexity: connectionCost,
      resolve: (_root, { filter, ...args }, { queries }) => {
        const { mode, ...rest } = withoutNulls(filter);
        return paginate(args, queries.statements({ ...rest, modes: mode }, { field: 'date', direction: 'asc' }));
      },
    },
    StatementConnection,
  ),
}));
