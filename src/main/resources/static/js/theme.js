// Loaded blocking in <head>, before any stylesheet paints: sets the theme so the page never
// flashes in the wrong one. The choice is the reader's (kept in localStorage) or the system's.
(function () {
  var stored = null;
  try {
    stored = window.localStorage.getItem('bank.theme');
  } catch (e) {
    // Storage blocked: follow the system.
  }
  var systemDark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  var dark = stored === 'dark' || (stored !== 'light' && systemDark);
  document.documentElement.setAttribute('data-bs-theme', dark ? 'dark' : 'light');
})();
