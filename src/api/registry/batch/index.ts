/** The batch API group's kinds at the API server. */
export { jobStrategy } from './job';
export { cronJobStrategy } from './cronjob';
export * from './labels';
