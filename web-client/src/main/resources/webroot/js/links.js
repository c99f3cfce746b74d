// The parts of a page's own address that the pages read: a room's or cohort's id from the path, a key from the hash.

/** `/<prefix>/<id>` → id, or null when the path is not such a link (`/r/<id>` for rooms, `/c/<id>` for cohorts). */
export function idFrom(pathname, prefix) {
  const match = new RegExp(`^/${prefix}/([^/]+)/?$`).exec(pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

/** `#t=<token>` → token. Parsed by hand: URLSearchParams would turn a '+' in the token into a space. */
export function tokenFrom(hash) {
  const match = /(?:^#?|&)t=([^&]*)/.exec(hash);
  return match && match[1] ? decodeURIComponent(match[1]) : null;
}
