/* Connects Microsoft Web Chat to the bot: the built-in Direct Line endpoint by default, or Azure's. */
(function () {
  'use strict';
  var IDENTITY_KEY = 'troLyMotCua.identity';
  var statusEl = document.getElementById('status');

  function showStatus(text) {
    statusEl.textContent = text;
    statusEl.hidden = !text;
  }

  function fetchToken() {
    var identity = null;
    try { identity = window.localStorage.getItem(IDENTITY_KEY); } catch { identity = null; }
    return fetch('/api/webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(identity ? { identity: identity } : {})
    }).then(function (res) {
      if (!res.ok) throw new Error('token request failed: ' + res.status);
      return res.json();
    }).then(function (session) {
      try { window.localStorage.setItem(IDENTITY_KEY, session.identity); } catch { /* private mode */ }
      return session;
    });
  }

  function absolute(domain) {
    return /^https?:/.test(domain) ? domain : window.location.origin + domain;
  }

  fetchToken().then(function (session) {
    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: absolute(session.domain),
      webSocket: false,
      pollingInterval: 700
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      userID: session.userId,
      locale: 'vi-VN',
      styleOptions: {
        hideUploadButton: true,
        bubbleBorderRadius: 12,
        bubbleFromUserBorderRadius: 12,
        bubbleFromUserBackground: '#fde7e7',
        suggestedActionLayout: 'flow',
        sendBoxTextWrap: true
      }
    }, document.getElementById('webchat'));
    document.querySelector('#webchat').focus();
  }).catch(function () {
    showStatus('Không kết nối được với Trợ lý. Anh/chị vui lòng tải lại trang sau ít phút.');
  });
})();
