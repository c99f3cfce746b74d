// The organizer's page: /c creates a cohort from a roster, /c/<id>#t=<key> is its live board. Everything
// cohort-specific comes from the URL; the key stays in the fragment and travels only in an Authorization header.

import { asSentence, byId, setText } from '../dom.js';
import { applyLimits, limitOf, loadLimits } from '../limits.js';
import { bindPromptPicker, loadCatalog, promptPickerParts } from '../views/prompt-picker.js';
import { createConfirm } from '../views/confirm.js';
import {
  createCohort, createCohortRequest, fetchBoard, fetchReportsZip, maxCohortPeople, postAction,
} from './api.js';
import { bindCreateForm } from './create-view.js';
import { createCreatedView } from './created-view.js';
import { createBoardView } from './board-view.js';
import { hasFinishedRounds } from './board.js';
import { createPoller } from './poller.js';
import { bindActions } from './actions.js';
import { saveBlob } from './save-blob.js';
import { idFrom, tokenFrom } from '../links.js';

const DEFAULT_TITLE = 'Mock interview cohort';
/** Failures api.js already words as whole sentences. */
const OWN_SENTENCES = new Set(['unreachable', 'rate-limited', 'bad-answer']);
/** The clock on the tiles is redrawn this often, so each second shows on time (text changes only once a second). */
const REDRAW_MS = 250;

/** Cleared first, so the same sentence twice is announced twice. */
function say(region, text) {
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = text;
  });
}

function fail(title, text) {
  byId('create-card').hidden = true;
  byId('board').hidden = true;
  setText(byId('cohort-message-title'), title);
  setText(byId('cohort-message-text'), text);
  byId('cohort-message').hidden = false;
}

const cohortId = idFrom(location.pathname, 'c');
// A different #t= is a different key (the whole link pasted over a cut-off one): start over with it.
window.addEventListener('hashchange', () => location.reload());

if (!cohortId) {
  showCreate();
} else if (!tokenFrom(location.hash)) {
  fail('This organizer link is missing its key', 'Organizer links end with “#t=…”. The part after # was cut off: '
    + 'open the whole organizer link you kept when you created the cohort.');
} else {
  showBoard(cohortId, tokenFrom(location.hash));
}

function showCreate() {
  const form = byId('cohort-form');
  byId('create-card').hidden = false;
  let limits = null;
  loadLimits().then((answer) => {
    limits = answer;
    applyLimits(form, limits);
    createForm.preview();
  });
  const picker = bindPromptPicker(promptPickerParts(form, byId));
  loadCatalog().then(picker.showCatalog, picker.showUnavailable);

  const created = createCreatedView({
    section: byId('created'),
    heading: byId('created-heading'),
    summary: byId('created-summary'),
    table: byId('links-table'),
    copyCsv: byId('copy-csv'),
    downloadCsv: byId('download-csv'),
    organizerLink: byId('organizer-link'),
    copyOrganizer: byId('copy-organizer'),
  });

  const createForm = bindCreateForm({
    els: {
      form,
      roster: byId('roster'),
      file: byId('roster-file'),
      groupSize: byId('group-size'),
      status: byId('roster-status'),
      preview: byId('preview-groups'),
      previewEmpty: byId('preview-empty'),
      reshuffle: byId('reshuffle'),
      said: byId('announcer'),
      error: byId('create-error'),
      create: byId('create-cohort'),
    },
    picker,
    limits: () => ({ maxPeople: maxCohortPeople(limits), maxNameLength: limitOf(limits, 'maxNameLength') }),
    onCreate: async (choice) => {
      let answer;
      try {
        answer = await createCohort(createCohortRequest({ ...choice, title: choice.title || DEFAULT_TITLE }));
      } catch (err) {
        // Our own sentences stand alone; the server's words (which field is wrong, what is too large) need a lead.
        throw new Error(OWN_SENTENCES.has(err.code) ? err.message : `Could not create the cohort: ${asSentence(err.message)}`);
      }
      // From now on this page is the board's address: a reload or a bookmark opens the board, and the key stays
      // in the fragment, out of the history's other entries and of every request line.
      const organizer = new URL(answer.links.organizer, location.href);
      history.replaceState(null, '', `${organizer.pathname}${organizer.hash}`);
      byId('create-card').hidden = true;
      created.show(answer);
      showBoard(answer.cohort, tokenFrom(organizer.hash), { focus: false });
    },
  });
}

function showBoard(id, token, { focus = true } = {}) {
  const section = byId('board');
  section.hidden = false;
  loadLimits().then((limits) => applyLimits(section, limits)); // the broadcast's length is a card's (maxCardChars)
  const heading = byId('board-heading');
  const said = byId('board-said');
  const trouble = byId('board-trouble');
  const filter = byId('board-filter');
  const sort = byId('board-sort');
  const view = createBoardView({ list: byId('board-rooms'), empty: byId('board-empty'), count: byId('board-count'),
    token });
  const poller = createPoller({
    fetchBoard: (since) => fetchBoard(id, token, since),
    onBoard: (board) => {
      byId('board-loading').hidden = true;
      setText(heading, board.title || 'Cohort');
      document.title = `${board.title || 'Cohort'} · Curveball board`;
      draw();
    },
    onTrouble: (err) => setText(trouble, err ? `${err.message}` : ''),
    onFatal: (err) => fail(err.code === 'bad-token' ? 'This organizer link does not open the board'
      : 'This cohort cannot be found', err.message),
  });
  const draw = () => {
    if (poller.board) view.render(poller.board, { filter: filter.value, sort: sort.value }, poller.serverNow());
  };
  filter.addEventListener('change', draw);
  sort.addEventListener('change', draw);
  setInterval(draw, REDRAW_MS);

  const titleOf = (roomId) => {
    const room = poller.board && poller.board.rooms.find((r) => r.room === roomId);
    return room ? room.title : roomId;
  };
  bindActions({
    buttons: [...document.querySelectorAll('.board [data-action]')],
    messageInput: byId('broadcast-message'),
    confirm: createConfirm({
      dialog: byId('confirm-dialog'), heading: byId('confirm-heading'), text: byId('confirm-text'), ok: byId('confirm-ok'),
    }),
    rooms: () => (poller.board ? poller.board.rooms : []),
    run: async (action, message) => {
      const answer = await postAction(id, token, action, message);
      poller.now();
      return answer;
    },
    say: (text) => say(said, text),
    titleOf,
  });

  const reports = byId('download-reports');
  reports.addEventListener('click', async () => {
    if (reports.getAttribute('aria-busy') === 'true') return; // busy, not disabled: the focus stays on it
    if (poller.board && !hasFinishedRounds(poller.board.rooms)) {
      say(said, 'No round has finished yet: a room’s report is written when its round is done.');
      return;
    }
    reports.setAttribute('aria-busy', 'true');
    try {
      saveBlob(`${id}-reports.zip`, await fetchReportsZip(id, token));
      say(said, 'The reports of every finished round are downloading as one zip.');
    } catch (err) {
      say(said, `The reports could not be downloaded: ${err.message}`);
    } finally {
      reports.removeAttribute('aria-busy');
    }
  });

  poller.start();
  if (focus) heading.focus();
}
