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
    const mark = box.querySelector('mark');
    box.scrollTop = mark ? Math.max(0, mark.offsetTop - 24) : 0;
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
