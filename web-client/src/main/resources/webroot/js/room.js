// Room page entry point: read the link, ask for a name, connect, and wire the store to the views.
// The page is the same file for every /r/<id>; everything room-specific comes from the URL.

import { Connection } from './connection.js';
import { bannerEntry, createStore, stageOf } from './store.js';
import { hello, promptSet, websocketUrl } from './protocol.js';
import { remembered } from './storage.js';
import { asSentence, byId, setText } from './dom.js';
import { loadRubric } from './catalog.js';
import { applyLimits, loadLimits } from './limits.js';
import { createTimerShortcuts } from './timer-shortcuts.js';
import { createConnectionView } from './views/connection.js';
import { createParticipantsView } from './views/participants.js';
import { createPromptView } from './views/prompt.js';
import { createTimerView } from './views/timer.js';
import { createInviteView, createLobbyInvite } from './views/invite.js';
import { createToasts } from './views/toasts.js';
import { createJoinView, nameToJoinWith } from './views/join.js';
import { REFUSALS, checkLink } from './link-check.js';
import { createNotesView } from './views/notes.js';
import { createNotesSync } from './notes/sync.js';
import { createHeaderView } from './views/header.js';
import { createTimelineView } from './views/timeline.js';
import { createBannerView } from './views/banner.js';
import { createBannerRaiser } from './views/raise-banner.js';
import { createInterviewerColumn } from './views/interviewer-column.js';
import { createScorecardView } from './views/scorecard.js';
import { createLobbyView } from './views/lobby.js';
import { createFeedbackView } from './views/feedback.js';
import { createDoneView } from './views/done.js';
import { createStageView } from './views/stage.js';
import { createPastRoundsView } from './views/past-rounds.js';
import { createReports } from './views/reports.js';
import { createShortcuts } from './views/shortcuts.js';
import { createTabsView } from './views/tabs.js';
import { createNews } from './views/news.js';
import { createStageFocus } from './views/stage-focus.js';
import { createTimerNotices } from './views/timer-notices.js';
import { createConfirm } from './views/confirm.js';
import { createHostAccess } from './views/host-access.js';
import { createAssumptionsView } from './views/assumptions.js';
import { createAssumptionCheck, twistToCheck } from './views/assumption-check.js';
import { bindAssumptionShortcut } from './views/assumption-shortcut.js';
import { idFrom, tokenFrom } from './links.js';

/** What a participant the host removed reads once their socket closes. */
const REMOVED = Object.freeze({
  title: 'You were removed from this room',
  text: 'The host took you out of the room. Its links no longer let you in.',
});

/** Headlines for the other refusals that end a visit (a dead link's are REFUSALS); the server's message follows. */
const FATAL_TITLES = Object.freeze({
  'unsupported-protocol': 'This page is out of date — reload it',
});

const roomId = idFrom(location.pathname, 'r');
const token = tokenFrom(location.hash);

const store = createStore();
const toasts = createToasts(byId('toasts'));
const announcer = byId('announcer');
const roomView = byId('room-view');
const retryButton = byId('retry-button');
const join = createJoinView({
  section: byId('join'),
  heading: byId('join-heading'),
  preview: byId('join-preview'),
  roomEl: byId('join-room'),
  hostEl: byId('join-host'),
  seatEl: byId('join-seat'),
  form: byId('name-form'),
  input: byId('display-name'),
  button: byId('join-button'),
  messageBox: byId('room-message'),
  messageTitle: byId('room-message-title'),
  messageText: byId('room-message-text'),
  retryButton,
});

/** Screen-reader news. Cleared first so the same sentence twice is announced twice. */
function say(region, text) {
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = text;
  });
}
const announce = (text) => say(announcer, text);
const alertNow = (text) => say(byId('alert-announcer'), text);
/** Commands whose success moves the round to its next step (timer.start does from the lobby). */
const STAGE_COMMANDS = new Set(['round.end', 'round.close', 'round.next']);

// The sticky header's height, for what must sit below it (the interviewer's column scrolls under it).
const pageHeader = document.querySelector('.room-header');
new ResizeObserver(() => {
  document.documentElement.style.setProperty('--header-h', `${pageHeader.offsetHeight}px`);
}).observe(pageHeader);

retryButton.addEventListener('click', () => location.reload());
// A different #t= is a different key (say the full link pasted over a cut-off one): start over with it.
window.addEventListener('hashchange', () => location.reload());

if (!roomId) {
  join.fail('This is not a room link', 'Room links look like /r/<room>#t=<key>. Start a new room instead.');
} else if (!token) {
  join.fail('This link is missing its key',
    'Room links end with “#t=…”. The part after # was cut off — ask the host to send the whole link again.');
} else {
  openLink();
}

/** Checks the link first, so a dead one says so before anyone types a name; then asks the name or comes back. */
async function openLink() {
  // The name form comes before any welcome: its maxlength is the node's, read while the link is checked.
  loadLimits().then((limits) => applyLimits(byId('name-form'), limits));
  const check = await checkLink(roomId, token, remembered.resumeSecret(roomId));
  if (check.refused) {
    join.fail(check.refused.title, check.refused.text);
    return;
  }
  if (check.opens) join.preview(check.opens);
  // A personal link, or a reload of a tab already in the room, goes in without asking (views/join.js decides).
  const name = nameToJoinWith(check.opens, remembered.resumeSecret(roomId), remembered.name());
  if (name) enter(name);
  else join.ask(enter);
}

function enter(name) {
  join.hide();
  let connected = false;

  const connection = new Connection({
    url: websocketUrl(location),
    buildHello: () => {
      const secret = remembered.resumeSecret(roomId);
      const resume = secret ? { secret, lastSeq: store.get().seq } : null;
      return hello({ room: roomId, token, name, resume });
    },
  });

  const playedHere = new Set(); // twist cards this tab played: their banner is not raised here
  let stageFocus = null;

  /** Sends a room command; tells the user when it cannot go out. */
  const send = (message) => {
    const id = connection.command(message);
    if (id == null) toasts.show('Not connected right now. Try again in a moment.', 'error');
    if (id != null) {
      if (message.type === 'twist.play') playedHere.add(message.card);
      if (STAGE_COMMANDS.has(message.type) || (message.type === 'timer.start' && stageOf(store.get()) === 'lobby')) {
        stageFocus.expect();
      }
    }
    return id != null;
  };

  const connectionView = createConnectionView(byId('connection'));
  const hostAccess = createHostAccess({
    roomId,
    origin: location.origin,
    send,
    confirm: createConfirm({
      dialog: byId('confirm-dialog'), heading: byId('confirm-heading'), text: byId('confirm-text'), ok: byId('confirm-ok'),
    }),
    tools: byId('invite-tools'),
    resetButton: byId('btn-reset-invite'),
    toasts,
  });
  let removedHere = false; // the server removed this participant: the close that follows ends the visit
  const participants = createParticipantsView(byId('participants'), {
    onRemove: (person) => hostAccess.remove(person),
    focusAfterRemove: byId('people-heading'),
  });
  const prompt = createPromptView({
    titleEl: byId('prompt-title'),
    textEl: byId('prompt-text'),
    form: byId('prompt-form'),
    titleInput: byId('prompt-edit-title'),
    textInput: byId('prompt-edit-text'),
    onSave: (title, text) => send(promptSet(title, text)),
  });
  const timer = createTimerView({
    els: {
      block: byId('timer-block'),
      display: byId('timer'),
      phaseName: byId('phase-name'),
      status: byId('timer-phase'),
      bar: byId('phase-bar'),
      buttons: {
        start: byId('timer-start'),
        pause: byId('timer-pause'),
        resume: byId('timer-resume'),
        previous: byId('timer-previous'),
        next: byId('timer-next'),
        minus: byId('timer-minus'),
        plus: byId('timer-plus'),
        reset: byId('timer-reset'),
        end: byId('btn-end-round'),
      },
    },
    serverNow: () => connection.serverNow(),
    send,
    announce,
  });
  const header = createHeaderView({
    roundHeading: byId('round-heading'),
    promptTitle: byId('round-prompt-title'),
    roundNumber: byId('round-number'),
    stage: byId('round-stage'),
    presence: byId('presence'),
    youChip: byId('you-chip'),
  });
  const timeline = createTimelineView({ list: byId('timeline'), empty: byId('timeline-empty') });
  const banner = createBannerView({
    banner: byId('twist-banner'),
    stress: byId('twist-banner-stress'),
    when: byId('twist-banner-when'),
    title: byId('twist-banner-title'),
    text: byId('twist-banner-text'),
    dismiss: byId('twist-banner-dismiss'),
    alert: alertNow,
  });
  let rubric = [];
  const scorecard = createScorecardView({ send, idPrefix: 'scorecard', rubric: () => rubric });
  const reports = createReports({ roomId, secret: () => remembered.resumeSecret(roomId), toasts });
  const feedback = createFeedbackView({ send, rubric: () => rubric });
  const invite = createInviteView({
    box: byId('invite'),
    input: byId('invite-link'),
    copyButton: byId('copy-invite'),
    roomId,
  });
  const lobbyInvite = createLobbyInvite({ roomId });
  const notes = createNotesSync({ connection, toasts, getState: () => store.get() });
  const interviewerColumn = createInterviewerColumn({ grid: roomView, notes, send, toasts });
  const stage = createStageView({
    panel: byId('stage-panel'),
    lobby: createLobbyView({ send, invite: lobbyInvite }),
    feedback,
    done: createDoneView({ send, reports }),
    scorecard,
    column: interviewerColumn,
  });
  const news = createNews(announce);
  const tabs = createTabsView({ bar: byId('narrow-tabs'), grid: roomView });
  stageFocus = createStageFocus({
    header: pageHeader,
    targets: (stageName) => ({
      lobby: { heading: byId('lobby-heading'), action: byId('timer-start') },
      running: { heading: byId('prompt-heading'), pane: 'prompt' },
      feedback: { heading: byId('feedback-heading'), action: byId('btn-share-feedback') },
      done: { heading: byId('done-heading'), action: [byId('btn-next-round'), byId('btn-download-report')] },
    })[stageName],
    showPane: (name) => tabs.select(name),
    toasts,
  });
  const pastRounds = createPastRoundsView({ panel: byId('past-rounds-panel'), list: byId('past-rounds'), reports });
  const notesView = createNotesView({
    shared: {
      textarea: byId('notes-shared'),
      status: byId('notes-shared-status'),
      layer: byId('notes-shared-carets'),
      readOnlyTag: byId('notes-shared-readonly'),
      hint: byId('notes-shared-hint'),
    },
    notes,
  });

  const assumptionCheck = createAssumptionCheck({ send, announce, paneHidden: () => tabs.hides('notes') });
  const assumptions = createAssumptionsView({ panel: byId('assumptions-panel'), send, check: assumptionCheck });
  bindAssumptionShortcut({ textarea: byId('notes-shared'), store, toasts, announce, add: assumptions.add });

  let ended = false; // a refusal ended the visit: the room below would only show stale state

  function render(state) {
    if (!state.room || ended) return;
    roomView.hidden = false;
    byId('room-heading-block').hidden = false;
    setText(byId('room-heading'), state.room.title);
    const mode = byId('room-mode');
    mode.hidden = false;
    setText(mode, state.room.mode === 'group' ? 'Group' : 'Pair');
    document.title = `${state.room.title} · Curveball`;
    header.render(state);
    participants.render(state);
    hostAccess.render(state);
    prompt.render(state);
    timer.render(state, { connected });
    invite.render(state);
    lobbyInvite.render(state);
    notesView.render(state);
    assumptions.render(state, { connected });
    timeline.render(state);
    interviewerColumn.render(state, { connected });
    stage.render(state, { connected });
    pastRounds.render(state);
    tabs.render(state);
    applyLimits(document.body, state.limits); // after the views: fields they just built get theirs too
  }

  loadRubric().then((dimensions) => {
    rubric = dimensions;
    render(store.get());
  });

  const bannerRaiser = createBannerRaiser({ banner, tabs, toasts, announce, playedHere });

  // Who changed the timer, with Undo for whoever may control it.
  const timerNotices = createTimerNotices({ toasts, send, getState: () => store.get() });

  store.subscribe((state, change) => {
    // The notes first: a welcome's documents wait there for the editors that render builds.
    if (!ended) notes.onStore(state, change);
    render(state);
    if (!ended) stageFocus.follow(state);
    banner.render(state);
    const entry = bannerEntry(change); // a twist played, or the cohort organizer's broadcast
    if (entry && !ended) bannerRaiser.raise(state, entry);
    const asked = twistToCheck(state, change); // the candidate: does this twist break an assumption?
    if (asked && !ended) assumptionCheck.ask(state, asked);
    news.onStore(state, change);
    timerNotices.onStore(state, change);
  });


  createShortcuts({
    dialog: byId('shortcuts-dialog'),
    list: byId('shortcuts-list'),
    openButton: byId('btn-shortcuts'),
    actions: createTimerShortcuts({
      store, send, startButton: byId('timer-start'), undo: () => timerNotices.undo(), banner,
    }),
  });

  connection.on('state', (s) => {
    connected = s.state === 'connected';
    if (!ended) connectionView.render(s); // after a refusal the message says it all: no "Offline" badge
    notes.setConnected(connected);
    render(store.get()); // controls are enabled only while connected
  });

  connection.on('message', (message) => {
    if (notes.receive(message)) return; // answers to notes commands, carets
    switch (message.type) {
      case 'welcome':
        remembered.setResumeSecret(roomId, message.resume);
        store.apply(message);
        break;
      case 'snapshot':
        store.apply(message);
        break;
      case 'event':
        noteRemoval(message.event);
        store.apply(message);
        break;
      case 'invite':
        hostAccess.receive(message);
        render(store.get());
        break;
      case 'error':
        stageFocus.cancel();
        toasts.show(asSentence(message.message || `Refused: ${message.code}`), 'error');
        break;
      default:
        break; // ack, pong: the connection already used what it needed
    }
  });

  /** Someone left by the host's hand: say who; when it is this participant, the visit ends with the close. */
  function noteRemoval(event) {
    if (!event || event.kind !== 'participant.removed') return;
    const state = store.get();
    if (state.you && event.participant === state.you.participant) {
      removedHere = true;
      return;
    }
    const person = state.room && state.room.participants.find((p) => p.id === event.participant);
    if (person) toasts.show(`${person.name} was removed from the room.`, 'info');
  }

  connection.on('fatal', ({ message, code }) => {
    // A refused secret will be refused again; forget it so "Try again" joins afresh.
    if (code === 'bad-token' || code === 'link-reset' || removedHere) remembered.setResumeSecret(roomId, null);
    ended = true;
    roomView.hidden = true;
    byId('narrow-tabs').hidden = true;
    byId('timer-block').hidden = true;
    byId('stage-panel').hidden = true;
    byId('connection').hidden = true;
    const refusal = removedHere ? REMOVED : REFUSALS[code];
    if (refusal) join.fail(refusal.title, refusal.text);
    else join.fail(FATAL_TITLES[code] || 'Cannot open this room', asSentence(message), { retry: true });
  });

  connection.start();
}
