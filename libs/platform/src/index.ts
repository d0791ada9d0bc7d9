export * from './registry';
export * from './seed';
export * from './permissions';
export * from './personal-data-register';
