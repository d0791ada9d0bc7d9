import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { BeneficiaryLoaders } from './beneficiary-loaders';
import { CONFIDENTIAL_SUMMARY_PLACEHOLDER, LOGBOOK_ENTRY_TYPE_LABELS } from './domain/logbook-entry-type';
import { SensitiveDataKind } from './domain/sensitive-data';
import { AddLogbookNoteInput, LogbookArgs, LogbookEntryConnection } from './dto/logbook.args';
import { LogbookEntry } from './logbook-entry.entity';
import { LogbookService } from './logbook.service';
import { SensitiveAccessLog } from './sensitive-access-log.service';

@Resolver(() => LogbookEntry)
export class LogbookResolver {
  constructor(
    private readonly service: LogbookService,
    private readonly loaders: BeneficiaryLoaders,
    private readonly accessLog: SensitiveAccessLog,
  ) {}

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => LogbookEntryConnection, {
    description:
      'Le carnet de bord d’une personne, du plus récent au plus ancien (un ancien référent le lit encore 3 mois après la passation)',
  })
  logbook(@Args() args: LogbookArgs, @CurrentUser() viewer: AuthUser): Promise<LogbookEntryConnection> {
    return this.service.list(viewer, args);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => LogbookEntry, { description: 'Inscrit une note, un entretien ou une action au carnet de bord' })
  addLogbookNote(@Args('input') input: AddLogbookNoteInput, @CurrentUser() viewer: AuthUser): Promise<LogbookEntry> {
    return this.service.addNote(viewer, input);
  }

  @ResolveField(() => String, {
    description:
      'Ce qui s’est passé, en français. Pour une entrée confidentielle, son contenu n’est donné qu’au référent et au service Insertion (lecture journalisée).',
  })
  async summary(
    @Parent() entry: LogbookEntry,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<string> {
    if (!entry.confidential) return entry.summary;
    const revealed = await this.accessLog.reveal(context, viewer, {
      beneficiaryId: entry.beneficiaryId,
      kind: SensitiveDataKind.CONFIDENTIAL_NOTE,
      recordId: entry.id,
    });
    return revealed ? entry.summary : CONFIDENTIAL_SUMMARY_PLACEHOLDER;
  }

  @ResolveField(() => String, { description: 'Type d’entrée en clair' })
  typeLabel(@Parent() entry: LogbookEntry): string {
    return LOGBOOK_ENTRY_TYPE_LABELS[entry.type] ?? entry.type;
  }

  @ResolveField(() => User, { nullable: true, description: 'Auteur (vide pour une inscription automatique)' })
  author(@Parent() entry: LogbookEntry, @Context() context: object): Promise<User | null> | null {
    return entry.authorId ? this.loaders.user(context).load(entry.authorId) : null;
  }
}
