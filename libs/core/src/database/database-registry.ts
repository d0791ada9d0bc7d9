import { MixedList, EntitySchema } from 'typeorm';

/** What the composition root (libs/platform) hands to the database layer: every entity and migration. */
export interface DatabaseRegistry {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}
