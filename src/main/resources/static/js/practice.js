// Practice as a flashcard, one card at a time, with a Leitner schedule kept in this browser
// (localStorage), keyed by the questions' stable ids so that it survives re-imports of the guide.
// Box 1 holds "review again" cards: they come back after two other cards. "Knew it" moves a card
// up one box; a card in box b is due again BOX_DAYS[b] days later. The page lists the deck without
// titles or answers; each card is read from the read API when it comes up, the next few ahead.
(function () {
  'use strict';
  var root = document.getElementById('practice');
  if (!root) {
    return;
  }
  var STORAGE_KEY = 'bank.practice.v1';
  var LAST_DECK_KEY = 'bank.practice.last';
  var DAY = 24 * 60 * 60 * 1000;
  var BOX_DAYS = [0, 0, 1, 3, 7, 21];
  var GAP = 2;
  var AHEAD = 3;

  var deck = JSON.parse(document.getElementById('practice-deck').textContent);
  var cards = deck.cards;
  var topicTitles = {};
  deck.topics.forEach(function (topic) { topicTitles[topic.slug] = topic.title; });
  var page = root.closest('.practice-page');
  var cardView = root.querySelector('.practice-card');
  var answerView = cardView.querySelector('.practice-answer');
  var controls = root.querySelector('.practice-controls');
  var status = root.querySelector('.practice-status');
  var progress = root.querySelector('.practice-progress');
  var summary = page.querySelector('.practice-summary');
  var progressToggle = page.querySelector('.progress-toggle');
  var nextTopic = root.querySelector('.practice-next-topic');
  var data = page.querySelector('.practice-data');
  var recent = [];
  var current = null;
  var revealed = false;
  var ignoreSchedule = false;
  var loaded = {};

  function button(action) {
    return controls.querySelector('[data-action="' + action + '"]');
  }

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
    return state.cards[card.id];
  }

  function fetchCard(card) {
    if (!loaded[card.id]) {
      var url = '/api/guides/' + encodeURIComponent(deck.guide.slug) + '/questions/' + encodeURIComponent(card.slug);
      loaded[card.id] = window.fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      });
      loaded[card.id].catch(function () { delete loaded[card.id]; });
    }
    return loaded[card.id];
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

  /** Reads the cards most likely to come next, so that they show at once. */
  function prefetch() {
    var ahead = cards.filter(function (c) { return !entry(c) && c !== current; }).slice(0, AHEAD);
    ahead.forEach(fetchCard);
  }

  function setGrading(on) {
    button('reveal').hidden = on || !current;
    button('knew').hidden = !on;
    button('again').hidden = !on;
    button('next').hidden = !current;
  }

  /** The question's difficulty and tags, from the badges the page holds for every level. */
  function renderBadges(question) {
    var list = cardView.querySelector('.card-meta');
    var badges = cardView.querySelector('.card-meta-badges').content;
    list.replaceChildren();
    var level = question.difficulty && badges.querySelector('[data-difficulty="' + question.difficulty + '"]');
    if (level) {
      list.appendChild(level.cloneNode(true));
    }
    (question.tags || []).forEach(function (tag) {
      var item = badges.querySelector('[data-tag]').cloneNode(true);
      item.querySelector('a').href = '/search?tag=' + encodeURIComponent(tag);
      item.querySelector('.tag-name').textContent = tag;
      list.appendChild(item);
    });
    list.hidden = !list.children.length;
  }

  function render(card, question) {
    cardView.querySelector('.card-topic').textContent = topicTitles[card.topic] || card.topic;
    cardView.querySelector('.card-kind').textContent = card.prompt ? 'Prompt' : 'Question';
    var mark = cardView.querySelector('.card-mark');
    var e = entry(card);
    mark.hidden = !e;
    if (e) {
      mark.textContent = e.box >= 2 ? 'Seen before' : 'Review again';
      mark.className = 'card-mark badge ms-1 ' + (e.box >= 2 ? 'text-bg-success' : 'text-bg-warning');
    }
    var link = cardView.querySelector('.card-link');
    link.href = '/guides/' + encodeURIComponent(deck.guide.slug) + '/questions/' + encodeURIComponent(card.slug);
    link.innerHTML = question.titleHtml;
    renderBadges(question);
    var detail = cardView.querySelector('.prompt-detail');
    var hasDetail = card.prompt && question.answerHtml;
    detail.innerHTML = hasDetail ? question.answerHtml : '';
    detail.hidden = !hasDetail;
    var answer = answerView.querySelector('.answer');
    answer.innerHTML = card.prompt ? '' : question.answerHtml;
    answer.hidden = card.prompt;
    answerView.querySelector('.no-answer').hidden = !card.prompt;
    if (window.interviewBank) {
      window.interviewBank.decorate(cardView);
    }
    if (window.bankMath) {
      window.bankMath.typeset(cardView);
    }
    cardView.dataset.id = card.id;
    cardView.hidden = false;
  }

  function show(card) {
    current = card;
    revealed = false;
    answerView.hidden = true;
    setGrading(false);
    if (nextTopic) {
      nextTopic.hidden = true;
    }
    if (!card) {
      cardView.hidden = true;
      var next = Object.keys(state.cards).map(function (id) { return state.cards[id].due; })
        .filter(function (due) { return due > Date.now(); }).sort(function (a, b) { return a - b; })[0];
      say(cards.length === 0 ? 'Nothing to practise here.' : 'All done for now.'
        + (next ? ' The next card is due on ' + new Date(next).toLocaleDateString() + '.' : ''));
      button('anyway').hidden = cards.length === 0;
      if (nextTopic) {
        nextTopic.hidden = false;
      }
      return;
    }
    button('anyway').hidden = true;
    say('');
    recent.push(card);
    if (recent.length > GAP) {
      recent.shift();
    }
    fetchCard(card).then(function (question) {
      if (current === card) {
        render(card, question);
        prefetch();
      }
    }, function () {
      if (current === card) {
        say('This card could not be loaded. Check your connection and try again.');
      }
    });
  }

  function mark(knew) {
    if (!current || !revealed) {
      return;
    }
    var previous = entry(current);
    var box = knew ? Math.min(5, (previous ? previous.box : 1) + 1) : 1;
    state.cards[current.id] = { box: box, due: Date.now() + BOX_DAYS[box] * DAY };
    save();
    renderProgress();
    show(pick());
    cardView.scrollIntoView({ block: 'nearest' });
  }

  function reveal() {
    if (!current || revealed || cardView.hidden || cardView.dataset.id !== current.id) {
      return;
    }
    revealed = true;
    answerView.hidden = false;
    setGrading(true);
    var top = answerView.getBoundingClientRect().top;
    if (top > window.innerHeight * 0.6) {
      answerView.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
  }

  function counts(list) {
    var now = Date.now();
    var result = { due: 0, fresh: 0, known: 0 };
    list.forEach(function (card) {
      var e = entry(card);
      if (!e) {
        result.fresh++;
      } else if (e.due <= now || e.box === 1) {
        result.due++;
      } else {
        result.known++;
      }
    });
    return result;
  }

  function renderProgress() {
    var all = counts(cards);
    summary.querySelector('.summary-text').textContent =
      all.due + ' due · ' + all.fresh + ' new · ' + all.known + ' known';
    summary.hidden = cards.length === 0;
    var topics = [];
    var byTopic = {};
    cards.forEach(function (card) {
      if (!byTopic[card.topic]) {
        byTopic[card.topic] = [];
        topics.push(card.topic);
      }
      byTopic[card.topic].push(card);
    });
    var list = progress.querySelector('.progress-list');
    list.textContent = '';
    topics.forEach(function (key) {
      // Questions with answers and prompts are counted apart, as on every other page.
      var asked = byTopic[key].filter(function (card) { return !card.prompt; });
      var prompts = byTopic[key].filter(function (card) { return card.prompt; });
      var topic = counts(byTopic[key]);
      var total = byTopic[key].length;
      var item = document.createElement('li');
      item.className = 'col topic-progress';
      item.dataset.topic = key;
      var label = document.createElement('label');
      label.className = 'd-block';
      label.textContent = (topicTitles[key] || key) + ': ' + counts(asked).known + ' of ' + asked.length + ' known'
        + (prompts.length ? ' · ' + counts(prompts).known + ' of ' + prompts.length + ' prompts' : '');
      var bar = document.createElement('progress');
      bar.max = total;
      bar.value = topic.known;
      bar.className = 'w-100';
      bar.id = 'progress-' + key;
      label.htmlFor = bar.id;
      item.appendChild(label);
      item.appendChild(bar);
      list.appendChild(item);
    });
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
  progressToggle.addEventListener('click', function () {
    progress.hidden = !progress.hidden;
    progressToggle.setAttribute('aria-expanded', progress.hidden ? 'false' : 'true');
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

  try {
    window.localStorage.setItem(LAST_DECK_KEY, window.location.search);
  } catch (e) {
    // The home page's "Continue" then opens the first guide's deck.
  }
  root.classList.add('js-practice');
  controls.hidden = false;
  data.hidden = false;
  renderProgress();
  show(pick());
})();
