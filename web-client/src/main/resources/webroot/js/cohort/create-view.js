// The organizer's form at /c: a roster (pasted, or read from a .csv/.txt file into the same box, so it can be
// checked and edited), a group size, a prompt, a length; a live preview of the groups with their seats, exactly
// as the server will make them; "Reshuffle" reorders the people; "Create cohort" sends them in that order.

import { h, setText } from '../dom.js';
import { duplicateNames, groupPeople, parseRoster, shuffled } from './roster.js';
import { rooms } from './board.js';

const SEAT_LABELS = Object.freeze({ interviewer: 'interviewer', candidate: 'candidate', observer: 'observer' });

/**
 * The sentence under the roster: how many people and rooms, and what stops the cohort from being created.
 * @param maxPeople     people per cohort the server takes (`--max-cohort-people`)
 * @param maxNameLength characters per name the server takes (`maxNameLength` in /api/limits)
 */
export function rosterStatus(names, groups, { maxPeople = Infinity, maxNameLength = Infinity } = {}) {
  const people = `${names.length} ${names.length === 1 ? 'person' : 'people'}`;
  if (names.length < 2) return { ok: false, text: `${people}. A cohort needs at least 2 people.` };
  if (names.length > maxPeople) {
    return { ok: false, text: `${people}: more than this server takes in one cohort (${maxPeople}). Split the roster.` };
  }
  const long = names.find((n) => n.length > maxNameLength);
  if (long) {
    const shown = long.length > 40 ? `${long.slice(0, 40)}…` : long;
    return { ok: false, text: `“${shown}” is longer than a name may be (${maxNameLength} characters). `
      + 'Is a whole CSV row in one line? Use a “name” column.' };
  }
  const twice = duplicateNames(names);
  const note = twice.length ? ` Listed more than once: ${twice.join(', ')} — each gets a separate seat and link.` : '';
  return { ok: true, text: `${people} in ${rooms(groups.length)}.${note}` };
}

function groupItem(group, index) {
  return h('li', { class: 'preview-group' },
    h('span', { class: 'preview-room', text: `Room ${index + 1}` }),
    h('ul', { class: 'preview-members' }, group.map((m) => h('li', { dataset: { seat: m.seat } },
      h('span', { class: 'preview-name', text: m.name }), ' ',
      h('span', { class: 'muted', text: SEAT_LABELS[m.seat] || m.seat })))));
}

/**
 * @param els       the form's elements (see cohort.html)
 * @param picker    views/prompt-picker.js's binding (`choice()`)
 * @param limits    `() → {maxPeople, maxNameLength}`, from GET /api/limits (Infinity where it says nothing)
 * @param onCreate  `({title, names, groupSize, prompt, durationMinutes}) → Promise`; throws to show an error
 */
export function bindCreateForm({ els, picker, limits, onCreate, random = Math.random }) {
  let order = null; // a reshuffled order of the roster's names, until the roster changes
  let creating = false;

  const names = () => order || parseRoster(els.roster.value);
  const groupSize = () => Number(els.groupSize.value) || 2;

  function preview() {
    const list = names();
    const groups = groupPeople(list, groupSize());
    const status = rosterStatus(list, groups, limits());
    setText(els.status, status.text);
    els.status.dataset.ok = String(status.ok);
    els.preview.replaceChildren(...groups.map(groupItem));
    els.previewEmpty.hidden = groups.length > 0;
    els.reshuffle.disabled = list.length < 3;
    return status;
  }

  els.roster.addEventListener('input', () => {
    order = null;
    preview();
  });
  els.groupSize.addEventListener('change', preview);
  els.reshuffle.addEventListener('click', () => {
    order = shuffled(names(), random);
    preview();
    setText(els.said, 'Reshuffled: the groups below changed.');
  });
  els.file.addEventListener('change', async () => {
    const file = els.file.files && els.file.files[0];
    if (!file) return;
    try {
      els.roster.value = await file.text();
    } catch {
      showError(`Could not read ${file.name}. Paste the names instead.`);
      return;
    }
    order = null;
    const status = preview();
    setText(els.said, `Read ${file.name}. ${status.text}`);
  });

  els.form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (creating) return;
    showError(null);
    const status = preview();
    if (!status.ok) {
      showError(status.text);
      els.roster.focus();
      return;
    }
    const data = new FormData(els.form);
    creating = true;
    els.create.disabled = true;
    els.create.setAttribute('aria-busy', 'true');
    try {
      await onCreate({
        title: String(data.get('title') || '').trim(),
        names: names(),
        groupSize: groupSize(),
        prompt: picker.choice(),
        durationMinutes: Number(data.get('length')) || undefined,
      });
    } catch (err) {
      creating = false;
      showError(err.message);
    } finally {
      els.create.disabled = false;
      els.create.removeAttribute('aria-busy');
    }
  });

  function showError(message) {
    setText(els.error, message || '');
    els.error.hidden = !message;
  }

  preview();
  return { preview };
}
