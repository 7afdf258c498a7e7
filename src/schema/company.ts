/** Company: an organisation of kind company, e.g. a member of a business delegation. */
import { builder } from './builder.js';
import { nodeOf, rootFields } from './lookup.js';
import { BY_NAME, EntityOrder, NEWEST_FIRST } from './order.js';
import { paged } from './paginate.js';
import { CompanyConnection, CompanyRef, EntityRef, MetricConnection, MetricRef, OrganisationRef, VisitConnection, VisitRef } from './refs.js';

builder.node(CompanyRef, {
  description: 'A company that articles mention, e.g. as a member of a business delegation.',
  interfaces: [OrganisationRef, EntityRef],
  ...nodeOf('Organisation', 'Company'),
  fields: (t) => ({
    delegations: t.connection(
      {
        type: VisitRef,
        description: 'Visits whose delegation the company was part of, newest first.',
        ...paged((company, _args, { queries }) => queries.visits({ company: company.key }, NEWEST_FIRST)),
      },
      VisitConnection,
    ),
    metrics: t.connection(
      {
        type: MetricRef,
        description: 'Metrics about this company, newest first.',
        ...paged((company, _args, { queries }) => queries.metrics({ company: company.key }, NEWEST_FIRST)),
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

rootFields({
  kind: 'Organisation',
  typeNames: ['Company'],
  type: CompanyRef,
  connection: CompanyConnection,
  one: 'company',
  many: 'companies',
  noun: 'company',
  example: 'grundfos',
  listDescription: 'All companies in the corpus, by name unless orderBy says otherwise.',
  filter: CompanyFilter,
  order: EntityOrder,
  defaultOrder: BY_NAME,
  list: (filter, order, queries) => queries.organisations({ ...filter, kinds: ['company'] }, order),
});
