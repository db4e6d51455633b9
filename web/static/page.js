// Runs in every panel showing clauses (gr.HTML js_on_load; Gradio provides `element`,
// `trigger` and `watch`): a click on a link naming a clause (data-chunk) triggers the
// panel's Python click handler with that chunk id; after each update, the clause shown
// in a list, and the first highlighted quote of each clause, are scrolled into view.
element.addEventListener('click', (event) => {
  const link = event.target.closest('[data-chunk]');
  if (!link) return;
  event.preventDefault();
  trigger('click', {chunk: link.dataset.chunk});
});
const scroller = () => {  // the panel's own scrolling box (gr.HTML with max_height), never the page
  const box = element.closest('.html-container') || element.parentElement;
  const overflow = box ? getComputedStyle(box).overflowY : '';
  return (overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight ? box : null;
};
const reveal = () => requestAnimationFrame(() => {
  element.querySelectorAll('.clause-text').forEach((box) => {
    const mark = box.querySelector('mark');  // maybe in a table cell: measured on screen, not by offsetTop
    box.scrollTop = 0;
    if (!mark) return;
    const head = mark.closest('table') && mark.closest('table').querySelector('thead');  // stays on top (sticky)
    const above = 24 + (head ? head.getBoundingClientRect().height : 0);
    box.scrollTop = Math.max(0, mark.getBoundingClientRect().top - box.getBoundingClientRect().top - above);
  });
  element.querySelectorAll('.table-box').forEach((box) => {  // a wide table: its highlighted cell in view
    const cell = box.querySelector('.row-table mark');
    if (!cell || box.scrollWidth <= box.clientWidth) return;
    const right = cell.getBoundingClientRect().right - box.getBoundingClientRect().right;
    if (right > 0) box.scrollLeft += right + 8;
  });
  const current = element.querySelector('li.current');
  const box = scroller();
  if (!box) return;
  box.scrollTop = 0;
  if (!current) return;
  const below = current.getBoundingClientRect().bottom - box.getBoundingClientRect().bottom;
  if (below > 0) box.scrollTop = below + box.clientHeight / 3;
});
watch('value', reveal);
reveal();
