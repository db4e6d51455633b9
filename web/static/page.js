// Runs in every panel showing clauses (gr.HTML js_on_load; Gradio provides `element`,
// `trigger` and `watch`): a click on a link naming a clause (data-chunk) triggers the
// panel's Python click handler with that chunk id; after each update, the clause shown
// in a list, and the first highlighted quote of each clause, are scrolled into view; a
// scrolling box with more text below its visible part says so (.more-below, page.css); the
// clause opened for checking has its rows of the verification view brought into view.
element.addEventListener('click', (event) => {
  const link = event.target.closest('[data-chunk]');
  if (!link) return;
  event.preventDefault();
  trigger('click', {chunk: link.dataset.chunk});
});
const panelBox = (root) => root && root.querySelector(':scope > .html-container');  // gr.HTML's own box
const scroller = () => {  // the panel's own scrolling box (gr.HTML with max_height), never the page
  const box = element.closest('.html-container') || element.parentElement;
  const overflow = box ? getComputedStyle(box).overflowY : '';
  return (overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight ? box : null;
};
// « ▼ Suite plus bas »: set while the box's end is not in view, updated as it scrolls.
const hint = (box) => {
  if (!box) return;
  box.classList.toggle('more-below', box.clientHeight > 0 && box.scrollHeight - box.scrollTop - box.clientHeight > 6);
  if (!box.dataset.hinted) {
    box.dataset.hinted = '1';
    box.addEventListener('scroll', () => hint(box), {passive: true});
  }
};
const hints = () => {
  hint(element.closest('.html-container'));
  element.querySelectorAll('.clause-card.capped .clause-text').forEach(hint);
};
// The clause opened for checking (#verify-clause: its stored parts in data-chunks, web/handlers.py
// shown_clause) and the verification view (#verification: each row's passage links its chunk): the
// rows quoting that clause are outlined and, unless already whole in view, scrolled to the view's
// top, under its sticky column titles. Run by both panels' updates (whichever comes last wins
// the same way) and when the view is first shown (a hidden tab measures nothing).
const alignChecked = () => {
  const view = document.querySelector('#verification');
  const box = panelBox(view);
  if (!box) return;
  const shown = document.querySelector('#verify-clause [data-chunks]');
  const chunks = new Set(shown ? shown.dataset.chunks.split(' ') : []);
  const rows = [...view.querySelectorAll('.support-row')];
  const mine = rows.filter((row) => [...row.querySelectorAll('[data-chunk]')].some((a) => chunks.has(a.dataset.chunk)));
  rows.forEach((row) => row.classList.toggle('checked', mine.includes(row)));
  if (mine.length && box.clientHeight > 0) {
    const frame = box.getBoundingClientRect();
    const head = view.querySelector('.support-head');
    const below = head ? head.getBoundingClientRect() : null;  // where the titles are now, and once stuck
    const stuck = frame.top + box.clientTop + (below ? below.height : 0);  // stuck over the box's top padding
    const first = mine[0].getBoundingClientRect();
    const last = mine[mine.length - 1].getBoundingClientRect();
    const room = box.classList.contains('more-below') ? 40 : 0;  // the hint covers the box's last 2.8em (37 px)
    const whole = first.top >= (below ? below.bottom : frame.top) - 1 && last.bottom <= frame.bottom - room;
    const by = first.top - stuck;  // not for the few pixels between the titles' place and where they stick
    if (!whole && (by < -1 || by > 16)) box.scrollTop += by;
  }
  hint(box);
};
// A table of a clause's text scrolls sideways in its own box (.table-box, page.css), so the clause's
// prose never does (scrolled with the table, the note under Annexe M lost its lines' starts). Its header
// row, which a sticky cell would now keep only in that box, is kept on top of the clause's text while the
// text scrolls down, by hand: moved down by what of the table is above the text's visible top.
const keepHeads = (text) => {
  const top = text.getBoundingClientRect().top + text.clientTop;
  text.querySelectorAll('.clause-table').forEach((table) => {
    const head = table.tHead;
    if (!head) return;
    const now = head.getBoundingClientRect();
    const from = now.top - parseFloat(head.dataset.shift || '0');  // where it stands unmoved
    const shift = Math.max(0, Math.min(top - from, table.getBoundingClientRect().bottom - from - now.height));
    head.dataset.shift = String(shift);
    head.style.transform = shift > 0 ? `translateY(${shift}px)` : '';
  });
  if (!text.dataset.heads) {
    text.dataset.heads = '1';
    text.addEventListener('scroll', () => keepHeads(text), {passive: true});
  }
};
// The cell asked in a table: the row read (.row-table) highlights that cell alone; a clause's own table
// (.clause-table) highlights the whole row quoted, so its cell is the one holding the amount the row read
// shows (the card's own, else the verification view's, else the cited panel's), or the row's one
// highlighted amount.
const askedCell = (table) => {
  const marks = [...table.querySelectorAll('td:not(:first-child) mark')];
  if (!marks.length) return null;
  if (table.classList.contains('row-table') || marks.length === 1) return marks[0].closest('td');
  const card = table.closest('.clause-card');
  const read = (root) => (root ? [...root.querySelectorAll('.row-table mark')] : []);
  const shown = [card, document.querySelector('#verification'), document.querySelector('#cited')]
    .map(read).find((found) => found.length) || [];
  const amounts = new Set(shown.map((mark) => cellDigits(mark.innerText)).filter(Boolean));
  const mark = marks.find((m) => amounts.has(cellDigits(m.innerText)));
  return mark ? mark.closest('td') : null;
};
// Every wide table of `root` (a panel) scrolled sideways to its asked cell (cells.js showCell).
const alignTables = (root) => {
  if (!root || root.getBoundingClientRect().height === 0) return;
  root.querySelectorAll('.table-box').forEach((box) => {
    const table = box.querySelector('table');
    if (table) showCell(box, askedCell(table));
  });
};
let pending = false;  // updated while hidden (another tab shown): revealed once shown
const reveal = () => requestAnimationFrame(() => {
  pending = element.getBoundingClientRect().height === 0;
  if (pending) return;
  element.querySelectorAll('.clause-text').forEach((box) => {
    const mark = box.querySelector('mark');  // maybe in a table cell: measured on screen, not by offsetTop
    box.scrollTop = 0;
    if (!mark) return;
    const head = mark.closest('table') && mark.closest('table').querySelector('thead');  // stays on top (keepHeads)
    const above = 24 + (head ? head.getBoundingClientRect().height : 0);
    box.scrollTop = Math.max(0, mark.getBoundingClientRect().top - box.getBoundingClientRect().top - above);
    keepHeads(box);
  });
  alignTables(element);
  const current = element.querySelector('li.current');
  const box = scroller();
  if (box) {
    box.scrollTop = 0;
    const below = current ? current.getBoundingClientRect().bottom - box.getBoundingClientRect().bottom : 0;
    if (below > 0) box.scrollTop = below + box.clientHeight / 3;
  }
  hints();
  if (element.closest('#verification, #verify-clause')) alignChecked();
  if (element.closest('#verification')) alignTables(document.querySelector('#verify-clause'));  // its asked amount
});
watch('value', reveal);
reveal();
// Shown (a tab opened) after an update made while hidden, where nothing could be measured (the
// Annexe N row checked stayed out of view, the verification tab being opened by the same click):
// revealed now; resized (the window): the hints updated. A panel merely shown again keeps its scroll.
new ResizeObserver(() => {
  if (pending && element.getBoundingClientRect().height > 0) reveal();
  else hints();
}).observe(element);
