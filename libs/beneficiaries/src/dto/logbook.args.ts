import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType } from '@tremplin/core';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Type } from 'class-transformer';
import { LOGBOOK_SUMMARY_MAX_LENGTH, LogbookEntryType, LogbookNoteType } from '../domain/logbook-entry-type';
import { LogbookEntry } from '../logbook-entry.entity';
import './beneficiary.enums';

@ArgsType()
export class LogbookArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  beneficiaryId: string;

  @Field(() => [LogbookEntryType], { nullable: true, description: 'Seulement ces types d’entrée' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsEnum(LogbookEntryType, { each: true })
  types?: LogbookEntryType[];
}

@ObjectType()
export class LogbookEntryConnection extends ConnectionType(LogbookEntry) {}

@InputType({ description: 'Inscription au carnet de bord par le référent' })
export class AddLogbookNoteInput {
  @Field(() => ID)
  @IsUUID()
  beneficiaryId: string;

  @Field(() => LogbookNoteType, { nullable: true, defaultValue: LogbookNoteType.NOTE })
  @IsOptional()
  @IsEnum(LogbookNoteType)
  type?: LogbookNoteType;

  @Field({ description: 'Texte de la note, en français' })
  @IsString()
  @MinLength(1)
  @MaxLength(LOGBOOK_SUMMARY_MAX_LENGTH)
  summary: string;

  @Field(() => Date, {
    nullable: true,
    description: "Date de l'événement (par défaut maintenant ; ni dans le futur, ni avant l'entrée dans le dispositif)",
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  occurredAt?: Date | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Note confidentielle : lisible seulement par le référent de parcours et le service Insertion',
  })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;
}
