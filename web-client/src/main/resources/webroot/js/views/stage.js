// Which screen the round's stage asks for above the round grid: the lobby, feedback, or the finished round; none
// while the round runs (the grid is the round screen). Also where the two pieces that appear in more than one
// screen sit: the interviewer's editable scorecard (their column while the round runs, the feedback screen after
// it), and the shared scorecard and feedback (the feedback screen, then the done screen).

import { isInterviewer, roundOf, stageOf } from '../store.js';

function place(node, slot) {
  if (!slot) {
    node.remove();
  } else if (node.parentNode !== slot) {
    slot.append(node);
  }
}

export function createStageView({ panel, lobby, feedback, done, scorecard, column }) {
  const sections = { lobby, feedback, done };
  for (const view of Object.values(sections)) {
    view.root.hidden = true;
    panel.append(view.root);
  }

  return {
    render(state, { connected }) {
      const stage = stageOf(state);
      const current = sections[stage] || null;
      panel.hidden = !current;
      for (const [name, view] of Object.entries(sections)) view.root.hidden = name !== stage;
      if (current) current.render(state, { connected });

      const round = roundOf(state);
      const editing = Boolean(round) && isInterviewer(state) && round.interviewer === state.you.participant
        && (stage === 'running' || stage === 'feedback')
        && !(round.scorecard && round.scorecard.shared);
      place(scorecard.root, stage === 'feedback' && isInterviewer(state) ? feedback.scorecardSlot : column.scorecardSlot);
      if (round && scorecard.root.isConnected) scorecard.render(round.scorecard, { editable: editing, connected, round });

      place(feedback.summaries, stage === 'feedback' ? feedback.summariesSlot : stage === 'done' ? done.summariesSlot : null);
      if (stage === 'feedback' || stage === 'done') feedback.renderSummaries(state, connected);
    },
  };
}
