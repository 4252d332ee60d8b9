// The topic page as a self-test: "Hide answers" collapses every answer behind its own button.
(function () {
  'use strict';
  var toggle = document.getElementById('hide-answers');
  var page = document.querySelector('.topic-page');
  if (!toggle || !page) {
    return;
  }
  var buttons = page.querySelectorAll('.reveal-answer');

  function showAnswer(button, shown) {
    var answer = document.getElementById(button.getAttribute('aria-controls'));
    answer.hidden = !shown;
    button.setAttribute('aria-expanded', shown ? 'true' : 'false');
    button.textContent = shown ? 'Hide answer' : 'Show answer';
  }

  function apply() {
    var selfTest = toggle.checked;
    page.classList.toggle('self-test', selfTest);
    buttons.forEach(function (button) {
      button.hidden = !selfTest;
      showAnswer(button, !selfTest);
    });
  }

  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      showAnswer(button, button.getAttribute('aria-expanded') !== 'true');
    });
  });
  toggle.addEventListener('change', function () {
    try {
      window.localStorage.setItem('bank.selfTest', toggle.checked ? 'on' : 'off');
    } catch (e) {
      // Not remembered; the switch still works on this page.
    }
    apply();
  });
  try {
    toggle.checked = window.localStorage.getItem('bank.selfTest') === 'on';
  } catch (e) {
    toggle.checked = false;
  }
  apply();
})();
