import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { DayPart, WeeklySlot, Weekday } from '../domain/weekly-slots';

@ObjectType('WeeklySlot', { description: 'Créneau hebdomadaire : un jour et un moment de la journée' })
export class WeeklySlotType implements WeeklySlot {
  @Field(() => Weekday)
  day: Weekday;

  @Field(() => DayPart)
  part: DayPart;
}

@InputType()
export class WeeklySlotInput implements WeeklySlot {
  @Field(() => Weekday)
  @IsEnum(Weekday)
  day: Weekday;

  @Field(() => DayPart)
  @IsEnum(DayPart)
  part: DayPart;
}
