/** Company: a member of business delegations. */
import { builder } from './builder.js';
import { keyFrom, withoutNulls } from './lookup.js';
import { connectionCost, paginate } from './paginate.js';
import { BY_NAME, EntityOrder, NEWEST_FIRST } from './order.js';
import { CompanyConnection, CompanyRef, CountryRef, EntityRef, MetricConnection, MetricRef, VisitConnection, VisitRef } from './refs.js';

builder.node(CompanyRef, {
  description: 'A company that articles mention, e.g. as a member of a business delegation.',
  interfaces: [EntityRef],
  id: { resolve: (company) => company.key },
  loadOne: (key, { store }) => store.get('Company', key) ?? null,
  isTypeOf: (record) => (record as { type?: string }).type === 'Company',
  fields: (t) => ({
    country: t.field({
      type: CountryRef,
      nullable: true,
      description: 'The company\'s country, when an article states it.',
      resolve: (company, _args, { store }) => (company.country ? store.get('Country', company.country)! : null),
    }),
    delegations: t.connection(
      {
        type: VisitRef,
        description: 'Visits whose delegation the company was part of, newest first.',
        complexity: connectionCost,
        resolve: (company, args, { queries }) => paginate(args, queries.visits({ company: company.key }, NEWEST_FIRST)),
      },
      VisitConnection,
    ),
    metrics: t.connection(
      {
        type: MetricRef,
        description: 'Metrics about this company, newest first.',
        complexity: connectionCost,
        resolve: (company, args, { queries }) => paginate(args, queries.metrics({ company: company.key }, NEWEST_FIRST)),
      },
      MetricConnection,
    ),
  }),
});

const CompanyFilter = builder.inputType('CompanyFilter', {
  description: 'Narrows a list of companies. Every field given must match.',
  fields: (t) => ({
    country: t.string({ description: 'Key of the company\'s country.' }),
    text: t.string({ description: 'Words that must all occur in the name.' }),
  }),
});

builder.queryFields((t) => ({
  company: t.field({
    type: CompanyRef,
    nullable: true,
    description: 'One company, by key or global ID. Null when none has that key.',
    args: {
      key: t.arg.string({ description: 'The key, e.g. "grundfos".' }),
      id: t.arg.id({ description: 'The global ID.' }),
    },
    resolve: (_root, args, { store }) => store.get('Company', keyFrom(args, ['Company'])) ?? null,
  }),
  companies: t.connection(
    {
      type: CompanyRef,
      description: 'All companies in the corpus, by name unless orderBy says otherwise.',
      args: {
        filter: t.arg({ type: CompanyFilter, description: 'Which companies to include.' }),
        orderBy: t.arg({ type: EntityOrder, description: 'How to order them.' }),
      },
      complexity: connectionCost,
      resolve: (_root, { filter, orderBy, ...args }, { queries }) =>
        paginate(args, queries.companies(withoutNulls(filter), orderBy ?? BY_NAME)),
    },
    CompanyConnection,
  ),
}));
