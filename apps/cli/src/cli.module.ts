import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@tremplin/core';
import { DATABASE_REGISTRY, DOMAIN_MODULES, MAIL_TEMPLATES } from '@tremplin/platform';

/** The domain modules without HTTP or processors: for seeding and maintenance commands. */
@Module({})
export class CliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        CoreModule.forRoot({ config, registry: DATABASE_REGISTRY, mailTemplates: MAIL_TEMPLATES, processName: 'cli' }),
        ...DOMAIN_MODULES,
      ],
    };
  }
}
