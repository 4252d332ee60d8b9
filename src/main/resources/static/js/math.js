// Math in guides ($x$, $$x$$, ```math, GitHub's math images) arrives as TeX in .math elements;
// KaTeX, from the app's own WebJar and only on pages that have math, typesets it as MathML, which
// the browser renders natively: no request outside the app and no inline style for the CSP to block.
// Content a page loads later (practice's flashcards) is typeset through window.bankMath.typeset.
(function () {
  'use strict';

  var loading = null;

  function loadKatex() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var self = document.querySelector('script[data-katex]');
        if (!self) {
          reject(new Error('no KaTeX address'));
          return;
        }
        var script = document.createElement('script');
        script.src = self.getAttribute('data-katex');
        script.addEventListener('load', resolve);
        script.addEventListener('error', reject);
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function pending(root) {
    return Array.prototype.filter.call(root.querySelectorAll('.math'), function (element) {
      return !element.classList.contains('math-typeset') && !element.classList.contains('math-error');
    });
  }

  function typeset(root) {
    if (!pending(root).length) {
      return;
    }
    loadKatex().then(function () {
      pending(root).forEach(function (element) {
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
    }, function () {
      // KaTeX could not be loaded: the reader keeps the TeX.
    });
  }

  window.bankMath = { typeset: typeset };

  document.addEventListener('DOMContentLoaded', function () {
    typeset(document);
  });
})();
