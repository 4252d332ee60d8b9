// An interviewer's set, kept in this browser: "Add to my set" on question pages and search
// results, the count in the navigation, and the set page: name it, reorder and remove questions,
// share it by a short link, print it as a handout, adopt a shared set.
(function () {
  'use strict';
  var STORAGE_KEY = 'bank.set.v1';
  var NAME_KEY = 'bank.set.name';

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

  function loadName() {
    try {
      return window.localStorage.getItem(NAME_KEY) || '';
    } catch (e) {
      return '';
    }
  }

  function saveName(name) {
    try {
      window.localStorage.setItem(NAME_KEY, name);
    } catch (e) {
      // Not persisted in this browser.
    }
  }

  function setUpSetPage(ids) {
    var page = document.querySelector('.set-page');
    if (!page) {
      return;
    }
    var params = new URLSearchParams(window.location.search);
    if (window.location.pathname === '/set' && !params.get('ids') && ids.length) {
      var name = loadName();
      window.location.replace('/set?ids=' + ids.map(encodeURIComponent).join(',')
        + (name ? '&name=' + encodeURIComponent(name) : ''));
      return;
    }
    var list = page.querySelector('.set-list');
    var shownIds = Array.prototype.map.call(page.querySelectorAll('.set-item'), function (item) {
      return item.dataset.id;
    });
    var mine = shownIds.length > 0 && shownIds.length === ids.length && shownIds.every(function (id, i) { return ids[i] === id; });
    var link = page.querySelector('.set-link');
    var nameInput = document.getElementById('set-name-input');
    var heading = page.querySelector('.set-name');
    var defaultHeading = 'Interview set';
    function button(action) {
      return page.querySelector('[data-action="' + action + '"]');
    }
    function currentName() {
      return nameInput ? nameInput.value.trim() : '';
    }
    function longLink() {
      var order = Array.prototype.map.call(page.querySelectorAll('.set-item'), function (item) { return item.dataset.id; });
      return new URL('/set?ids=' + order.map(encodeURIComponent).join(',')
        + (currentName() ? '&name=' + encodeURIComponent(currentName()) : ''), window.location.href).href;
    }
    function changed() {
      var order = Array.prototype.map.call(page.querySelectorAll('.set-item'), function (item) { return item.dataset.id; });
      if (mine) {
        ids.length = 0;
        Array.prototype.push.apply(ids, order);
        save(ids);
        saveName(currentName());
        showCount(ids);
      }
      heading.textContent = currentName() || defaultHeading;
      if (link) {
        link.value = longLink();
      }
      if (button('copy-link')) {
        button('copy-link').textContent = 'Copy short link';
      }
      window.history.replaceState(null, '', longLink());
    }
    function editable(on) {
      page.querySelectorAll('.set-item-tools').forEach(function (tools) { tools.hidden = !on; });
    }
    if (link) {
      link.value = new URL(link.value, window.location.href).href;
    }
    if (nameInput) {
      nameInput.addEventListener('input', changed);
    }
    if (list) {
      list.addEventListener('click', function (event) {
        var action = event.target.closest('[data-action]');
        if (!action) {
          return;
        }
        var item = action.closest('.set-item');
        if (action.dataset.action === 'remove') {
          item.parentNode.removeChild(item);
        } else if (action.dataset.action === 'up' && item.previousElementSibling) {
          list.insertBefore(item, item.previousElementSibling);
        } else if (action.dataset.action === 'down' && item.nextElementSibling) {
          list.insertBefore(item.nextElementSibling, item);
        }
        changed();
        action.focus();
      });
    }
    if (button('copy-link')) {
      button('copy-link').hidden = false;
      button('copy-link').addEventListener('click', function () {
        var order = Array.prototype.map.call(page.querySelectorAll('.set-item'), function (item) { return item.dataset.id; });
        window.fetch('/api/sets', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ name: currentName(), ids: order })
        }).then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.json();
        }).then(function (shortLink) {
          link.value = new URL(shortLink.url, window.location.href).href;
          return window.interviewBank.copyText(link.value);
        }).then(function () {
          button('copy-link').textContent = 'Copied';
        }, function () {
          button('copy-link').textContent = 'No short link: copy the long one';
        });
      });
      button('print').hidden = false;
      button('print').addEventListener('click', function () { window.print(); });
      button('adopt').hidden = mine;
      button('adopt').addEventListener('click', function () {
        var order = Array.prototype.map.call(page.querySelectorAll('.set-item'), function (item) { return item.dataset.id; });
        mine = true;
        ids.length = 0;
        Array.prototype.push.apply(ids, order);
        save(ids);
        saveName(currentName());
        showCount(ids);
        editable(true);
        button('adopt').hidden = true;
        button('clear').hidden = false;
      });
      button('clear').hidden = !mine;
      button('clear').addEventListener('click', function () {
        save([]);
        saveName('');
        window.location.href = '/set';
      });
    }
    editable(mine);
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
