/**
 * The Cucumber side of the behaviour report: notes the simulated instant at which each step
 * starts (and marks it in the cluster's History), and at the end of the scenario attaches its
 * timeline (an SVG Buffer, so Cucumber's HTML report shows it as an image), its final
 * `kubectl get all -o wide` and its data. The behaviour report formatter reads them back from
 * the message stream.
 */
import { After, AfterStep, BeforeStep, ITestCaseHookParameter, ITestStepHookParameter } from '@cucumber/cucumber';
import type { GherkinDocument, Pickle } from '@cucumber/messages';
import { indexFeature } from '../src/cli/report/gherkin';
import { reportScenario, GET_ALL_COMMAND, SCENARIO_FILE, SCENARIO_MEDIA_TYPE, TIMELINE_FILE } from '../src/report/scenario';
import type { StepMark } from '../src/report/timeline';
import { KubeWorld } from './world';

interface Recording {
  readonly steps: { text: string; at?: number; status: string }[];
  next: number;
}

const recordings = new WeakMap<KubeWorld, Recording>();

function recordingOf(world: KubeWorld, pickle: Pickle, doc: GherkinDocument): Recording {
  let rec = recordings.get(world);
  if (!rec) {
    const { steps } = indexFeature(doc);
    const keyword = (id: string) => steps.get(id)?.keyword.trim() ?? '';
    rec = { steps: pickle.steps.map((s) => ({ text: `${keyword(s.astNodeIds[0])} ${s.text}`.trim(), status: 'UNKNOWN' })), next: 0 };
    recordings.set(world, rec);
  }
  return rec;
}

BeforeStep(function (this: KubeWorld, { pickle, gherkinDocument }: ITestStepHookParameter) {
  const rec = recordingOf(this, pickle, gherkinDocument);
  const step = rec.steps[rec.next];
  if (step && this.hasCluster) {
    step.at = this.cluster.runtime.now();
    this.cluster.history.mark(step.text);
  }
});

AfterStep(function (this: KubeWorld, { pickle, gherkinDocument, result }: ITestStepHookParameter) {
  const rec = recordingOf(this, pickle, gherkinDocument);
  const step = rec.steps[rec.next++];
  if (step) step.status = result?.status ?? 'UNKNOWN';
});

After(function (this: KubeWorld, { pickle, gherkinDocument }: ITestCaseHookParameter) {
  if (!this.hasCluster) return;
  const rec = recordingOf(this, pickle, gherkinDocument);
  const history = this.cluster.history;
  // Steps before the cluster existed ran at its first instant: nothing can happen without it.
  const start = history.records[0]?.at ?? this.cluster.runtime.now();
  const steps: StepMark[] = rec.steps.map((s, i) => ({ ...s, at: s.at ?? (i < rec.next ? start : undefined) }));
  try {
    const report = reportScenario(this.cluster, steps);
    this.attach(Buffer.from(report.svg), { mediaType: 'image/svg+xml', fileName: TIMELINE_FILE });
    this.attach(report.getAll, { mediaType: 'text/plain', fileName: GET_ALL_COMMAND });
    this.attach(JSON.stringify(report.data), { mediaType: SCENARIO_MEDIA_TYPE, fileName: SCENARIO_FILE });
  } catch (e) {
    // A report that cannot be drawn must not turn a passing scenario into a failing one.
    this.log(`kubespec could not build the behaviour report of this scenario: ${(e as Error).stack ?? e}`);
  }
});
