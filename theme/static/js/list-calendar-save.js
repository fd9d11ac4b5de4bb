/* "My list": its button "Add the list to a calendar (.ics)". One file of the sessions still
 * to come of the list's activities, merged from their own calendars (js/list-calendar.js,
 * loaded before this script), and a status that says how many activities it holds and
 * names those it left out, having no session ahead (ended, paused, or their sessions
 * over), each title as its item shows it: in another language than the page's, with its
 * lang and dir. Needs js/list.js; used by js/list-page.js, loaded after this script.
 * Text from the pages is set with textContent. Licence: EUPL-1.2 (tukena). */
(function () {
  "use strict";
  var calendar = window.TukenaListCalendar, list = window.TukenaList;
  if (!calendar || !calendar.merge || !list) return;

  function read(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.text();
    });
  }

  /* `title`, an item's title link, as a name in the status: its text, with the language
   * and direction it has when it is not the page's. */
  function name(title) {
    var span = document.createElement("span");
    span.textContent = title.textContent;
    if (title.hasAttribute("lang")) {
      span.setAttribute("lang", title.getAttribute("lang"));
      span.setAttribute("dir", title.getAttribute("dir") || "auto");
    }
    return span;
  }

  /* The status after the file is made: "The calendar file holds 2 activities.", then
   * "Left out, no sessions ahead: X, Y." when some were, said of one or of several as the
   * page's language says it. */
  function say(status, t, held, titles) {
    status.textContent = list.counted(t.calendar, held);
    if (!titles.length) return;
    var words = list.counted(t.calendarLeftOut, titles.length).split("{names}"); // one or more
    status.appendChild(document.createTextNode(" " + words[0]));
    titles.forEach(function (title, i) {
      if (i) status.appendChild(document.createTextNode(", "));
      status.appendChild(name(title));
    });
    status.appendChild(document.createTextNode(words.slice(1).join("")));
  }

  function download(text, fileName) {
    var file = new Blob([text], { type: "text/calendar" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(file);
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
  }

  /* options: status (the page's live region), t (the list's strings),
   * name (the calendar's), slugs, calendars (slug: a promise of its calendar's address,
   * or null), states (slug: "current", "ended", "gone" or "unknown", once its page is
   * read) and title(slug), its item's title link. Those whose page was read and that gave
   * the file no event are named as left out; one gone or not loaded is not, as the
   * status already says. */
  function save(options) {
    var slugs = options.slugs.slice(), t = options.t, status = options.status;
    Promise.all(slugs.map(function (slug) { return options.calendars[slug]; })).then(function (urls) {
      return Promise.all(urls.map(function (url) { return url ? read(url) : null; }));
    }).then(function (texts) {
      var made = calendar.merge(texts.filter(function (text) { return text !== null; }), options.name);
      if (!made.kept) { status.textContent = t.nothingAhead; return; } // an empty file helps no one
      var given = [], at = 0;
      texts.forEach(function (text) { given.push(text === null ? false : made.given[at++]); });
      var left = slugs.filter(function (slug, i) {
        var state = options.states[slug];
        return !given[i] && (state === "current" || state === "ended");
      });
      download(made.text, t.calendarFile);
      say(status, t, made.kept, left.map(options.title).filter(Boolean));
    }).catch(function () { status.textContent = t.noCalendar; });
  }

  calendar.save = save;
})();
