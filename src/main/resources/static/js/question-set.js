// An interviewer's set, kept in this browser: "Add to my set" on question pages and search
// results, the count in the navigation, and the set page (share by link, print, adopt a shared set).
(function () {
  'use strict';
  var STORAGE_KEY = 'bank.set.v1';

  function load() {
    try {
      var ids = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || '[]');
      return Array.isArray(ids) ? ids.filter(function (id) { return typeof id === 'string'; }) : [];
    } catch (e) {
      return [];
    }
  }

  function save(ids) {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
    } catch (e) {
      // Not persisted in this browser.
    }
  }

  function showCount(ids) {
    var badge = document.querySelector('.set-count');
    if (badge) {
      badge.textContent = String(ids.length);
      badge.hidden = ids.length === 0;
    }
  }

  function setUpButtons(ids) {
    document.querySelectorAll('.add-to-set').forEach(function (button) {
      var id = button.dataset.id;
      function label() {
        var inSet = ids.indexOf(id) >= 0;
        button.textContent = inSet ? 'Remove from my set' : 'Add to my set';
        button.setAttribute('aria-pressed', inSet ? 'true' : 'false');
      }
      button.hidden = false;
      label();
      button.addEventListener('click', function () {
        var at = ids.indexOf(id);
        if (at >= 0) {
          ids.splice(at, 1);
        } else {
          ids.push(id);
        }
        save(ids);
        label();
        showCount(ids);
      });
    });
  }

  function setUpSetPage(ids) {
    var page = document.querySelector('.set-page');
    if (!page) {
      return;
    }
    var shown = new URLSearchParams(window.location.search).get('ids');
    if (!shown && ids.length) {
      window.location.replace('/set?ids=' + ids.map(encodeURIComponent).join(','));
      return;
    }
    var shownIds = Array.prototype.map.call(page.querySelectorAll('.set-item'), function (item) {
      return item.dataset.id;
    });
    var mine = shownIds.length === ids.length && shownIds.every(function (id, i) { return ids[i] === id; });
    var link = page.querySelector('.set-link');
    if (link) {
      link.value = new URL(link.value, window.location.href).href;
    }
    function button(action) {
      return page.querySelector('[data-action="' + action + '"]');
    }
    if (button('copy-link')) {
      button('copy-link').hidden = false;
      button('copy-link').addEventListener('click', function () {
        window.interviewBank.copyText(link.value).then(function () {
          button('copy-link').textContent = 'Copied';
        });
      });
      button('print').hidden = false;
      button('print').addEventListener('click', function () { window.print(); });
      button('adopt').hidden = mine;
      button('adopt').addEventListener('click', function () {
        save(shownIds);
        showCount(shownIds);
        button('adopt').hidden = true;
        button('clear').hidden = false;
      });
      button('clear').hidden = !mine;
      button('clear').addEventListener('click', function () {
        save([]);
        window.location.href = '/set';
      });
    }
    var answers = document.getElementById('set-answers');
    if (answers) {
      answers.addEventListener('change', function () {
        page.classList.toggle('handout-no-answers', !answers.checked);
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var ids = load();
    showCount(ids);
    setUpButtons(ids);
    setUpSetPage(ids);
  });
})();
