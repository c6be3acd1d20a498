// Live decision for the return authorisation form: as staff fill it in, the server's returns engine decides and
// its decision card replaces the one on the page. Without this script, "Show decision" does the same on submit.
(function () {
  'use strict';
  var form = document.getElementById('return-form');
  if (!form) { return; }
  var card = document.getElementById('decision');
  var verdict = document.getElementById('decision-verdict');
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var timer = null;
  var latest = 0;

  function headers() {
    var h = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (csrfToken && csrfHeader) { h[csrfHeader.content] = csrfToken.content; }
    return h;
  }

  function decide() {
    var body = new URLSearchParams(new FormData(form));
    body.delete('_csrf');
    // The form's one-time token is for raising the RMA; a preview must not use it up.
    body.delete('_submission');
    var request = ++latest;
    fetch(form.dataset.decisionUrl, {
      method: 'POST', headers: headers(), credentials: 'same-origin', body: body.toString()
    }).then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        // Answers can arrive out of order; only the newest describes what the form says now.
        if (html === null || request !== latest) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('decision');
        if (fresh) {
          card.replaceChildren.apply(card, Array.prototype.slice.call(fresh.childNodes));
          announce(fresh.dataset.verdict || '');
        }
      })
      .catch(function () { /* "Show decision" still works */ });
  }

  // Only the verdict sentence is announced, and only when it changes: the whole card would be read out on every pause.
  function announce(text) {
    if (text === (card.dataset.verdict || '')) { return; }
    card.dataset.verdict = text;
    if (verdict) { verdict.textContent = text; }
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(decide, 400);
  }

  form.addEventListener('input', later);
  form.addEventListener('change', later);
  decide();
}());
