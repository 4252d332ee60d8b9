// Highlights code blocks once the page is parsed (highlight.js from its WebJar).
document.addEventListener('DOMContentLoaded', function () {
  if (window.hljs) {
    document.querySelectorAll('.answer pre code').forEach(function (block) {
      window.hljs.highlightElement(block);
    });
  }
});
