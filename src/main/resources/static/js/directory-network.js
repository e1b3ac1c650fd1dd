// Directory network view: the optional map. Markup (templates/directory/network/fragments.html :: map): a hidden
// section [data-network-map-section] holding [data-network-map] with data-boundary (the district's GeoJSON outline),
// data-nodes ([{key, name, group, lat, lon}]) and data-edges ([{from, to, type, directed}]). Without JavaScript the
// section stays hidden; the table and the SVG drawing carry the same information. No tiles: the district outline is
// the only background (no request to another host).
(function () {
  'use strict';

  function parse(value) {
    try {
      return JSON.parse(value || '[]');
    } catch (e) {
      return [];
    }
  }

  function colourOf(group, fallback) {
    var sample = document.querySelector('.net-legend .' + group);
    if (!sample) {
      return fallback;
    }
    var fill = window.getComputedStyle(sample).getPropertyValue('fill');
    return fill && fill !== 'none' ? fill : fallback;
  }

  function init(container) {
    if (!window.L || container.getAttribute('data-map-ready')) {
      return;
    }
    var nodes = parse(container.getAttribute('data-nodes'));
    if (!nodes.length) {
      return;
    }
    var edges = parse(container.getAttribute('data-edges'));
    var section = container.closest('[data-network-map-section]');
    container.setAttribute('data-map-ready', 'true');
    fetch(container.getAttribute('data-boundary'), {headers: {Accept: 'application/geo+json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (boundary) {
        if (section) {
          section.hidden = false;
        }
        container.setAttribute('dir', 'ltr');
        var map = window.L.map(container, {attributionControl: false, scrollWheelZoom: false, zoomSnap: 0.1});
        var outline = window.L.geoJSON(boundary, {
          style: function () {
            return {color: '#767676', weight: 1.5, fillOpacity: 0.04};
          },
          interactive: false
        }).addTo(map);
        // Set a view before adding markers and lines: Leaflet cannot place vector layers on a map without one.
        map.fitBounds(outline.getBounds(), {padding: [8, 8]});
        var points = {};
        var bounds = [];
        nodes.forEach(function (node) {
          points[node.key] = [node.lat, node.lon];
          bounds.push([node.lat, node.lon]);
        });
        edges.forEach(function (edge) {
          var from = points[edge.from];
          var to = points[edge.to];
          if (from && to) {
            window.L.polyline([from, to], {
              color: '#4d4d4d', weight: 2, dashArray: edge.directed ? '2 6' : null, interactive: false
            }).addTo(map);
          }
        });
        nodes.forEach(function (node) {
          var colour = colourOf(node.group, '#2044aa');
          // Organisation names are typed by users: as text, never as HTML.
          var label = document.createElement('span');
          label.textContent = node.name;
          window.L.circleMarker(points[node.key], {
            radius: 8, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 1
          }).bindTooltip(label).addTo(map);
        });
        if (bounds.length > 1) {
          map.fitBounds(bounds, {padding: [24, 24], maxZoom: 11});
        } else if (bounds.length === 1) {
          map.setView(bounds[0], 11);
        }
      })
      .catch(function () {
        if (section) {
          section.hidden = true;
        }
      });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-network-map]'), init);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
