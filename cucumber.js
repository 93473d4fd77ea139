// Cucumber profiles: where the steps are, and the reports of a plain `npx cucumber-js` run.
// `npm start` and `npm test` run through the kubespec command (src/cli), which uses a profile for
// the support code and world parameters and writes its own reports (cucumber.html, junit.xml,
// messages.ndjson and behaviour.html) to reports/.
// No `paths` here: Cucumber merges command-line paths with a profile's, so
// `npx cucumber-js path/to/file.feature` runs just that file.
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
  // `npm run test:freeze`: the features once more with stored objects deep-frozen
  // (KUBESPEC_FREEZE=1), to prove no component changes one; no reports.
  freeze: {
    ...common,
    format: ['summary'],
  },
};
