// Landing page: create a room, then hand over one obvious invite link. The form folds away once the room exists,
// so a second click cannot create a second room; "Start another room" brings it back on purpose. The host's own
// key stays behind "More", labelled as theirs.

import { createRoomRequest } from './protocol.js';
import { remembered } from './storage.js';
import { bindCopyButton } from './copy.js';
import { byId } from './dom.js';
import { applyLimits, loadLimits } from './limits.js';
import { bindPromptPicker, loadCatalog, promptPickerParts } from './views/prompt-picker.js';

const DEFAULT_TITLE = 'Practice room';

const form = byId('create-form');
const button = byId('create-button');
const errorBox = byId('create-error');
const result = byId('room-created');
const createCard = byId('create-card');
let creating = false; // a room is being created or was created: the form does not send again

bindCopyButton(byId('copy-host'), byId('host-link'));
bindCopyButton(byId('copy-invite'), byId('invite-link'));

const picker = bindPromptPicker(promptPickerParts(form, byId));
loadCatalog().then(picker.showCatalog, picker.showUnavailable);
loadLimits().then((limits) => applyLimits(form, limits));

byId('create-another').addEventListener('click', () => {
  result.hidden = true;
  byId('more-links').open = false;
  createCard.hidden = false;
  creating = false;
  byId('room-title').focus();
});

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  if (creating) return;
  showError(null);
  const data = new FormData(form);
  const body = createRoomRequest({
    title: String(data.get('title') || '').trim() || DEFAULT_TITLE,
    mode: data.get('mode') || 'pair',
    creatorSeat: data.get('seat') || 'interviewer',
    prompt: picker.choice(),
    durationMinutes: Number(data.get('length')) || undefined,
  });

  creating = true;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    showCreated(await createRoom(body));
  } catch (err) {
    creating = false;
    showError(err.message);
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
});

/** The catalog's listing: ids, titles, tags, deck sizes and calibration (`GET /api/catalog`). */
async function createRoom(body) {
  let response;
  try {
    response = await fetch('/api/rooms', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error('Could not reach the Curveball server. Check your connection and try again.');
  }
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    const why = answer && answer.message ? answer.message : `the server answered ${response.status}`;
    throw new Error(`Could not create the room: ${why}`);
  }
  if (!answer || !answer.room || !answer.links || !answer.links.host || !answer.links.invite) {
    throw new Error('The server answered without the room links. Please try again.');
  }
  return answer;
}

function showCreated({ room, links }) {
  // The room page shows the invite link to the host later; only this browser knows it.
  remembered.setInvite(room, links.invite);
  byId('host-link').value = links.host;
  byId('invite-link').value = links.invite;
  byId('open-room').href = links.host;
  createCard.hidden = true;
  result.hidden = false;
  result.focus();
  result.scrollIntoView({ block: 'start' });
}

function showError(message) {
  errorBox.textContent = message || '';
  errorBox.hidden = !message;
}
