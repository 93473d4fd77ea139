/** The events of a scenario as HTML tables: every event when there are few, grouped when there are many. */
import { esc } from '../xml';
import { offset } from '../time';
import { ScenarioData } from '../scenario';

/** Above this many events, the grouped table comes first and the rows are folded. */
export const EVENTS_SHOWN_OPEN = 40;

function rowsTable(data: ScenarioData): string {
  const rows = data.events.rows
    .map((r) => {
      const seen = r.count > 1 ? `${offset(r.firstSeen - data.start)} – ${offset(r.lastSeen - data.start)}` : offset(r.firstSeen - data.start);
      return `<tr class="${r.type === 'Warning' ? 'warning' : ''}"><td class="at">${esc(seen)}</td><td>${esc(r.type)}</td><td>${esc(r.reason)}</td><td>${esc(r.object)}</td><td class="num">${r.count}</td><td>${esc(r.message)}</td></tr>`;
    })
    .join('\n');
  return `<table class="events"><thead><tr><th>seen</th><th>type</th><th>reason</th><th>object</th><th>count</th><th>message</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function groupsTable(data: ScenarioData): string {
  const rows = data.events.groups
    .map((g) => `<tr class="${g.type === 'Warning' ? 'warning' : ''}"><td>${esc(g.type)}</td><td>${esc(g.reason)}</td><td>${esc(g.kind)}</td><td class="num">${g.count}</td><td class="num">${g.objects}</td><td class="at">${esc(`${offset(g.firstSeen - data.start)} – ${offset(g.lastSeen - data.start)}`)}</td><td>${esc(g.example)}</td></tr>`)
    .join('\n');
  return `<table class="events"><thead><tr><th>type</th><th>reason</th><th>kind</th><th>times</th><th>objects</th><th>seen</th><th>first message</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

export function renderEvents(data: ScenarioData): string {
  const { total, rows } = data.events;
  if (total === 0) return '<h3>Events</h3>\n<p class="none">No events.</p>';
  if (total <= EVENTS_SHOWN_OPEN) return `<h3>Events (${total})</h3>\n${rowsTable(data)}`;
  const cut = rows.length < total ? ` (the first ${rows.length} of ${total})` : '';
  return [
    `<h3>Events (${total}), by reason</h3>`,
    groupsTable(data),
    `<details><summary>Every event${cut}</summary>`,
    rowsTable(data),
    '</details>',
  ].join('\n');
}
