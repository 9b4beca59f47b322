// Client-side search over the prebuilt search-index.json next to the page (no server, no inline code:
// the pages hold under `script-src 'self'`). Without JavaScript the search page lists every page instead.
(() => {
  const results = document.getElementById('results');
  const list = document.getElementById('results-list');
  const count = document.getElementById('results-count');
  const input = document.getElementById('q');
  if (!results || !list || !count || !input) return;
  const query = (new URLSearchParams(location.search).get('q') || '').trim();
  if (!query) return;
  input.value = query;
  // Chinese has no spaces between words: every space-separated term is matched as a substring.
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  fetch('search-index.json')
    .then((r) => r.json())
    .then((pages) => {
      const scored = [];
      for (const page of pages) {
        const title = page.t.toLowerCase();
        const text = `${page.s} ${page.x}`.toLowerCase();
        let score = 0;
        for (const term of terms) {
          if (title.includes(term)) score += 3;
          else if (text.includes(term)) score += 1;
          else {
            score = 0;
            break;
          }
        }
        if (score) scored.push([score, page]);
      }
      scored.sort((a, b) => b[0] - a[0]);
      list.replaceChildren(
        ...scored.map(([, page]) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = page.p;
          a.textContent = page.t;
          const p = document.createElement('p');
          p.textContent = page.s;
          li.append(a, p);
          return li;
        }),
      );
      count.textContent = scored.length
        ? (results.dataset.count || '{count}').replace('{count}', String(scored.length))
        : results.dataset.none || '';
      results.hidden = false;
    })
    .catch(() => {
      results.hidden = true;
    });
})();
