/** Article: the source of every fact, with its metadata and full text. */
import { builder } from './builder.js';
import { keyFrom, withoutNulls } from './lookup.js';
import { NEWEST_FIRST, OrderDirection } from './order.js';
import { connectionCost, paginate } from './paginate.js';
import { ArticleConnection, ArticleRef, EntityConnection, EntityRef, FactConnection, FactRef } from './refs.js';
import type { EntityRecord, FactRecord } from '../corpus/model.js';

builder.node(ArticleRef, {
  description: 'A news article: its metadata, its full text as paragraphs, and what it mentions and states.',
  id: { resolve: (article) => article.key },
  loadOne: (key, { store }) => store.get('Article', key) ?? null,
  isTypeOf: (record) => (record as { type?: string }).type === 'Article',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable, human-readable key of the article.' }),
    title: t.exposeString('title', { description: 'The headline.' }),
    source: t.exposeString('source', { description: 'The publisher, e.g. "Xinhua".' }),
    publishedAt: t.field({
      type: 'DateTime',
      description: 'When it was published, as a UTC instant.',
      resolve: (article) => article.publishedAt,
    }),
    utcOffset: t.field({
      type: 'UtcOffset',
      description: 'The UTC offset of the publisher\'s local time, e.g. "+08:00" for Beijing time.',
      resolve: (article) => article.publishedAt.match(/(Z|[+-]\d{2}:\d{2})$/)![1]!.replace('Z', '+00:00'),
    }),
    publishedOn: t.field({
      type: 'Date',
      description: 'The publication date in the publisher\'s local time, as printed on the article.',
      resolve: (article) => article.publishedAt.slice(0, 10),
    }),
    section: t.exposeString('section', { nullable: true, description: 'The section it was posted in, e.g. "Diplomacy".' }),
    language: t.exposeString('language', { description: 'BCP 47 language tag of the text, e.g. "en".' }),
    url: t.field({
      type: 'URL',
      nullable: true,
      description: 'Where it was published, when known.',
      resolve: (article) => article.url ?? null,
    }),
    paragraphs: t.exposeStringList('body', {
      description: 'The full text, one string per paragraph, verbatim. Evidence.paragraph indexes this list.',
    }),
    entities: t.connection(
      {
        type: EntityRef,
        description: 'The entities this article mentions.',
        complexity: connectionCost,
        resolve: (article, args, { store }) =>
          paginate(args, store.recordsByArticle.get(article.key).filter((r): r is EntityRecord => !('articleKey' in r))),
      },
      EntityConnection,
    ),
    facts: t.connection(
      {
        type: FactRef,
        description: 'The facts this article states: visits, agreements, metrics and statements.',
        complexity: connectionCost,
        resolve: (article, args, { store }) =>
          paginate(args, store.recordsByArticle.get(article.key).filter((r): r is FactRecord => 'articleKey' in r)),
      },
      FactConnection,
    ),
  }),
});

const ArticleOrderField = builder.enumType('ArticleOrderField', {
  description: 'What to sort articles by.',
  values: {
    PUBLISHED_AT: { value: 'date', description: 'Publication time.' },
    KEY: { value: 'key', description: 'The key, alphabetically.' },
  } as const,
});

const ArticleOrder = builder.inputType('ArticleOrder', {
  description: 'How to order articles. Default: newest first.',
  fields: (t) => ({
    field: t.field({ type: ArticleOrderField, defaultValue: 'date', required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, defaultValue: 'desc', required: true, description: 'Sort direction.' }),
  }),
});

const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Narrows a list of articles. Every field given must match.',
  fields: (t) => ({
    source: t.string({ description: 'The publisher, exactly, e.g. "Xinhua".' }),
    section: t.string({ description: 'The section, exactly, e.g. "Diplomacy".' }),
    language: t.string({ description: 'BCP 47 language tag, e.g. "en".' }),
    publishedFrom: t.field({ type: 'DateTime', description: 'Published at or after this instant.' }),
    publishedTo: t.field({ type: 'DateTime', description: 'Published at or before this instant.' }),
    mentions: t.string({ description: 'An entity the article mentions, written "type:key", e.g. "city:copenhagen".' }),
    text: t.string({ description: 'Words that must all occur in the title.' }),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: 'One article, by key or global ID. Null when none has that key.',
    args: {
      key: t.arg.string({ description: 'The key, e.g. "xinhua-2014-12-04-copenhagen-mayor-beijing-visit".' }),
      id: t.arg.id({ description: 'The global ID.' }),
    },
    resolve: (_root, args, { store }) => store.get('Article', keyFrom(args, ['Article'])) ?? null,
  }),
  articles: t.connection(
    {
      type: ArticleRef,
      description: 'All articles in the corpus, newest first unless orderBy says otherwise.',
      args: {
        filter: t.arg({ type: ArticleFilter, description: 'Which articles to include.' }),
        orderBy: t.arg({ type: ArticleOrder, description: 'How to order them.' }),
      },
      complexity: connectionCost,
      resolve: (_root, { filter, orderBy, ...args }, { queries }) => {
        const { mentions, ...rest } = withoutNulls(filter);
        return paginate(args, queries.articles({ ...rest, entity: mentions }, orderBy ?? NEWEST_FIRST));
      },
    },
    ArticleConnection,
  ),
}));
