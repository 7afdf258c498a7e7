/** FactReport and Disagreement: what each article states of a fact, and where articles disagree. */
import { statedFields, renderValue, type StatedField } from '../corpus/stated-values.js';
import type { FactRecord, FactReport } from '../corpus/model.js';
import { reportsOf } from '../corpus/merge-reports.js';
import { textCost } from './cost.js';
import { builder } from './builder.js';
import { ArticleRef, DisagreementRef, EvidenceRef, FactRef, FactReportRef } from './refs.js';
import { holderKey, valueId, valueIdDescription } from './value-ids.js';

const StatedValueRef = builder.objectRef<StatedField & { fact: FactRecord; articleKey: string; evidence: FactReport['evidence'] }>('StatedValue').implement({
  description: 'One value of a fact as one article states it.',
  fields: (t) => ({
    // The same in a report's stated values and in a disagreement's versions: one article's value of one field.
    id: t.id({
      description: valueIdDescription('stated value', 'its fact, its article and its field', 'the fact'),
      resolve: (stated) => valueId('StatedValue', `${holderKey(stated.fact)}/reports/${stated.articleKey}/${stated.field}`),
    }),
    field: t.exposeString('field', { description: 'The field, as a path in the fact, e.g. "status" or "delegation.size".' }),
    value: t.exposeString('value', {
      // Any stated value as text: a description as much as a date.
      complexity: textCost((sizes) => sizes.text),
      description: 'The value in a stable form: a term ("underway"), a date as stated ("2014-12-03", "--10-12", "2012-06"), an amount with its unit ("20 COUNT"), a key.',
    }),
    words: t.exposeString('words', { nullable: true, description: 'The article\'s own words for it, where the value keeps them (a time, a quantity).' }),
    article: t.field({
      type: ArticleRef,
      description: 'The article that states this value.',
      resolve: (stated, _args, { store }) => store.get('Article', stated.articleKey)!,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The quotes by which this article states the fact.',
      resolve: (stated) => stated.evidence,
    }),
  }),
});

builder.objectType(FactReportRef, {
  description: 'What one article states of a fact: the declaration that introduces it, or a later report on it.',
  fields: (t) => ({
    id: t.id({
      description: valueIdDescription('report', 'its fact and its article', 'the fact'),
      resolve: ({ fact, report }) => valueId('FactReport', `${holderKey(fact)}/reports/${report.articleKey}`),
    }),
    article: t.field({ type: ArticleRef, description: 'The article.', resolve: ({ report }, _args, { store }) => store.get('Article', report.articleKey)! }),
    declares: t.boolean({ description: 'True for the article that declares the fact; false for a report on it.', resolve: ({ report }) => report.declares }),
    fields: t.stringList({ description: 'The fields this article states, e.g. ["status", "date", "participants"].', resolve: ({ report }) => report.fields }),
    stated: t.field({
      type: [StatedValueRef],
      description: 'The values this article states (lists such as participants are left out: their items carry their own evidence).',
      resolve: ({ fact, report }) => statedFields(report.values).map((stated) => ({ ...stated, fact, articleKey: report.articleKey, evidence: report.evidence })),
    }),
    evidence: t.field({ type: [EvidenceRef], description: 'The quotes by which this article states the fact.', resolve: ({ report }) => report.evidence }),
    fact: t.field({ type: FactRef, description: 'The fact reported on.', resolve: ({ fact }) => fact }),
  }),
});

builder.objectType(DisagreementRef, {
  description:
    'A value articles disagree on: two dates that cannot both be true, two figures, or a status that goes back (signed, then planned). The fact\'s own field keeps the declaring article\'s value; each version here keeps its article.',
  fields: (t) => ({
    id: t.id({
      description: valueIdDescription('disagreement', 'its fact and its field', 'the fact'),
      resolve: ({ fact, disagreement }) => valueId('Disagreement', `${holderKey(fact)}/disagreements/${disagreement.field}`),
    }),
    field: t.string({ description: 'The field, as a path in the fact, e.g. "status" or "departure".', resolve: ({ disagreement }) => disagreement.field }),
    versions: t.field({
      type: [StatedValueRef],
      description: 'Every article\'s value, oldest article first.',
      resolve: ({ fact, disagreement }) =>
        disagreement.versions.map(({ articleKey, value }) => ({
          ...renderValue(disagreement.field, value),
          fact,
          articleKey,
          evidence: reportsOf(fact).find((report) => report.articleKey === articleKey)!.evidence,
        })),
    }),
  }),
});
