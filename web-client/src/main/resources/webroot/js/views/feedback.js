// Feedback, after the round ends: the interviewer finishes the scorecard (its editable view is moved here from
// the interviewer's column), the candidate rates the interviewer, and each shares what they wrote. Once shared,
// the scorecard is shown to the candidate, and the candidate's rating to the room.

import { h, setText } from '../dom.js';
import { canControlTimer, isCandidate, isInterviewer, roundOf, seesInterviewerSide } from '../store.js';
import { LEVELS, feedbackRate, feedbackShare, roundClose } from '../protocol.js';
import { createScorecardView } from './scorecard.js';

const RATING_LABELS = Object.freeze({ 1: 'Not helpful', 2: 'Somewhat helpful', 3: 'Helpful', 4: 'Excellent' });

/** The candidate's rating of the interviewer, as the room reads it once shared. */
function feedbackSummary(feedback) {
  return h('div', { class: 'feedback-summary' },
    h('h3', { class: 'panel-subheading', text: 'The candidate’s feedback for the interviewer' }),
    h('p', {}, h('span', { class: 'level-badge', text: feedback.level ? `${feedback.level} / 4` : 'Not rated' }),
      feedback.level ? ` ${RATING_LABELS[feedback.level]}` : ''),
    feedback.comment ? h('p', { class: 'evidence-text', text: feedback.comment }) : null);
}

export function createFeedbackView({ send, rubric }) {
  const heading = h('h2', { id: 'feedback-heading', class: 'stage-heading', tabIndex: -1 });
  const intro = h('p', { class: 'hint' });
  const scorecardSlot = h('div', { class: 'scorecard-slot' });
  const sharedScorecard = createScorecardView({
    send, rubric, idPrefix: 'shared-scorecard', title: 'The interviewer’s scorecard',
  });
  const sharedFeedback = h('div');
  // What was shared, read-only: shown in feedback and again on the done screen (the page moves this node).
  const summaries = h('div', { class: 'summaries' }, sharedScorecard.root, sharedFeedback);
  const summariesSlot = h('div', { class: 'summaries-slot' });

  // The candidate's rating of the interviewer.
  const radios = LEVELS.map((n) => h('input', { type: 'radio', name: 'feedback-level', value: String(n), id: `feedback-level-${n}` }));
  const comment = h('textarea', { id: 'feedback-comment', rows: 3, dataset: { limit: 'maxCardChars' },
    placeholder: 'What helped, what to change: the pace, the twists, the hints.' });
  let commentDirty = false;
  const rate = () => {
    // A rating is a level with a comment: a comment alone waits for its level, and goes out with it.
    const checked = radios.find((r) => r.checked);
    if (!checked) return;
    if (send(feedbackRate(Number(checked.value), comment.value))) commentDirty = false;
  };
  for (const r of radios) r.addEventListener('change', rate);
  comment.addEventListener('input', () => {
    commentDirty = true;
  });
  comment.addEventListener('change', rate);
  const rateForm = h('fieldset', { class: 'rate-interviewer' },
    h('legend', { class: 'panel-subheading', text: 'Rate your interviewer' }),
    h('div', { class: 'level-choice' }, radios.map((r) => h('label', { class: 'option', for: r.id }, r,
      h('span', {}, h('strong', { text: r.value }), ` ${RATING_LABELS[r.value]}`)))),
    h('div', { class: 'field' }, h('label', { for: 'feedback-comment', text: 'Comment' }), comment,
      h('p', { class: 'hint', text: 'Saved when you pick a rating or leave the comment box.' })));

  const share = h('button', { id: 'btn-share-feedback', class: 'button primary', type: 'button', text: 'Share feedback',
    attrs: { 'aria-describedby': 'share-feedback-hint' } });
  const shareHint = h('p', { class: 'hint', id: 'share-feedback-hint' });
  const close = h('button', { id: 'btn-close-round', class: 'button', type: 'button', text: 'Close feedback',
    onclick: () => {
      if (window.confirm('Close feedback? The round’s report is then final.')) send(roundClose());
    } });
  share.addEventListener('click', () => {
    if (window.confirm('Share with the whole room? It cannot be edited after that.')) {
      // An evidence box or comment still focused has not sent its last words: send them before sharing.
      if (document.activeElement && root.contains(document.activeElement)) document.activeElement.blur();
      send(feedbackShare());
    }
  });

  const root = h('section', { id: 'feedback', class: 'panel stage-section', attrs: { 'aria-labelledby': 'feedback-heading' } },
    h('div', { class: 'stage-main' }, heading, intro, scorecardSlot, rateForm, summariesSlot,
      // Kept at the bottom of the screen while the long scorecard scrolls past: the next step is always in reach.
      h('div', { class: 'stage-actions' }, h('div', { class: 'actions' }, share, close), shareHint)));

  function renderSummaries(state, connected) {
    const round = roundOf(state);
    const { scorecard, feedback } = round;
    const showShared = Boolean(scorecard && scorecard.shared) && !seesInterviewerSide(state);
    sharedScorecard.root.hidden = !showShared;
    if (showShared) sharedScorecard.render(scorecard, { editable: false, connected, round });
    const feedbackShared = Boolean(feedback && feedback.shared) && !isCandidate(state);
    sharedFeedback.replaceChildren(...(feedbackShared ? [feedbackSummary(feedback)] : []));
  }

  return {
    root,
    scorecardSlot,
    summaries,
    summariesSlot,
    renderSummaries,
    render(state, { connected }) {
      const round = roundOf(state);
      setText(heading, `Feedback · Round ${round.number}`);
      const interviewer = isInterviewer(state) && round.interviewer === (state.you && state.you.participant);
      const candidate = isCandidate(state);
      const scorecard = round.scorecard;
      const feedback = round.feedback;
      setText(intro, interviewer
        ? 'Rate each dimension from 1 to 4 with the evidence you saw, then share it with the candidate.'
        : candidate
          ? 'Rate how the interviewer ran the round. The interviewer’s scorecard appears here once shared.'
          : 'The interviewer and the candidate are writing feedback; it appears here once shared.');

      rateForm.hidden = !candidate;
      if (candidate) {
        const level = feedback && feedback.level != null ? String(feedback.level) : '';
        if (!rateForm.contains(document.activeElement) || document.activeElement.type !== 'radio') {
          for (const r of radios) r.checked = r.value === level;
        }
        if (document.activeElement !== comment && !commentDirty) comment.value = (feedback && feedback.comment) || '';
        const locked = Boolean(feedback && feedback.shared) || !connected;
        for (const r of radios) r.disabled = locked;
        comment.readOnly = locked;
      }

      const mine = interviewer ? scorecard : candidate ? feedback : null;
      share.hidden = !(interviewer || candidate);
      const shared = Boolean(mine && mine.shared);
      // Feedback for the interviewer is a rating first: a comment alone is not something to share.
      const unrated = candidate && !(feedback && feedback.level != null);
      share.disabled = shared || !connected || unrated;
      setText(share, shared ? 'Shared ✓' : 'Share feedback');
      setText(shareHint, shared ? 'Shared with the room.' : unrated ? 'Pick a rating first; then you can share it.' : '');
      close.hidden = !canControlTimer(state);
      close.disabled = !connected;
    },
  };
}
