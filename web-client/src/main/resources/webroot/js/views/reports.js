// Round reports for the done screen and the past rounds: fetched with this tab's resume secret, saved as files.

import { fetchReport, reportFilename, saveFile } from '../download.js';

export function createReports({ roomId, secret, toasts }) {
  async function text(n) {
    return fetchReport(roomId, n, secret());
  }
  return {
    text,
    /** Downloads round `n`'s report; `button` shows that it is busy meanwhile. */
    async download(n, button) {
      button.setAttribute('aria-busy', 'true');
      try {
        saveFile(reportFilename(n), await text(n), 'text/markdown');
      } catch (error) {
        toasts.show(error.message, 'error');
      } finally {
        button.removeAttribute('aria-busy');
      }
    },
  };
}
