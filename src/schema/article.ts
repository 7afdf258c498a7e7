/** Article: the source of every fact, with its metadata and full text. */
import { isFact, type EntityRecord, type FactRecord } from '../corpus/model.js';
import { textCost } from './cost.js';
import { builder } from './builder.js';
import { rootFields, nodeOf } from './lookup.js';
import { NEWEST_FIRST, OrderDirection } from './order.js';
import { paged } from './paginate.js';
import { ArticleConnection, ArticleRef, EntityConnection, EntityRef, FactConnection, FactRef } from './refs.js';

const TextOrigin = builder.enumType('TextOrigin', {
  description: 'Whose words an article\'s text is.',
  values: {
    VERBATIM: { value: 'verbatim', description: 'The publisher\'s text, copied verbatim.' },
    PARAPHRASED: {
      value: 'paraphrased',
      description: 'Written by someone else from the facts of the publisher\'s report: never show it, or its quotes, as the publisher\'s words.',
    },
  } as const,
});

const ParaphraseRef = builder.objectRef<{ by: string; note?: string }>('Paraphrase').implement({
  description: 'Who wrote a paraphrased article\'s text, from the facts of which report (the article\'s source, publication and url).',
  fields: (t) => ({
    by: t.exposeString('by', { description: 'Who wrote the text, e.g. "news-graph editors".' }),
    note: t.exposeString('note', { nullable: true, description: 'What a reader should know, e.g. which part of the original was available.' }),
  }),
});

const hasTime = (publishedAt: string) => publishedAt.length > 10;

builder.node(ArticleRef, {
  description:
    'A news article: its metadata, its full text as paragraphs, and what it mentions and states. The text is the publisher\'s, or a paraphrase written from the publisher\'s report (textOrigin).',
  ...nodeOf('Article'),
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable, human-readable key of the article.' }),
    title: t.exposeString('title', { description: 'The headline; for a paraphrase, a title in the paraphrase\'s own words.' }),
    source: t.exposeString('source', { description: 'The publisher, e.g. "Xinhua"; for a paraphrase, the publisher of the original report.' }),
    publishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was published, as a UTC instant; null when only the date is known (see publishedOn).',
      resolve: (article) => (hasTime(article.publishedAt) ? article.publishedAt : null),
    }),
    utcOffset: t.field({
      type: 'UtcOffset',
      nullable: true,
      description: 'The UTC offset of the publisher\'s local time, e.g. "+08:00" for Beijing time; null when no time is known.',
      resolve: (article) => (hasTime(article.publishedAt) ? article.publishedAt.match(/(Z|[+-]\d{2}:\d{2})$/)![1]!.replace('Z', '+00:00') : null),
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
    textOrigin: t.field({
      type: TextOrigin,
      description: 'Whether paragraphs (and every evidence quote from them) are the publisher\'s words or a paraphrase.',
      resolve: (article) => (article.paraphrase ? 'paraphrased' : 'verbatim'),
    }),
    paraphrase: t.field({
      type: ParaphraseRef,
      nullable: true,
      description: 'Who wrote a paraphrased text; null when the text is the publisher\'s.',
      resolve: (article) => article.paraphrase ?? null,
    }),
    attribution: t.string({
      description: 'A credit line to show with the text, e.g. "Xinhua, 2014-12-04" or "Paraphrased by news-graph editors from a China Daily report of 2012-06-17".',
      resolve: (article) => {
        const on = article.publishedAt.slice(0, 10);
        return article.paraphrase ? `Paraphrased by ${article.paraphrase.by} from a ${article.source} report of ${on}` : `${article.source}, ${on}`;
      },
    }),
    paragraphs: t.exposeStringList('body', {
      complexity: textCost((sizes) => sizes.body),
      description: 'The full text, one string per paragraph: verbatim, or the paraphrase (textOrigin). Evidence.paragraph indexes this list.',
    }),
    entities: t.connection(
      {
        type: EntityRef,
        description: 'The entities this article mentions.',
        ...paged((article, _args, { store }) => store.recordsOf(article.key).filter((r): r is EntityRecord => !isFact(r))),
      },
      EntityConnection,
    ),
    facts: t.connection(
      {
        type: FactRef,
        description: 'The facts this article states: those it declares, and those other articles declare that it reports on.',
        ...paged((article, _args, { store }) => store.recordsOf(article.key).filter((r): r is FactRecord => isFact(r))),
      },
      FactConnection,
    ),
  }),
});

const ArticleOrderField = builder.enumType('ArticleOrderField', {
  description: 'What to sort articles by.',
  values: {
    PUBLISHED_AT: {
      value: 'date',
      description: 'Publication: the date as printed, then the instant; an article with a date alone sorts first on its day.',
    },
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
    publishedFrom: t.field({ type: 'DateTime', description: 'Published at or after this instant (an article with a date alone matches when any time that day could).' }),
    publishedTo: t.field({ type: 'DateTime', description: 'Published at or before this instant.' }),
    mentions: t.string({ description: 'An entity the article mentions, written "type:key", e.g. "city:copenhagen" or "organisation:grundfos".' }),
    paraphrased: t.boolean({ description: 'Only paraphrased articles (true) or only verbatim ones (false).' }),
    text: t.string({ description: 'Words that must all occur in the title or the text.' }),
  }),
});

rootFields({
  kind: 'Article',
  typeNames: ['Article'],
  type: ArticleRef,
  connection: ArticleConnection,
  one: 'article',
  many: 'articles',
  noun: 'article',
  example: 'xinhua-2014-12-04-copenhagen-mayor-beijing-visit',
  listDescription: 'All articles in the corpus, newest first unless orderBy says otherwise.',
  filter: ArticleFilter,
  order: ArticleOrder,
  defaultOrder: NEWEST_FIRST,
  list: ({ mentions, ...rest }, order, queries) => queries.articles({ ...rest, entity: mentions as string | undefined }, order),
});
