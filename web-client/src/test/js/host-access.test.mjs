// Removing a person and resetting the invite link, as the page's state sees them: the removed person leaves the
// list, a reset link is refused with its own words, and the new link is built the way the server builds links.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEvent } from '../../main/resources/webroot/js/store.js';
import { FATAL_HELLO_ERRORS, inviteReset, participantRemove } from '../../main/resources/webroot/js/protocol.js';
import { REFUSALS } from '../../main/resources/webroot/js/link-check.js';
import { inviteLink } from '../../main/resources/webroot/js/views/host-access.js';

const person = (id, name) => ({ id, name, role: 'observer', host: false, online: true });

describe('host access', () => {
  test('a removed participant leaves the list and nobody else does', () => {
    const room = { participants: [person('p-1', 'Ada'), person('p-2', 'Bo'), person('p-3', 'Cy')] };

    const after = applyEvent(room, { kind: 'participant.removed', participant: 'p-2', by: 'p-1' });

    assert.deepEqual(after.participants.map((p) => p.name), ['Ada', 'Cy']);
    assert.equal(room.participants.length, 3, 'the old state is not edited');
  });

  test('the commands are the wire messages of protocol/README.md', () => {
    assert.deepEqual(participantRemove('p-2'), { type: 'participant.remove', participant: 'p-2' });
    assert.deepEqual(inviteReset(), { type: 'invite.reset' });
  });

  test('a reset link ends the visit with words that say what to do', () => {
    assert.ok(FATAL_HELLO_ERRORS.has('link-reset'), 'asking again would be refused again');
    assert.match(REFUSALS['link-reset'].text, /new invite link/);
  });

  test('the new link has the token in the fragment, which browsers never send', () => {
    assert.equal(inviteLink('https://cb.example', 'q7k2m9xd4p', 'tok_en-1'), 'https://cb.example/r/q7k2m9xd4p#t=tok_en-1');
  });
});
