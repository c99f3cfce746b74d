// The cohort page's roster: what a paste or a file becomes, and the groups the preview shows, which must be the
// ones the server makes from the same list (it groups in the order sent, by the rule in the brief).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  duplicateNames, groupPeople, groupSizes, parseRoster, shuffled,
} from '../../main/resources/webroot/js/cohort/roster.js';
import { rosterStatus } from '../../main/resources/webroot/js/cohort/create-view.js';

describe('a pasted roster', () => {
  test('is one name per line, blank lines and surrounding spaces dropped', () => {
    assert.deepEqual(parseRoster('  Ada Lovelace \n\nGrace Hopper\r\n\tAlan Turing\r\n'),
      ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
  });

  test('as CSV gives the column headed "name", whatever its place and case', () => {
    assert.deepEqual(parseRoster('email,Name,track\nada@x.org,Ada,ml\ngrace@x.org,Grace,infra\n'), ['Ada', 'Grace']);
  });

  test('as CSV without a name header gives the first column of every row', () => {
    assert.deepEqual(parseRoster('Ada,ada@x.org\nGrace,grace@x.org'), ['Ada', 'Grace']);
  });

  test('reads quoted cells, a comma inside quotes, doubled quotes, a byte-order mark and tabs', () => {
    assert.deepEqual(parseRoster('\uFEFFname,email\n"Lovelace, Ada",a@x\n"Grace ""Amazing"" Hopper",g@x\n'),
      ['Lovelace, Ada', 'Grace "Amazing" Hopper']);
    assert.deepEqual(parseRoster('Name\tEmail\nAda\ta@x\nBo\tb@x'), ['Ada', 'Bo']);
    assert.deepEqual(parseRoster('name;email\nAda;a@x'), ['Ada']);
  });

  test('skips rows whose name cell is empty', () => {
    assert.deepEqual(parseRoster('name,email\n,nobody@x\nAda,a@x'), ['Ada']);
  });

  test('names the people listed twice, once each', () => {
    assert.deepEqual(duplicateNames(['Ada', 'Bo', 'ada ', 'Cy', 'Bo', 'Ada']), ['Ada', 'Bo']);
    assert.deepEqual(duplicateNames(['Ada', 'Bo']), []);
  });
});

describe('group sizes follow the server’s rule', () => {
  const table = [
    // [people, group size, sizes]
    [2, 2, [2]], [6, 2, [2, 2, 2]], [7, 2, [3, 2, 2]], [3, 2, [3]], [5, 2, [3, 2]],
    [14, 3, [4, 4, 3, 3]], [3, 3, [3]], [2, 3, [2]], [5, 3, [3, 2]], [7, 3, [4, 3]],
    [11, 4, [4, 4, 3]], [9, 4, [5, 4]], [17, 8, [6, 6, 5]], [8, 8, [8]], [9, 8, [5, 4]], [5, 8, [5]],
    [12, 3, [3, 3, 3, 3]], [400, 2, Array(200).fill(2)],
  ];
  for (const [n, g, sizes] of table) {
    test(`${n} people in groups of ${g} → ${sizes.length > 8 ? `${sizes.length} × ${sizes[0]}` : sizes.join(',')}`, () => {
      assert.deepEqual(groupSizes(n, g), sizes);
    });
  }

  test('fewer than two people make no group', () => {
    assert.deepEqual(groupSizes(0, 2), []);
    assert.deepEqual(groupSizes(1, 2), []);
  });

  test('every count from 2 to 120 in every size: everyone placed, sizes within one, none over 8 or size + 1', () => {
    for (let g = 2; g <= 8; g += 1) {
      for (let n = 2; n <= 120; n += 1) {
        const sizes = groupSizes(n, g);
        assert.equal(sizes.reduce((a, b) => a + b, 0), n, `${n}/${g}`);
        assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `${n}/${g}: ${sizes}`);
        assert.deepEqual([...sizes].sort((a, b) => b - a), sizes, `${n}/${g}: larger groups first`);
        if (n >= g) assert.ok(Math.max(...sizes) <= Math.min(8, g + 1), `${n}/${g}: ${sizes}`);
      }
    }
  });
});

describe('groups and seats', () => {
  test('the list is cut in order; first interviewer, second candidate, the rest observe', () => {
    assert.deepEqual(groupPeople(['A', 'B', 'C', 'D', 'E', 'F', 'G'], 2), [
      [{ name: 'A', seat: 'interviewer' }, { name: 'B', seat: 'candidate' }, { name: 'C', seat: 'observer' }],
      [{ name: 'D', seat: 'interviewer' }, { name: 'E', seat: 'candidate' }],
      [{ name: 'F', seat: 'interviewer' }, { name: 'G', seat: 'candidate' }],
    ]);
  });

  test('a reshuffle keeps everyone, once, in a new order', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return (seed - 1) / 2147483646;
    };
    const order = shuffled(names, random);
    assert.deepEqual([...order].sort(), names);
    assert.notDeepEqual(order, names);
    assert.deepEqual(names, ['A', 'B', 'C', 'D', 'E', 'F'], 'the roster itself is left as it was');
  });
});

describe('the line under the roster', () => {
  test('counts people and rooms', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    assert.deepEqual(rosterStatus(names, groupPeople(names, 2)), { ok: true, text: '6 people in 3 rooms.' });
  });

  test('refuses one person, and a roster over the server’s limit', () => {
    assert.equal(rosterStatus(['A'], []).ok, false);
    assert.match(rosterStatus(['A'], []).text, /at least 2 people/);
    const over = rosterStatus(['A', 'B', 'C'], groupPeople(['A', 'B', 'C'], 2), { maxPeople: 2 });
    assert.equal(over.ok, false);
    assert.match(over.text, /more than this server takes in one cohort \(2\)/);
  });

  test('refuses a name longer than the server takes, which is usually a whole CSV row', () => {
    const row = 'Ada Lovelace;ada@example.org;London;ML track;Week 6';
    const status = rosterStatus(['Bo', row], groupPeople(['Bo', row], 2), { maxNameLength: 40 });
    assert.equal(status.ok, false);
    assert.match(status.text, /longer than a name may be \(40 characters\)/);
    assert.equal(rosterStatus(['Bo', 'Ada'], groupPeople(['Bo', 'Ada'], 2), { maxNameLength: 3 }).ok, true);
  });

  test('warns about a name listed twice, and still lets the cohort be created', () => {
    const status = rosterStatus(['Ada', 'Bo', 'Ada'], groupPeople(['Ada', 'Bo', 'Ada'], 2));
    assert.equal(status.ok, true);
    assert.match(status.text, /Listed more than once: Ada/);
  });
});
