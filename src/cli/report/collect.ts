/**
 * Cucumber's message stream → what the behaviour report shows. Messages are the one record that
 * reaches the coordinator from every parallel worker and that a run leaves behind
 * (messages.ndjson), so the report can be built during a run or later, from several shards.
 * Only simulated data goes into the view: no timestamps, durations or generated ids.
 */
import type { Envelope, GherkinDocument, Pickle, StepDefinition, TestCase, TestStepResult } from '@cucumber/messages';
import { Catalogue, CatalogueEntry, phrasesOf } from '../../report/catalogue/model';
import { CatalogueUse, ReportView, ScenarioView, StepView } from '../../report/html/model';
import { worst } from '../../report/html/status';
import { indexFeature } from './gherkin';
import { GET_ALL_COMMAND, SCENARIO_MEDIA_TYPE, ScenarioData, TIMELINE_FILE } from '../../report/scenario';

interface AstStep {
  readonly keyword: string;
}

interface Attempt {
  readonly testCaseId: string;
  readonly attempt: number;
  readonly results: Map<string, TestStepResult>;
  readonly attachments: { mediaType: string; body: string; encoding: string; fileName?: string }[];
  finished: boolean;
  willBeRetried: boolean;
}

/** The first lines of an error, without its stack (which names folders of the machine it ran on). */
export function errorText(result: TestStepResult): string | undefined {
  if (result.exception?.message !== undefined) return `${result.exception.type && result.exception.type !== 'Error' ? `${result.exception.type}: ` : ''}${result.exception.message}`;
  if (!result.message) return undefined;
  return result.message
    .split('\n')
    .filter((l) => !/^\s+at /.test(l))
    .join('\n')
    .trimEnd();
}

function decode(a: Attempt['attachments'][number]): string {
  return a.encoding === 'BASE64' ? Buffer.from(a.body, 'base64').toString('utf8') : a.body;
}

export class MessageCollector {
  private readonly documents = new Map<string, GherkinDocument>();
  private readonly astSteps = new Map<string, AstStep>();
  private readonly astLines = new Map<string, number>();
  private readonly pickles = new Map<string, Pickle>();
  private readonly testCases = new Map<string, TestCase>();
  private readonly attempts = new Map<string, Attempt>();
  private readonly definitions: StepDefinition[] = [];

  add(e: Envelope): void {
    if (e.gherkinDocument) this.addDocument(e.gherkinDocument);
    else if (e.pickle) this.pickles.set(e.pickle.id, e.pickle);
    else if (e.stepDefinition) this.definitions.push(e.stepDefinition);
    else if (e.testCase) this.testCases.set(e.testCase.id, e.testCase);
    else if (e.testCaseStarted) {
      const s = e.testCaseStarted;
      this.attempts.set(s.id, { testCaseId: s.testCaseId, attempt: s.attempt, results: new Map(), attachments: [], finished: false, willBeRetried: false });
    } else if (e.testStepFinished) this.attempts.get(e.testStepFinished.testCaseStartedId)?.results.set(e.testStepFinished.testStepId, e.testStepFinished.testStepResult);
    else if (e.attachment?.testCaseStartedId) {
      const a = e.attachment;
      this.attempts.get(a.testCaseStartedId!)?.attachments.push({ mediaType: a.mediaType, body: a.body, encoding: a.contentEncoding, fileName: a.fileName });
    } else if (e.testCaseFinished) {
      const at = this.attempts.get(e.testCaseFinished.testCaseStartedId);
      if (at) {
        at.finished = true;
        at.willBeRetried = e.testCaseFinished.willBeRetried;
      }
    }
  }

  private addDocument(doc: GherkinDocument): void {
    if (doc.uri) this.documents.set(doc.uri, doc);
    const { steps, lines } = indexFeature(doc);
    for (const [id, s] of steps) this.astSteps.set(id, { keyword: s.keyword.trim() });
    for (const [id, line] of lines) this.astLines.set(id, line);
  }

  /** The last attempt of every test case that ran (retried attempts give way to their retry). */
  private finalAttempts(): Attempt[] {
    const last = new Map<string, Attempt>();
    for (const a of this.attempts.values()) {
      if (a.willBeRetried) continue;
      const prev = last.get(a.testCaseId);
      if (!prev || a.attempt > prev.attempt) last.set(a.testCaseId, a);
    }
    return [...last.values()];
  }

  private scenario(a: Attempt): ScenarioView | undefined {
    const tc = this.testCases.get(a.testCaseId);
    const pickle = tc && this.pickles.get(tc.pickleId);
    if (!tc || !pickle) return undefined;
    const pickleSteps = new Map(pickle.steps.map((s) => [s.id, s]));
    const steps: StepView[] = [];
    const hookErrors: string[] = [];
    for (const ts of tc.testSteps) {
      const result = a.results.get(ts.id);
      const status = result?.status ?? 'UNKNOWN';
      if (ts.pickleStepId) {
        const ps = pickleSteps.get(ts.pickleStepId)!;
        let error = result ? errorText(result) : undefined;
        if (status === 'UNDEFINED') error = 'Undefined: no step definition matches this text (see the step catalogue).';
        steps.push({
          keyword: this.astSteps.get(ps.astNodeIds[0])?.keyword ?? '',
          text: ps.text,
          status,
          error,
          docString: ps.argument?.docString?.content,
          dataTable: ps.argument?.dataTable?.rows.map((r) => r.cells.map((c) => c.value)),
        });
      } else if (status === 'FAILED' && result) {
        hookErrors.push(errorText(result) ?? 'a hook failed');
      }
    }
    const find = (mediaType: string, fileName?: string) => a.attachments.find((x) => x.mediaType === mediaType && (fileName === undefined || x.fileName === fileName));
    const svg = find('image/svg+xml', TIMELINE_FILE);
    const getAll = find('text/plain', GET_ALL_COMMAND);
    const data = find(SCENARIO_MEDIA_TYPE);
    const doc = this.documents.get(pickle.uri);
    return {
      name: pickle.name,
      feature: doc?.feature?.name ?? '',
      uri: pickle.uri,
      line: this.astLines.get(pickle.astNodeIds[pickle.astNodeIds.length - 1]) ?? 0,
      tags: pickle.tags.map((t) => t.name),
      status: worst([...steps.map((s) => s.status), ...(hookErrors.length > 0 ? ['FAILED'] : [])]),
      steps,
      hookErrors,
      logs: a.attachments.filter((x) => x.mediaType === 'text/x.cucumber.log+plain').map(decode),
      svg: svg && decode(svg),
      getAll: getAll && decode(getAll),
      data: data && (JSON.parse(decode(data)) as ScenarioData),
    };
  }

  /** Every step definition of the run, kubespec's joined to their catalogue entry, with their uses. */
  private uses(catalogue: Catalogue, attempts: readonly Attempt[]): CatalogueUse[] {
    const count = new Map<string, number>();
    for (const a of attempts) {
      for (const ts of this.testCases.get(a.testCaseId)?.testSteps ?? []) {
        for (const id of ts.stepDefinitionIds ?? []) count.set(id, (count.get(id) ?? 0) + 1);
      }
    }
    const byPhrase = new Map<string, CatalogueEntry>();
    for (const s of catalogue.sections) for (const e of s.entries) for (const p of phrasesOf(e)) byPhrase.set(p, e);
    const ours = new Map<CatalogueEntry, number>();
    const theirs: CatalogueUse[] = [];
    for (const d of this.definitions) {
      const n = count.get(d.id) ?? 0;
      const entry = byPhrase.get(d.pattern.source);
      if (entry) ours.set(entry, (ours.get(entry) ?? 0) + n);
      else {
        const where = d.sourceReference.uri ? `${d.sourceReference.uri}:${d.sourceReference.location?.line ?? 0}` : '';
        theirs.push({ keyword: '', phrase: d.pattern.source, source: where, uses: n });
      }
    }
    const shipped: CatalogueUse[] = [];
    for (const s of catalogue.sections) {
      for (const e of s.entries) {
        const n = ours.get(e);
        if (n !== undefined) shipped.push({ entry: e, group: s.title, keyword: e.keyword, phrase: e.phrase, source: e.source, uses: n });
      }
    }
    theirs.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : 0));
    return [...theirs, ...shipped];
  }

  view(catalogue: Catalogue): ReportView {
    const attempts = this.finalAttempts();
    const scenarios = attempts.map((a) => this.scenario(a)).filter((s): s is ScenarioView => s !== undefined);
    return { scenarios, catalogue: this.uses(catalogue, attempts) };
  }
}
