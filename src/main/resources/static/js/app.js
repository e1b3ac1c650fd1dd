// Integrationsnetz: small progressive enhancements. Every page works without this file.
(function () {
  'use strict';

  // htmx requests carry the CSRF token from the page's <meta> tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // <button data-confirm="…"> asks before a destructive action is submitted.
  document.addEventListener('click', function (event) {
    var trigger = event.target.closest('[data-confirm]');
    if (trigger && !window.confirm(trigger.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  // <button data-dialog="id"> opens the native <dialog> with that id.
  document.addEventListener('click', function (event) {
    var opener = event.target.closest('[data-dialog]');
    if (opener) {
      var dialog = document.getElementById(opener.getAttribute('data-dialog'));
      if (dialog && dialog.showModal) {
        event.preventDefault();
        dialog.showModal();
      }
    }
  });

  // After htmx has put a filtered list's address into the history, the language links keep that query, so that
  // switching the language does not drop the filters.
  function keepLanguageLinksOnQuery() {
    document.querySelectorAll('.in-lang__link[hreflang]').forEach(function (link) {
      var url = new URL(window.location.href);
      url.searchParams.set('lang', link.getAttribute('hreflang'));
      link.setAttribute('href', url.pathname + url.search);
    });
  }
  document.addEventListener('htmx:pushedIntoHistory', keepLanguageLinksOnQuery);
  document.addEventListener('htmx:historyRestore', keepLanguageLinksOnQuery);

  // The error summary of a form that failed validation gets focus, so screen readers announce it.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
