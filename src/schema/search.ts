/** search(text:): one box that finds entities, facts and articles, ranked. */
import { builder } from './builder.js';
import { connectionCost, paginate } from './paginate.js';
import {
  AgreementRef,
  ArticleRef,
  CityRef,
  CompanyRef,
  CountryRef,
  MayorRef,
  MetricRef,
  OfficialRef,
  SearchHitConnection,
  SearchHitRef,
  StatementRef,
  TopicRef,
  VisitRef,
} from './refs.js';
import { typeNameOf } from './type-names.js';
import { GraphQLError } from 'graphql';

const SearchResult = builder.unionType('SearchResult', {
  description: 'Anything search can find: an article, an entity or a fact.',
  types: [ArticleRef, CountryRef, CityRef, MayorRef, OfficialRef, CompanyRef, TopicRef, VisitRef, AgreementRef, MetricRef, StatementRef],
  resolveType: typeNameOf,
});

builder.objectType(SearchHitRef, {
  description: 'One search result with its relevance score.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description: 'Relevance: words matched in names and titles weigh most; the whole phrase and exact names score extra.',
    }),
    item: t.field({ type: SearchResult, description: 'What was found.', resolve: (hit) => hit.record }),
  }),
});

const MAX_SEARCH_LENGTH = 200;

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchHitRef,
      description: 'Finds articles, entities and facts whose text contains every word of the query, best first.',
      args: {
        text: t.arg.string({ required: true, description: `The words to find (at most ${MAX_SEARCH_LENGTH} characters), e.g. "district heating".` }),
      },
      complexity: connectionCost,
      resolve: (_root, { text, ...args }, { queries }) => {
        if (text.length > MAX_SEARCH_LENGTH) {
          throw new GraphQLError(`"text" must be at most ${MAX_SEARCH_LENGTH} characters, got ${text.length}.`, {
            extensions: { code: 'BAD_USER_INPUT', argument: 'text' },
          });
        }
        return paginate(args, queries.search(text));
      },
    },
    SearchHitConnection,
  ),
);
