/**
 * Operations as a Relay app writes them, for relay-compiler (tests/client/relay.test.ts compiles
 * this file against schema/schema.graphql and runs what it generates): a fragment on City,
 * refetchable through node(id:), whose articles are a @connection paged with `after:`, and a query
 * that spreads it. Never executed: Relay's Babel plugin (or the compiler's artifacts) replace the
 * graphql tags.
 */
import { graphql } from 'relay-runtime';

export const cityArticles = graphql`
  fragment CityArticles_city on City
  @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" })
  @refetchable(queryName: "CityArticlesPaginationQuery") {
    id
    name
    country { id name isoAlpha2 }
    evidence(first: 10) { nodes { id quote verbatim article { id } } }
    articles(first: $count, after: $cursor) @connection(key: "CityArticles_articles") {
      totalCount
      edges { node { id title source publishedOn } }
    }
  }
`;

export const cityArticlesQuery = graphql`
  query CityArticlesQuery($key: String!) {
    city(key: $key) {
      ...CityArticles_city
    }
  }
`;
