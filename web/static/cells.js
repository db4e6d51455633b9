// Shared by the panels' script (page.js) and the chat's (chat.js), put before each (web/assets.py).
// A wide table's asked cell (the amount read) brought into view in its sideways-scrolling box, by
// whole columns, its row labels (stuck to the box's left, page.css) kept in view: the labels cover
// columns whole, never the start of an amount (« 8 454 $ » showed for 48 454 $ beside échelon 8);
// when the cell is near the end, room is made after the table to scroll that far.
// `box`: the scrolling box (a panel's .table-box, or the chat's table itself); `cell`: the td.
const showCell = (box, cell) => {
  const table = box.tagName === 'TABLE' ? null : box.querySelector('table');
  if (table) { table.style.marginRight = ''; table.style.minWidth = ''; } else box.style.paddingRight = '';
  box.scrollLeft = 0;
  if (!cell || box.scrollWidth <= box.clientWidth + 1) return;
  const need = cell.getBoundingClientRect().right - box.getBoundingClientRect().right + 8;
  if (need <= 0) return;
  const cells = [...cell.closest('tr').cells];
  // the row labels' right edge once stuck to the box's left (the table may start a little right of it)
  const edge = box.getBoundingClientRect().left + box.clientLeft + parseFloat(getComputedStyle(box).paddingLeft)
    + cells[0].getBoundingClientRect().width;
  const whole = cells.slice(1).map((c) => c.getBoundingClientRect().left - edge).find((x) => x >= need - 0.5);
  const shift = whole === undefined ? need : whole;
  const extra = Math.ceil(shift - (box.scrollWidth - box.clientWidth));
  if (extra > 0 && table) {  // its width kept: the room would narrow its columns
    table.style.minWidth = `${table.getBoundingClientRect().width}px`;
    table.style.marginRight = `${extra}px`;
  } else if (extra > 0) box.style.paddingRight = `${extra}px`;
  box.scrollLeft = shift;
};
// The digits (and decimal commas) of a cell: « 60 293 $ » and « 60 293 » read the same (web/render.py _digits).
const cellDigits = (text) => (text || '').replace(/[^0-9,]/g, '');
