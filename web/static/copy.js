// Adds a "Copy" button to each citation on a quote's page. Without
// script the citations stay selectable text.
(function () {
  'use strict';
  if (!navigator.clipboard) return;
  document.querySelectorAll('.cite-item').forEach(function (item) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary copy';
    button.textContent = 'Copy';
    var label = item.closest('dd') ? item.closest('dd').previousElementSibling : item.previousElementSibling;
    button.setAttribute('aria-label', 'Copy ' + (label ? label.textContent : 'citation'));
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(item.innerText.trim()).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy'; }, 2000);
      }, function () {
        button.textContent = 'Select and copy by hand';
      });
    });
    item.insertAdjacentElement('afterend', button);
  });
})();
