// The finished round: its report (download as Markdown, or read it here rendered), the shared scorecard and
// feedback, and for the host or the interviewer the way on: "Swap roles" for a pair, "Next round" with the
// rotation preview for a group.

import { h, setText } from '../dom.js';
import { createMarkdownView } from '../markdown/render.js';
import { canControlTimer, nameOf, roundOf } from '../store.js';
import { roundNext } from '../protocol.js';
import { nextSeats } from '../rotation.js';

export function createDoneView({ send, reports }) {
  const summariesSlot = h('div', { class: 'summaries-slot' });
  const heading = h('h2', { id: 'done-heading', class: 'stage-heading', tabIndex: -1 });
  const download = h('button', { id: 'btn-download-report', class: 'button primary', type: 'button', text: 'Download report' });
  const previewButton = h('button', { id: 'btn-preview-report', class: 'button', type: 'button', text: 'Show report',
    attrs: { 'aria-expanded': 'false', 'aria-controls': 'report-preview' } });
  const preview = h('div', { id: 'report-preview', class: 'report-preview markdown', hidden: true, tabIndex: 0,
    attrs: { role: 'region', 'aria-label': 'Round report' } });
  // The report holds what people typed: it goes in through the Markdown tree (elements and text nodes from an
  // allow-list, never an HTML string); the shared notes sit in it as a code block, exactly as written.
  const report = createMarkdownView(preview, { headingLevel: 3 });
  const rotation = h('p', { id: 'rotation-preview', class: 'rotation-preview' });
  const next = h('button', { id: 'btn-next-round', class: 'button primary', type: 'button' });
  const nextBox = h('div', { class: 'next-round' }, h('h3', { class: 'panel-subheading', text: 'What next' }), rotation,
    h('div', { class: 'actions' }, next));
  let roundNumber = null;

  download.addEventListener('click', () => reports.download(roundNumber, download));
  previewButton.addEventListener('click', async () => {
    const open = preview.hidden;
    previewButton.setAttribute('aria-expanded', String(open));
    setText(previewButton, open ? 'Hide report' : 'Show report');
    if (!open) {
      preview.hidden = true;
      return;
    }
    preview.hidden = false;
    report.showText('Loading the report…');
    const fetched = await reports.text(roundNumber).then((text) => ({ text }), (error) => ({ error }));
    if (fetched.error) report.showText(fetched.error.message);
    else report.show(fetched.text);
  });
  next.addEventListener('click', () => send(roundNext()));

  const root = h('section', { id: 'done', class: 'panel stage-section', attrs: { 'aria-labelledby': 'done-heading' } },
    h('div', { class: 'stage-main' }, heading,
      h('div', { class: 'actions' }, download, previewButton),
      preview,
      summariesSlot),
    nextBox);

  return {
    root,
    summariesSlot,
    render(state, { connected }) {
      const round = roundOf(state);
      if (round.number !== roundNumber) {
        // Another round's report: the one shown belongs to the round before.
        preview.hidden = true;
        previewButton.setAttribute('aria-expanded', 'false');
        setText(previewButton, 'Show report');
      }
      roundNumber = round.number;
      setText(heading, `Round ${round.number} is done`);
      download.disabled = false;

      const controls = canControlTimer(state);
      nextBox.hidden = !controls;
      if (!controls) return;
      const pair = state.room.mode !== 'group';
      setText(next, pair ? 'Swap roles' : 'Next round');
      next.disabled = !connected;
      const seats = nextSeats(state.room);
      setText(rotation, seats
        ? `Next round: ${nameOf(state, seats.interviewer)} interviews, ${nameOf(state, seats.candidate)} is the candidate.`
        : 'The next round keeps the seats until someone joins to take the other one.');
    },
  };
}
