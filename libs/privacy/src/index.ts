export * from './domain/export-status';
export * from './domain/personal-data-document';
export * from './domain/personal-data-rows';
export * from './migrations/1764400700000-CreatePersonalDataExports';
export * from './personal-data-export.entity';
export * from './personal-data-exports.service';
export * from './privacy.module';
