// Public offer finder and offer page (docs/directory.md §5). Everything here only enhances pages that work without
// JavaScript: opens the filters on wide screens, offers "use my location" (rounded to about 1 km before it is sent),
// resets facet counts that an htmx answer leaves out (no offers: 0), (app.js keeps the language links on the current query),
// and loads Leaflet and directory-map.js only when a map is shown ([data-map-src]).
(function () {
  'use strict';

  var WIDE = '(min-width: 992px)';

  function openFiltersOnWideScreens() {
    if (window.matchMedia && window.matchMedia(WIDE).matches) {
      document.querySelectorAll('details[data-wide-open]').forEach(function (details) {
        details.open = true;
      });
    }
  }

  function hidden(form, name, value) {
    var state = form.querySelector('#finder-state');
    var input = state.querySelector('input[name="' + name + '"]');
    if (value === null) {
      if (input) {
        input.remove();
      }
      return;
    }
    if (!input) {
      input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      state.appendChild(input);
    }
    input.value = value;
  }

  function setUpLocate(form) {
    var button = form.querySelector('[data-locate]');
    if (!button || !navigator.geolocation) {
      return;
    }
    var message = form.querySelector('#locate-message');
    button.hidden = false;
    button.addEventListener('click', function () {
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        button.disabled = false;
        hidden(form, 'lat', position.coords.latitude.toFixed(2));
        hidden(form, 'lon', position.coords.longitude.toFixed(2));
        var near = form.querySelector('#near');
        if (near) {
          near.value = '';
        }
        if (message) {
          message.textContent = '';
        }
        form.requestSubmit ? form.requestSubmit() : form.submit();
      }, function () {
        button.disabled = false;
        if (message) {
          message.textContent = button.getAttribute('data-locate-error');
        }
      }, {enableHighAccuracy: false, timeout: 10000, maximumAge: 600000});
    });
    var near = form.querySelector('#near');
    if (near) {
      near.addEventListener('input', function () {
        hidden(form, 'lat', null);
        hidden(form, 'lon', null);
      });
    }
  }

  function loadOnce(tag, attributes) {
    var key = attributes.src || attributes.href;
    var existing = document.querySelector(tag + '[data-loaded="' + key + '"]');
    if (existing) {
      return existing.loadPromise;
    }
    var element = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) {
      element.setAttribute(name, attributes[name]);
    });
    element.setAttribute('data-loaded', key);
    element.loadPromise = new Promise(function (resolve, reject) {
      element.addEventListener('load', resolve);
      element.addEventListener('error', reject);
    });
    document.head.appendChild(element);
    return element.loadPromise;
  }

  function showMap(container) {
    if (!container || container.getAttribute('data-map-started')) {
      return;
    }
    container.setAttribute('data-map-started', 'true');
    var css = loadOnce('link', {rel: 'stylesheet', href: container.getAttribute('data-leaflet-css')});
    loadOnce('script', {src: container.getAttribute('data-leaflet-js')})
      .then(function () {
        return loadOnce('script', {src: container.getAttribute('data-map-src')});
      })
      .then(function () {
        return css;
      })
      .then(function () {
        if (window.IntegrationsnetzMap) {
          window.IntegrationsnetzMap.show(container);
        }
      })
      .catch(function () {
        container.removeAttribute('data-map-started');
      });
  }

  function enhance(root) {
    root.querySelectorAll('[data-map-nojs]').forEach(function (note) {
      note.hidden = true;
    });
    root.querySelectorAll('#finder-map[data-map-src]').forEach(showMap);
    root.querySelectorAll('[data-show-map]').forEach(function (button) {
      var target = document.getElementById(button.getAttribute('aria-controls'));
      if (!target || button.getAttribute('data-ready')) {
        return;
      }
      button.setAttribute('data-ready', 'true');
      button.hidden = false;
      button.addEventListener('click', function () {
        button.setAttribute('aria-expanded', 'true');
        showMap(target);
        // the button goes away: focus moves to the map region instead of falling back to the page (WCAG 2.4.3)
        target.hidden = false;
        target.focus();
        button.hidden = true;
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    openFiltersOnWideScreens();
    var form = document.getElementById('finder');
    if (form) {
      setUpLocate(form);
      // another district brings its own municipality filter: load the whole page, not only the results
      var district = document.getElementById('district');
      if (district) {
        district.addEventListener('change', function () {
          form.submit();
        });
      }
    }
    enhance(document);
  });

  // An htmx answer carries the counts of every value that still finds offers; the others find none now.
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'finder-results' && event.detail.shouldSwap) {
      document.querySelectorAll('#finder .fnd-count').forEach(function (count) {
        count.textContent = '(0)';
      });
    }
  });
  document.addEventListener('htmx:afterSettle', function (event) {
    enhance(event.target.parentNode || document);
  });
}());
