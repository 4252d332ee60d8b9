// A question opened from a search result marks the words searched for (?hl=...).
(function () {
  var terms = (new URLSearchParams(window.location.search).get('hl') || '')
    .split(/\s+/)
    .map(function (term) { return term.replace(/[^\p{L}\p{N}_@.]/gu, ''); })
    .filter(function (term) { return term.length >= 2; });
  var scope = document.querySelector('.question-page');
  if (!terms.length || !scope) {
    return;
  }
  var escaped = terms.map(function (term) { return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
  var pattern = new RegExp('(' + escaped.join('|') + ')', 'giu');
  var walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  var nodes = [];
  while (walker.nextNode()) {
    if (pattern.test(walker.currentNode.nodeValue) && !walker.currentNode.parentElement.closest('mark, script, nav')) {
      nodes.push(walker.currentNode);
    }
    pattern.lastIndex = 0;
  }
  nodes.forEach(function (node) {
    var fragment = document.createDocumentFragment();
    node.nodeValue.split(pattern).forEach(function (part, index) {
      if (index % 2 === 1) {
        var mark = document.createElement('mark');
        mark.textContent = part;
        fragment.appendChild(mark);
      } else if (part) {
        fragment.appendChild(document.createTextNode(part));
      }
    });
    node.parentNode.replaceChild(fragment, node);
  });
})();
