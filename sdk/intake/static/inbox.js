// The inbox's page script (same-origin file: the CSP forbids inline code). Everything works without it;
// it adds what needs a browser API: copy buttons for masked references, and the browser's time zone on
// the login form (an account nobody has edited takes it at its first login).
(() => {
  const zoneField = document.querySelector('input[data-fill="time-zone"]');
  if (zoneField) {
    try {
      zoneField.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch {
      // no Intl time zone: the account keeps the operator's default
    }
  }

  const copied = document.body.dataset.copied || 'Copied';
  let live = document.getElementById('copy-status');
  if (!live) {
    live = document.createElement('p');
    live.id = 'copy-status';
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    document.body.append(live);
  }
  for (const button of document.querySelectorAll('button[data-copy]')) {
    button.addEventListener('click', async () => {
      const value = button.dataset.copy || '';
      const label = button.textContent;
      try {
        await navigator.clipboard.writeText(value);
      } catch {
        // Clipboard API refused (insecure origin or permissions): select a temporary field instead.
        const field = document.createElement('textarea');
        field.value = value;
        field.setAttribute('readonly', '');
        field.className = 'visually-hidden';
        document.body.append(field);
        field.select();
        document.execCommand('copy');
        field.remove();
      }
      button.textContent = copied;
      live.textContent = `${copied}: ${value}`;
      setTimeout(() => {
        button.textContent = label;
      }, 1500);
    });
  }
})();
