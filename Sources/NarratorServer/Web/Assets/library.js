// The library page's form: posts a pasted article or an address, then opens its player.
(function () {
  'use strict';
  var form = document.getElementById('narrate-form');
  if (!form) return;
  var status = document.getElementById('form-status');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { voice: form.voice.value, speed: form.speed.value };
    var address = form.url.value.trim(), text = form.article.value;
    if (address) body.url = address; else body[form.kind.value] = text;
    if (!address && !text.trim()) { status.textContent = 'Paste an article or give its address.'; return; }
    var headers = { 'Content-Type': 'application/json' };
    if (form.token && form.token.value) headers.Authorization = 'Bearer ' + form.token.value;
    status.textContent = 'Sending…';
    fetch('/api/narrations', { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok) throw new Error(answer.error ? answer.error.message : 'the server said ' + response.status);
        location.href = '/listen/' + encodeURIComponent(answer.id);
      });
    }).catch(function (error) { status.textContent = error.message; });
  });
})();
