/* "My list": one calendar file of the whole list's sessions, merged from the calendars of
 * its activities (each activity's own .ics, as its page links it). Used by
 * js/list-page.js, loaded before it. Licence: EUPL-1.2 (tukena). */
(function () {
  "use strict";

  /* "20261207T103000": `now` as iCalendar writes a wall-clock time in `zone` (or in UTC,
   * without the Z, when `zone` is null), so that it compares with an event's as text. */
  function wall(now, zone) {
    if (!zone) return now.toISOString().replace(/[-:]/g, "").slice(0, 15);
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit"
    }).formatToParts(now).forEach(function (part) { parts[part.type] = part.value; });
    return parts.year + parts.month + parts.day + "T" + parts.hour + parts.minute + parts.second;
  }

  /* Whether an event (its lines, unfolded) is over by `now`: a session that has ended, or
   * a weekly rule whose last day (UNTIL) has passed. A rule without an end, or a time
   * this does not read, is kept: a meeting too many beats one missed. */
  function over(lines, now) {
    var rule = null, end = null;
    lines.forEach(function (line) {
      if (line.indexOf("RRULE:") === 0) rule = line;
      if (/^DTEND[;:]/.test(line)) end = line;
    });
    var at;
    if (rule) {
      at = /;UNTIL=(\d{8}T\d{6})Z/.exec(rule + ";");
      return !!at && at[1] < wall(now, null);
    }
    at = end && /^DTEND(?:;TZID=([^:;]+))?:(\d{8}T\d{6})(Z?)$/.exec(end);
    if (!at || (!at[1] && !at[3])) return false; // floating or a whole day: kept
    return at[2] < wall(now, at[3] ? null : at[1]);
  }

  /* One calendar of the events of several (RFC 5545, lines ending in CRLF, folded lines
   * kept as they are): each time zone once, every event still to come by `now` (default:
   * the present) under the list's name. A list is made for a client to go to its
   * sessions: those already held are left out, as is a weekly slot whose season is over.
   * Each activity's own file keeps them all, being a subscription that must not change
   * with the day it is read (tukena/site/exports/ical.py). Gives the file's text, how
   * many of `texts` gave it an event (those whose sessions are all over gave none) and,
   * for each of `texts` in turn, whether it did. */
  function merge(texts, name, now) {
    var zones = {}, parts = [], kept = 0, given = [];
    now = now || new Date();
    texts.forEach(function (text) {
      var block = null, zone = null, some = false;
      text.split(/\r?\n/).forEach(function (line) {
        if (line === "BEGIN:VTIMEZONE" || line === "BEGIN:VEVENT") block = [];
        if (block) block.push(line);
        if (block && line.indexOf("TZID:") === 0 && block[0] === "BEGIN:VTIMEZONE") zone = line;
        if (line === "END:VTIMEZONE") {
          if (!zones[zone]) parts.push(block.join("\r\n"));
          if (zone) zones[zone] = true;
          block = zone = null;
        }
        if (line === "END:VEVENT") {
          if (!over(block.join("\r\n").replace(/\r\n[ \t]/g, "").split("\r\n"), now)) {
            parts.push(block.join("\r\n"));
            some = true;
          }
          block = null;
        }
      });
      if (some) kept += 1;
      given.push(some);
    });
    var title = name.replace(/[\\;,]/g, "\\$&").replace(/[\r\n]+/g, " ").slice(0, 60);
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tukena//My list//EN",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "NAME:" + title, "X-WR-CALNAME:" + title];
    return { text: lines.concat(parts, ["END:VCALENDAR", ""]).join("\r\n"), kept: kept, given: given };
  }

  window.TukenaListCalendar = { merge: merge };
})();
