// The demo consoles' widget events -> the intake's counters (no personal data: type, problem, transport,
// code), as an operator wires them with the widget's event API (sdk/README.md, "Events"). Both demo
// consoles load this file (the new-api one and the sub2api-shaped one on its own origin, whose intake
// routes are mounted next to its pages), so the inbox counts the self-checks of both.
// The queued stub lets this run before the widget's loader script.
(() => {
  window.TopupDoctor =
    window.TopupDoctor ||
    ((...args) => {
      window.TopupDoctor.q = window.TopupDoctor.q || [];
      window.TopupDoctor.q.push(args);
    });
  for (const name of ['opened', 'problem_chosen', 'self_resolved', 'ticket_sent', 'ticket_failed']) {
    window.TopupDoctor('on', name, (event) => {
      const body = { type: event.type, problem: event.problem, transport: event.transport, code: event.code };
      fetch('/api/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        keepalive: true,
      }).catch(() => undefined);
    });
  }
})();
