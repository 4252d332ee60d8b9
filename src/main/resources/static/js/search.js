// The search box: "/" focuses it; suggestions as you type, chosen with the arrow keys and Enter.
(function () {
  var input = document.getElementById('search-box');
  var list = document.getElementById('search-suggestions');
  if (!input || !list) {
    return;
  }
  var active = -1;
  var timer = null;
  var latest = 0;

  document.addEventListener('keydown', function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable;
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 120);
  });

  input.addEventListener('keydown', function (event) {
    var options = list.querySelectorAll('[role=option]');
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      select(Math.min(active + 1, options.length - 1));
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      select(Math.max(active - 1, 0));
    } else if (event.key === 'Enter' && active >= 0 && options[active]) {
      event.preventDefault();
      window.location.assign(options[active].querySelector('a').href);
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', function () {
    setTimeout(close, 150);
  });

  function fetchSuggestions() {
    var query = input.value.trim();
    if (query.length < 2) {
      close();
      return;
    }
    var request = ++latest;
    fetch('/api/search/suggest?q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        if (request === latest) {
          show(suggestions);
        }
      })
      .catch(close);
  }

  function show(suggestions) {
    list.replaceChildren();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    suggestions.forEach(function (suggestion, index) {
      var item = document.createElement('li');
      item.id = 'suggestion-' + index;
      item.setAttribute('role', 'option');
      item.className = 'list-group-item';
      var link = document.createElement('a');
      link.href = suggestion.url;
      link.textContent = suggestion.title;
      link.tabIndex = -1;
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
  }

  function select(index) {
    var options = list.querySelectorAll('[role=option]');
    options.forEach(function (option, i) {
      option.classList.toggle('active', i === index);
      option.setAttribute('aria-selected', String(i === index));
    });
    active = index;
    input.setAttribute('aria-activedescendant', options[index].id);
  }

  function close() {
    list.hidden = true;
    list.replaceChildren();
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }
})();
