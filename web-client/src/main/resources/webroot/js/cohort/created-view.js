// Right after creation: every personal link (name, room, seat, link) to copy as CSV or download, and the
// organizer's own link, private, with its copy button. This page is the only place the personal links are shown:
// the board that follows does not carry them.

import { h, setText } from '../dom.js';
import { bindCopyButton } from '../copy.js';
import { saveFile } from '../download.js';
import { linkRows, linksCsv, linksFilename } from './links.js';

const SEAT_LABELS = Object.freeze({ interviewer: 'Interviewer', candidate: 'Candidate', observer: 'Observer' });

function row(r) {
  return h('tr', {},
    h('th', { attrs: { scope: 'row' }, text: r.name }),
    h('td', { text: r.room }),
    h('td', { text: SEAT_LABELS[r.seat] || r.seat }),
    // Text, not a link: opening someone's personal link here would enter the room in their seat.
    h('td', { class: 'link-cell', text: r.link }));
}

export function createCreatedView({ section, heading, summary, table, copyCsv, downloadCsv, organizerLink,
  copyOrganizer }) {
  let csv = '';
  let filename = 'cohort-links.csv';
  bindCopyButton(copyCsv, () => csv);
  bindCopyButton(copyOrganizer, organizerLink);
  downloadCsv.addEventListener('click', () => saveFile(filename, csv, 'text/csv'));

  return {
    /** Shows the links of a cohort just created, and moves the focus to its heading. */
    show(created) {
      const rows = linkRows(created);
      csv = linksCsv(rows);
      filename = linksFilename(created.title);
      table.replaceChildren(...rows.map(row));
      organizerLink.value = created.links.organizer;
      setText(summary, `${rows.length} personal links in ${created.rooms.length} rooms. Send each person their own `
        + 'link: it opens their seat without asking their name.');
      section.hidden = false;
      heading.focus();
    },
  };
}
