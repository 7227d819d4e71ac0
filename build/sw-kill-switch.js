// The service worker's kill switch (docs/deploy.md, "Clearing it"). Copied over dist/sw.js, it replaces the
// dashboard's worker on every screen at its next page load or update check: it deletes the dashboard's caches
// and unregisters itself, and every page is loaded from the network from then on. It does not reload open
// pages (the page registers sw.js again on its next load, and a reload here would loop); they keep running
// the code they have. Deploy a normal build again to bring offline support back.
//
// The worker it replaces may still be finishing a request it took before the switch (a data refresh, network
// first) and write its answer into a cache after the first sweep; so it sweeps again until two sweeps a
// second apart find nothing left, for at most half a minute.
var ownCachePrefixes = ['workbox-precache', 'rule-of-law-dashboard'];

function deleteOwnCaches() {
  return self.caches.keys().then(function (names) {
    var own = names.filter(function (name) {
      return ownCachePrefixes.some(function (prefix) {
        return name.indexOf(prefix) === 0;
      });
    });
    return Promise.all(own.map(function (name) {
      return self.caches.delete(name);
    })).then(function () {
      return own.length;
    });
  });
}

function pause(ms) {
  return new Promise(function (resolve) {
    setTimeout(resolve, ms);
  });
}

function sweepUntilClean(sweepsLeft, cleanSweeps) {
  return deleteOwnCaches().then(function (deleted) {
    var clean = deleted === 0 ? cleanSweeps + 1 : 0;
    if (clean >= 2 || sweepsLeft <= 1) return undefined;
    return pause(1000).then(function () {
      return sweepUntilClean(sweepsLeft - 1, clean);
    });
  });
}

self.addEventListener('install', function () {
  self.skipWaiting();
});
self.addEventListener('activate', function (event) {
  event.waitUntil(
    deleteOwnCaches()
      .then(function () {
        return self.registration.unregister();
      })
      .then(function () {
        return sweepUntilClean(30, 0);
      }),
  );
});
