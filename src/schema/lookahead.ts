// Look-ahead: a root field that reads one object (person(id:), document(id:), events(…)) looks at
// the fields asked under it and fetches the common nested lists in the same Cypher query, so that
// the usual shapes take one round trip instead of one per level. What it fetched is kept per
// request, keyed by field, arguments and parent key; the nested fields' loaders take it from there
// and query only what is missing. Everything else (other shapes, other arguments, errors in
// arguments) goes the usual DataLoader way, so the answers are the same either way.
import { createContextCache } from '@pothos/core';
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from './builder.ts';

/** One selection of a field under the current one: its coerced arguments. */
export interface Selected {
  args: Record<string, unknown>;
  node: FieldNode;
}

/**
 * The fields selected under the field being resolved, following `path` (field names, e.g.
 * ['edges', 'node'] through a connection), with their arguments; fragments are merged. A field
 * selected several times (aliases) appears once per selection.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Map<string, Selected[]> {
  const out = new Map<string, Selected[]>();
  let type = getNamedType(info.returnType);
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) {
    if (!isObjectType(type)) return out;
    const def = type.getFields()[name];
    if (!def) return out;
    sets = fieldsIn(info, sets, type)
      .filter((f) => f.name.value === name)
      .flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
    type = getNamedType(def.type);
  }
  if (!isObjectType(type)) return out;
  for (const node of fieldsIn(info, sets, type)) {
    const def = type.getFields()[node.name.value];
    if (!def) continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(def, node, info.variableValues);
    } catch {
      continue; // bad arguments: the field itself reports them
    }
    const list = out.get(node.name.value) ?? [];
    list.push({ args, node });
    out.set(node.name.value, list);
  }
  return out;
}

/** The field nodes of selection sets on `type`, through inline fragments and fragment spreads. */
function fieldsIn(info: GraphQLResolveInfo, sets: SelectionSetNode[], type: GraphQLObjectType): FieldNode[] {
  const fields: FieldNode[] = [];
  const applies = (typeName: string | undefined) => !typeName || typeName === type.name || type.getInterfaces().some((i) => i.name === typeName);
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) fields.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (applies(sel.typeCondition?.name.value)) visit(sel.selectionSet, seen);
      } else {
        const fragment = info.fragments[sel.name.value];
        if (fragment && !seen.has(sel.name.value) && applies(fragment.typeCondition.name.value)) {
          visit(fragment.selectionSet, new Set([...seen, sel.name.value]));
        }
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return fields;
}

/** The selection of `name`, when all its selections have the same arguments (else nothing is prefetched). */
export function single(fields: Map<string, Selected[]>, name: string): Selected | undefined {
  const list = fields.get(name);
  if (!list?.length) return undefined;
  const args = JSON.stringify(list[0]!.args);
  return list.every((x) => JSON.stringify(x.args) === args) ? list[0] : undefined;
}

/** Runs `f`, or gives undefined when it throws (bad arguments are reported by the field itself). */
export function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// What a request fetched ahead

const store = createContextCache((_ctx: Context) => new Map<string, unknown>());

const keyOf = (field: string, args: Record<string, unknown>, id: string) => `${field}\u0000${JSON.stringify(args)}\u0000${id}`;

/** Keeps the value of `field` (with `args`) for the parent with key `id`. */
export function prefetch(ctx: Context, field: string, args: Record<string, unknown>, id: string, value: unknown): void {
  store(ctx).set(keyOf(field, args, id), value);
}

/**
 * The values of `field` (with `args`) for `ids`: those fetched ahead, and the others from `load`
 * (called only for the missing ids, in their order).
 */
export async function prefetchedOr<T>(
  ctx: Context,
  field: string,
  args: Record<string, unknown>,
  ids: readonly string[],
  load: (ids: string[]) => Promise<T[]>,
): Promise<T[]> {
  const map = store(ctx);
  const keys = ids.map((id) => keyOf(field, args, id));
  const missing = ids.filter((_, i) => !map.has(keys[i]!));
  if (missing.length === 0) return keys.map((k) => map.get(k) as T);
  if (missing.length === ids.length) return load([...ids]);
  const loaded = await load(missing);
  const byId = new Map(missing.map((id, i) => [id, loaded[i]!]));
  return ids.map((id, i) => (byId.has(id) ? byId.get(id)! : (map.get(keys[i]!) as T)));
}
