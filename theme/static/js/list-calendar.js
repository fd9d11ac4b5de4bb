/* "My list": one calendar file of the whole list's sessions, merged from the calendars of
 * its activities (each activity's own .ics, as its page links it). Used by
 * js/list-page.js, loaded before it. Licence: EUPL-1.2 (tukena). */
(function () {
  "use strict";

  /* One calendar of the events of several (RFC 5545, lines ending in CRLF, folded lines
   * kept as they are): each time zone once, every event, under the list's name. */
  function merged(texts, name) {
    var zones = {}, parts = [];
    texts.forEach(function (text) {
      var block = null, zone = null;
      text.split(/\r?\n/).forEach(function (line) {
        if (line === "BEGIN:VTIMEZONE" || line === "BEGIN:VEVENT") block = [];
        if (block) block.push(line);
        if (block && line.indexOf("TZID:") === 0 && block[0] === "BEGIN:VTIMEZONE") zone = line;
        if (line === "END:VTIMEZONE" || line === "END:VEVENT") {
          if (line === "END:VEVENT" || !zones[zone]) parts.push(block.join("\r\n"));
          if (zone) zones[zone] = true;
          block = zone = null;
        }
      });
    });
    var title = name.replace(/[\\;,]/g, "\\$&").replace(/[\r\n]+/g, " ").slice(0, 60);
    return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tukena//My list//EN",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "NAME:" + title, "X-WR-CALNAME:" + title]
      .concat(parts, ["END:VCALENDAR", ""]).join("\r\n");
  }

  window.TukenaListCalendar = { merged: merged };
})();
