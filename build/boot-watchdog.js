// The boot watchdog (dist/boot-watchdog.js; docs/deploy.md). Reloads a page whose app has not started within a
// few seconds, waiting longer after each try: an entry script that is missing (a half-finished deploy) or
// throws would otherwise leave a blank screen until someone walks up to it. A plain script with a stable
// name, so it loads even when the build it belongs to does not; the app tells it that it has started.
(function () {
  'use strict';
  var startedEvent = 'dashboard:started';
  var startedAttribute = 'data-app-started';
  var storageKey = 'rule-of-law-dashboard:boot-attempts';
  // 10 s, then 20, 40, 80, 120, 120 … between tries. The app starts in well under a second on a slow PC.
  var firstWaitMs = 10000;
  var maxWaitMs = 120000;
  var timer;

  function readAttempts() {
    try {
      var stored = Number(window.sessionStorage.getItem(storageKey));
      return stored > 0 && stored < 1000 ? Math.floor(stored) : 0;
    } catch {
      return 0;
    }
  }
  function writeAttempts(count) {
    try {
      if (count > 0) window.sessionStorage.setItem(storageKey, String(count));
      else window.sessionStorage.removeItem(storageKey);
    } catch {
      // No storage: every try waits the first wait, which still recovers.
    }
  }
  function started() {
    return document.documentElement.hasAttribute(startedAttribute);
  }
  function standDown() {
    window.clearTimeout(timer);
    timer = undefined;
    writeAttempts(0);
  }
  function arm() {
    if (started()) return standDown();
    var attempts = readAttempts();
    timer = window.setTimeout(function () {
      if (started()) return standDown();
      writeAttempts(attempts + 1);
      window.location.reload();
    }, Math.min(maxWaitMs, firstWaitMs * Math.pow(2, attempts)));
  }

  window.addEventListener(startedEvent, standDown);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', arm);
  else arm();
})();
