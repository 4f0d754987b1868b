// Starts the chat widget and marks outcome messages by level.
(function () {
  var config = window.TRIAGE_CONFIG || {};
  window.WebChat.default({
    selector: "#webchat",
    socketUrl: config.socketUrl,
    initPayload: "/greet",
    title: "Mid-back knot check",
    subtitle: "Not a diagnosis. Emergency? Call your local emergency number.",
    inputTextFieldHint: "Type your answer...",
    showMessageDate: false,
    params: { storage: "local" },
    customData: { timezone: Intl.DateTimeFormat().resolvedOptions().timeZone }
  }, null);

  var levels = [["🚨", "level-emergency"], ["⚠️", "level-urgent"],
                ["🩺", "level-professional"], ["✅", "level-self-care"]];
  function mark(root) {
    root.querySelectorAll(".rw-response").forEach(function (message) {
      var text = (message.textContent || "").trim();
      levels.forEach(function (level) {
        if (text.indexOf(level[0]) === 0) { message.classList.add(level[1]); }
      });
    });
  }
  new MutationObserver(function () { mark(document); })
    .observe(document.body, { childList: true, subtree: true });
})();
