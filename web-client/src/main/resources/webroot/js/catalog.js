// The scoring rubric, read once from GET /api/catalog. Older servers send no rubric; the scorecard then shows the
// dimensions it already has ratings for, and says the rubric is missing.

let pending = null;

/** `[{id, name, levels}]`, with levels as the server wrote them ("1: …" … "4: …"); [] when unavailable. */
export function loadRubric() {
  if (!pending) {
    pending = fetch('/api/catalog')
      .then((response) => (response.ok ? response.json() : null))
      .then((catalog) => normaliseRubric(catalog && catalog.rubric))
      .catch(() => {
        pending = null; // try again next time someone asks
        return [];
      });
  }
  return pending;
}

/** Keeps well-formed dimensions only; a level's leading "3: " is split off into `{level, text}`. */
export function normaliseRubric(rubric) {
  const list = Array.isArray(rubric) ? rubric : rubric && Array.isArray(rubric.dimensions) ? rubric.dimensions : [];
  return list
    .filter((d) => d && typeof d.id === 'string' && d.id)
    .map((d) => ({
      id: d.id,
      name: typeof d.name === 'string' && d.name ? d.name : d.id,
      levels: (Array.isArray(d.levels) ? d.levels : []).map((text, i) => {
        const match = /^\s*(\d)\s*:\s*(.*)$/s.exec(String(text));
        return match ? { level: Number(match[1]), text: match[2] } : { level: i + 1, text: String(text) };
      }),
    }));
}
