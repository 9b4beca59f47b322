// A tiny escaping template: every interpolated value is HTML-escaped unless it is already Html, and its
// bidi controls are shown as inert markers (`[U+202E]`): a ticket's name or note holding a right-to-left
// override must not reorder the agent's page around it.
import { neutralizeBidi } from '@topup-doctor/sdk/core';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(value: string): string {
  return neutralizeBidi(value).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}
