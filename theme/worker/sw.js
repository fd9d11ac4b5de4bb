/* The site's service worker: the pages a visitor has opened stay readable without a
 * connection (on a bus, in a basement club room, with a phone's data used up).
 *
 * The build writes it to the site's root as sw.js, after one line that sets SETTINGS
 * (tukena/site/exports/serviceworker.py): the version of the build's offline pages and
 * theme, the names of the caches and how many files they keep, each UI language's address
 * prefix, the files kept at once, the paths never kept and the saved-copy notice in each
 * language (with a slot for the day the copy was saved, and without, and how each language
 * writes a day), with the markup it goes after.
 *
 * - Pages: the network first, so a visitor online always gets the current listing. A copy
 *   of each page opened is kept (the newest SETTINGS.maxPages); when the network fails, the
 *   copy is shown (or the copy My list fetched of an activity's page), with a notice put
 *   in that it is a copy and the day it was saved; a page never opened gets the offline
 *   page of its language, which lists the pages kept.
 * - The theme's files carry their version in their address: taken from the cache first,
 *   kept until the version changes.
 * - Other files of the site (the search's data, photos): the network first, a copy kept
 *   (the newest SETTINGS.maxFiles) for when it fails.
 * - Never kept: anything that asks not to be (Cache-Control: no-store or private), a
 *   redirect, an error, another origin's files, the form bot's paths, anything but GET.
 */
"use strict";

/* global SETTINGS */
const CURRENT = SETTINGS.prefix + SETTINGS.version;
const KEPT = [CURRENT, SETTINGS.pages, SETTINGS.files];

/* Whether a cache is this site's: named with its prefix ("tukena-" at a host's root,
 * "tukena/its/path/" under a path) and no "/" after it. A browser keeps caches by origin:
 * another site on this one (another project site of a GitHub Pages owner) has its own. */
function ownCache(name) {
  return name.startsWith(SETTINGS.prefix) && !name.slice(SETTINGS.prefix.length).includes("/");
}

function scoped(path) {
  return new URL(path, self.registration.scope).href;
}

/* The path of an address inside the site ("sv/activities/x.html"), or null outside it or
 * where the worker leaves things alone (the form bot's paths, the worker itself). */
function sitePath(url) {
  const scope = self.registration.scope;
  if (!url.href.startsWith(scope)) return null;
  const path = url.href.slice(scope.length).split(/[?#]/)[0];
  if (url.pathname === self.location.pathname) return null;
  if (SETTINGS.skip.some((prefix) => path.startsWith(prefix))) return null;
  return path;
}

/* The UI language of a path inside the site: the longest prefix it starts with (the first
 * language's is "", which every path starts with). */
function languageOf(path) {
  let best = Object.keys(SETTINGS.prefixes)[0];
  for (const [lang, prefix] of Object.entries(SETTINGS.prefixes)) {
    if (path.startsWith(prefix) && prefix.length > SETTINGS.prefixes[best].length) {
      best = lang;
    }
  }
  return best;
}

function storable(response) {
  const control = response.headers.get("Cache-Control") || "";
  return response.ok && response.type === "basic" && !response.redirected &&
    !/no-store|private/i.test(control);
}

/* Keep a copy under key, then drop the oldest beyond limit (a copy put again is newest). */
async function keep(cacheName, key, response, limit) {
  const cache = await caches.open(cacheName);
  await cache.put(key, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(keys.length - limit, 0))) await cache.delete(old);
}

/* The notice of a saved copy in a language, with the day the copy was saved (the Date its
 * server sent it with) when it is known. */
function notice(response, lang) {
  const day = new Date(response.headers.get("Date") || "");
  if (isNaN(day.getTime())) return SETTINGS.notice.html[lang];
  const format = SETTINGS.notice.date[lang];
  const text = day.toLocaleDateString(format.locale, format.options)
    .replace(/[&<>"']/g, (c) => "&#" + c.charCodeAt(0) + ";");
  return SETTINGS.notice.dated[lang].replace(SETTINGS.notice.slot, () => text);
}

/* A saved page as the visitor gets it offline: with the notice that it is a saved copy, in
 * the page's language, first in its main content. */
async function savedCopy(response, path) {
  const shown = notice(response, languageOf(path));
  const after = SETTINGS.notice.after;
  const html = (await response.text()).replace(after, () => after + shown);
  const headers = new Headers(response.headers);
  headers.delete("Content-Length"); // the text is longer now
  return new Response(html, { status: 200, headers: headers });
}

async function page(event, url, path) {
  const key = url.origin + url.pathname; // a search's page is one page, whatever it asked
  let response = null;
  try {
    response = await fetch(event.request);
  } catch (error) {
    response = null; // no connection: the saved copy, if any
  }
  if (response && storable(response)) {
    event.waitUntil(keep(SETTINGS.pages, key, response.clone(), SETTINGS.maxPages));
    return response;
  }
  if (response && response.status < 500) return response; // a 404 page, a redirect
  const saved = await caches.match(key, { cacheName: SETTINGS.pages }) ||
    await caches.match(key, { cacheName: SETTINGS.files }); // My list fetched it
  if (saved) return savedCopy(saved, path);
  if (response) return response; // the server's error page
  const offline = await caches.match(scoped(SETTINGS.prefixes[languageOf(path)] + SETTINGS.offline), {
    cacheName: CURRENT,
  });
  return offline || Response.error();
}

async function themeFile(event) {
  const request = event.request;
  const cached = await caches.match(request, { cacheName: CURRENT });
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (storable(response)) {
      const copy = response.clone();
      event.waitUntil(caches.open(CURRENT).then((cache) => cache.put(request, copy)));
    }
    return response;
  } catch (error) {
    // a saved page of an earlier version asks for that version's stylesheet: this one's
    const any = await caches.match(request, { cacheName: CURRENT, ignoreSearch: true });
    return any || Response.error();
  }
}

async function siteFile(event) {
  const request = event.request;
  try {
    const response = await fetch(request);
    if (storable(response)) {
      event.waitUntil(keep(SETTINGS.files, request.url, response.clone(), SETTINGS.maxFiles));
    }
    return response;
  } catch (error) {
    const saved = await caches.match(request, { cacheName: SETTINGS.files });
    return saved || Response.error();
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CURRENT)
      .then((cache) => cache.addAll(SETTINGS.precache.map(scoped)))
      .then(() => self.skipWaiting())
  );
});

/* The names every site's caches had before a site under a path named its own: a visitor
 * of such a site has its saved pages and files in "tukena-pages" and "tukena-files" and
 * its theme in "tukena-" and a version, which a site at the host's root still uses. */
const SHARED = "tukena-";

/* A site under a path takes its copies out of the shared caches: the pages and files
 * inside its scope move to its own caches (still read offline), its theme's are dropped,
 * and a shared cache left with nothing is deleted. Another site's copies stay where they
 * are. */
async function adopt() {
  if (SETTINGS.prefix === SHARED) return; // at the root: they are its own caches
  const scope = self.registration.scope;
  const into = { [SHARED + "pages"]: SETTINGS.pages, [SHARED + "files"]: SETTINGS.files };
  const names = (await caches.keys()).filter(
    (name) => name.startsWith(SHARED) && !name.slice(SHARED.length).includes("/")
  );
  for (const name of names) {
    const shared = await caches.open(name);
    const requests = await shared.keys();
    const ours = requests.filter((request) => request.url.startsWith(scope));
    for (const request of ours) {
      const response = into[name] && await shared.match(request);
      if (response) await (await caches.open(into[name])).put(request, response);
      await shared.delete(request);
    }
    if (ours.length === requests.length) await caches.delete(name);
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((name) => ownCache(name) && !KEPT.includes(name))
          .map((name) => caches.delete(name))
      ))
      .then(() => adopt().catch(() => null)) // kept as they were if it fails
      .then(() => self.clients.claim())
  );
});

/* A copy of a file of the site, from the browser's own cache when it has it: a page into
 * the pages' cache, a theme file into this version's, any other file into the files'. */
async function remember(address, isPage) {
  const url = new URL(address);
  const path = sitePath(url);
  if (path === null) return;
  const key = isPage ? url.origin + url.pathname : url.href;
  const response = await fetch(key, { cache: "force-cache", credentials: "same-origin" });
  if (!storable(response)) return;
  if (isPage) await keep(SETTINGS.pages, key, response, SETTINGS.maxPages);
  else if (path.startsWith("theme/")) await (await caches.open(CURRENT)).put(key, response);
  else await keep(SETTINGS.files, key, response, SETTINGS.maxFiles);
}

/* A page asks for itself to be kept, with the files it loaded (theme/static/js/offline.js):
 * the first page of a visit, which loaded before the worker was there to keep them. Mostly
 * from the browser's HTTP cache, so without a second download. */
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (typeof data.keep !== "string") return;
  const files = Array.isArray(data.files) ? data.files.filter((f) => typeof f === "string") : [];
  event.waitUntil(Promise.all(
    [remember(data.keep, true)].concat(files.slice(0, 100).map((f) => remember(f, false)))
      .map((kept) => kept.catch(() => null)) // offline again, or gone: nothing to keep
  ));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const path = sitePath(url);
  if (path === null) return;
  if (request.mode === "navigate") {
    event.respondWith(page(event, url, path));
  } else if (path.startsWith("theme/")) {
    event.respondWith(themeFile(event));
  } else {
    event.respondWith(siteFile(event));
  }
});
