// kcextract: fold a table's column descriptions into a <details> closed by default, so the rows are on
// the first screen; the descriptions stay one click away (and in each column's menu).
document.querySelectorAll("dl.column-descriptions").forEach(function (dl) {
  if (dl.closest("details.kc-columns")) { return; }
  var details = document.createElement("details");
  details.className = "kc-columns";
  var summary = document.createElement("summary");
  summary.textContent = "Mô tả các cột / Column descriptions (" + dl.querySelectorAll("dt").length + ")";
  details.appendChild(summary);
  dl.parentNode.insertBefore(details, dl);
  details.appendChild(dl);
});
