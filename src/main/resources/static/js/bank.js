// Reading comforts on every page: highlighted code with copy buttons, the theme switch, and
// keyboard shortcuts (j/k or arrows for next/previous question, ? for the list; search.js owns /).
(function () {
  'use strict';

  function highlightCode() {
    if (window.hljs) {
      document.querySelectorAll('.answer pre code').forEach(function (block) {
        window.hljs.highlightElement(block);
      });
    }
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

  function addCopyButtons() {
    document.querySelectorAll('.answer pre').forEach(function (pre) {
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

  function currentTheme() {
    return document.documentElement.getAttribute('data-bs-theme') === 'dark' ? 'dark' : 'light';
  }

  function setUpThemeToggle() {
    var toggle = document.querySelector('.theme-toggle');
    if (!toggle) {
      return;
    }
    function show() {
      toggle.setAttribute('aria-pressed', currentTheme() === 'dark' ? 'true' : 'false');
    }
    toggle.hidden = false;
    show();
    toggle.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-bs-theme', next);
      try {
        window.localStorage.setItem('bank.theme', next);
      } catch (e) {
        // Not persisted; the switch still works on this page.
      }
      show();
    });
  }

  function typingIn(target) {
    return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
  }

  function follow(rel) {
    var link = document.querySelector('.pager a[rel="' + rel + '"]');
    if (link) {
      window.location.href = link.href;
    }
  }

  function setUpShortcuts() {
    var dialog = document.getElementById('shortcuts');
    document.addEventListener('keydown', function (event) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) {
        return;
      }
      if (event.key === 'j' || event.key === 'ArrowRight') {
        follow('next');
      } else if (event.key === 'k' || event.key === 'ArrowLeft') {
        follow('prev');
      } else if (event.key === '?' && dialog && typeof dialog.showModal === 'function' && !dialog.open) {
        event.preventDefault();
        dialog.showModal();
      }
    });
  }

  // Shared with the other scripts of the page (question-set.js copies a set's link with it).
  window.interviewBank = { copyText: copyText };

  document.addEventListener('DOMContentLoaded', function () {
    highlightCode();
    addCopyButtons();
    setUpThemeToggle();
    setUpShortcuts();
  });
})();
