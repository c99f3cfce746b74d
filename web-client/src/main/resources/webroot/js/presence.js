// Who is in the room, as the header shows them: a few avatars with initials, then "+N" for the rest.

/** Avatars the header shows before the rest fold into "+N": fits beside "You: Interviewer" on a 390-px phone. */
export const MAX_AVATARS = 5;

export const SEAT_LABELS = Object.freeze({ interviewer: 'Interviewer', candidate: 'Candidate', observer: 'Observer' });

/**
 * Two letters that tell people apart at a glance: the first letters of the first and last words ("Ada Lovelace"
 * → "AL"), or the first two letters of a one-word name ("Bo" → "Bo"). Code points, so an emoji stays whole.
 */
export function initialsOf(name) {
  const words = String(name || '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]];
  if (words.length === 1) return (first[0].toUpperCase() + (first[1] || '')).trim();
  return (first[0] + [...words[words.length - 1]][0]).toUpperCase();
}

/**
 * The people the header shows and how many fold into "+N". Online people come first (in member order), so the
 * ones folded away are those who left; when everyone fits, nobody is folded and there is no "+N".
 */
export function presenceSummary(people, max = MAX_AVATARS) {
  const ordered = [...people.filter((p) => p.online), ...people.filter((p) => !p.online)];
  if (ordered.length <= max) return { shown: ordered, folded: [] };
  return { shown: ordered.slice(0, max - 1), folded: ordered.slice(max - 1) };
}

/** "You: Candidate", with " · host" for whoever holds the host capability. */
export function youLabel(self) {
  if (!self) return '';
  const seat = SEAT_LABELS[self.role] || self.role;
  return `You: ${seat}${self.host ? ' · host' : ''}`;
}
