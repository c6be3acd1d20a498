// Live classifier suggestion and customer look-up for the "Log interaction" form.
// The form works without this script: the server shows the suggestion after submit.
(function () {
  'use strict';
  var form = document.getElementById('log-form');
  if (!form) { return; }
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var description = document.getElementById('description');
  var suggestion = document.getElementById('suggestion');
  var verdict = document.getElementById('suggestion-verdict');
  var typeRadios = form.querySelectorAll('input[name="type"]');
  var staffChoseType = Array.prototype.some.call(typeRadios, function (r) { return r.checked; });
  var timer = null;

  Array.prototype.forEach.call(typeRadios, function (r) {
    r.addEventListener('change', function () { staffChoseType = true; });
  });

  function headers() {
    var h = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (csrfToken && csrfHeader) { h[csrfHeader.content] = csrfToken.content; }
    return h;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function show(s) {
    suggestion.replaceChildren();
    if (s.empty) {
      suggestion.appendChild(el('p', 'text-muted mb-0', form.dataset.waiting || ''));
      announce('');
      return;
    }
    var line = el('p', 'mb-1');
    line.appendChild(el('span', 'badge type-' + s.type, s.typeLabel));
    line.appendChild(document.createTextNode(' ' + (suggestion.dataset.sure || '{0}%').replace('{0}', s.confidence)));
    suggestion.appendChild(line);
    if (s.evidence.length) {
      var ev = el('p', 'mb-1 evidence');
      ev.appendChild(el('span', 'me-1', suggestion.dataset.because || ''));
      s.evidence.forEach(function (w) { ev.appendChild(el('mark', 'me-1', w)); });
      suggestion.appendChild(ev);
    }
    if (s.flags.length) {
      var fl = el('p', 'mb-0');
      s.flags.forEach(function (f) { fl.appendChild(el('span', 'badge text-bg-danger me-1', f)); });
      suggestion.appendChild(fl);
    }
    if (!staffChoseType) {
      Array.prototype.forEach.call(typeRadios, function (r) { r.checked = (r.value === s.type); });
    }
    announce((suggestion.dataset.verdict || '').replace('{0}', s.typeLabel).replace('{1}', s.confidence));
  }

  // The card is redrawn on every pause in typing; a screen reader hears only the verdict, and only when it changes.
  function announce(text) {
    if (verdict && verdict.textContent !== text) { verdict.textContent = text; }
  }

  function classify() {
    fetch(form.action.replace(/\/cases\/?$/, '/cases/suggestion'), {
      method: 'POST', headers: headers(), credentials: 'same-origin',
      body: 'description=' + encodeURIComponent(description.value)
    }).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) { if (s) { show(s); } })
      .catch(function () { /* the server shows the suggestion after submit */ });
  }

  form.dataset.waiting = suggestion.textContent.trim();
  description.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(classify, 300);
  });

  var customerId = document.getElementById('customerId');
  var chosen = document.getElementById('chosen-customer');
  var matches = document.getElementById('customer-matches');
  var matchesStatus = document.getElementById('matches-status');
  var fields = ['customerName', 'customerEmail', 'customerPhone'].map(function (id) { return document.getElementById(id); });

  function lookUp() {
    if (customerId.value) { return; }
    // Sent in the body, not the address: a customer's name, e-mail and phone stay out of access logs and history.
    var q = new URLSearchParams({ name: fields[0].value, email: fields[1].value, phone: fields[2].value });
    fetch(form.action.replace(/\/cases\/?$/, '/cases/customer-matches'), {
      method: 'POST', headers: headers(), credentials: 'same-origin', body: q.toString()
    })
      .then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (html) {
        matches.innerHTML = html;
        // One line for a screen reader ("2 existing customers match..."), not the whole list read out.
        var found = matches.querySelector('[data-announce]');
        matchesStatus.textContent = found ? found.dataset.announce : '';
      })
      .catch(function () { /* matching by email and phone also happens on save */ });
  }

  // Editing a chosen customer's name, e-mail or phone into something else means another person (or a mistake):
  // the case is no longer linked to that record, and the matches are looked up again. (Their record itself is
  // corrected on the customer's page.) The confirmation under the fields is a status message: it says so, as it said
  // which record was chosen, so a screen reader hears both.
  function unchoose() {
    customerId.value = '';
    chosen.classList.remove('text-success');
    chosen.textContent = chosen.dataset.unlinked || '';
  }
  fields.forEach(function (f) {
    f.addEventListener('input', function () {
      if (customerId.value && f.value !== f.dataset.chosen) { unchoose(); }
    });
    f.addEventListener('change', lookUp);
  });
  matches.addEventListener('click', function (e) {
    var b = e.target.closest('.use-customer');
    if (!b) { return; }
    customerId.value = b.dataset.id;
    fields[0].value = b.dataset.name || fields[0].value;
    fields[1].value = b.dataset.email || fields[1].value;
    fields[2].value = b.dataset.phone || fields[2].value;
    fields.forEach(function (f) { f.dataset.chosen = f.value; });
    matches.replaceChildren();
    matchesStatus.textContent = '';
    chosen.classList.add('text-success');
    chosen.textContent = chosen.dataset.chosen || '';
    // The button pressed has just gone with the matches: keep the keyboard where the user is, at the confirmation.
    chosen.focus();
  });

  form.addEventListener('submit', function () {
    var save = document.getElementById('save-case');
    // The one-time form token makes a second submit harmless; this only spares the user the wait.
    setTimeout(function () { save.disabled = true; }, 0);
  });
}());
