/**
 * Limits that depend on the variables, checked after validation and before execution:
 *
 * - cost: the estimated size of the answer, in the units of src/schema/cost.ts (a value, or 100
 *   characters of text): @pothos/plugin-complexity's sum over the operation about to run, where a
 *   list multiplies the cost of its selection (a connection by its page size, nodes(ids:) by its
 *   ids, any other list by the longest the store holds), plus what its introspection answers
 *   (src/http/introspection-cost.ts).
 * - list items: no list given as an argument (literal or variable, at any depth of an input object)
 *   may hold more items than the page cap, so that nodes(ids:) fetches at most that many objects.
 *
 * graphql-yoga caches validation per document text, so these cannot be validation rules. The cost is
 * cached here per operation and values of the variables it depends on (page sizes, not keys or search
 * text): an operation sent again with another key is not measured again. What an operation needs is
 * worked out once per document (a WeakMap: it goes with the document, which the document caches
 * bound); the costs of every operation share one cache bounded in bytes
 * (MemoryBudgets.costCacheBytes, src/http/defaults.ts), least recently used first out.
 * Over a limit, the request is answered 400 with no `data`: nothing runs.
 */
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { NotLoaded } from '../corpus/not-loaded.js';
import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLError,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { ENTRY_BYTES, stringBytes } from '../cache/sizes.js';
import type { Context } from '../schema/builder.js';
import { batchOf } from './batching.js';
import { DEFAULT_MEMORY_BUDGETS } from './defaults.js';
import { ErrorCode, limitError } from './errors.js';
import { introspectionCost } from './introspection-cost.js';

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
  } catch (error) {
    // A database store's view asks for what a search's cost counts and runs the request again (src/serve/rounds.ts).
    if (error instanceof NotLoaded) throw error;
    // Invalid variables: execution answers them with its own clear error, before any resolver runs.
    return undefined;
  }
}

const introspectionCostOf = (schema: GraphQLSchema, selected: Selected, variables: Record<string, unknown> | null | undefined, cap?: number) =>
  introspectionCost(schema, selected.operation.selectionSet, selected.fragments, selected.operation.variableDefinitions, variables, cap);

/** The estimated cost of `operationName` in `document` with `variables`, in the app's `context` (for tests and docs). */
export function measureCost(
  schema: GraphQLSchema,
  context: object,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Record<string, unknown> | null,
): number | undefined {
  const selected = selectOperation(document, operationName);
  const cost = selected && costOf(schema, selected, variables, context);
  return cost === undefined ? undefined : cost + introspectionCostOf(schema, selected!, variables);
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

/**
 * The variables the cost depends on. @pothos/plugin-complexity reads arguments only where a field's
 * complexity is a function of them (connections: first/last); every other variable (a key, a
 * search text) leaves the cost as it is, so distinct requests of one operation share a measurement.
 */
function costVariables(schema: GraphQLSchema, selected: Selected): string[] {
  const names = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const collect = { Variable: (node: VariableNode) => void names.add(node.name.value) };
  visit(
    selected.document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (typeof typeInfo.getFieldDef()?.extensions.complexity === 'function') for (const argument of node.arguments ?? []) visit(argument, collect);
      },
    }),
  );
  return [...names];
}

/** Costs are kept when the JSON of their cost variables is at most this long; longer ones are measured every time. */
const MAX_KEYED_VARIABLES = 256;
/** A kept cost for variables that are invalid (costOf gives undefined, which a cache cannot hold). */
const INVALID = -1;

/** The JSON of the variables the cost depends on, or undefined when it is too long to be a key. */
function costKey(names: readonly string[], variables: Record<string, unknown> | null | undefined): string | undefined {
  if (names.length === 0 || !variables) return '';
  let json: string;
  try {
    // Named, so that a variable left out (its default applies) differs from one given as null.
    json = JSON.stringify(names.filter((name) => Object.hasOwn(variables, name)).map((name) => [name, variables[name]]));
  } catch {
    return undefined;
  }
  return json.length <= MAX_KEYED_VARIABLES ? json : undefined;
}

/** What the limits need of one operation of a document, worked out once. */
interface Plan {
  /** Its costs' keys in the shared cost cache start with it. */
  id: number;
  selected: Selected;
  literalListItems: number;
  costVariables: string[];
  /** What its introspection fields cost (introspection-cost.ts), measured on its first run. */
  introspection?: number;
}

interface LimitArgs {
  document: DocumentNode;
  operationName?: string | null;
  schema: GraphQLSchema;
  contextValue: unknown;
}

/**
 * The check of both limits for an operation about to run: the error to answer with, or undefined when
 * it may run. Given the budget of the batch it belongs to (src/http/batching.ts), the cost limit bounds
 * what the batch's operations cost together, and an operation that may run is charged to it.
 */
export type OperationLimiter = ((args: LimitArgs, variables: Record<string, unknown> | null | undefined, batch?: { spent: number }) => GraphQLError | undefined) & {
  /** Bytes the kept costs take, as estimated (src/cache/sizes.ts). */
  readonly cacheBytes: () => number;
};

export interface OperationLimits {
  maxCost: number;
  maxListItems: number;
  /** Bytes the kept costs may take (MemoryBudgets.costCacheBytes). */
  costCacheBytes?: number;
}

/**
 * The check of both limits. Shared by the plugin below and the prepared-operation path
 * (src/cache/prepared-operations.ts): src/http/index.ts makes one for both.
 */
export function operationLimiter({ maxCost, maxListItems, costCacheBytes = DEFAULT_MEMORY_BUDGETS.costCacheBytes }: OperationLimits): OperationLimiter {
  // Per document (graphql-yoga's parse cache hands out the same document object for the same text).
  const plans = new WeakMap<DocumentNode, Map<string, Plan | null>>();
  // Costs by plan and cost variables ("id json"): an entry, its key and a number.
  const costs = new LRUCache<string, number>({ maxSize: costCacheBytes });
  let plansMade = 0;
  // A cost counts the store's value sizes (src/schema/cost.ts), which a new corpus version replaces
  // (a database store after an ingest): a cost is kept under its sizes' number, so that none
  // measured on old sizes answers for new ones; the old entries age out of the cache.
  const sizesSeen = new WeakMap<object, number>();
  let sizesCounted = 0;
  const sizesOf = (context: unknown): number => {
    const sizes = (context as Partial<Context>).store?.sizes;
    if (!sizes) return 0;
    let id = sizesSeen.get(sizes);
    if (id === undefined) sizesSeen.set(sizes, (id = ++sizesCounted));
    return id;
  };

  const planOf = (args: LimitArgs): Plan | null => {
    let byName = plans.get(args.document);
    if (!byName) plans.set(args.document, (byName = new Map()));
    let plan = byName.get(args.operationName ?? '');
    if (plan === undefined) {
      const selected = selectOperation(args.document, args.operationName);
      plan = selected ? { id: plansMade++, selected, literalListItems: longestLiteralList(selected), costVariables: costVariables(args.schema, selected) } : null;
      // A document names few operations. A name it does not have is not kept (finding that out again
      // is one pass over the definitions): a client cycling through made-up names adds nothing.
      if (byName.size < 16 && (plan || args.operationName == null)) byName.set(args.operationName ?? '', plan);
    }
    return plan;
  };

  const check = (args: LimitArgs, variables: Record<string, unknown> | null | undefined, batch?: { spent: number }): GraphQLError | undefined => {
    const plan = planOf(args);
    if (!plan) return undefined;
    const listItems = Math.max(plan.literalListItems, longestVariableList(plan.selected, variables));
    // Lists over the limit are refused before their cost is worked out (which would coerce them all).
    if (listItems > maxListItems) {
      return limitError(
        `A list argument has too many items: ${listItems}, the maximum is ${maxListItems}. Send fewer at a time.`,
        ErrorCode.maxListItems,
        { name: 'listItems', max: maxListItems, value: listItems },
      );
    }
    const variablesKey = costKey(plan.costVariables, variables);
    const key = variablesKey === undefined ? undefined : `${sizesOf(args.contextValue)} ${plan.id} ${variablesKey}`;
    const kept = key === undefined ? undefined : costs.get(key);
    let cost = kept === INVALID ? undefined : kept;
    if (kept === undefined) {
      cost = costOf(args.schema, plan.selected, variables, args.contextValue as object);
      if (key !== undefined) costs.set(key, cost ?? INVALID, { size: ENTRY_BYTES + stringBytes(key) + 16 });
    }
    if (cost !== undefined) cost += plan.introspection ??= introspectionCostOf(args.schema, plan.selected, variables, maxCost);
    if (cost !== undefined && cost > maxCost) {
      return limitError(
        `Query is too expensive: its estimated cost is ${cost}, the maximum is ${maxCost}. ` +
          'Ask for fewer items per page (first/last) or nest fewer lists.',
        ErrorCode.maxCost,
        { name: 'cost', max: maxCost, value: cost },
      );
    }
    if (batch && cost !== undefined) {
      const together = batch.spent + cost;
      if (together > maxCost) {
        return limitError(
          `The batch is too expensive: this operation (cost ${cost}) would bring the cost of its operations to ${together}, the maximum for a whole batch is ${maxCost}. ` +
            'Send it in a batch of its own or in a request of its own.',
          ErrorCode.maxCost,
          { name: 'cost', max: maxCost, value: together },
        );
      }
      batch.spent = together;
    }
    return undefined;
  };
  return Object.assign(check, { cacheBytes: () => costs.calculatedSize });
}

export function useOperationLimits(limits: OperationLimits, check: OperationLimiter = operationLimiter(limits)): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // The operations of a batch share one cost limit (src/http/batching.ts).
      const error = check(args, args.variableValues as Record<string, unknown> | null | undefined, batchOf(args.contextValue));
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
