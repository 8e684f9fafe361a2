// Query cost: an upper bound on how many objects and scalars a request can return, computed
// before execution with the request's variables (graphql-armor's cost limit reads only literal
// `first` values, so `first: $n` would slip past it). Each field costs 1 (scalar) or 2 (object),
// and a field with `first`/`last` multiplies its subtree by that size, or by the default page
// size when neither is given.
import {
  GraphQLError,
  getNamedType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface CostOptions {
  maxCost: number;
  /** Items assumed for a list field with `first`/`last` arguments when neither is given. */
  defaultListSize: number;
}

function argValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

function listLength(node: ValueNode | undefined, variables: Record<string, unknown>): number {
  if (node?.kind === Kind.LIST) return node.values.length;
  if (node?.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return Array.isArray(v) ? v.length : 1;
  }
  return 1;
}

/** The cost of one operation of `document`. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  options: CostOptions,
): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
        cost += walk(sel.selectionSet, type ?? parent, seen);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        cost += walk(fragment.selectionSet, type ?? parent, new Set([...seen, name]));
      } else {
        const fieldName = sel.name.value;
        if (fieldName.startsWith('__')) continue; // introspection
        const def = 'getFields' in parent ? parent.getFields()[fieldName] : undefined;
        if (!sel.selectionSet) {
          cost += 1;
          continue;
        }
        let size = 1;
        const argNode = (n: string) => sel.arguments?.find((a) => a.name.value === n)?.value;
        if (def?.args.some((a) => a.name === 'first' || a.name === 'last')) {
          // omitted: the argument's default, else a page for connections (first and last), else
          // one, as for a plain list (sources(first:) without first)
          const firstDef = def.args.find((a) => a.name === 'first');
          const omitted = typeof firstDef?.defaultValue === 'number' ? firstDef.defaultValue : def.args.some((a) => a.name === 'last') ? options.defaultListSize : 1;
          size = Math.max(argValue(argNode('first'), variables) ?? argValue(argNode('last'), variables) ?? omitted, 1);
        } else if (def?.args.some((a) => a.name === 'ids')) {
          size = Math.max(listLength(argNode('ids'), variables), 1);
        }
        const childType = def ? (getNamedType(def.type) as GraphQLCompositeType) : parent;
        cost += size * (2 + walk(sel.selectionSet, childType, seen));
      }
    }
    return cost;
  };
  return walk(operation.selectionSet, root, new Set());
}

/** Rejects a request whose cost exceeds `maxCost`, before any resolver runs. */
export function useCostLimit(options: CostOptions): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = queryCost(args.schema, args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>, options);
      if (cost > options.maxCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `The query could return too much: its cost is ${cost}, the limit is ${options.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
              { extensions: { code: 'BAD_USER_INPUT', cost, maxCost: options.maxCost } },
            ),
          ],
        });
      }
    },
  };
}
