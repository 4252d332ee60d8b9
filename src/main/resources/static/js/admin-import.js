// Uploads a guide without leaving the admin page, showing the import's phase while it runs;
// without JavaScript the form posts as usual.
(function () {
  var form = document.getElementById('upload-form');
  var box = document.getElementById('import-progress');
  if (!form || !box || !window.fetch) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    box.hidden = false;
    box.textContent = 'Uploading…';
    var timer = setInterval(poll, 500);
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
      .then(function (response) {
        clearInterval(timer);
        window.location.assign(response.url);
      })
      .catch(function () {
        clearInterval(timer);
        button.disabled = false;
        box.textContent = 'The upload failed; check the connection and try again.';
      });
  });

  function poll() {
    fetch(box.getAttribute('data-progress-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (progress) {
        if (progress.running) {
          box.textContent = 'Importing ' + progress.guide + ': ' + progress.phase + ' (' + (progress.millis / 1000).toFixed(1) + ' s)';
        }
      })
      .catch(function () {});
  }
})();
