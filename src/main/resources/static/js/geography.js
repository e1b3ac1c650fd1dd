// Geography maps: draws the district or municipality boundaries from the bundled GeoJSON with Leaflet, without any
// tile server. Markup: <div class="in-map" hidden data-geo-map data-geojson="/api/v1/…" data-key-property="ags"
// data-link="/municipalities/{key}" aria-label="…">. Without JavaScript the map stays hidden and the page's table
// is the (accessible) alternative; with it, every polygon is a keyboard-focusable link named after its area.
(function () {
  'use strict';

  function cssColor(element, name, fallback) {
    var value = window.getComputedStyle(element).getPropertyValue(name);
    return value && value.trim() ? value.trim() : fallback;
  }

  function initMap(container) {
    if (!window.L || container.getAttribute('data-geo-ready')) {
      return;
    }
    container.setAttribute('data-geo-ready', 'true');
    var link = container.getAttribute('data-link');
    var keyProperty = container.getAttribute('data-key-property');
    var colour = cssColor(container, '--in-link', '#2044AA');
    var focusColour = cssColor(container, '--in-focus-color', '#454B6B');
    var normal = {color: colour, weight: 1.5, fillColor: colour, fillOpacity: 0.12};
    var highlighted = {color: focusColour, weight: 4, fillColor: colour, fillOpacity: 0.35};

    fetch(container.getAttribute('data-geojson'), {headers: {Accept: 'application/geo+json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        container.hidden = false;
        container.setAttribute('dir', 'ltr');
        var map = window.L.map(container, {
          attributionControl: false,   // the source credit is printed below the map
          scrollWheelZoom: false,      // scrolling the page must not zoom the map
          zoomSnap: 0.1
        });
        var layer = window.L.geoJSON(data, {
          style: function () {
            return normal;
          },
          interactive: Boolean(link)
        }).addTo(map);
        map.fitBounds(layer.getBounds(), {padding: [8, 8]});

        layer.eachLayer(function (area) {
          var properties = area.feature.properties;
          var name = properties.name;
          area.bindTooltip(name, {sticky: true, direction: 'top'});
          if (!link) {
            return;
          }
          var href = link.replace('{key}', encodeURIComponent(properties[keyProperty]));
          var path = area.getElement();
          path.setAttribute('tabindex', '0');
          path.setAttribute('role', 'link');
          path.setAttribute('aria-label', name);
          function go() {
            window.location.href = href;
          }
          function highlight() {
            area.setStyle(highlighted);
            area.bringToFront();
          }
          function reset() {
            area.setStyle(normal);
          }
          area.on('click', go);
          area.on('mouseover', highlight);
          area.on('mouseout', reset);
          path.addEventListener('focus', function () {
            highlight();
            area.openTooltip(area.getCenter());
          });
          path.addEventListener('blur', function () {
            reset();
            area.closeTooltip();
          });
          path.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
              event.preventDefault();
              go();
            }
          });
        });
      })
      .catch(function () {
        // No map then: the table and the links on the page carry the same information.
        container.hidden = true;
      });
  }

  function initAll() {
    document.querySelectorAll('[data-geo-map]').forEach(initMap);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initAll);
  } else {
    initAll();
  }
})();
