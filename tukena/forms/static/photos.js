/* Photos chosen in an organiser's form, made smaller on the device before they are sent.
 *
 * A phone's photo is several megabytes: on a slow mobile link its upload takes minutes,
 * and it carries where it was taken. The bot makes the site's copy anyway (turned, at most
 * data-longest pixels on its longer side, without metadata), so this script makes the same
 * copy in the browser first: it draws the photo, turned as the phone shows it, on a canvas
 * of that size and puts the canvas's JPEG (or PNG, for a PNG picture that keeps
 * transparency or fits data-max-bytes) in the file field instead. A canvas holds pixels
 * only: the GPS position and camera details stay on the device.
 *
 * Whatever the browser cannot read (an iPhone's HEIC outside Safari) or cannot make
 * smaller is sent as it was chosen, and the bot does the rest; without this script every
 * photo is sent as it is. A form sent while a photo is still being made smaller waits
 * for it. The texts come from the field's data attributes, in the page's language. */
(function () {
  "use strict";
  var form = document.querySelector("form.tukena-form");
  if (!form || !window.createImageBitmap || !window.DataTransfer || !window.File) return;
  var inputs = form.querySelectorAll('input[type="file"][data-longest]');
  if (!inputs.length) return;
  var READABLE = ["image/jpeg", "image/png", "image/webp", "image/avif"];
  var pending = 0;
  var waiting = null; // the button that sent the form while a photo was being made

  function size(input, bytes) {
    var lang = form.getAttribute("lang") || undefined;
    var mega = bytes >= 1000000;
    var number = (mega ? bytes / 1000000 : Math.max(1, Math.round(bytes / 1000))).toLocaleString(
      lang, { maximumFractionDigits: 1 }
    );
    return (mega ? input.dataset.mb : input.dataset.kb).split("{n}").join(number);
  }

  function note(input, message) {
    var id = "n-" + input.id;
    var element = document.getElementById(id);
    if (!element) {
      element = document.createElement("p");
      element.className = "photo-note";
      element.id = id;
      element.setAttribute("role", "status");
      input.insertAdjacentElement("afterend", element);
      var ids = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      input.setAttribute("aria-describedby", ids.concat(id).join(" "));
    }
    element.textContent = message;
  }

  function blob(canvas, type, quality) {
    return new Promise(function (resolve) { canvas.toBlob(resolve, type, quality); });
  }

  function transparent(context, width, height) {
    var pixels = context.getImageData(0, 0, width, height).data;
    for (var i = 3; i < pixels.length; i += 4) if (pixels[i] < 255) return true;
    return false;
  }

  /* The smaller copy of ``file``, or null when it should be sent as it is. */
  function smaller(file, longest, limit) {
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
      var scale = Math.min(1, longest / Math.max(bitmap.width, bitmap.height));
      var png = file.type === "image/png";
      if (scale === 1 && file.size <= limit) { // already what the site takes
        if (bitmap.close) bitmap.close();
        return null;
      }
      var canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      var context = canvas.getContext("2d");
      context.imageSmoothingQuality = "high";
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      if (bitmap.close) bitmap.close();
      var alpha = file.type !== "image/jpeg" && transparent(context, canvas.width, canvas.height);
      var first = png || alpha ? blob(canvas, "image/png") : Promise.resolve(null);
      return first.then(function (made) {
        if (made && (alpha || made.size <= limit)) return made;
        return blob(canvas, "image/jpeg", 0.9);
      });
    }).then(function (made) {
      return made && made.size < file.size ? made : null;
    });
  }

  function swap(input, file, made) {
    var ending = made.type === "image/png" ? ".png" : ".jpg";
    var name = (file.name.replace(/\.[^.]*$/, "") || "photo") + ending;
    var list = new DataTransfer();
    list.items.add(new File([made], name, { type: made.type, lastModified: file.lastModified }));
    input.files = list.files; // no change event: this is not the person's choice
  }

  function finished() {
    pending -= 1;
    if (pending || waiting === null) return;
    var button = waiting;
    waiting = null;
    if (button && button.form === form) form.requestSubmit(button);
    else form.requestSubmit();
  }

  inputs.forEach(function (input) {
    var turn = 0;
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      var mine = ++turn;
      if (!file || READABLE.indexOf(file.type) < 0) return;
      pending += 1;
      note(input, input.dataset.working);
      var longest = Number(input.dataset.longest);
      var limit = Number(input.dataset.maxBytes);
      smaller(file, longest, limit).then(function (made) {
        if (mine !== turn) return; // another file was chosen meanwhile
        if (made) {
          swap(input, file, made);
          note(input, input.dataset.smaller.split("{before}").join(size(input, file.size))
            .split("{after}").join(size(input, made.size)));
        } else {
          note(input, "");
        }
      }).catch(function () {
        if (mine === turn) note(input, "");
      }).then(finished);
    });
  });

  // Before the form's own checks (a capturing listener on the form runs first).
  form.addEventListener("submit", function (event) {
    if (!pending) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    waiting = event.submitter || false;
  }, true);
})();
