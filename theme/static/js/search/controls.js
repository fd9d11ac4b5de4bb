/*!
 * tukena search page: the facet controls of theme/templates/search.html, made from
 * facets.json's tables, their live counts, and the list of selected filters.
 *
 * Municipalities are listed twice, grouped by region and by wellbeing services county
 * (state.by says which list shows); each group offers the region or county as a choice
 * of its own. Labels from the data are set with textContent only. Licence: EUPL-1.2 (tukena).
 */
(function (root) {
  "use strict";

  // The filters whose choices are named with the filter's legend: a language, held in it
  // or help in it; "Not needed" of Finnish; "Support", the category.
  var NAMED_BY_LEGEND = { language: true, help: true, level: true, category: true };

  /** options: doc, app (#search-app), t (the page's strings), lang, engine. */
  function controls(options) {
    var doc = options.doc, app = options.app, t = options.t, engine = options.engine;
    var State = root.TukenaSearch.State;
    var tables = engine.tables;
    var codes = {};         // table name -> {code: row}
    var labels = {};        // list name -> {code: label}
    var countNodes = {};    // "name:code" -> [span, …]
    var languageNames = {}; // language code -> name
    var ids = 0;
    var finder = null;      // finder.js, once the municipalities are listed

    function el(tag, className, text) {
      return root.TukenaSearch.element(doc, tag, className, text);
    }

    function countSpan(key) {
      var span = el("span", "count");
      (countNodes[key] = countNodes[key] || []).push(span);
      return span;
    }

    function option(name, value, text) {
      var li = el("li", "facet-option");
      var box = el("input");
      box.type = "checkbox";
      box.id = "f-" + name + "-" + (++ids);
      box.name = name;
      box.value = value;
      box.setAttribute("form", "search-form");
      var label = el("label", null, text + " ");
      label.htmlFor = box.id;
      label.appendChild(countSpan(name + ":" + value));
      li.appendChild(box);
      li.appendChild(label);
      return li;
    }

    function byName(a, b) {
      return a.name.localeCompare(b.name, options.lang);
    }

    /** The names of row i of a place table in the other official language ("Esbo" on the
     * Finnish site), "|" between them: what finder.js also finds it by. */
    function otherNames(table, i) {
      var names = tables.otherNames && tables.otherNames[table];
      return names && names[i] ? names[i].join("|") : "";
    }

    /** The municipalities grouped by region and, in a second list, by wellbeing services county. */
    function buildPlaces(container) {
      ["region", "county"].forEach(function (kind) {
        var slot = kind === "region" ? 2 : 3, groups = {};
        tables.municipality.forEach(function (row, m) {
          var key = row[slot], others = otherNames("municipality", m);
          (groups[key] = groups[key] || []).push({ code: row[0], name: row[1], others: others });
        });
        var ordered = Object.keys(groups).map(function (key) {
          // counties by their short names ("Länsi-Uusimaa"): the grouping says what they are
          var i = +key, row = i >= 0 ? tables[kind][i] : null;
          var name = row ? (kind === "county" && row[2]) || row[1] : t.noCounty;
          return { row: row, at: i, name: name, full: row ? row[1] : name, members: groups[key].sort(byName) };
        }).sort(function (a, b) { return (a.row ? 0 : 1) - (b.row ? 0 : 1) || byName(a, b); });
        var wrapper = el("li", "place-list");
        wrapper.setAttribute("data-by", kind);
        var inner = el("ul", "place-groups-inner");
        ordered.forEach(function (group) {
          var item = el("li"), details = el("details", "place-group");
          var others = group.row ? otherNames(kind, group.at) : "";
          if (others) details.setAttribute("data-names", others);
          var summary = el("summary", null, group.name + " ");
          if (group.row) summary.appendChild(countSpan(kind + ":" + group.row[0]));
          details.appendChild(summary);
          var list = el("ul", "facet-options");
          if (group.row) {
            var whole = option(kind, group.row[0], t.allOf.replace("{name}", group.full));
            whole.className += " facet-whole";
            list.appendChild(whole);
          }
          group.members.forEach(function (m) {
            var li = option("municipality", m.code, m.name);
            if (m.others) li.setAttribute("data-names", m.others);
            list.appendChild(li);
          });
          details.appendChild(list);
          item.appendChild(details);
          inner.appendChild(item);
        });
        wrapper.appendChild(inner);
        container.appendChild(wrapper);
      });
      finder = root.TukenaSearch.placeFinder(app, t); // "Find a municipality" (finder.js)
    }

    /** Fills the facets' lists from the data and finds every count beside a choice. */
    function build() {
      Object.keys(State.TABLE_OF).concat(["capacity"]).forEach(function (name) {
        var table = State.TABLE_OF[name] || name;
        codes[table] = {};
        labels[name] = {};
        tables[table].forEach(function (row, i) {
          codes[table][row[0]] = i;
          labels[name][row[0]] = row[1];
        });
      });
      tables.language.concat(tables.help).forEach(function (row) { languageNames[row[0]] = row[1]; });
      labels.day = {};
      State.DAYS.forEach(function (day, i) { labels.day[day] = t.weekdays[i]; });
      labels.time = t.time;
      app.querySelectorAll("[data-count]").forEach(function (node) {
        var key = node.getAttribute("data-count");
        (countNodes[key] = countNodes[key] || []).push(node);
      });
      app.querySelectorAll("[data-options]").forEach(function (container) {
        var name = container.getAttribute("data-options");
        if (name === "place") return buildPlaces(container);
        if (!State.TABLE_OF[name]) return;
        var rows = tables[State.TABLE_OF[name]];
        rows.forEach(function (row) {
          container.appendChild(option(name, row[0], row[1]));
        });
        // a facet with nothing to choose (no listing offers help in any language) is left out
        var fieldset = container.closest("fieldset");
        if (fieldset) fieldset.hidden = !rows.length;
      });
    }

    /** Sets every choice from the state (duplicates of a municipality included). */
    function sync(s) {
      app.querySelectorAll("input").forEach(function (box) {
        var name = box.name;
        if (State.LISTS.indexOf(name) >= 0) box.checked = s[name].indexOf(box.value) >= 0;
        else if (State.FLAGS.indexOf(name) >= 0) box.checked = s[name];
        else if (name === "mode") box.checked = box.value === s.mode;
        else if (name === "by") box.checked = box.value === s.by;
        else if (name === "age" && State.age(box.value) !== s.age) box.value = s.age === null ? "" : String(s.age);
      });
      app.querySelectorAll(".place-list").forEach(function (node) {
        node.hidden = node.getAttribute("data-by") !== s.by;
      });
      app.querySelectorAll(".place-group").forEach(function (details) {
        if (details.querySelector("input:checked")) details.open = true;
      });
      if (finder) finder.recount(); // the other grouping shown: its own count
      app.querySelectorAll("fieldset.facet").forEach(function (fieldset) {
        var age = fieldset.querySelector("input[name=age]");
        fieldset.classList.toggle("facet-chosen",
          !!fieldset.querySelector("input[type=checkbox]:checked") || (!!age && s.age !== null));
      });
    }

    function setCount(key, n) {
      (countNodes[key] || []).forEach(function (node) {
        node.textContent = "(" + n + ")";
      });
    }

    /**
     * The counts beside the choices: a facet in use counts without its own choices (what
     * choosing a value would add); the others, and "show only", count among the results.
     */
    function counts(s, matched, results) {
      var all = engine.counts(results, State.filters(s, tables, codes)), by = {}, base = {};
      State.GROUPS.forEach(function (group) {
        if (State.groupActive(s, group)) {
          var others = State.filters(s, tables, codes, group);
          base[group] = engine.filter(matched, others);
          by[group] = engine.counts(base[group], others);
        } else {
          base[group] = results;
          by[group] = all;
        }
      });
      tables.municipality.forEach(function (row, m) { setCount("municipality:" + row[0], by.place.municipality[m]); });
      tables.region.forEach(function (row, r) { setCount("region:" + row[0], by.place.region[r]); });
      tables.county.forEach(function (row, k) { setCount("county:" + row[0], by.place.county[k]); });
      ["form", "group", "language", "help", "level", "category"].forEach(function (name) {
        tables[name].forEach(function (row, i) { setCount(name + ":" + row[0], by[name][name][i]); });
      });
      State.DAYS.forEach(function (day, i) { setCount("day:" + day, by.day.days[i]); });
      State.TIMES.forEach(function (time, i) { setCount("time:" + time, by.time.times[i]); });
      setCount("mode:", base.mode.length);
      setCount("mode:online", by.mode.flags.online);
      setCount("mode:inperson", by.mode.flags.inPerson);
      Object.keys(State.ENGINE_FLAG).forEach(function (name) {
        setCount(name, all.flags[State.ENGINE_FLAG[name]]);
      });
      setCount("open", all.capacity[codes.capacity.open]);
      setCount("current", results.length - all.flags.stale);
    }

    /** The selected filters as buttons that remove them (and the heading of a printed list). */
    /** The legend of a filter, for the choices whose own name does not say which filter
     * they are of ("Arabic": held in it, or help in it?), on screen and on paper. */
    function legendOf(name) {
      if (!NAMED_BY_LEGEND[name]) return "";
      var legend = doc.querySelector('fieldset[data-facet="' + name + '"] > legend');
      return legend ? legend.textContent.trim() : "";
    }

    /** The choices of state s, each {name, value, text}: its chip's data and words. */
    function chips(s) {
      var chips = [];
      if (s.q.trim()) chips.push({ name: "q", value: "", text: t.query.replace("{q}", s.q.trim()) });
      State.LISTS.forEach(function (name) {
        var legend = legendOf(name);
        s[name].forEach(function (value) {
          var text = labels[name] ? labels[name][value] : value;
          chips.push({ name: name, value: value, text: legend ? legend + ": " + text : text });
        });
      });
      if (s.age !== null) chips.push({ name: "age", value: "", text: t.ageChosen.replace("{n}", String(s.age)) });
      if (s.mode) chips.push({ name: "mode", value: s.mode, text: t.mode[s.mode] });
      State.FLAGS.forEach(function (name) {
        if (s[name]) chips.push({ name: name, value: "1", text: t.flags[name] });
      });
      return chips;
    }

    function chosen(s, list) {
      var all = chips(s);
      list.textContent = "";
      all.forEach(function (chip) {
        var li = el("li"), button = el("button", "chip-remove");
        button.type = "button";
        button.setAttribute("data-name", chip.name);
        button.setAttribute("data-value", chip.value);
        button.appendChild(el("span", "visually-hidden", t.remove + " "));
        button.appendChild(doc.createTextNode(chip.text + " "));
        var cross = el("span", "chip-cross", "\u00d7");
        cross.setAttribute("aria-hidden", "true");
        button.appendChild(cross);
        li.appendChild(button);
        list.appendChild(li);
      });
      return all.length;
    }

    return {
      codes: codes, labels: labels, languageNames: languageNames,
      build: build, sync: sync, counts: counts, chips: chips, chosen: chosen
    };
  }

  root.TukenaSearch = root.TukenaSearch || {};
  root.TukenaSearch.controls = controls;
}(typeof self !== "undefined" ? self : this));
