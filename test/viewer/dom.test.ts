import { describe, expect, it } from 'vitest';
import { isHttpUrl, isSafeHref } from '../../viewer/dom.js';

describe('isSafeHref', () => {
  it.each([
    ['https://istio.io/', true],
    ['http://example.org/a?b=c', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['?node=istio', true],
    ['#top', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['//evil.example/', false],
    ['/etc/passwd', false],
    ['ftp://example.org/', false],
    ['vbscript:x', false],
    ['https:evil', false],
    ['', false],
  ])('%s → %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });

  it.each([
    ['https://github.com/istio/istio', true],
    ['mailto:someone@example.org', false],
    ['?node=x', false],
  ])('isHttpUrl(%s) → %s', (text, expected) => {
    expect(isHttpUrl(text)).toBe(expected);
  });
});
