// The server's limits, where the forms read them: a room page from its welcome (`welcome.limits`), the forms that
// come before any welcome (the landing page, the name form) from `GET /api/limits`. The page keeps no copy of its
// own: a field names the limit it follows in `data-limit`, and gets it as `maxLength` once the server said it.
// Without an answer a field has no `maxlength`; the server still refuses what is too large, with `too-large`.

export const LIMITS_PATH = '/api/limits';

/** The node's limits for a new room, or null when they cannot be read (the forms then carry on without). */
export async function loadLimits(fetchFn = (url) => fetch(url)) {
  try {
    const response = await fetchFn(LIMITS_PATH);
    if (!response.ok) return null;
    const limits = await response.json();
    return limits && typeof limits === 'object' ? limits : null;
  } catch {
    return null;
  }
}

/**
 * Sets `maxLength` on `root` (when it names a limit) and on every element under it with `data-limit`, to the limit
 * it names. A limit the server did not send leaves the field as it is.
 */
export function applyLimits(root, limits) {
  if (!root || !limits) return;
  const fields = root.matches && root.matches('[data-limit]') ? [root] : [];
  fields.push(...root.querySelectorAll('[data-limit]'));
  for (const field of fields) {
    const max = limits[field.dataset.limit];
    if (Number.isInteger(max) && max > 0 && field.maxLength !== max) field.maxLength = max;
  }
}

/** One limit, or Infinity when the server has not said it (yet): callers compare, the server decides. */
export function limitOf(limits, name) {
  const max = limits && limits[name];
  return Number.isInteger(max) && max > 0 ? max : Infinity;
}
