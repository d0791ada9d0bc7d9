export * from './association-membership';
export * from './association.entity';
export * from './associations.module';
export * from './domain/association-status';
export * from './migrations/1764300003000-CreateAssociations';
