// Missions: the volunteer missions of the host associations (« fiches mission »), their
// moderation workflow with its log, the places taken, and the search (filters, text, distance).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@tremplin/associations';
import { IdentityModule } from '@tremplin/identity';
import { ReferentialsModule } from '@tremplin/referentials';
import { MissionAccess } from './mission-access.service';
import { MissionLoaders } from './mission-loaders';
import { MissionSearch } from './mission-search';
import { MissionEvents } from './mission-events';
import { MissionTransition } from './mission-transition.entity';
import { MissionWorkflow } from './mission-workflow';
import { Mission } from './mission.entity';
import { MissionTransitionResolver, MissionsResolver } from './missions.resolver';
import { MissionsService } from './missions.service';
import { ModerationDigestHandler } from './moderation-digest.handler';

@Module({
  imports: [
    TypeOrmModule.forFeature([Mission, MissionTransition]),
    AssociationsModule,
    IdentityModule,
    ReferentialsModule,
  ],
  providers: [
    MissionEvents,
    MissionAccess,
    MissionWorkflow,
    MissionsService,
    MissionSearch,
    MissionLoaders,
    MissionsResolver,
    MissionTransitionResolver,
    ModerationDigestHandler,
  ],
  exports: [MissionEvents, MissionAccess, MissionsService, MissionSearch, MissionLoaders, TypeOrmModule],
})
export class MissionsModule {}
