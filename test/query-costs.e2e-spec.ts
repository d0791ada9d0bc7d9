import { Role } from '@tremplin/core';
import {
  buildClientSchema,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  getIntrospectionQuery,
  IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../libs/core/src/graphql/pagination';
import { StaffAccount, TestPlatform } from './support/test-platform';

/** A value the type accepts (the operation is priced before it runs: whether it finds anything does not matter). */
function sampleValue(type: GraphQLInputType): string {
  const named = getNullableType(type);
  if (isListType(named)) return `[${sampleValue(named.ofType)}]`;
  if (isEnumType(named)) return named.getValues()[0].name;
  if (isInputObjectType(named)) {
    const required = Object.values(named.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return `{ ${required.map((f) => `${f.name}: ${sampleValue(f.type)}`).join(', ')} }`;
  }
  switch (named.name) {
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    case 'ID':
      return '"00000000-0000-4000-8000-000000000000"';
    case 'DateTime':
      return '"2027-01-04T09:00:00+01:00"';
    case 'LocalDate':
      return '"2027-01-04"';
    default:
      return '"x"';
  }
}

const argsOf = (field: GraphQLField<unknown, unknown>, first?: number) => {
  const required = field.args
    .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
    .map((arg) => `${arg.name}: ${sampleValue(arg.type)}`);
  return [...(first ? [`first: ${first}`] : []), ...required];
};

/** Every field a client reads without arguments: the scalars, and each object's own scalars one level down. */
function usualFields(type: GraphQLObjectType, depth = 0): string {
  return Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type)))
    .map((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return field.name;
      if (depth === 0 && isObjectType(named))
        return `${field.name} { ${usualFields(named, depth + 1) || '__typename'} }`;
      return '';
    })
    .filter(Boolean)
    .join(' ');
}

function connectionFields(schema: GraphQLSchema) {
  return Object.values(schema.getQueryType()!.getFields()).filter((field) =>
    getNamedType(field.type).name.endsWith('Connection'),
  );
}

function largestPage(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, alias = ''): string {
  const connection = getNamedType(field.type) as GraphQLObjectType;
  const edge = getNamedType(connection.getFields().edges.type) as GraphQLObjectType;
  const node = getNamedType(edge.getFields().node.type) as GraphQLObjectType;
  return `${alias}${field.name}(${argsOf(field, MAX_PAGE_SIZE).join(', ')}) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${usualFields(node)} } } }`;
}

describe('query costs at the default limits', () => {
  let platform: TestPlatform;
  let admin: StaffAccount;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false });
    admin = await platform.createStaff(Role.ADMIN);
    schema = buildClientSchema(await platform.gqlOk<IntrospectionQuery>(getIntrospectionQuery()));
  });

  afterAll(async () => {
    await platform.stop();
  });

  it('lets every connection give its documented largest page with its usual fields', async () => {
    const connections = connectionFields(schema);
    expect(connections.map((f) => f.name)).toEqual(expect.arrayContaining(['proposals', 'missionSuggestions']));
    const refused: string[] = [];
    for (const field of connections) {
      const result = await platform.gql(`query { ${largestPage(schema, field)} }`, {}, admin.token);
      const code = result.errors?.[0]?.extensions?.code;
      if (code === 'QUERY_TOO_COMPLEX' || code === 'GRAPHQL_VALIDATION_FAILED') {
        refused.push(`${field.name}: ${result.errors?.[0]?.message}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('still refuses many largest pages in one operation', async () => {
    const proposals = schema.getQueryType()!.getFields().proposals;
    const aliases = ['a', 'b', 'c', 'd', 'e', 'f'].map((a) => largestPage(schema, proposals, `${a}: `));
    const result = await platform.gql(`query { ${aliases.join('\n')} }`, {}, admin.token);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(/^Requête trop complexe \(coût \d+, maximum 2000\)/);
  });
});
