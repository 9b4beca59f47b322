// The operator rules the demo's consoles give the widget in its script tag (data-rules). One place, so the
// scenario table's in-process twin decides with exactly the rules the browser's widget gets.
export interface DemoRulesInput {
  /** false when a scenario switched redeem codes off. */
  redemptionEnabled: boolean;
  lang: 'zh-CN' | 'en';
  console: 'new-api' | 'sub2api';
}

/** Each demo operator's support address: the contact the verdict names and the widget's email fallback. */
export const demoSupportEmail = (console: DemoRulesInput['console']) =>
  console === 'sub2api' ? 'support@ak-demo.example' : 'support@demo-gateway.example';

export function demoWidgetRules(o: DemoRulesInput): Record<string, unknown> {
  const email = demoSupportEmail(o.console);
  return {
    callbackMinutes: { default: 10 },
    contacts: [{ kind: 'email', label: o.lang === 'en' ? 'Support email' : '客服邮箱', value: email }],
    ...(o.redemptionEnabled ? {} : { redemptionEnabled: false }),
  };
}
