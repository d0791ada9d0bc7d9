// Privacy (RGPD): what the platform holds about a person over its whole life — the export of
// everything held (right of access), produced by the worker and kept a short time behind a signed
// link, and the end of life (anonymisation after the retention period, purges of the logs).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BeneficiariesModule } from '@tremplin/beneficiaries';
import { PersonalDataExport } from './personal-data-export.entity';
import { PersonalDataExportHandler } from './personal-data-export.handler';
import { PersonalDataExportsResolver } from './personal-data-exports.resolver';
import { PersonalDataExports } from './personal-data-exports.service';
import { PersonalDataReader } from './personal-data-reader';
import { RetentionApproval, RetentionRun } from './retention-approval.entity';
import { RetentionHandler } from './retention.handler';
import { RetentionResolver } from './retention.resolver';
import { RetentionService } from './retention.service';
import { PersonalDataExportsController } from './web/personal-data-exports.controller';

@Module({
  imports: [TypeOrmModule.forFeature([PersonalDataExport, RetentionApproval, RetentionRun]), BeneficiariesModule],
  controllers: [PersonalDataExportsController],
  providers: [
    PersonalDataReader,
    PersonalDataExports,
    PersonalDataExportHandler,
    PersonalDataExportsResolver,
    RetentionService,
    RetentionHandler,
    RetentionResolver,
  ],
  exports: [PersonalDataExports, RetentionService],
})
export class PrivacyModule {}
