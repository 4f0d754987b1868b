// Starts the chat widget, marks outcome messages by level, and fills in what the
// widget lacks for keyboard and screen-reader use (labels, focusable quick replies,
// the alt text of the routine pictures). "Forget me" and "New conversation" also
// clear the browser's copy: the widget's session and transcript in localStorage.
(function () {
  var config = window.TRIAGE_CONFIG || {};
  var STORED_SESSION = "chat_session";  // rasa-webchat's key in localStorage
  var RESET = "triage_reset";  // sessionStorage: why the page reloaded itself
  var notices = {
    forgotten: "Done: the conversation is deleted, and this browser no longer keeps a copy of it.",
    fresh: "A new conversation has started."
  };

  function startAfresh(reason) {
    sessionStorage.setItem(RESET, reason);
    localStorage.removeItem(STORED_SESSION);
    window.location.reload();
  }

  // Again before the widget starts: it may have saved the old session while the page unloaded.
  var reset = sessionStorage.getItem(RESET);
  if (reset) {
    sessionStorage.removeItem(RESET);
    localStorage.removeItem(STORED_SESSION);
    document.getElementById("page-status").textContent = notices[reset] || "";
  }
  document.getElementById("new-conversation").addEventListener("click", function () {
    startAfresh("fresh");
  });

  window.WebChat.default({
    selector: "#webchat",
    socketUrl: config.socketUrl,
    initPayload: "/greet",
    title: "Mid-back knot check",
    subtitle: "Not a diagnosis. Emergency? Call your local emergency number.",
    inputTextFieldHint: "Type your answer...",
    showMessageDate: false,
    params: { storage: "local" },
    customData: { timezone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    // action_forget_me sends {"forgotten": true} once the conversation is deleted.
    onSocketEvent: {
      bot_uttered: function (message) {
        if (message && message.forgotten === true) { startAfresh("forgotten"); }
      }
    }
  }, null);

  // Outcome headlines start with these emoji (actions/outcome_messages.py).
  var levels = [["🚨", "level-emergency"], ["⚠", "level-urgent"],
                ["🩺", "level-professional"], ["✅", "level-self-care"]];

  function label(root, selector, text) {
    root.querySelectorAll(selector).forEach(function (element) {
      if (element.getAttribute("aria-label") !== text) { element.setAttribute("aria-label", text); }
    });
  }

  function enhance(root) {
    root.querySelectorAll(".rw-response").forEach(function (message) {
      var text = (message.textContent || "").trim();
      levels.forEach(function (level) {
        if (text.indexOf(level[0]) === 0) { message.classList.add(level[1]); }
      });
    });
    var open = !!root.querySelector(".rw-conversation-container");
    label(root, ".rw-launcher", open ? "Close the chat" : "Open the chat");
    root.querySelectorAll(".rw-launcher").forEach(function (launcher) {
      launcher.setAttribute("aria-expanded", open ? "true" : "false");
    });
    label(root, ".rw-new-message", "Your answer");
    label(root, ".rw-send", "Send");
    label(root, ".rw-close-button", "Close the chat");
    // The widget renders itself in a div of its own at the end of <body>.
    root.querySelectorAll(".rw-widget-container:not([role])").forEach(function (widget) {
      widget.setAttribute("role", "region");
      widget.setAttribute("aria-label", "Chat with the knot check assistant");
    });
    root.querySelectorAll(".rw-messages-container:not([role])").forEach(function (log) {
      log.setAttribute("role", "log");
      log.setAttribute("aria-live", "polite");
      log.setAttribute("aria-label", "Conversation");
    });
    // The widget draws images without alt text; a picture's address ends with its step's name.
    var alts = config.pictureAlts || {};
    root.querySelectorAll("img.rw-image-frame:not([alt])").forEach(function (image) {
      var name = (image.getAttribute("src") || "").split(/[?#]/)[0].split("/").pop().replace(/\.\w+$/, "");
      image.setAttribute("alt", alts[name] || "");
    });
    // The widget renders quick replies as clickable divs: make them buttons for the keyboard.
    root.querySelectorAll("div.rw-reply:not([tabindex])").forEach(function (reply) {
      reply.setAttribute("tabindex", "0");
      reply.setAttribute("role", "button");
    });
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (target && target.matches && target.matches("div.rw-reply") &&
        (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      target.click();
    }
  });
  new MutationObserver(function () { enhance(document); })
    .observe(document.body, { childList: true, subtree: true });
  enhance(document);
})();
