// The cohort's HTTP calls (server: dev.curveball.http.CohortsApi). The organizer's token travels in the
// Authorization header, never in a URL the server would log. Every failure becomes a CohortError with the server's
// stable code and a sentence a person can act on.

export class CohortError extends Error {
  /**
   * @param code   the server's code (`bad-token`, `unknown-cohort`, `rate-limited`, …), or `unreachable`
   * @param status the HTTP status, 0 when the server could not be reached
   * @param retryAfterMs from Retry-After, when the server asked to wait
   */
  constructor(code, message, status = 0, retryAfterMs = null) {
    super(message);
    this.code = code;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/** What the organizer reads for the codes that end a visit or need them to act. */
const SENTENCES = Object.freeze({
  'bad-token': 'This organizer link does not open the cohort: its key is wrong or was cut off. '
    + 'Open the whole organizer link you kept when you created the cohort.',
  'unknown-cohort': 'This cohort does not exist. It may have expired, or the link is not complete.',
  'rate-limited': 'The server is busy with too many requests from here. Wait a moment and try again.',
  unreachable: 'Could not reach the Curveball server. Check your connection; the page keeps trying.',
});

function retryAfterMs(response) {
  const value = response.headers && response.headers.get ? response.headers.get('Retry-After') : null;
  const seconds = Number(value);
  return value != null && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

/** The server's error as a CohortError: its message for a bad request, our sentence for the codes above. */
async function refusal(response) {
  const answer = await response.json().catch(() => null);
  const code = (answer && answer.code) || `http-${response.status}`;
  const said = answer && answer.message ? String(answer.message) : `the server answered ${response.status}`;
  return new CohortError(code, SENTENCES[code] || said, response.status, retryAfterMs(response));
}

async function call(fetchFn, url, init) {
  let response;
  try {
    response = await fetchFn(url, init);
  } catch {
    throw new CohortError('unreachable', SENTENCES.unreachable);
  }
  if (!response.ok) throw await refusal(response);
  return response;
}

const bearer = (token) => ({ Authorization: `Bearer ${token}`, Accept: 'application/json' });
const cohortPath = (id) => `/api/cohorts/${encodeURIComponent(id)}`;

/**
 * The body of `POST /api/cohorts`: people in the order given (the server groups them in that order), the catalog
 * prompt by id or a surprise, the length only when one was chosen.
 */
export function createCohortRequest({ title, names, groupSize, prompt, durationMinutes }) {
  const body = { title, people: names.map((name) => ({ name })), groupSize };
  if (prompt && prompt.kind === 'catalog' && prompt.id) body.promptId = prompt.id;
  else body.surprise = true;
  if (durationMinutes) body.durationMinutes = durationMinutes;
  return body;
}

/** Creates the cohort: `{cohort, title, links: {organizer}, rooms: [{room, title, members: [{name, seat, link}]}]}`. */
export async function createCohort(body, fetchFn = fetch) {
  const response = await call(fetchFn, '/api/cohorts', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => null);
  if (!answer || !answer.cohort || !answer.links || !answer.links.organizer || !Array.isArray(answer.rooms)) {
    throw new CohortError('bad-answer', 'The server answered without the cohort’s links. Please try again.');
  }
  return answer;
}

/** The board; with `since` (the previous answer's serverTime) only the rooms that changed since then. */
export async function fetchBoard(id, token, since = null, fetchFn = fetch) {
  const query = since == null ? '' : `?since=${encodeURIComponent(since)}`;
  const response = await call(fetchFn, `${cohortPath(id)}${query}`, { headers: bearer(token), cache: 'no-store' });
  return response.json();
}

/** One action on every room where it fits: `{action, applied, skipped, rooms: [{room, result, code?, message?}]}`. */
export async function postAction(id, token, action, message = null, fetchFn = fetch) {
  const body = action === 'broadcast' ? { action, message } : { action };
  const response = await call(fetchFn, `${cohortPath(id)}/actions`, {
    method: 'POST',
    headers: { ...bearer(token), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

/** Every finished round's report as one zip (a Blob). */
export async function fetchReportsZip(id, token, fetchFn = fetch) {
  const response = await call(fetchFn, `${cohortPath(id)}/reports.zip`, { headers: { Authorization: `Bearer ${token}` } });
  return response.blob();
}

/** The maximum people per cohort the node accepts (`GET /api/limits`), or Infinity when it does not say. */
export function maxCohortPeople(limits) {
  const max = limits && limits.maxCohortPeople;
  return Number.isInteger(max) && max > 0 ? max : Infinity;
}
