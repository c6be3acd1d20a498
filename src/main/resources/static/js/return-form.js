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
  // What "Raise" would refuse, shown beside its field: each {field, feedback} this script may take away again.
  var refused = [];

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
          showRefusals();
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

  function refusalsOnTheCard() {
    return Array.prototype.slice.call(card.querySelectorAll('[data-refusals] [data-field]')).map(function (item) {
      return { name: item.dataset.field, message: item.textContent };
    });
  }

  function fieldNamed(name) {
    var field = form.elements.namedItem(name);
    return field && field.nodeType === 1 ? field : null;
  }

  // The id the server gives a field's message: lines[1].condition has lines1-condition-error.
  function errorId(name) {
    return name.replace(/\[(\d+)\]\./g, '$1-') + '-error';
  }

  function describedBy(field) {
    return (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  }

  // The card names what "Raise" would refuse; the fields say it too, as the page does after "Show decision".
  // Marks the server put on the page for an earlier refusal are the card's as well, and go once it is settled.
  function showRefusals() {
    refused.forEach(function (mark) {
      mark.feedback.remove();
      mark.field.classList.remove('is-invalid');
      mark.field.removeAttribute('aria-invalid');
      var ids = describedBy(mark.field).filter(function (id) { return id !== mark.feedback.id; });
      if (ids.length) { mark.field.setAttribute('aria-describedby', ids.join(' ')); }
      else { mark.field.removeAttribute('aria-describedby'); }
    });
    refused = [];
    refusalsOnTheCard().forEach(function (refusal) {
      var field = fieldNamed(refusal.name);
      // A field the server marked for another reason keeps its own message until the form is sent again.
      if (!field || field.classList.contains('is-invalid')) { return; }
      var feedback = document.createElement('div');
      feedback.className = 'invalid-feedback';
      feedback.id = errorId(refusal.name);
      feedback.textContent = refusal.message;
      field.insertAdjacentElement('afterend', feedback);
      field.classList.add('is-invalid');
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', describedBy(field).concat(feedback.id).join(' '));
      refused.push({ field: field, feedback: feedback });
    });
  }

  // The page as the server drew it: a refusal it showed beside a field is one the card can settle.
  refusalsOnTheCard().forEach(function (refusal) {
    var field = fieldNamed(refusal.name);
    var feedback = document.getElementById(errorId(refusal.name));
    if (field && feedback && feedback.textContent.trim() === refusal.message.trim()) {
      refused.push({ field: field, feedback: feedback });
    }
  });

  // Fields that belong to one remedy (what the customer chose on a final rejection or price reduction) show with it.
  function showFieldsForTheRemedy() {
    var remedy = fieldNamed('offeredRemedy');
    Array.prototype.slice.call(form.querySelectorAll('[data-for-remedy]')).forEach(function (group) {
      group.hidden = !remedy || remedy.value !== group.dataset.forRemedy;
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(decide, 400);
  }

  form.addEventListener('input', later);
  form.addEventListener('change', later);
  form.addEventListener('change', showFieldsForTheRemedy);
  decide();
}());
