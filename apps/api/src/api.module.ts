import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfig, Clock, CoreModule, HttpErrorFilter, createValidationPipe, graphqlRootModule } from '@tremplin/core';
import { AUTH_GUARD_PROVIDER } from '@tremplin/identity';
import { DATABASE_REGISTRY, DOMAIN_MODULES, MAIL_TEMPLATES } from '@tremplin/platform';
import { FirstAdminBootstrap } from './first-admin.bootstrap';
import { GraphiqlController, GraphiqlPageMiddleware } from './http/graphiql.controller';
import { HealthController } from './http/health.controller';

export interface ApiModuleOptions {
  config: AppConfig;
  clock?: Clock;
  /** Write the GraphQL SDL to this file at boot (schema generation). */
  schemaFile?: string;
}

/** The API process: GraphQL, the plain HTTP routes, the guard that checks every operation. */
@Module({})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GraphiqlPageMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.GET });
  }

  static register({ config, clock, schemaFile }: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot({
          config,
          registry: DATABASE_REGISTRY,
          mailTemplates: MAIL_TEMPLATES,
          processName: 'api',
          clock,
        }),
        graphqlRootModule(config, { schemaFile }),
        TerminusModule.forRoot({ logger: false }),
        ...DOMAIN_MODULES,
      ],
      controllers: [HealthController, GraphiqlController],
      providers: [
        AUTH_GUARD_PROVIDER,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        FirstAdminBootstrap,
      ],
    };
  }
}
