// The offer map (docs/directory.md §5.3), loaded only when a map is shown. Draws one circle marker per site from
// data-map-data (GeoJSON of /api/v1/offers/map) or from data-points (JSON [[lat, lon, name], …] on the offer page).
// No tiles and no other host: the markers alone, keyboard-focusable, each a link to its offer.
(function () {
  'use strict';

  function cssColor(element, name, fallback) {
    var value = window.getComputedStyle(element).getPropertyValue(name);
    return value && value.trim() ? value.trim() : fallback;
  }

  function draw(container, points) {
    container.hidden = false;
    container.setAttribute('dir', 'ltr');
    var colour = cssColor(container, '--in-link', '#2044AA');
    var map = window.L.map(container, {attributionControl: false, scrollWheelZoom: false, zoomSnap: 0.5});
    var markers = [];
    points.forEach(function (point) {
      var marker = window.L.circleMarker([point.lat, point.lon], {
        radius: 8, color: colour, weight: 2, fillColor: colour, fillOpacity: 0.6, keyboard: true
      }).addTo(map);
      // A string tooltip would be inserted as HTML; names are typed by providers, so they go in as text.
      var label = document.createElement('span');
      label.textContent = point.name;
      marker.bindTooltip(label, {direction: 'top'});
      var element = marker.getElement();
      if (element) {
        element.setAttribute('tabindex', '0');
        element.setAttribute('aria-label', point.name);
        element.setAttribute('role', point.url ? 'link' : 'img');
        if (point.url) {
          var go = function () {
            window.location.href = point.url;
          };
          marker.on('click', go);
          element.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
              go();
            }
          });
        }
      }
      markers.push(marker);
    });
    if (markers.length) {
      var group = window.L.featureGroup(markers);
      map.fitBounds(group.getBounds(), {padding: [16, 16], maxZoom: 12});
    } else {
      map.setView([51.0, 13.3], 7);
    }
    container.setAttribute('data-map-ready', String(markers.length));
  }

  function show(container) {
    if (!window.L || container.getAttribute('data-map-ready')) {
      return;
    }
    var inline = container.getAttribute('data-points');
    if (inline) {
      draw(container, JSON.parse(inline));
      return;
    }
    fetch(container.getAttribute('data-map-data'), {headers: {Accept: 'application/geo+json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        draw(container, (data.features || []).map(function (feature) {
          return {
            lon: feature.geometry.coordinates[0], lat: feature.geometry.coordinates[1],
            name: feature.properties.name, url: feature.properties.url
          };
        }));
      });
  }

  window.IntegrationsnetzMap = {show: show};
}());
