/**
 * The cost of introspection (`__schema`, `__type`), in the units of every other field (see
 * src/schema/cost.ts). @pothos/plugin-complexity counts these fields 1 and does not look inside
 * them, so fifteen aliased dumps of the schema would cost 15. Their answer depends on the schema
 * alone, so it is measured exactly: the introspection fields are run (they read the schema, not
 * the store: a few milliseconds for a whole dump) and their answer counted, once per document
 * (cost.ts keeps the plan). Estimating instead, by the longest list of fields times the longest
 * list of arguments, gave GraphiQL's own query a cost 500 times its answer.
 *
 * The answer is counted as text, one unit per TEXT_UNIT bytes of its JSON. Counted one unit per
 * value instead, GraphiQL's own query (a 382 KB answer) cost 17,586, more than the 10,000 allowed,
 * and would have shut GraphiQL's docs pane out; by bytes it costs about 3,900.
 */
import {
  execute,
  Kind,
  print,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { TEXT_UNIT } from '../schema/cost.js';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** The operation's root introspection fields, from its fragments too. */
function introspectionFields(root: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (INTROSPECTION_FIELDS.has(selection.name.value)) fields.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(root);
  return fields;
}

/**
 * The cost of what the operation's introspection fields return (their own field is counted by
 * Pothos). Variables are those of the first request of the document (only includeDeprecated can
 * use one, which changes the answer by a few deprecated fields). Fields that differ only by alias
 * are run once, and counting stops once it passes `cap`: refusing fifteen aliased dumps of the
 * schema costs one run, and no document makes the count take longer than answering `cap` would.
 */
export function introspectionCost(
  schema: GraphQLSchema,
  root: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variableDefinitions: readonly VariableDefinitionNode[] | undefined,
  variables: Record<string, unknown> | null | undefined,
  cap = Infinity,
): number {
  const costs = new Map<string, number>();
  let total = 0;
  for (const aliased of introspectionFields(root, fragments)) {
    const field: FieldNode = { ...aliased, alias: undefined };
    const key = print(field);
    let cost = costs.get(key);
    if (cost === undefined) costs.set(key, (cost = answerUnits(schema, field, fragments, variableDefinitions, variables)));
    total += cost;
    if (total > cap) break;
  }
  return total;
}

/** One unit per TEXT_UNIT bytes of the field's answer. */
function answerUnits(
  schema: GraphQLSchema,
  field: FieldNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variableDefinitions: readonly VariableDefinitionNode[] | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      { kind: Kind.OPERATION_DEFINITION, operation: OperationTypeNode.QUERY, variableDefinitions, selectionSet: { kind: Kind.SELECTION_SET, selections: [field] } },
      ...fragments.values(),
    ],
  };
  const result = execute({ schema, document, variableValues: variables ?? {} });
  if ('then' in result) return 0; // introspection never awaits
  return Math.ceil(Buffer.byteLength(JSON.stringify(result.data ?? null)) / TEXT_UNIT);
}
