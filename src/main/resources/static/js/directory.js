// Directory back office: a map on the organisation and location forms that fills the latitude and longitude fields
// with a click. Markup: <div class="in-map" hidden data-coordinate-picker data-boundary="/api/v1/districts/{ars}/
// boundaries"> inside the fieldset that holds the inputs named "latitude" and "longitude". Without JavaScript the map
// stays hidden and the two number fields are the way to enter coordinates.
(function () {
  'use strict';

  function cssColor(element, name, fallback) {
    var value = window.getComputedStyle(element).getPropertyValue(name);
    return value && value.trim() ? value.trim() : fallback;
  }

  function number(input) {
    var value = parseFloat(String(input.value).replace(',', '.'));
    return isFinite(value) ? value : null;
  }

  function initPicker(container) {
    if (!window.L || container.getAttribute('data-picker-ready')) {
      return;
    }
    var fieldset = container.closest('fieldset');
    var latitude = fieldset && fieldset.querySelector('input[name="latitude"]');
    var longitude = fieldset && fieldset.querySelector('input[name="longitude"]');
    var hint = fieldset && fieldset.querySelector('[data-coordinate-picker-hint]');
    if (!latitude || !longitude) {
      return;
    }
    container.setAttribute('data-picker-ready', 'true');
    var colour = cssColor(container, '--in-link', '#2044AA');

    fetch(container.getAttribute('data-boundary'), {headers: {Accept: 'application/geo+json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (boundary) {
        container.hidden = false;
        if (hint) {
          hint.hidden = false;
        }
        container.setAttribute('dir', 'ltr');
        var map = window.L.map(container, {attributionControl: false, scrollWheelZoom: false, zoomSnap: 0.1});
        var area = window.L.geoJSON(boundary, {
          style: function () {
            return {color: colour, weight: 1.5, fillColor: colour, fillOpacity: 0.08};
          },
          interactive: false
        }).addTo(map);
        map.fitBounds(area.getBounds(), {padding: [8, 8]});
        var marker = null;

        function show(lat, lon) {
          if (marker) {
            marker.setLatLng([lat, lon]);
          } else {
            marker = window.L.circleMarker([lat, lon], {radius: 8, color: colour, weight: 3, fillOpacity: 0.6})
              .addTo(map);
          }
        }

        var lat = number(latitude);
        var lon = number(longitude);
        if (lat === null || lon === null) {
          // No coordinates typed in: show the point the postal code gave, if there is one.
          lat = parseFloat(container.getAttribute('data-latitude'));
          lon = parseFloat(container.getAttribute('data-longitude'));
        }
        if (isFinite(lat) && isFinite(lon) && lat !== null && lon !== null) {
          show(lat, lon);
        }
        map.on('click', function (event) {
          latitude.value = event.latlng.lat.toFixed(6);
          longitude.value = event.latlng.lng.toFixed(6);
          show(event.latlng.lat, event.latlng.lng);
        });
        function fromInputs() {
          var typedLat = number(latitude);
          var typedLon = number(longitude);
          if (typedLat !== null && typedLon !== null) {
            show(typedLat, typedLon);
          }
        }
        latitude.addEventListener('change', fromInputs);
        longitude.addEventListener('change', fromInputs);
      })
      .catch(function () {
        container.hidden = true;
      });
  }

  function initAll() {
    document.querySelectorAll('[data-coordinate-picker]').forEach(initPicker);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initAll);
  } else {
    initAll();
  }
})();
