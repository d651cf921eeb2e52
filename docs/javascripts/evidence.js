// Outline the evidence span a link points at (#span-START-END) on a source page:
// every marked piece of text that belongs to that span gets the class ev-target.
function markTargetSpan() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  for (const piece of document.querySelectorAll("mark.ev.ev-target")) {
    piece.classList.remove("ev-target");
  }
  if (!id.startsWith("span-")) {
    return;
  }
  for (const piece of document.querySelectorAll("mark.ev[data-spans]")) {
    if (piece.dataset.spans.split(" ").includes(id)) {
      piece.classList.add("ev-target");
    }
  }
}
window.addEventListener("hashchange", markTargetSpan);
document.addEventListener("DOMContentLoaded", markTargetSpan);
