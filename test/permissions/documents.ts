import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

/**
 * GraphQL documents made from the live schema: every argument the variables name (and every
 * required one), and a selection of every field reachable within a few levels — so that each
 * operation is called for real and every personal field it can return is read.
 */
export type OperationType = 'query' | 'mutation';

const MAX_DEPTH = 3;

function selectionOf(type: GraphQLOutputType, depth: number, seen: ReadonlySet<string>): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) return '{ __typename }';
  if (!isObjectType(named)) return '';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const child = getNamedType(field.type);
    if (isScalarType(child) || isEnumType(child)) {
      parts.push(field.name);
      continue;
    }
    // Connections and their edges do not count as a level: their nodes are what matters.
    const wrapper = named.name.endsWith('Connection') || named.name.endsWith('Edge');
    const nextDepth = wrapper ? depth : depth + 1;
    if (nextDepth > MAX_DEPTH || (seen.has(child.name) && !wrapper)) continue;
    const inner = selectionOf(field.type, nextDepth, new Set([...seen, named.name]));
    if (inner) parts.push(`${field.name} ${inner}`);
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

/** A value of the right type, for a required argument the caller did not give (refused callers only). */
export function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, placeholder(field.type)]),
    );
  }
  switch ((type as GraphQLNamedType).name) {
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'LocalDate':
      return '2026-05-04';
    case 'DateTime':
      return '2026-05-04T08:00:00.000Z';
    default:
      return 'x';
  }
}

export function fieldOf(schema: GraphQLSchema, kind: OperationType, name: string): GraphQLField<unknown, unknown> {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const field = root?.getFields()[name];
  if (!field) throw new Error(`${kind} ${name} is not in the live schema`);
  return field;
}

/** The operation's document for these variables; required arguments missing from them get a placeholder. */
export function documentFor(
  schema: GraphQLSchema,
  kind: OperationType,
  name: string,
  variables: Record<string, unknown>,
  selection?: string,
): { document: string; variables: Record<string, unknown> } {
  const field = fieldOf(schema, kind, name);
  const used: GraphQLArgument[] = field.args.filter(
    (arg) => arg.name in variables || (isNonNullType(arg.type) && arg.defaultValue === undefined),
  );
  const filled = { ...variables };
  for (const arg of used) if (!(arg.name in filled)) filled[arg.name] = placeholder(arg.type);
  if (field.args.some((arg) => arg.name === 'first') && !('first' in filled)) {
    filled.first = 3;
    used.push(field.args.find((arg) => arg.name === 'first') as GraphQLArgument);
  }
  const declarations = used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = used.length ? `(${used.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const body = selection ?? selectionOf(field.type, 1, new Set());
  return {
    document: `${kind}${declarations ? `(${declarations})` : ''} { ${name}${call} ${body} }`,
    variables: filled,
  };
}

/** Every query and mutation of the live schema, as `query name` / `mutation name`. */
export function operationsOf(schema: GraphQLSchema): string[] {
  return [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `query ${name}`),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `mutation ${name}`),
  ].sort();
}
