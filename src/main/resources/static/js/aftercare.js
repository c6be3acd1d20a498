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
})();
