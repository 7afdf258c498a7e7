/**
 * Limits that depend on the variables, checked after validation and before execution:
 *
 * - cost: @pothos/plugin-complexity's estimate for the operation about to run. Each field costs its
 *   `complexity` (1 by default) and a list multiplies the cost of its selection: a connection by the
 *   page size it asks for (`first`/`last`, literal or variable, clamped at the page cap; see
 *   connectionCost in src/schema/paginate.ts), any other list by 10.
 * - list items: no list given as an argument (literal or variable, at any depth of an input object)
 *   may hold more items than the page cap. Without it, `nodes(ids: [...])` with thousands of IDs
 *   would fetch thousands of objects while the cost estimate counts the list as 10.
 *
 * graphql-yoga caches validation per document text, so these cannot be validation rules. They are
 * cached here per document, operation name and (small) variables: a repeated request is measured once.
 * Over a limit, the request is answered 400 with no `data`: nothing runs.
 */
import { complexityFromQuery } from '@pothos/plugin-complexity';
import {
  Kind,
  type GraphQLError,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode, limitError } from './errors.js';

interface Selected {
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
  /** The operation and every fragment, as a document of its own (what Pothos measures). */
  document: DocumentNode;
}

/** The operation that will run, or undefined if there is none to pick (execution then says why). */
function selectOperation(document: DocumentNode, operationName: string | null | undefined): Selected | undefined {
  let operation: OperationDefinitionNode | undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) {
      if (operationName == null ? !operation : definition.name?.value === operationName) operation = definition;
      else if (operationName == null) return undefined; // several operations and no name
    }
  }
  if (!operation) return undefined;
  const definitions: DefinitionNode[] = [operation, ...fragments.values()];
  return { operation, fragments, document: { kind: Kind.DOCUMENT, definitions } };
}

/** The estimated cost of running an operation with these variables; undefined when they are invalid. */
function costOf(schema: GraphQLSchema, selected: Selected, variables: Record<string, unknown> | null | undefined, context: object) {
  try {
    return complexityFromQuery(selected.document, { schema, ctx: context, variables: variables ?? {} }).complexity;
  } catch {
    // Invalid variables: execution answers them with its own clear error, before any resolver runs.
    return undefined;
  }
}

/** The estimated cost of `operationName` in `document` with `variables` (for tests and docs). */
export function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Record<string, unknown> | null,
): number | undefined {
  const selected = selectOperation(document, operationName);
  return selected && costOf(schema, selected, variables, {});
}

/** The longest list literal in the arguments of the operation's fields (fragments included). */
function longestLiteralList(selected: Selected): number {
  let longest = 0;
  const values: ValueNode[] = [];
  const sets: SelectionSetNode[] = [selected.operation.selectionSet];
  const seen = new Set<string>();
  while (sets.length) {
    for (const selection of sets.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = selected.fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          sets.push(fragment.selectionSet);
        }
        continue;
      }
      if (selection.kind === Kind.FIELD) for (const argument of selection.arguments ?? []) values.push(argument.value);
      if (selection.selectionSet) sets.push(selection.selectionSet);
    }
  }
  while (values.length) {
    const value = values.pop()!;
    if (value.kind === Kind.LIST) {
      longest = Math.max(longest, value.values.length);
      values.push(...value.values);
    } else if (value.kind === Kind.OBJECT) for (const field of value.fields) values.push(field.value);
  }
  return longest;
}

/** The longest array in the operation's declared variables, at any depth (walked without recursion). */
function longestVariableList(selected: Selected, variables: Record<string, unknown> | null | undefined): number {
  if (!variables) return 0;
  let longest = 0;
  const stack: unknown[] = [];
  for (const definition of selected.operation.variableDefinitions ?? []) stack.push(variables[definition.variable.name.value]);
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      longest = Math.max(longest, value.length);
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return longest;
}

/** Variables are part of the cache key when their JSON is at most this long; longer ones are measured every time. */
const MAX_KEYED_VARIABLES = 256;

/** JSON of small variables, or undefined as soon as they turn out bigger than MAX_KEYED_VARIABLES (no full walk of big ones). */
function smallJson(variables: Record<string, unknown> | null | undefined): string | undefined {
  if (!variables) return '';
  let budget = MAX_KEYED_VARIABLES;
  const stack: unknown[] = [variables];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') budget -= value.length + 2;
    else if (Array.isArray(value)) {
      budget -= value.length + 2;
      if (budget >= 0) stack.push(...value);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      budget -= entries.length + 2;
      if (budget >= 0) {
        for (const [name, item] of entries) {
          budget -= name.length + 3;
          stack.push(item);
        }
      }
    } else budget -= 6;
    if (budget < 0) return undefined;
  }
  try {
    const json = JSON.stringify(variables);
    return json.length <= MAX_KEYED_VARIABLES ? json : undefined;
  } catch {
    return undefined;
  }
}
/** Measurements kept per document (for its different variables). */
const MAX_PER_DOCUMENT = 32;

interface Measured {
  cost: number | undefined;
  listItems: number;
}

interface LimitArgs {
  document: DocumentNode;
  operationName?: string | null;
  schema: GraphQLSchema;
  contextValue: unknown;
}

/**
 * The check of both limits for an operation about to run: the error to answer with, or undefined
 * when it may run. Shared by the plugin below and the prepared-operation path (src/cache/prepared-operations.ts).
 */
export function operationLimiter({ maxCost, maxListItems }: { maxCost: number; maxListItems: number }) {
  // Per document (graphql-yoga's parse cache hands out the same document object for the same text).
  const measured = new WeakMap<DocumentNode, Map<string, Measured>>();
  const literalLists = new WeakMap<OperationDefinitionNode, number>();

  const measure = (args: LimitArgs, variables: Record<string, unknown> | null | undefined): Measured | undefined => {
    const selected = selectOperation(args.document, args.operationName);
    if (!selected) return undefined;
    let literal = literalLists.get(selected.operation);
    if (literal === undefined) literalLists.set(selected.operation, (literal = longestLiteralList(selected)));
    const listItems = Math.max(literal, longestVariableList(selected, variables));
    // Lists over the limit are refused before their cost is worked out (which would coerce them all).
    return { listItems, cost: listItems > maxListItems ? undefined : costOf(args.schema, selected, variables, args.contextValue as object) };
  };

  return (args: LimitArgs, variables: Record<string, unknown> | null | undefined): GraphQLError | undefined => {
    const json = smallJson(variables);
    const key = json === undefined ? undefined : `${args.operationName ?? ''}\n${json}`;
    let byKey = measured.get(args.document);
    let result = key === undefined ? undefined : byKey?.get(key);
    if (!result) {
      result = measure(args, variables);
      if (!result) return undefined;
      if (key !== undefined) {
        if (!byKey) measured.set(args.document, (byKey = new Map()));
        if (byKey.size >= MAX_PER_DOCUMENT) byKey.clear();
        byKey.set(key, result);
      }
    }
    if (result.listItems > maxListItems) {
      return limitError(
        `A list argument has too many items: ${result.listItems}, the maximum is ${maxListItems}. Send fewer at a time.`,
        ErrorCode.maxListItems,
        { name: 'listItems', max: maxListItems, value: result.listItems },
      );
    }
    if (result.cost !== undefined && result.cost > maxCost) {
      return limitError(
        `Query is too expensive: its estimated cost is ${result.cost}, the maximum is ${maxCost}. ` +
          'Ask for fewer items per page (first/last) or nest fewer lists.',
        ErrorCode.maxCost,
        { name: 'cost', max: maxCost, value: result.cost },
      );
    }
    return undefined;
  };
}

export function useOperationLimits(limits: { maxCost: number; maxListItems: number }): Plugin {
  const check = operationLimiter(limits);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args, args.variableValues as Record<string, unknown> | null | undefined);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
