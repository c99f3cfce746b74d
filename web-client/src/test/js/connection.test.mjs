import { test } from 'node:test';
import assert from 'node:assert/strict';
import { socketUrls } from '../../main/resources/webroot/js/connection.js';

test('the cluster list becomes WebSocket URLs, secure where the page is', () => {
  assert.deepEqual(socketUrls(['http://127.0.0.1:8081', 'https://b.example.org/']),
    ['ws://127.0.0.1:8081/ws', 'wss://b.example.org/ws']);
});

test('anything that is not a list of http URLs is ignored', () => {
  assert.deepEqual(socketUrls(null), []);
  assert.deepEqual(socketUrls(['javascript:alert(1)', 42, 'ftp://x']), []);
});
