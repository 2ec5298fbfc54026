// The assignment composer's logic, apart from its DOM: reordering and ticking encounters, the file
// name, and the link that opens the assignment.

import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
  decodeAssignment,
  readAssignment,
} from '../../src/core/lms/assignment.ts';
import {
  assignmentFileName,
  assignmentLink,
  moveItem,
  setChosen,
} from '../../src/ui/instructor/assignment-composer.ts';

describe('the order of the chosen encounters', () => {
  it('swaps an encounter with its neighbour, and refuses to move past either end', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 1)).toBe(true);
    expect(list).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 2, -1)).toBe(true);
    expect(list).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 0, -1)).toBe(false);
    expect(moveItem(list, 2, 1)).toBe(false);
    expect(list).toEqual(['b', 'c', 'a']);
  });

  it('adds a ticked encounter once, at the end, and removes an unticked one', () => {
    const list = ['a'];
    setChosen(list, 'b', true);
    setChosen(list, 'b', true);
    expect(list).toEqual(['a', 'b']);
    setChosen(list, 'a', false);
    setChosen(list, 'x', false);
    expect(list).toEqual(['b']);
  });
});

describe('handing the assignment out', () => {
  it('names the file after the title, in lowercase letters, digits and dashes', () => {
    expect(assignmentFileName('Hotel week 1: Front desk!')).toBe('assignment-hotel-week-1-front-desk.json');
    expect(assignmentFileName('  --  ')).toBe('assignment-set.json');
    expect(assignmentFileName('Café')).toBe('assignment-caf.json');
  });

  it('links to this page with only the assignment in the query, and the link reads back', () => {
    const a = readAssignment(
      'assignment',
      {
        format: ASSIGNMENT_FORMAT,
        version: ASSIGNMENT_VERSION,
        title: 'Week 1',
        encounters: ['hotel.one'],
        mode: 'assessment',
        passMark: 70,
      },
      ['hotel.one'],
    );
    const link = new URL(assignmentLink('https://train.example/game/?lang=es-US&x=1#picker', a));
    expect(link.origin + link.pathname).toBe('https://train.example/game/');
    expect(link.hash).toBe('');
    expect([...link.searchParams.keys()]).toEqual(['assignment']);
    expect(decodeAssignment(link.searchParams.get('assignment') ?? '', ['hotel.one'])).toEqual(a);
  });
});
