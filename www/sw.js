// The hosted copy's service worker (the offline single file has none): after the first visit
// the app opens and works with no network. It keeps the files of this one version of the app
// and answers only requests for exactly those files; every other request goes to the network
// untouched. It never sees pasted text: the app sends nothing, and the page's fragment (where a
// share link keeps its settings) is not part of any request. scripts/site-files.mjs fills in
// VERSION and FILES and minifies this file into dist/sw.js.
const VERSION = '';
const FILES = [];
const PREFIX = `exo-auth-analyzer ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
const URLS = FILES.map((file) => new URL(file, self.location).href);

self.addEventListener('install', (event) => {
  // A new version takes over at once; the page then offers a reload (www/boot.js).
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(URLS.map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  // Only this copy's caches of other versions are removed.
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !URLS.includes(request.url)) return;
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request.url)).then((hit) => hit ?? fetch(request)));
});
