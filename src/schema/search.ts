/** search(text:): one box that finds articles (by title and text), entities and facts, ranked. */
import { MAX_TEXT_MATCHES, textMatches } from '../corpus/search.js';
import { GraphQLError } from 'graphql';
import { textCost } from './cost.js';
import { builder } from './builder.js';
import { paged } from './paginate.js';
import {
  AgreementRef,
  ArticleRef,
  CityRef,
  CompanyRef,
  CountryRef,
  EventRef,
  InstitutionRef,
  MayorRef,
  MetricRef,
  OfficialRef,
  RegionRef,
  SearchHitConnection,
  SearchHitRef,
  StatementRef,
  TopicRef,
  VenueRef,
  VisitRef,
} from './refs.js';
import { typeNameOf } from './type-names.js';
import { holderKey, valueId, valueIdDescription, withValueId } from './value-ids.js';

const SearchResult = builder.unionType('SearchResult', {
  description: 'Anything search can find: an article, an entity or a fact.',
  types: [
    ArticleRef,
    CountryRef,
    RegionRef,
    CityRef,
    VenueRef,
    MayorRef,
    OfficialRef,
    CompanyRef,
    InstitutionRef,
    TopicRef,
    VisitRef,
    EventRef,
    AgreementRef,
    MetricRef,
    StatementRef,
  ],
  resolveType: typeNameOf,
});

const TextMatchRef = builder.objectRef<{ id: string; paragraph: number; sentence: string }>('TextMatch').implement({
  description: 'A sentence of an article\'s text that holds every word of the query.',
  fields: (t) => ({
    id: t.exposeID('id', { description: valueIdDescription('sentence', 'its article, paragraph and character offset', 'the search') }),
    paragraph: t.exposeInt('paragraph', { description: 'Zero-based index of the paragraph in Article.paragraphs.' }),
    sentence: t.exposeString('sentence', { complexity: textCost((sizes) => sizes.paragraph), description: 'The sentence, as in the text.' }),
  }),
});

builder.objectType(SearchHitRef, {
  description: 'One search result with its relevance score, and for an article the sentences of its text that match.',
  fields: (t) => ({
    id: t.id({
      description: valueIdDescription('search hit', 'what was found and the words searched for', 'the search'),
      resolve: (hit) => valueId('SearchHit', `${holderKey(hit.record)}/${hit.query}`),
    }),
    score: t.exposeFloat('score', {
      description: 'Relevance: words matched in names and titles weigh most, then keywords (office titles, topics, roles, kinds), then text; the whole phrase and exact names score extra.',
    }),
    item: t.field({ type: SearchResult, description: 'What was found.', resolve: (hit) => hit.record }),
    textMatches: t.field({
      complexity: { field: 1, multiplier: MAX_TEXT_MATCHES },
      type: [TextMatchRef],
      description: `For an article: the first ${MAX_TEXT_MATCHES} sentences of its text holding every word of the query, in text order, with their paragraphs (empty when only the title matches). Empty for entities and facts.`,
      resolve: ({ record, query }) =>
        record.type === 'Article'
          ? textMatches(record, query).map((match) =>
              withValueId(match, 'TextMatch', `${record.key}/${match.paragraph}/${record.body[match.paragraph]!.indexOf(match.sentence)}`),
            )
          : [],
    }),
  }),
});

const MAX_SEARCH_LENGTH = 200;

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchHitRef,
      description:
        'Finds articles (title and text), entities (names of every kind, office titles) and facts (titles, descriptions, kinds and their synonyms, participants\' roles) containing every word of the query, best first.',
      args: {
        text: t.arg.string({ required: true, description: `The words to find (at most ${MAX_SEARCH_LENGTH} characters), e.g. "district heating".` }),
      },
      ...paged((_root, { text }: { text: string }, { queries }) => {
        if (text.length > MAX_SEARCH_LENGTH) {
          throw new GraphQLError(`"text" must be at most ${MAX_SEARCH_LENGTH} characters, got ${text.length}.`, {
            extensions: { code: 'BAD_USER_INPUT', argument: 'text' },
          });
        }
        return queries.search(text);
      }),
    },
    SearchHitConnection,
  ),
);
