// The Markdown tree, built off the page's thread (js/markdown/render.js): a slow parse can delay a preview, never
// the page. The answer is plain values, cloned to the page, which builds the elements itself.

import { markdownTree } from './tree.js';

self.addEventListener('message', ({ data }) => {
  self.postMessage({ tree: markdownTree(data.source, { headingLevel: data.headingLevel }) });
});
