/**
 * Limits on the shape of a GraphQL document, checked while parsing and validating.
 *
 * graphql-yoga caches parse and validation results per document text, so a repeated query pays
 * for these checks once. Tokens are counted by graphql-js's own parser (`maxTokens`), which stops
 * lexing at the limit; depth, aliases and directives are GraphQL Armor's validation rules, whose
 * "Syntax Error: ..." messages are replaced by errors that name the limit. Introspection cycles are
 * refused by graphql-js's MaxIntrospectionDepthRule (part of the specified rules).
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, parse, type FieldNode, validate, type ParseOptions, type Source, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from './defaults.js';
import { ErrorCode, limitError } from './errors.js';

export { DEFAULT_LIMITS, type Limits } from './defaults.js';

const found = (message: string) => {
  const match = /found (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
};

type ArmorRule = (options: {
  n: number;
  propagateOnRejection: boolean;
  onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[];
  [option: string]: unknown;
}) => ValidationRule;

/** An Armor rule that reports our error instead of throwing its "Syntax Error: ...". */
function armorRule(rule: ArmorRule, options: Record<string, unknown>, max: number, report: (max: number, value?: number) => GraphQLError) {
  return rule({
    ...options,
    n: max,
    propagateOnRejection: false,
    onReject: [(context, error) => context?.reportError(report(max, found(error.message)))],
  });
}

/** The validation rules for depth, aliases and directives, and for operation types the schema lacks. */
export function limitRules(limits: Pick<Limits, 'maxDepth' | 'maxAliases' | 'maxAliasLength' | 'maxDirectives'>): ValidationRule[] {
  return [
    KnownOperationTypesRule,
    aliasLengthRule(limits.maxAliasLength),
    armorRule(maxDepthRule as ArmorRule, { flattenFragments: true, ignoreIntrospection: true }, limits.maxDepth, (max, value) =>
      limitError(`Query is too deep: its depth is ${value ?? `over ${max}`}, the maximum is ${max}.`, ErrorCode.maxDepth, {
        name: 'depth',
        max,
        value,
      }),
    ),
    armorRule(maxAliasesRule as ArmorRule, { allowList: [] }, limits.maxAliases, (max, value) =>
      limitError(`Query has too many aliases: ${value ?? `over ${max}`}, the maximum is ${max}.`, ErrorCode.maxAliases, {
        name: 'aliases',
        max,
        value,
      }),
    ),
    armorRule(maxDirectivesRule as ArmorRule, {}, limits.maxDirectives, (max, value) =>
      limitError(`Query has too many directives: ${value ?? `over ${max}`}, the maximum is ${max}.`, ErrorCode.maxDirectives, {
        name: 'directives',
        max,
        value,
      }),
    ),
  ];
}

/**
 * Aliases at most `max` characters long. The cost counts values, not the names they are sent under,
 * and an alias is repeated in every item of a list: 15 aliases of 5,000 characters on the seed made
 * an 8 MB answer of cost 20,000, then the cost limit. Reported once, for the longest.
 */
export const aliasLengthRule =
  (max: number): ValidationRule =>
  (context) => {
    let longest: FieldNode | undefined;
    return {
      Field(node) {
        if (node.alias && node.alias.value.length > max && node.alias.value.length > (longest?.alias?.value.length ?? 0)) longest = node;
      },
      Document: {
        leave() {
          const value = longest?.alias?.value.length;
          if (value === undefined) return;
          context.reportError(
            limitError(`Query has an alias of length ${value}, the maximum is ${max}: an answer repeats its aliases in every item.`, ErrorCode.maxAliasLength, {
              name: 'aliasLength',
              max,
              value,
            }),
          );
        },
      },
    };
  };

/**
 * An operation type the schema does not have (mutation, subscription: the API is read-only) is a
 * validation error, as in graphql-js 17, rather than an execution error answered 200.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`The API is read-only: it has no ${node.operation} operations.`, { nodes: node }));
    }
  },
});

/** Parses with a token limit; over the limit is MAX_TOKENS_EXCEEDED, not a "Syntax Error". */
export function limitedParse(maxTokens: number) {
  return (source: string | Source, options?: ParseOptions) => {
    try {
      return parse(source, { ...options, maxTokens });
    } catch (error) {
      if (error instanceof GraphQLError && /Document contains more \w+ \d+ tokens/.test(error.message)) {
        throw limitError(
          `Query is too long: it has more than ${maxTokens} tokens, the maximum is ${maxTokens}.`,
          ErrorCode.maxTokens,
          { name: 'tokens', max: maxTokens },
        );
      }
      throw error;
    }
  };
}

/** Validation errors reported at most (graphql-js stops there, adding "Too many validation errors"). */
export const MAX_VALIDATION_ERRORS = 20;

/** Token, depth, alias and directive limits, and hidden field suggestions, as one envelop plugin. */
export function useQueryLimits(limits: Limits): Plugin {
  const rules = limitRules(limits);
  const parseFn = limitedParse(limits.maxTokens);
  const hideSuggestions = !limits.fieldSuggestions;
  return {
    onParse({ setParseFn }) {
      setParseFn(parseFn);
    },
    onValidate({ addValidationRule, setValidationFn }) {
      for (const rule of rules) addValidationRule(rule);
      // graphql-js 16.15 can leave "Did you mean ...?" out of validation messages itself. Validation also
      // stops at MAX_VALIDATION_ERRORS: a document built to fail 300 ways gets 20 errors, which are
      // cheaper to find and to send (each answer builds every error afresh).
      setValidationFn((schema, document, rulesToRun) => validate(schema, document, rulesToRun, { hideSuggestions, maxErrors: MAX_VALIDATION_ERRORS }));
    },
    onExecute({ args }) {
      // Variable coercion errors ("Did you mean the enum value ...?") too; the executor reads this flag.
      if (hideSuggestions) (args as { hideSuggestions?: boolean }).hideSuggestions = true;
    },
  };
}
