// Coordination: filter for the municipality checkbox list on the coordinator form. Without this file the full
// list is shown and works the same; the filter field stays hidden.
(function () {
  'use strict';

  function normalise(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function setUp(wrapper) {
    var list = document.getElementById(wrapper.getAttribute('data-co-filter'));
    var input = wrapper.querySelector('input[type="search"]');
    var count = wrapper.querySelector('[data-co-count]');
    if (!list || !input) {
      return;
    }
    var items = Array.prototype.slice.call(list.querySelectorAll('[data-name]'));

    function updateCount() {
      if (!count) {
        return;
      }
      var checked = list.querySelectorAll('input[type="checkbox"]:checked').length;
      var visible = items.filter(function (item) { return !item.hidden; }).length;
      count.textContent = (count.getAttribute('data-template') || '{0} / {1}')
        .replace('{0}', String(checked)).replace('{1}', String(visible));
    }

    input.addEventListener('input', function () {
      var term = normalise(input.value.trim());
      items.forEach(function (item) {
        item.hidden = term !== '' && normalise(item.getAttribute('data-name')).indexOf(term) < 0;
      });
      updateCount();
    });
    // Enter in the filter must not submit the whole form.
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
      }
    });
    list.addEventListener('change', updateCount);
    wrapper.hidden = false;
    updateCount();
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-co-filter]'), setUp);
  });
})();
