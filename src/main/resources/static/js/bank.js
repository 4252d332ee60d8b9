// Reading comforts on every page: code highlighted (Prism loaded only where there is code)
// with copy buttons, the theme switch, the guide's sidebar as a drawer on phones, practice marks,
// and keyboard shortcuts (j/k or arrows for next/previous question, ? for the list; search.js owns /).
(function () {
  'use strict';
  var PRACTICE_KEY = 'bank.practice.v1';
  var highlighter = null;

  /** A script of the app's, appended once; resolves when it has run. */
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  /**
   * Prism's 7 KB core, its autoloader (which fetches only the grammars a page uses, with what they
   * depend on) and the names of the grammars the WebJar has, fetched the first time a page shows code.
   */
  function loadHighlighter() {
    if (!highlighter) {
      var body = document.body;
      window.Prism = { manual: true };
      highlighter = Promise.all([
        loadScript(body.dataset.prismCore).then(function () { return loadScript(body.dataset.prismAutoloader); }),
        fetch(body.dataset.codeLanguages).then(function (response) { return response.json(); })
      ]).then(function (loaded) {
        window.Prism.plugins.autoloader.languages_path = body.dataset.prismGrammars;
        return { prism: window.Prism, grammars: loaded[1] };
      });
    }
    return highlighter;
  }

  /** The grammar a block's fence names (language-py: python), or null when Prism has none. */
  function grammarOf(block, grammars) {
    var fence = Array.prototype.find.call(block.classList, function (name) { return name.indexOf('language-') === 0; });
    var grammar = fence && grammars[fence.substring('language-'.length).toLowerCase()];
    return typeof grammar === 'string' ? grammar : null;
  }

  function highlightBlock(block, highlighting) {
    if (block.dataset.highlighted) {
      return;
    }
    block.dataset.highlighted = 'yes';
    var grammar = grammarOf(block, highlighting.grammars);
    if (grammar) {
      block.className = block.className.replace(/\blanguage-\S+/g, '') + ' language-' + grammar;
      highlighting.prism.highlightElement(block);
    }
  }

  /** Highlights each block as it comes near the screen, one block per task, so no task is long. */
  function highlightCode(root) {
    var blocks = root.querySelectorAll('.answer pre code[class*="language-"]');
    if (!blocks.length) {
      return;
    }
    loadHighlighter().then(function (highlighting) {
      if (!('IntersectionObserver' in window)) {
        blocks.forEach(function (block) { highlightBlock(block, highlighting); });
        return;
      }
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) {
            observer.unobserve(entry.target);
            window.setTimeout(function () { highlightBlock(entry.target, highlighting); }, 0);
          }
        });
      }, { rootMargin: '400px 0px' });
      blocks.forEach(function (block) { observer.observe(block); });
    }, function () {
      // Plain code is still code.
    });
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.appendChild(area);
    area.select();
    try {
      document.execCommand('copy');
    } finally {
      document.body.removeChild(area);
    }
    return Promise.resolve();
  }

  function addCopyButtons(root) {
    root.querySelectorAll('.answer pre').forEach(function (pre) {
      if (pre.querySelector('.copy-code')) {
        return;
      }
      // A wide block scrolls with the arrow keys once focused (and the page's arrows leave it alone).
      if (pre.scrollWidth > pre.clientWidth) {
        pre.tabIndex = 0;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-sm btn-outline-secondary copy-code';
      button.textContent = 'Copy';
      button.setAttribute('aria-label', 'Copy this code');
      button.addEventListener('click', function () {
        var code = pre.querySelector('code') || pre;
        copyText(code.innerText).then(function () {
          button.textContent = 'Copied';
          window.setTimeout(function () { button.textContent = 'Copy'; }, 1500);
        });
      });
      pre.appendChild(button);
    });
  }

  /** Code of a page or of content added later (a practice card). */
  function decorate(root) {
    addCopyButtons(root);
    highlightCode(root);
  }

  function currentTheme() {
    return document.documentElement.getAttribute('data-bs-theme') === 'dark' ? 'dark' : 'light';
  }

  function setUpThemeSwitch() {
    var toggle = document.querySelector('.theme-toggle');
    if (!toggle) {
      return;
    }
    toggle.closest('.theme-switch').hidden = false;
    toggle.checked = currentTheme() === 'dark';
    toggle.addEventListener('change', function () {
      var next = toggle.checked ? 'dark' : 'light';
      document.documentElement.setAttribute('data-bs-theme', next);
      try {
        window.localStorage.setItem('bank.theme', next);
      } catch (e) {
        // Not persisted; the switch still works on this page.
      }
    });
  }

  function setUpSidebar() {
    var sidebar = document.getElementById('sidebar');
    var open = document.querySelector('.sidebar-open');
    if (!sidebar || !open) {
      return;
    }
    open.hidden = false;
    function show(shown) {
      sidebar.classList.toggle('drawer-open', shown);
      document.body.classList.toggle('drawer-shown', shown);
      open.setAttribute('aria-expanded', shown ? 'true' : 'false');
      if (shown) {
        (sidebar.querySelector('[aria-current]') || sidebar.querySelector('a')).focus();
      }
    }
    open.addEventListener('click', function () { show(!sidebar.classList.contains('drawer-open')); });
    sidebar.querySelector('.sidebar-close').addEventListener('click', function () {
      show(false);
      open.focus();
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && sidebar.classList.contains('drawer-open')) {
        show(false);
        open.focus();
      }
    });
    sidebar.querySelectorAll('.sidebar-collapse').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var list = document.getElementById(button.getAttribute('aria-controls'));
        list.hidden = !list.hidden;
        button.setAttribute('aria-expanded', list.hidden ? 'false' : 'true');
      });
    });
  }

  /** The "In this answer" list: open beside a wide page, folded under the title on a phone. */
  function setUpPageContents() {
    var contents = document.querySelector('details.page-contents');
    if (contents && window.matchMedia('(min-width: 992px)').matches) {
      contents.open = true;
    }
  }

  function practiceState() {
    try {
      var state = JSON.parse(window.localStorage.getItem(PRACTICE_KEY) || 'null');
      return state && state.cards && typeof state.cards === 'object' ? state.cards : {};
    } catch (e) {
      return {};
    }
  }

  /** Known and due marks beside questions, and "Continue: N due" on the home page. */
  function showPracticeMarks() {
    var cards = practiceState();
    var now = Date.now();
    document.querySelectorAll('.practice-mark[data-practice-id]').forEach(function (mark) {
      var card = cards[mark.dataset.practiceId];
      if (!card) {
        return;
      }
      var due = card.box === 1 || card.due <= now;
      mark.textContent = due ? 'Due' : 'Known';
      mark.title = due ? 'Due for practice' : 'Known: not due again before ' + new Date(card.due).toLocaleDateString();
      mark.classList.add(due ? 'text-bg-warning' : 'text-bg-success');
      mark.hidden = false;
    });
    var resume = document.querySelector('.practice-continue');
    if (resume) {
      var due = Object.keys(cards).filter(function (id) { return cards[id].box === 1 || cards[id].due <= now; }).length;
      if (due > 0) {
        var last = null;
        try {
          last = window.localStorage.getItem('bank.practice.last');
        } catch (e) {
          last = null;
        }
        var link = resume.querySelector('a');
        link.href = '/practice' + (last && last.charAt(0) === '?' ? last : '');
        link.textContent = 'Continue: ' + due + ' due';
        resume.hidden = false;
      }
    }
  }

  function typingIn(target) {
    return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
  }

  var codeScrolledAt = 0;

  /** Keys inside focused code, and arrows just after scrolling code sideways or over it, are the code's. */
  function keyBelongsToCode(event) {
    if (event.target.closest('pre') !== null) {
      return true;
    }
    var arrow = event.key === 'ArrowRight' || event.key === 'ArrowLeft';
    return arrow && (Date.now() - codeScrolledAt < 1500 || document.querySelector('.answer pre:hover') !== null);
  }

  function follow(rel) {
    var link = document.querySelector('.pager a[rel="' + rel + '"]');
    if (link) {
      window.location.href = link.href;
    }
  }

  function setUpShortcuts() {
    var dialog = document.getElementById('shortcuts');
    document.addEventListener('scroll', function (event) {
      if (event.target.closest && event.target.closest('pre')) {
        codeScrolledAt = Date.now();
      }
    }, true);
    document.addEventListener('keydown', function (event) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) {
        return;
      }
      if (event.key === 'j' || event.key === 'ArrowRight') {
        if (!keyBelongsToCode(event)) {
          follow('next');
        }
      } else if (event.key === 'k' || event.key === 'ArrowLeft') {
        if (!keyBelongsToCode(event)) {
          follow('prev');
        }
      } else if (event.key === '?' && dialog && typeof dialog.showModal === 'function' && !dialog.open) {
        event.preventDefault();
        dialog.showModal();
      }
    });
  }

  // Shared with the other scripts of the page (question-set.js copies a set's link with it,
  // practice.js decorates the cards it loads).
  window.interviewBank = { copyText: copyText, decorate: decorate };

  document.addEventListener('DOMContentLoaded', function () {
    decorate(document);
    setUpThemeSwitch();
    setUpSidebar();
    setUpPageContents();
    showPracticeMarks();
    setUpShortcuts();
  });
})();
