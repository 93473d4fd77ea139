// Cucumber profiles. No `paths` here: Cucumber merges command-line paths with a profile's, so
// `npx cucumber-js path/to/file.feature` runs just that file. `npm start` and `npm test` name
// the project's features/ folder.
const common = {
  requireModule: ['tsx/cjs'],
  require: ['steps/**/*.ts'],
  strict: true,
  formatOptions: { junit: { suiteName: 'kubespec' } },
};
const reports = [
  ['html', 'reports/cucumber.html'],
  ['junit', 'reports/junit.xml'],
  ['message', 'reports/messages.ndjson'],
];
module.exports = {
  default: {
    ...common,
    format: [process.stdout.isTTY ? 'progress-bar' : 'progress', ...reports],
  },
  ci: {
    ...common,
    format: ['summary', ...reports],
  },
};
