// Beneficiaries: the files of the RSA recipients followed on Tremplin (profile for matching,
// consent, status), who may read them, the shared carnet de bord and the access log of sensitive data.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@tremplin/identity';
import { ReferentialsModule } from '@tremplin/referentials';
import { BeneficiariesResolver } from './beneficiaries.resolver';
import { BeneficiariesService } from './beneficiaries.service';
import { BeneficiaryAccess } from './beneficiary-access.service';
import { BeneficiaryEvents } from './beneficiary-events';
import { BeneficiaryLoaders } from './beneficiary-loaders';
import { CaseloadStages } from './caseload-stages';
import { Beneficiary } from './beneficiary.entity';
import { Logbook } from './logbook';
import { LogbookEntry } from './logbook-entry.entity';
import { LogbookReadGrant } from './logbook-read-grant.entity';
import { LogbookResolver } from './logbook.resolver';
import { LogbookService } from './logbook.service';
import { SensitiveAccessLogController } from './sensitive-access-log.controller';
import { SensitiveAccessLog } from './sensitive-access-log.service';
import { SensitiveAccessLogResolver } from './sensitive-access-log.resolver';
import { SensitiveDataAccess } from './sensitive-data-access.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Beneficiary, LogbookEntry, LogbookReadGrant, SensitiveDataAccess]),
    IdentityModule,
    ReferentialsModule,
  ],
  controllers: [SensitiveAccessLogController],
  providers: [
    CaseloadStages,
    BeneficiaryEvents,
    BeneficiaryAccess,
    BeneficiaryLoaders,
    BeneficiariesService,
    Logbook,
    LogbookService,
    SensitiveAccessLog,
    BeneficiariesResolver,
    LogbookResolver,
    SensitiveAccessLogResolver,
  ],
  exports: [
    CaseloadStages,
    BeneficiaryEvents,
    BeneficiaryAccess,
    BeneficiaryLoaders,
    BeneficiariesService,
    Logbook,
    SensitiveAccessLog,
    TypeOrmModule,
  ],
})
export class BeneficiariesModule {}
