import { parseFragment } from 'parse5';
import { expect, it } from 'vitest';
import { isElement, type Element } from './html';
import { report } from './report';

it('names an element by its tag and first class, with its text folded', () => {
  const { dropped, drop } = report();
  const element = parseFragment('<div class="ad  wide">x</div>').childNodes.find(
    isElement,
  ) as Element;
  drop(element, 'ads are not part of an article', '  Buy\n  now ');
  drop('figure', 'text in a figure outside its caption');
  expect(dropped).toEqual([
    { element: 'div.ad', reason: 'ads are not part of an article', text: 'Buy now' },
    { element: 'figure', reason: 'text in a figure outside its caption', text: '' },
  ]);
});
