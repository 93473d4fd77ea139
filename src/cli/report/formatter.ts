/**
 * The behaviour report as a Cucumber formatter plugin: `format: [['kubespec/formatter',
 * 'reports/behaviour.html']]` in a cucumber.js, or what `kubespec` adds to every run. It
 * runs in the coordinating process, so it sees the scenarios of every parallel worker.
 */
import type { Envelope } from '@cucumber/messages';
import { Catalogue } from '../../report/catalogue/model';
import { renderReport } from '../../report/html/page';
import { MessageCollector } from './collect';
import shipped from '../../report/catalogue/steps.json';

/** The shape Cucumber expects of a formatter plugin (its type is not exported by @cucumber/cucumber). */
export interface FormatterPlugin {
  readonly type: 'formatter';
  readonly optionsKey?: string;
  formatter(context: { on(key: 'message', handler: (e: Envelope) => void): void; write(data: string): void }): () => void;
}

export const catalogue: Catalogue = shipped as Catalogue;

/** Renders a report from messages already collected (a finished run, or several shards' files). */
export function reportFromMessages(envelopes: Iterable<Envelope>): string {
  const collector = new MessageCollector();
  for (const e of envelopes) collector.add(e);
  return renderReport(collector.view(catalogue));
}

const behaviourFormatter: FormatterPlugin = {
  type: 'formatter',
  formatter({ on, write }) {
    const collector = new MessageCollector();
    on('message', (e) => collector.add(e));
    return () => write(renderReport(collector.view(catalogue)));
  },
};

export default behaviourFormatter;
