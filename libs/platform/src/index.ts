export * from './registry';
export * from './seed';
export * from './permissions';
