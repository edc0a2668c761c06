// The worklist's live update by polling (console/worklist): every data-poll-seconds it fetches the list alone
// (/console/worklist/items with the page's filters) and replaces it, so a new red report appears on top without a
// reload. The status line (aria-live="polite") says when it was updated and how many items are new. An expired
// session (499 from the OIDC tenant for a script's request, 401, or a redirect to Keycloak) stops the polling and
// offers a reload. Without JavaScript the page works as it is, with its "Oppdater" link.
'use strict';
(function () {
  const live = document.getElementById('worklist-live');
  const status = document.getElementById('worklist-status');
  if (!live || !status || !window.fetch) {
    return;
  }
  const url = live.getAttribute('data-poll-url');
  const seconds = Math.max(2, parseInt(live.getAttribute('data-poll-seconds'), 10) || 10);
  let timer = null;

  function ids(root) {
    return Array.from(root.querySelectorAll('[data-testid="worklist-item"]')).map(function (li) {
      return li.getAttribute('data-item');
    });
  }

  // the time of day in Europe/Oslo (as every time of the console), HH:mm:ss
  function clock() {
    const parts = new Intl.DateTimeFormat('nb-NO', {
      timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
    }).formatToParts(new Date());
    const part = function (type) {
      const found = parts.find(function (p) { return p.type === type; });
      return found ? found.value : '00';
    };
    return part('hour') + ':' + part('minute') + ':' + part('second');
  }

  // a nurse writing a note or choosing an outcome keeps her form: the list is replaced once she is done
  function busy() {
    const active = document.activeElement;
    if (active && live.contains(active) && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName)) {
      return true;
    }
    return Array.from(live.querySelectorAll('textarea, input[name="reason"], select[name="outcome"]')).some(function (f) {
      return f.value !== '';
    });
  }

  function expired() {
    window.clearTimeout(timer);
    timer = null;
    status.textContent = 'Økten er utløpt, og listen oppdateres ikke lenger. ';
    const link = document.createElement('a');
    link.href = window.location.pathname + window.location.search;
    link.textContent = 'Last siden på nytt for å logge inn igjen';
    link.setAttribute('data-testid', 'reload');
    status.appendChild(link);
    status.classList.add('expired');
  }

  function replace(html) {
    const before = new Set(ids(live));
    const next = document.createElement('div');
    next.innerHTML = html;
    const after = ids(next);
    const fresh = after.filter(function (id) { return !before.has(id); }).length;
    if (busy()) {
      status.textContent = 'Sjekket ' + clock() + ' – ' + fresh + ' nye (listen oppdateres når skjemaet er sendt eller tomt)';
      return;
    }
    const focused = document.activeElement;
    const focusItem = focused && live.contains(focused) && focused.closest('[data-item]');
    const focusKey = focusItem ? focusItem.getAttribute('data-item') : null;
    const focusTestId = focused && focused.getAttribute ? focused.getAttribute('data-testid') : null;
    live.replaceChildren.apply(live, Array.from(next.childNodes));
    if (focusKey && focusTestId) {
      const again = live.querySelector('[data-item="' + focusKey + '"] [data-testid="' + focusTestId + '"]');
      if (again) {
        again.focus();
      }
    }
    status.textContent = 'Oppdatert ' + clock() + ' – ' + fresh + ' nye';
  }

  function poll() {
    window.fetch(url, {
      credentials: 'same-origin',
      cache: 'no-store',
      redirect: 'manual',
      headers: { 'X-Requested-With': 'JavaScript', 'Accept': 'text/html' }
    }).then(function (response) {
      if (response.type === 'opaqueredirect' || response.status === 499 || response.status === 401
          || response.status === 302) {
        expired();
        return null;
      }
      if (!response.ok) {
        status.textContent = 'Kunne ikke oppdatere ' + clock() + '; prøver igjen om ' + seconds + ' sekunder.';
        return null;
      }
      return response.text().then(replace);
    }).catch(function () {
      status.textContent = 'Kunne ikke oppdatere ' + clock() + '; prøver igjen om ' + seconds + ' sekunder.';
    }).then(function () {
      if (!status.classList.contains('expired')) {
        timer = window.setTimeout(poll, seconds * 1000);
      }
    });
  }

  timer = window.setTimeout(poll, seconds * 1000);
}());
