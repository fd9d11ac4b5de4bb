/*!
 * tukena search page: a result as a card with its key facts (when, where, language, cost,
 * places), whether it takes referred participants, and a link to the activity's page.
 *
 * Every text from the data reaches the page through textContent or setAttribute, never as
 * markup; links are http(s) only. Licence: EUPL-1.2 (tukena).
 */
(function (root) {
  "use strict";

  var LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

  /** A new element, its text (if any) set as text. */
  function element(doc, tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /**
   * options: doc, t (the page's strings: when, where, … next, months), lang,
   * languageNames {code: name}, capacity {code: label}. Returns card(record) -> <article>.
   */
  function cards(options) {
    var doc = options.doc, t = options.t;

    function el(tag, className, text) {
      return element(doc, tag, className, text);
    }

    function safeUrl(url) {
      try {
        var u = new URL(url, doc.location.href);
        return u.protocol === "https:" || u.protocol === "http:" ? u.href : "";
      } catch (e) {
        return "";
      }
    }

    /** Marks text in a language other than the page's (a fallback translation). */
    function otherLanguage(node, code) {
      if (code && LANG_TAG.test(code)) {
        node.setAttribute("lang", code);
        node.setAttribute("dir", "auto");
      }
      return node;
    }

    /** Like tukena.site.i18n.format_day: fi and sv 24.11.2026, en 24 Nov 2026. */
    function day(iso) {
      var parts = iso.split("-"), y = +parts[0], mo = +parts[1], d = +parts[2];
      return options.lang === "en" ? d + " " + t.months[mo - 1] + " " + y : d + "." + mo + "." + y;
    }

    /** The schedule in the site's cards' words: card.h, which the build writes with the
     * code that words the site's cards (tukena.site.scheduleline.line: slots, season, breaks
     * ahead, dated sessions), then the next session, from the facet file as the filters and
     * the order by date read it (tukena.site.scheduleline.summary ends with it too). */
    function when(card) {
      var parts = card.h ? [card.h] : [];
      if (card.next) parts.push(t.next.replace("{date}", day(card.next)));
      return parts.join(", ");
    }

    function where(card) {
      var nodes = [];
      if (card.p) {
        var place = otherLanguage(el("span", null, card.p), card.pl);
        // a name that claims no language, written right to left (results.py: "pd")
        if (card.pd === "rtl") place.setAttribute("dir", "rtl");
        nodes.push(place);
        if (card.municipalities.length) nodes.push(doc.createTextNode(", "));
      }
      var places = card.municipalities.slice();
      if (card.flags.online) places.push(t.online);
      nodes.push(doc.createTextNode(places.join(", ")));
      return nodes;
    }

    /** "6–12 years", "up to 6 years", "60 years and over", "5 years", "under 1 year",
     * "up to 1 year", "1 year and over" (humanize.ages' messages). */
    function ages(youngest, oldest) {
      if (oldest === null) return youngest === 1 ? t.ages.fromOne : t.ages.from.replace("{min}", String(youngest));
      if (oldest === 0) return t.ages.underOne;
      if (youngest === oldest) return oldest === 1 ? t.ages.one : t.ages.exactly.replace("{age}", String(oldest));
      if (!youngest) return oldest === 1 ? t.ages.upToOne : t.ages.upTo.replace("{max}", String(oldest));
      return t.ages.range.replace("{min}", String(youngest)).replace("{max}", String(oldest));
    }

    function fact(dl, term, content) {
      var row = el("div");
      row.appendChild(el("dt", null, term));
      var dd = el("dd");
      if (typeof content === "string") dd.textContent = content;
      else content.forEach(function (node) { dd.appendChild(node); });
      row.appendChild(dd);
      dl.appendChild(row);
      return dd;
    }

    return function card(record) {
      var article = el("article", "card search-card" + (record.flags.stale ? " card-stale" : ""));
      var heading = el("h3", "card-title");
      var link = otherLanguage(el("a", null, record.t || ""), record.tl);
      var href = safeUrl(record.url || "");
      if (href) link.href = href;
      heading.appendChild(link);
      article.appendChild(heading);
      if (record.x && record.x.length) {
        // the title in the other languages the organiser wrote it in (Arabic, Somali...)
        var others = el("p", "card-other-titles");
        record.x.forEach(function (pair, i) {
          if (i) others.appendChild(doc.createTextNode(" · "));
          others.appendChild(otherLanguage(el("span", null, pair[1]), pair[0]));
        });
        article.appendChild(others);
      }
      if (record.o) {
        var organiser = el("p", "card-organiser");
        organiser.appendChild(otherLanguage(el("span", null, record.o), record.ol));
        article.appendChild(organiser);
      }
      if (record.s) article.appendChild(otherLanguage(el("p", "card-summary", record.s), record.sl));
      var dl = el("dl", "facts facts-compact");
      fact(dl, t.when, when(record));
      fact(dl, t.where, where(record));
      fact(dl, t.language, record.languages.map(function (code) {
        return options.languageNames[code] || code;
      }).join(", "));
      if (record.help.length) {
        fact(dl, t.help, record.help.map(function (code) {
          return options.languageNames[code] || code;
        }).join(", "));
      }
      if (record.ages) fact(dl, t.age, ages(record.ages[0], record.ages[1]));
      fact(dl, t.cost, record.flags.free ? t.free : t.fee);
      var places = fact(dl, t.places, options.capacity[record.capacity] || record.capacity);
      places.className = "capacity capacity-" + record.capacity.replace(/[^a-z-]/g, "");
      article.appendChild(dl);
      if (record.flags.referrals) article.appendChild(el("p", "badge badge-referrals", t.flags.referrals));
      if (record.flags.stale) { // when it was last confirmed: a professional judges by it
        article.appendChild(el("p", "badge badge-stale", t.staleSince.replace("{date}", day(record.verified))));
      }
      return article;
    };
  }

  root.TukenaSearch = root.TukenaSearch || {};
  root.TukenaSearch.cards = cards;
  root.TukenaSearch.element = element;
}(typeof self !== "undefined" ? self : this));
