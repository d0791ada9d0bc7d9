import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '../config/app-config';
import { DateTimeScalar } from './date-time.scalar';
import { formatGraphqlError } from './format-error';
import { queryLimitsPlugin } from './query-limits';

export interface GraphqlRootOptions {
  /** Write the SDL to this file (used by `npm run schema:generate`); in memory otherwise. */
  schemaFile?: string;
}

/**
 * The GraphQL endpoint: code-first schema, French errors without stacks, depth and complexity
 * limits checked before execution. The IDE at GET /graphql is served offline by the API
 * (Apollo's landing page and the CDN-based playground are off).
 */
export function graphqlRootModule(config: AppConfig, options: GraphqlRootOptions = {}): DynamicModule {
  return GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: options.schemaFile ?? true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Dates in and out as ISO 8601 instants; in, only with an explicit offset (see DateTimeScalar).
    buildSchemaOptions: { dateScalarMode: 'isoDate', scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    plugins: [
      ApolloServerPluginLandingPageDisabled() as NonNullable<ApolloDriverConfig['plugins']>[number],
      queryLimitsPlugin({ maxDepth: config.GRAPHQL_MAX_DEPTH, maxComplexity: config.GRAPHQL_MAX_COMPLEXITY }),
    ],
    formatError: formatGraphqlError,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  });
}
