/** Checks of statements about a cluster, shared by the steps and by users' own tests. */
export * from './check';
export * from './pods';
export * from './history';
export * from './objects';
export * from './output';
export * from './batch';
export * from './services';
