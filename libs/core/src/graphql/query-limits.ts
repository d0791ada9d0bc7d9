import type { ApolloDriverConfig } from '@nestjs/apollo';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { DocumentNode, GraphQLError, GraphQLSchema, ValidationContext } from 'graphql';
import {
  ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import { ErrorCode } from '../errors/error-code';

const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } });

/** Refuses operations nested deeper than `maxDepth`, before execution. */
export function depthLimitRule(maxDepth: number) {
  return maxDepthRule({
    n: maxDepth,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) => {
        context?.reportError(tooComplex(`Requête trop imbriquée : ${maxDepth} niveaux au plus.`));
      },
    ],
  });
}

/** A list field costs its children times the number of items asked for (`first`). */
const paginationEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  return first === undefined ? undefined : 1 + childComplexity * first;
};

/** Computes each operation's cost once its document is known, and refuses it above the limit. */
/** An Apollo plugin, typed as @nestjs/apollo expects it (its ES-module copy of @apollo/server). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export function complexityLimitPlugin(maxComplexity: number): ApolloPlugin {
  return {
    requestDidStart: async ({ schema }: { schema: GraphQLSchema }) => ({
      didResolveOperation: async ({
        request,
        document,
      }: {
        request: { operationName?: string; variables?: Record<string, unknown> };
        document: DocumentNode;
      }) => {
        const complexity = getComplexity({
          schema,
          operationName: request.operationName,
          query: document,
          variables: request.variables,
          estimators: [fieldExtensionsEstimator(), paginationEstimator, simpleEstimator({ defaultComplexity: 1 })],
        });
        if (complexity > maxComplexity) {
          throw tooComplex(
            `Requête trop complexe (coût ${complexity}, maximum ${maxComplexity}) : demandez moins d'éléments à la fois.`,
          );
        }
      },
    }),
  };
}
