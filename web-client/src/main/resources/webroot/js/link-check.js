// Asks the server what a room link opens before anyone types a name (`POST /api/rooms/<id>/links/check`), so a
// dead link says so at once. The key goes in the body, never in a URL.

/** What the person holding a refused link should read, and do. Only the server's codes that end a visit. */
export const REFUSALS = Object.freeze({
  'bad-token': {
    title: 'This link does not open the room',
    text: 'Its key is wrong or was cut off. Ask the host for a fresh invite link.',
  },
  'link-reset': {
    title: 'This invite link was reset',
    text: 'The host replaced it with a new one. Ask the host for the new invite link.',
  },
  'unknown-room': {
    title: 'This room does not exist',
    text: 'It may have ended: a room nobody uses for a day is deleted. Ask the host for a fresh invite link, '
      + 'or start a new room.',
  },
  'room-full': {
    title: 'This room is full',
    text: 'Every place in it is taken. Ask the host for a fresh invite link to a room with space, '
      + 'or start a new room.',
  },
});

/**
 * `{ opens: { title, host, seat, name? } }`, `{ refused: { code, title, text } }`, or `{ unknown: true }` when the
 * check could not be made (network, server busy): then the page goes on and the join itself will tell. `name` is
 * the person a cohort's personal link was made for (the seat is reserved in their name), absent otherwise.
 */
export async function checkLink(roomId, token, resumeSecret, fetchFn = fetch) {
  let response;
  let answer;
  try {
    response = await fetchFn(`/api/rooms/${encodeURIComponent(roomId)}/links/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(resumeSecret ? { token, resume: resumeSecret } : { token }),
      cache: 'no-store',
    });
    answer = await response.json();
  } catch {
    return { unknown: true };
  }
  if (response.ok && answer && answer.room) {
    const name = typeof answer.name === 'string' && answer.name.trim() ? answer.name.trim() : null;
    const opens = { title: String(answer.room.title || ''), host: answer.host || null, seat: answer.seat };
    return { opens: name ? { ...opens, name } : opens };
  }
  const refusal = answer && REFUSALS[answer.code];
  return refusal ? { refused: { code: answer.code, ...refusal } } : { unknown: true };
}
