export * from './registry';
export * from './seed';
