// Small wrappers over Web Storage. Storage can throw (private windows, quota, disabled cookies); losing a
// remembered name or invite link must never break the page, so failures read as "nothing stored".

function read(storage, key) {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage, key, value) {
  try {
    if (value == null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // Not remembering is acceptable; the page keeps working.
  }
}

const local = () => window.localStorage;
// sessionStorage is per tab: a reload returns the same participant, a second tab becomes a new one.
const session = () => window.sessionStorage;

export const keys = Object.freeze({
  name: 'curveball.name',
  invite: (roomId) => `curveball.invite.${roomId}`,
  resume: (roomId) => `curveball.resume.${roomId}`,
});

export const remembered = {
  name: () => read(local(), keys.name),
  setName: (name) => write(local(), keys.name, name),
  invite: (roomId) => read(local(), keys.invite(roomId)),
  setInvite: (roomId, link) => write(local(), keys.invite(roomId), link),
  resumeSecret: (roomId) => read(session(), keys.resume(roomId)),
  setResumeSecret: (roomId, secret) => write(session(), keys.resume(roomId), secret),
};
