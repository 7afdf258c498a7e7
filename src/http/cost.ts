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
 * graphql-yoga caches validation per document text, so these cannot be validation rules. The cost is
 * cached here per operation and values of the variables it depends on (page sizes, not keys or search
 * text): an operation sent again with another key is not measured again.
 * Over a limit, the request is answered 400 with no `data`: nothing runs.
 */
import { complexityFromQuery } from '@pothos/plugin-complexity';
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

/** Costs are kept per operation for this many different values of its cost variables. */
const MAX_COSTS_PER_OPERATION = 32;
/** ...when their JSON is at most this long; longer ones are measured every time. */
const MAX_KEYED_VARIABLES = 256;

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
  selected: Selected;
  literalListItems: number;
  costVariables: string[];
  costs: Map<string, number | undefined>;
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
  const plans = new WeakMap<DocumentNode, Map<string, Plan | null>>();

  const planOf = (args: LimitArgs): Plan | null => {
    let byName = plans.get(args.document);
    if (!byName) plans.set(args.document, (byName = new Map()));
    let plan = byName.get(args.operationName ?? '');
    if (plan === undefined) {
      const selected = selectOperation(args.document, args.operationName);
      plan = selected ? { selected, literalListItems: longestLiteralList(selected), costVariables: costVariables(args.schema, selected), costs: new Map() } : null;
      // A document names few operations; a client cycling through made-up names gets no more entries.
      if (byName.size < 16) byName.set(args.operationName ?? '', plan);
    }
    return plan;
  };

  return (args: LimitArgs, variables: Record<string, unknown> | null | undefined): GraphQLError | undefined => {
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
    const key = costKey(plan.costVariables, variables);
    let cost = key === undefined ? undefined : plan.costs.get(key);
    if (cost === undefined) {
      cost = costOf(args.schema, plan.selected, variables, args.contextValue as object);
      if (key !== undefined) {
        if (plan.costs.size >= MAX_COSTS_PER_OPERATION) plan.costs.clear();
        plan.costs.set(key, cost);
      }
    }
    if (cost !== undefined && cost > maxCost) {
      return limitError(
        `Query is too expensive: its estimated cost is ${cost}, the maximum is ${maxCost}. ` +
          'Ask for fewer items per page (first/last) or nest fewer lists.',
        ErrorCode.maxCost,
        { name: 'cost', max: maxCost, value: cost },
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
