// Behaviour any page may use, loaded by the layout. Kept out of the markup: the Content-Security-Policy
// (script-src 'self') refuses inline handlers such as onclick.
(function () {
  'use strict';
  // <button type="button" data-print> prints the page (print.css leaves out navigation and buttons).
  document.addEventListener('click', function (event) {
    if (event.target instanceof Element && event.target.closest('[data-print]')) {
      window.print();
    }
  });

  // A rejected form's error summary (fragments/forms :: error-summary) takes the focus when the page opens, so a
  // screen reader reads it first and a keyboard user can tab straight to its links. A link to a field focuses the
  // field with its label (or, for a radio button or check box, its group's legend) in sight, which jumping to the
  // field's id alone would scroll away.
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('[data-error-summary] a[href^="#"]') : null;
    var field = link ? document.getElementById(link.getAttribute('href').slice(1)) : null;
    if (!field) {
      return;
    }
    event.preventDefault();
    if (field.type === 'hidden') {
      // A value chosen some other way (the customer picked from the matches): show the message beside that choice.
      var message = document.getElementById(field.id + '-error');
      (message || field.form || field).scrollIntoView();
      return;
    }
    var label = document.querySelector('label[for="' + field.id + '"]');
    var group = field.closest('fieldset');
    var legend = group ? group.querySelector('legend') : null;
    var choice = field.type === 'radio' || field.type === 'checkbox';
    ((choice ? legend || label : label || legend) || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();
