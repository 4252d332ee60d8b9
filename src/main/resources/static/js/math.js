// Math in guides ($x$, $$x$$, ```math, GitHub's math images) arrives as TeX in .math elements;
// KaTeX, from the app's own WebJar and only on pages that have math, typesets it as MathML, which
// the browser renders natively: no request outside the app and no inline style for the CSP to block.
(function () {
  'use strict';

  function typeset() {
    document.querySelectorAll('.math').forEach(function (element) {
      var tex = element.textContent;
      try {
        window.katex.render(tex, element, {
          output: 'mathml',
          displayMode: element.classList.contains('math-display'),
          throwOnError: true
        });
        element.classList.add('math-typeset');
      } catch (error) {
        // Not TeX KaTeX knows: the reader keeps the source, as GitHub shows it.
        element.textContent = tex;
        element.classList.add('math-error');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var self = document.querySelector('script[data-katex]');
    if (!self || !document.querySelector('.math')) {
      return;
    }
    var script = document.createElement('script');
    script.src = self.getAttribute('data-katex');
    script.addEventListener('load', typeset);
    document.head.appendChild(script);
  });
})();
