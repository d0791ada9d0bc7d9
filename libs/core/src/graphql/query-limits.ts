import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  DocumentNode,
  getNamedType,
  GraphQLError,
  GraphQLSchema,
  isLeafType,
  OperationDefinitionNode,
  validate,
} from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/error-code';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * Errors thrown by a plugin before execution are answered with HTTP 500 unless they carry their
 * status: these are the client's, so 400 (the status is not part of the formatted error).
 */
const clientError = (message: string, code: string, nodes?: GraphQLError['nodes']) =>
  new GraphQLError(message, { nodes, extensions: { code, http: { status: 400 } } });

const tooComplex = (message: string) => clientError(message, ErrorCode.QUERY_TOO_COMPLEX);

/**
 * What an operation costs: each object it reaches counts 1, its scalar fields nothing (they come
 * with their object), a list of `first` items counts its items' cost that many times (capped at the
 * page size limit, so that an out-of-range `first` is reported by input validation), and each
 * mutation counts 10. A connection's documented largest page with its usual fields fits; a list
 * nested in a list multiplies and does not.
 */
const MUTATION_COST = 10;

const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = type.name === 'Mutation' ? MUTATION_COST : isLeafType(getNamedType(field.type)) ? 0 : 1;
  const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE) : 1;
  return own + childComplexity * first;
};

/** An Apollo plugin, typed as @nestjs/apollo expects it (its ES-module copy of @apollo/server). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

interface OperationContext {
  request: { operationName?: string; variables?: Record<string, unknown> };
  document: DocumentNode;
  operation?: OperationDefinitionNode;
}

/**
 * Checks each operation's depth (graphql-armor's rule; introspection's `__schema` excluded) and
 * cost (graphql-query-complexity) once its document is known, and refuses it above the limits
 * with QUERY_TOO_COMPLEX — before any resolver runs, so nothing of it is executed.
 */
export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloPlugin {
  const depthRule = maxDepthRule({
    n: limits.maxDepth,
    propagateOnRejection: false,
    onReject: [(context, error) => context?.reportError(error)],
  });
  return {
    requestDidStart: async ({ schema }: { schema: GraphQLSchema }) => ({
      didResolveOperation: async ({ request, document, operation }: OperationContext) => {
        // Apollo resolves a lone anonymous operation whatever operationName says; graphql-js then
        // finds no operation of that name. Refuse it here, as a client error.
        if (request.operationName && operation?.name?.value !== request.operationName) {
          throw clientError(
            `Requête GraphQL invalide : aucune opération nommée « ${request.operationName.slice(0, 100)} » dans le document.`,
            'OPERATION_RESOLUTION_FAILURE',
          );
        }
        if (validate(schema, document, [depthRule]).length > 0) {
          throw tooComplex(`Requête trop imbriquée : ${limits.maxDepth} niveaux au plus.`);
        }
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), costEstimator],
          });
        } catch (error) {
          // Variables are coerced here before Apollo does it: report their errors as Apollo would.
          if (error instanceof GraphQLError) {
            throw clientError(error.message, 'BAD_USER_INPUT', error.nodes);
          }
          throw error;
        }
        if (complexity > limits.maxComplexity) {
          throw tooComplex(
            `Requête trop complexe (coût ${complexity}, maximum ${limits.maxComplexity}) : demandez moins d'éléments à la fois.`,
          );
        }
      },
    }),
  };
}
