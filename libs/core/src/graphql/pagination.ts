import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AppException } from '../errors/app.exception';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Relay pagination arguments: `first` items after the opaque cursor `after`. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: 'Nombre d’éléments (1 à 100)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Curseur renvoyé par la page précédente (endCursor)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the `XxxEdge` and `XxxConnection` GraphQL types for a node type:
 * `@ObjectType() class MissionConnection extends ConnectionType(Mission) {}`.
 */
export function ConnectionType<T>(nodeType: Type<T>): Type<Connection<T>> {
  @ObjectType(`${nodeType.name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionTypeClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Nombre total d’éléments correspondant aux filtres' })
    totalCount: number;
  }
  return ConnectionTypeClass as Type<Connection<T>>;
}

const CURSOR_PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/** The offset after a cursor (0 without one). A cursor that was not made here is BAD_USER_INPUT. */
export function offsetAfter(after: string | null | undefined): number {
  if (!after) return 0;
  const decoded = Buffer.from(after, 'base64url').toString();
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match) throw AppException.invalidField('after', 'curseur de pagination invalide');
  return Number(match[1]) + 1;
}

/** Wraps one page of results (read at `offset`) into a connection. */
export function toConnection<T>(nodes: T[], offset: number, totalCount: number): Connection<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** `{ skip, take }` for a TypeORM query from connection arguments. */
export function pageWindow(args: ConnectionArgs): { skip: number; take: number } {
  return { skip: offsetAfter(args.after), take: args.first ?? DEFAULT_PAGE_SIZE };
}
