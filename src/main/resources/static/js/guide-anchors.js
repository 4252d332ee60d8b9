// A GitHub-style link such as /guides/python#generators leads to the page holding that heading.
(function () {
  var hash = window.location.hash;
  var page = document.querySelector('[data-anchor-base]');
  if (hash.length > 1 && page) {
    window.location.replace(page.getAttribute('data-anchor-base') + encodeURIComponent(decodeURIComponent(hash.substring(1))));
  }
})();
