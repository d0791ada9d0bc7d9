// Orientation (Action 1 and 2 of the Plan insertion 01): diagnostics with their barriers,
// orientation and re-orientation with the référent unique, follow-up deadlines and the daily digest.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BeneficiariesModule } from '@tremplin/beneficiaries';
import { IdentityModule } from '@tremplin/identity';
import { DeadlineTracker } from './deadline-tracker';
import { Diagnostic, DiagnosticBarrier } from './diagnostic.entity';
import { DiagnosticsService } from './diagnostics.service';
import { OrientationLoaders } from './orientation-loaders';
import {
  BeneficiaryOrientationFieldsResolver,
  DiagnosticFieldsResolver,
  OrientationFieldsResolver,
} from './orientation-fields.resolver';
import { Orientation } from './orientation.entity';
import { OrientationResolver } from './orientation.resolver';
import { OrientationsService } from './orientations.service';
import { OverdueDigestHandler } from './overdue-digest.handler';
import { OverdueService } from './overdue.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Diagnostic, DiagnosticBarrier, Orientation]),
    BeneficiariesModule,
    IdentityModule,
  ],
  providers: [
    DeadlineTracker,
    DiagnosticsService,
    OrientationsService,
    OverdueService,
    OverdueDigestHandler,
    OrientationLoaders,
    OrientationResolver,
    BeneficiaryOrientationFieldsResolver,
    DiagnosticFieldsResolver,
    OrientationFieldsResolver,
  ],
  exports: [DiagnosticsService, OrientationsService, OverdueService],
})
export class OrientationModule {}
