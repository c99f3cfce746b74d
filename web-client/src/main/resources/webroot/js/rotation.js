// Who sits where next round, as `round.next` will move the seats (protocol README, "Rounds"): a pair swaps; a
// group moves both seats one step along the member order, skipping members who are offline. A preview only: the
// server decides, and the seats.changed event says what it decided.

/** The member order rotations follow: the room's own when it sends one, else the order participants joined. */
export function memberOrder(room) {
  const ids = room.participants.map((p) => p.id);
  return Array.isArray(room.order) ? mergeOrder(room.order, ids) : ids;
}

/** The first online member after `id` in `order` (wrapping), or null when nobody else is online. */
function nextOnline(order, online, id, taken = null) {
  const start = order.indexOf(id);
  for (let step = 1; step <= order.length; step++) {
    const candidate = order[(start + step + order.length) % order.length];
    if (online.has(candidate) && candidate !== taken) return candidate;
  }
  return null;
}

/** `{interviewer, candidate}` ids for the next round, or null when there is no round to rotate from. */
export function nextSeats(room) {
  const round = room && room.round;
  if (!round || !round.interviewer || !round.candidate) return null;
  if (room.mode !== 'group') return { interviewer: round.candidate, candidate: round.interviewer };
  const order = memberOrder(room);
  const online = new Set(room.participants.filter((p) => p.online).map((p) => p.id));
  const interviewer = nextOnline(order, online, round.interviewer);
  const candidate = nextOnline(order, online, round.candidate, interviewer);
  return interviewer && candidate ? { interviewer, candidate } : null;
}

/** `order` with `id` moved one place up (`delta` −1) or down (+1); unchanged at either end or for an unknown id. */
export function moveMember(order, id, delta) {
  const from = order.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return order;
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/**
 * A member order the host is arranging, kept in step with who is in the room: ids no longer listed drop out and
 * newcomers join at the end, so the order sent with `seats.set` always names every participant once.
 */
export function mergeOrder(draft, ids) {
  return [...draft.filter((id) => ids.includes(id)), ...ids.filter((id) => !draft.includes(id))];
}
