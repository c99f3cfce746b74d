// Saving text as a file the browser downloads, and reading a round's report (which needs the resume secret in a
// header, so a plain link cannot fetch it).

import { reportUrl } from './protocol.js';

/** Offers `text` as a download named `filename`. */
export function saveFile(filename, text, type = 'text/plain') {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The report's file name for round `n`. */
export function reportFilename(n) {
  return `curveball-round-${n}.md`;
}

/** The Markdown report of round `n`, as this participant may read it; throws with a sentence to show. */
export async function fetchReport(roomId, n, secret) {
  if (!secret) throw new Error('This tab has no key for the report yet. Reload the page and try again.');
  let response;
  try {
    response = await fetch(reportUrl(roomId, n), { headers: { Authorization: `Bearer ${secret}` } });
  } catch {
    throw new Error('Could not reach the server for the report. Check the connection and try again.');
  }
  if (!response.ok) {
    const detail = await response.text().catch(() => '');
    throw new Error(`The report could not be read (${response.status}${detail ? `: ${detail.slice(0, 200)}` : ''}).`);
  }
  return response.text();
}
