import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import tseslint from 'typescript-eslint';

// @graphql-eslint keeps the first parserOptions.graphQLConfig it loads for the whole run (unless NODE_ENV=test): every
// GraphQL block below passes this one object, or its files would be checked against another block's schema and documents.
const graphQLConfig = { schema: 'schema/schema.graphql', documents: 'examples/**/*.graphql' };

// Object types without an `id`, which strict-id-in-types would otherwise ask one of. Each is a value that exists only
// inside the one object holding it (a metric's figure, a visit's delegation, an article's paraphrase note), so a client
// cache keeps it in its holder's entry; the values a front end meets in several places have IDs (src/schema/value-ids.ts).
// tests/schema/lint.test.ts checks that each name here is an object type without an `id`.
export const VALUE_TYPES = [
  // Figures and times as an article states them, inside the metric, visit or fact that states them.
  'Area', 'Count', 'Duration', 'Factor', 'Flow', 'Money', 'Percentage', 'Rate', 'MetricChange', 'TimeReference', 'PartialDate',
  // One per holder: a visit's delegation, a paraphrased article's note on its source.
  'Delegation', 'Paraphrase',
  // Relay's page state (connection and edge types are excepted by their suffix).
  'PageInfo',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'tmp/', 'coverage/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // graphql-codegen's output (npm run client-kit) opens each file with an eslint-disable of its own.
    files: ['client/gql/**'],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    // Tests read GraphQL responses as loosely typed JSON.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Schema hygiene over the printed schema (npm run schema writes it from src/schema/): @graphql-eslint's recommended
    // schema rules and its Relay rules. Options that differ from those configs say why next to them.
    files: ['schema/**/*.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      ...graphqlPlugin.configs['flat/schema-relay'].rules,
      // Everything has a description, not only types and root fields (tests/schema.test.ts checks the same on the built schema).
      '@graphql-eslint/require-description': [
        'error',
        { types: true, rootField: true, DirectiveDefinition: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true },
      ],
      '@graphql-eslint/strict-id-in-types': ['error', { exceptions: { suffixes: ['Connection', 'Edge'], types: VALUE_TYPES } }],
      '@graphql-eslint/relay-edge-types': [
        'error',
        {
          // Lists the store bounds (a fact's evidence, a visit's participants, an agreement's areas) are plain lists on purpose;
          // what can grow without bound is a connection. The rule's default would make every list a connection.
          listTypeCanWrapOnlyEdgeType: false,
          // EvidenceConnection (Office.evidence) and SearchHitConnection page quotes and search hits: values with IDs for
          // client caches, but not Nodes (node(id:) cannot refetch them). Every other edge's node implements Node.
          shouldImplementNode: false,
        },
      ],
      // It compares the start of the name only: Visit.visitingCity, Visit.visitors, Count.counting, Rate.rate and
      // Factor.factor are flagged though none repeats its type's name; renaming them would break clients for nothing.
      '@graphql-eslint/no-typename-prefix': 'off',
    },
  },
  {
    // The example operations are what front ends copy (docs/client-kit.md): @graphql-eslint's recommended operation
    // rules, require-selections among them, which asks for `id` wherever the type has one, so that a client cache can
    // normalise every object the examples select.
    files: ['examples/**/*.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: graphqlPlugin.configs['flat/operations-recommended'].rules,
  },
);
