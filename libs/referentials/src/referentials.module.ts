// Referentials: the shared vocabularies of the platform — communes of the Ain with their CDS,
// mission domains, competencies, target jobs — and the weekly-slot and French-level models.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Commune, Competency, Job, MissionDomain } from './referential.entities';
import { ReferentialsResolver } from './referentials.resolver';
import { ReferentialsService } from './referentials.service';

@Module({
  imports: [TypeOrmModule.forFeature([Commune, MissionDomain, Competency, Job])],
  providers: [ReferentialsService, ReferentialsResolver],
  exports: [ReferentialsService, TypeOrmModule],
})
export class ReferentialsModule {}
