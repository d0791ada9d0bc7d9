// Referentials: the shared vocabularies of the platform — communes of the Ain with their CDS,
// mission domains, competencies, target jobs — and the weekly-slot and French-level models.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Commune, Competency, FormerCommune, Job, MissionDomain } from './referential.entities';
import { CommuneResolver, ReferentialsResolver } from './referentials.resolver';
import { ReferentialsService } from './referentials.service';

@Module({
  imports: [TypeOrmModule.forFeature([Commune, FormerCommune, MissionDomain, Competency, Job])],
  providers: [ReferentialsService, ReferentialsResolver, CommuneResolver],
  exports: [ReferentialsService, TypeOrmModule],
})
export class ReferentialsModule {}
