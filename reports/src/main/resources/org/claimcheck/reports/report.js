(function () {
  var severity = document.getElementById('filter-severity');
  var rule = document.getElementById('filter-rule');
  var article = document.getElementById('filter-article');
  var count = document.getElementById('filter-count');
  var findings = document.querySelectorAll('.finding');
  function apply() {
    var shown = 0;
    findings.forEach(function (finding) {
      var visible = (!severity.value || finding.dataset.severity === severity.value)
        && (!rule.value || finding.dataset.rule === rule.value)
        && (!article.value || finding.dataset.articles.split(' ').indexOf(article.value) >= 0);
      finding.hidden = !visible;
      if (visible) { shown++; }
    });
    count.textContent = 'Showing ' + shown + ' of ' + findings.length + ' findings';
  }
  [severity, rule, article].forEach(function (select) { select.addEventListener('change', apply); });
  apply();
})();
