// Only what a project needs: TypeScript steps through tsx, kubespec's steps imported by steps/kubespec.steps.ts.
module.exports = {
  default: {
    requireModule: ['tsx/cjs'],
    require: ['steps/**/*.ts'],
    format: [['kubespec/formatter', 'reports/behaviour.html']],
  },
};
