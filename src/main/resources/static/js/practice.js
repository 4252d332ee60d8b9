// Practice, one card at a time, with a Leitner schedule kept in this browser (localStorage),
// keyed by the questions' stable ids so that it survives re-imports of the guide.
// Box 1 holds "review again" cards: they come back after two other cards. "Knew it" moves a card
// up one box; a card in box b is due again BOX_DAYS[b] days later.
(function () {
  'use strict';
  var root = document.getElementById('practice');
  if (!root) {
    return;
  }
  var STORAGE_KEY = 'bank.practice.v1';
  var DAY = 24 * 60 * 60 * 1000;
  var BOX_DAYS = [0, 0, 1, 3, 7, 21];
  var GAP = 2;

  var cards = Array.prototype.slice.call(root.querySelectorAll('.practice-card'));
  var controls = root.querySelector('.practice-controls');
  var status = root.querySelector('.practice-status');
  var progress = root.querySelector('.practice-progress');
  var data = root.querySelector('.practice-data');
  var anyway = controls.querySelector('[data-action="anyway"]');
  var recent = [];
  var current = null;
  var ignoreSchedule = false;

  function load() {
    try {
      var parsed = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || 'null');
      return valid(parsed) ? parsed : { version: 1, cards: {} };
    } catch (e) {
      return { version: 1, cards: {} };
    }
  }

  function valid(state) {
    if (!state || state.version !== 1 || typeof state.cards !== 'object' || state.cards === null) {
      return false;
    }
    return Object.keys(state.cards).every(function (id) {
      var card = state.cards[id];
      return card && Number.isInteger(card.box) && card.box >= 1 && card.box <= 5 && typeof card.due === 'number';
    });
  }

  var state = load();

  function save() {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (e) {
      say('Your browser does not let this page keep your progress.');
    }
  }

  function say(text) {
    status.textContent = text;
  }

  function entry(card) {
    return state.cards[card.dataset.id];
  }

  function pick() {
    var now = Date.now();
    var notRecent = function (card) { return recent.indexOf(card) < 0; };
    var again = cards.filter(function (c) { var e = entry(c); return e && e.box === 1 && notRecent(c); });
    if (again.length) {
      return again[0];
    }
    var unseen = cards.filter(function (c) { return !entry(c) && notRecent(c); });
    if (unseen.length) {
      return unseen[0];
    }
    var due = cards.filter(function (c) { var e = entry(c); return e && e.due <= now && notRecent(c); })
      .sort(function (a, b) { return entry(a).box - entry(b).box || entry(a).due - entry(b).due; });
    if (due.length) {
      return due[0];
    }
    var waiting = cards.filter(function (c) { var e = entry(c); return e && e.box === 1; });
    if (waiting.length) {
      return waiting[0];
    }
    if (ignoreSchedule) {
      var at = current ? cards.indexOf(current) : -1;
      return cards[(at + 1) % cards.length];
    }
    return null;
  }

  function show(card) {
    cards.forEach(function (c) { c.classList.remove('current'); });
    current = card;
    if (!card) {
      var next = Object.keys(state.cards).map(function (id) { return state.cards[id].due; })
        .filter(function (due) { return due > Date.now(); }).sort(function (a, b) { return a - b; })[0];
      say(cards.length === 0 ? 'Nothing to practise here.' : 'All done for now.'
        + (next ? ' The next card is due on ' + new Date(next).toLocaleDateString() + '.' : ''));
      anyway.hidden = cards.length === 0;
      return;
    }
    anyway.hidden = true;
    card.querySelector('.practice-answer').open = false;
    card.classList.add('current');
    say('');
    recent.push(card);
    if (recent.length > GAP) {
      recent.shift();
    }
  }

  function mark(knew) {
    if (!current) {
      return;
    }
    var previous = entry(current);
    var box = knew ? Math.min(5, (previous ? previous.box : 1) + 1) : 1;
    state.cards[current.dataset.id] = { box: box, due: Date.now() + BOX_DAYS[box] * DAY };
    save();
    renderProgress();
    show(pick());
  }

  function reveal() {
    if (current) {
      var answer = current.querySelector('.practice-answer');
      answer.open = !answer.open;
    }
  }

  function renderProgress() {
    var topics = [];
    var byTopic = {};
    cards.forEach(function (card) {
      var key = card.dataset.topic;
      if (!byTopic[key]) {
        byTopic[key] = { title: card.dataset.topicTitle, total: 0, known: 0 };
        topics.push(key);
      }
      byTopic[key].total++;
      var e = entry(card);
      if (e && e.box >= 2) {
        byTopic[key].known++;
      }
    });
    var list = progress.querySelector('.progress-list');
    list.textContent = '';
    topics.forEach(function (key) {
      var topic = byTopic[key];
      var item = document.createElement('li');
      item.className = 'col topic-progress';
      item.dataset.topic = key;
      var label = document.createElement('label');
      label.className = 'd-block';
      label.textContent = topic.title + ': ' + topic.known + ' of ' + topic.total + ' known';
      var bar = document.createElement('progress');
      bar.max = topic.total;
      bar.value = topic.known;
      bar.className = 'w-100';
      bar.id = 'progress-' + key;
      label.htmlFor = bar.id;
      item.appendChild(label);
      item.appendChild(bar);
      list.appendChild(item);
    });
    progress.hidden = topics.length === 0;
  }

  function exportProgress() {
    var blob = new Blob([JSON.stringify(state, null, 2)], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'interview-bank-progress.json';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    URL.revokeObjectURL(link.href);
  }

  function importProgress(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var imported;
      try {
        imported = JSON.parse(reader.result);
      } catch (e) {
        imported = null;
      }
      if (!valid(imported)) {
        say('That file is not an Interview Bank progress file: nothing was changed.');
        return;
      }
      state = imported;
      save();
      renderProgress();
      recent = [];
      show(pick());
      say('Progress imported: ' + Object.keys(state.cards).length + ' cards.');
    };
    reader.readAsText(file);
  }

  controls.addEventListener('click', function (event) {
    var action = event.target.closest('[data-action]');
    if (!action) {
      return;
    }
    switch (action.dataset.action) {
      case 'reveal': reveal(); break;
      case 'knew': mark(true); break;
      case 'again': mark(false); break;
      case 'next': show(pick() || current); break;
      case 'anyway': ignoreSchedule = true; show(pick()); break;
    }
  });
  data.addEventListener('click', function (event) {
    var action = event.target.closest('[data-action]');
    if (!action) {
      return;
    }
    if (action.dataset.action === 'export') {
      exportProgress();
    } else if (action.dataset.action === 'reset' && window.confirm('Forget all your practice progress in this browser?')) {
      state = { version: 1, cards: {} };
      save();
      recent = [];
      renderProgress();
      show(pick());
      say('Progress reset.');
    }
  });
  document.getElementById('practice-import').addEventListener('change', function (event) {
    if (event.target.files.length) {
      importProgress(event.target.files[0]);
      event.target.value = '';
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, textarea, select')) {
      return;
    }
    if (event.key === ' ' && !event.target.closest('button, a, summary')) {
      event.preventDefault();
      reveal();
    } else if (event.key === '1') {
      mark(true);
    } else if (event.key === '2') {
      mark(false);
    } else if (event.key === 'n' || event.key === 'N') {
      show(pick() || current);
    }
  });

  root.classList.add('js-practice');
  controls.hidden = false;
  data.hidden = false;
  renderProgress();
  show(pick());
})();
