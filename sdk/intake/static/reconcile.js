// The gateway's record on a ticket page (same-origin file: the CSP forbids inline code). Without it the
// page still works: the cached record shows with its time and "look up again" is a form. With it, a
// missing or old record is looked up as the page opens and "look up again" answers in place, so the
// ticket is readable at once and never waits for a gateway.
(() => {
  const section = document.getElementById('reconcile');
  const body = document.getElementById('reconcile-body');
  if (!section || !body) return;
  const headers = { 'x-inbox-fragment': '1' };

  const swap = async (request) => {
    section.setAttribute('aria-busy', 'true');
    try {
      const res = await request;
      if (res.ok) body.innerHTML = await res.text();
    } catch {
      // network error: the page keeps what it showed; the refresh form still works as a form
    } finally {
      section.setAttribute('aria-busy', 'false');
      bind();
    }
  };

  function bind() {
    const form = document.getElementById('reconcile-refresh');
    if (!form || form.dataset.bound) return;
    form.dataset.bound = '1';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const button = form.querySelector('button');
      if (button) button.disabled = true;
      swap(
        fetch(form.action, {
          method: 'POST',
          body: new URLSearchParams(new FormData(form)),
          headers,
          credentials: 'same-origin',
        }),
      );
    });
  }

  bind();
  // Looking up calls the gateway: a POST with the page's CSRF token (the refresh form carries it).
  const url = section.dataset.load;
  const form = document.getElementById('reconcile-refresh');
  if (url && form) {
    swap(
      fetch(url, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers,
        credentials: 'same-origin',
      }),
    );
  }
})();
