// Identity pages: small progressive enhancements. Every form works without this file.
(function () {
  'use strict';

  // A municipality key field with data-municipalities="<JSON API URL>" becomes a select of the district's
  // municipalities (names instead of 8-digit keys). If the list cannot be loaded, the key field stays.
  function enhanceMunicipalityField(input) {
    fetch(input.getAttribute('data-municipalities'), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (municipalities) {
        if (!Array.isArray(municipalities) || municipalities.length === 0) {
          return;
        }
        var select = document.createElement('select');
        select.className = 'kern-form-input__select';
        if (input.classList.contains('kern-form-input__input--error')) {
          select.classList.add('kern-form-input__select--error');
        }
        ['id', 'name', 'aria-invalid', 'aria-describedby'].forEach(function (attribute) {
          if (input.hasAttribute(attribute)) {
            select.setAttribute(attribute, input.getAttribute(attribute));
          }
        });
        var none = document.createElement('option');
        none.value = '';
        none.textContent = input.getAttribute('data-none-label') || '';
        select.appendChild(none);
        municipalities.forEach(function (municipality) {
          var option = document.createElement('option');
          option.value = municipality.ags;
          option.textContent = municipality.name;
          option.selected = municipality.ags === input.value.trim();
          select.appendChild(option);
        });
        var wrapper = document.createElement('div');
        wrapper.className = 'kern-form-input__select-wrapper';
        wrapper.appendChild(select);

        var field = input.closest('.kern-form-input');
        var label = field && field.querySelector('label[for="' + input.id + '"]');
        var hint = field && field.querySelector('#' + input.id + '-hint');
        if (label && input.hasAttribute('data-select-label')) {
          label.textContent = input.getAttribute('data-select-label');
        }
        if (hint && input.hasAttribute('data-select-hint')) {
          hint.textContent = input.getAttribute('data-select-hint');
        }
        input.replaceWith(wrapper);
      })
      .catch(function () {
        // keep the key field: the form still works
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-municipalities]').forEach(enhanceMunicipalityField);
  });
})();
