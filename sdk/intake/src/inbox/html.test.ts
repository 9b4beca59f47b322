import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from './html.js';

describe('the inbox template', () => {
  it('escapes markup and shows bidi controls as inert markers', () => {
    const name = '\u202egnp.exe\u202c <b>';
    expect(String(html`<td>${name}</td>`)).toBe('<td>[U+202E]gnp.exe[U+202C] &#60;b&#62;</td>');
    for (const c of '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c')
      expect(escapeHtml(`a${c}b`)).not.toContain(c);
  });
});
