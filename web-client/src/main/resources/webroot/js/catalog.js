// The scoring rubric, read once from GET /api/catalog. Older servers send no rubric; the scorecard then shows the
// dimensions it already has ratings for, and says the rubric is missing.

let pending = null;

/** The catalog listing, fetched once; null when unavailable (and asked again next time). */
function loadCatalog() {
  if (!pending) {
    pending = fetch('/api/catalog')
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null)
      .then((catalog) => {
        if (!catalog) pending = null; // try again next time someone asks
        return catalog;
      });
  }
  return pending;
}

/** `[{id, name, levels}]`, with levels as the server wrote them ("1: …" … "4: …"); [] when unavailable. */
export function loadRubric() {
  return loadCatalog().then((catalog) => normaliseRubric(catalog && catalog.rubric));
}

/**
 * The rubric's scoring rules: `{partialCredit, verdicts: [{verdict, minAverage, minLevel, meaning}]}`, strongest
 * verdict first; empty rules when the server sends none.
 */
export function loadScoringRules() {
  return loadCatalog().then((catalog) => ({
    partialCredit: catalog && typeof catalog.partialCredit === 'string' ? catalog.partialCredit : '',
    verdicts: catalog && Array.isArray(catalog.verdicts) ? catalog.verdicts : [],
  }));
}

/**
 * What a scorecard reads as: the average and lowest level over the rated dimensions (not-observed ones are left
 * out) and the first verdict whose bars it clears; null while no level is given.
 */
export function verdictOf(ratings, verdicts) {
  const values = Object.values(ratings || {});
  const levels = values.map((r) => r && r.level).filter((l) => Number.isInteger(l));
  if (levels.length === 0) return null;
  const average = levels.reduce((a, b) => a + b, 0) / levels.length;
  const lowest = Math.min(...levels);
  const found = (verdicts || []).find((v) => average >= v.minAverage && lowest >= v.minLevel);
  return {
    average, lowest, rated: levels.length,
    notObserved: values.filter((r) => r && r.notObserved).length,
    verdict: found ? found.verdict : null,
  };
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
