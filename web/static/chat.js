// Runs once in the chat's link bar (gr.HTML js_on_load; Gradio provides `element` and
// `trigger`). Four jobs for the chat (#chat), which has no script of its own:
// 1. a click on a cited clause in any message (a link "#clause=<chunk id>", from
//    web/chat_text.py) opens that clause in the side panel, through this bar's click event,
//    however old the message;
// 2. a new question scrolls the chat so that it, and the start of its answer, are at the
//    top, under the chat's « Conversation » label (the chat's own autoscroll is off: a long
//    answer is read from its start);
// 3. a table wider than its message (a phone) is scrolled sideways to its asked cell (bold,
//    past the row's label; cells.js showCell), once per table shown;
// 4. the page's first load puts the cursor in the question box without scrolling the page to it
//    (Gradio's autofocus did: at 1280×720 the title and the documents went off the top).
window.chatLinks = {trigger};  // a re-mounted bar (tab switched) replaces the trigger
if (!window.chatLinksListening) {
  window.chatLinksListening = true;
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('#chat a[href*="#clause="]');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const chunk = decodeURIComponent(link.getAttribute('href').split('#clause=')[1] || '');
    if (chunk) window.chatLinks.trigger('click', {chunk});
  }, true);
}
// The chat is looked up at each change, never kept: Gradio may mount #chat anew after this
// script ran (an observer on the old element would then see nothing), and may render a
// message's element anew (so the pinned message is kept by its place in the chat, not as an
// element). A change is pinned on the next frame, and the last one again 250 ms and 1.2 s later, for
// the layout that settles without a DOM change (a table's width, a font).
const follow = () => {
  if (window.chatFollows) return;
  window.chatFollows = true;
  let seen = 0;
  let pinned = -1;  // the place of the new question (or notice) kept at the top while its answer grows
  let framed = false;
  let settled = [];
  let listened = null;  // the #chat element that has the "user scrolled" listeners
  let shown = false;
  // Each table of the chat with an asked cell, scrolled to it once it has a width (a teacher's own
  // sideways scroll is kept afterwards; a table Gradio renders anew is scrolled anew).
  const showAsked = () => {
    document.querySelectorAll('#chat table').forEach((table) => {
      if (table.dataset.asked || table.clientWidth === 0) return;
      table.dataset.asked = '1';
      const strong = table.querySelector('td:not(:first-child) strong');
      if (strong) showCell(table, strong.closest('td'));
    });
  };
  const messagesOf = (chat) => chat.querySelectorAll('[data-testid="user"], [data-testid="bot"]');
  const pin = () => {
    const chat = document.querySelector('#chat');
    const wrap = chat && chat.querySelector('.bubble-wrap');
    const message = chat && pinned >= 0 ? messagesOf(chat)[pinned] : null;
    if (!message || !wrap) return;
    // Its top 8 px under the chat's top, or 4 px under Gradio's floating « Conversation »
    // label (its height measured: it covers the first line of a long question otherwise).
    const label = chat.querySelector('[data-testid="block-label"]');
    const top = Math.max(wrap.getBoundingClientRect().top + 8, label ? label.getBoundingClientRect().bottom + 4 : 0);
    const offset = message.getBoundingClientRect().top - top;
    if (Math.abs(offset) > 1) wrap.scrollTop += offset;
  };
  const changed = () => {
    const chat = document.querySelector('#chat');
    if (!chat) return;
    if (chat !== listened) {  // a teacher who scrolls the chat takes it over: nothing is pinned any more
      listened = chat;
      ['wheel', 'touchmove', 'keydown', 'mousedown'].forEach((name) =>
        chat.addEventListener(name, () => { pinned = -1; }, {passive: true}));
    }
    if (!shown) { shown = true; requestAnimationFrame(() => { shown = false; showAsked(); }); }
    const count = messagesOf(chat).length;
    if (count > seen) pinned = seen;
    seen = count;
    if (pinned < 0) return;
    if (!framed) { framed = true; requestAnimationFrame(() => { framed = false; pin(); }); }
    clearTimeout(settled[0]);  // and twice once the changes stop
    clearTimeout(settled[1]);
    settled = [setTimeout(() => { pin(); showAsked(); }, 250), setTimeout(() => { pin(); showAsked(); }, 1200)];
  };
  new MutationObserver(changed).observe(document.body, {childList: true, subtree: true, characterData: true});
  changed();
};
follow();
// The question box focused once, on the page's first load, the page left at its top (web/layout.py: no
// autofocus); tried on each frame until Gradio has mounted it (at most about 5 s).
if (!window.questionFocused) {
  window.questionFocused = true;
  let tries = 300;
  const focus = () => {
    const box = document.querySelector('#question textarea');
    if (box) box.focus({preventScroll: true});
    else if (tries-- > 0) requestAnimationFrame(focus);
  };
  focus();
}
