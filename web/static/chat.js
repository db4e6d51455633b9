// Runs once in the chat's link bar (gr.HTML js_on_load; Gradio provides `element` and
// `trigger`). Two jobs for the chat (#chat), which has no script of its own:
// 1. a click on a cited clause in any message (a link "#clause=<chunk id>", from
//    web/chat_text.py) opens that clause in the side panel, through this bar's click event,
//    however old the message;
// 2. a new question scrolls the chat so that it, and the start of its answer, are at the
//    top, under the chat's « Conversation » label (the chat's own autoscroll is off: a long
//    answer is read from its start).
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
const follow = () => {
  const chat = document.querySelector('#chat');
  if (!chat || chat.dataset.follows) return !!chat;
  chat.dataset.follows = '1';
  let seen = 0;
  let pinned = null;  // the new question (or notice) kept at the top while its answer grows
  const box = () => chat.querySelector('.bubble-wrap');
  const pin = () => {
    const wrap = box();
    if (!pinned || !pinned.isConnected || !wrap) return;
    // Its top 8 px under the chat's top, or 4 px under Gradio's floating « Conversation »
    // label (its height measured: it covers the first line of a long question otherwise).
    const label = chat.querySelector('[data-testid="block-label"]');
    const top = Math.max(wrap.getBoundingClientRect().top + 8, label ? label.getBoundingClientRect().bottom + 4 : 0);
    const offset = pinned.getBoundingClientRect().top - top;
    if (Math.abs(offset) > 1) wrap.scrollTop += offset;
  };
  ['wheel', 'touchmove', 'keydown', 'mousedown'].forEach((name) =>
    chat.addEventListener(name, () => { pinned = null; }, {passive: true}));
  new MutationObserver(() => {
    const messages = chat.querySelectorAll('[data-testid="user"], [data-testid="bot"]');
    if (messages.length > seen) pinned = messages[seen];
    seen = messages.length;
    requestAnimationFrame(pin);
  }).observe(chat, {childList: true, subtree: true, characterData: true});
  return true;
};
if (!follow()) { const wait = setInterval(() => { if (follow()) clearInterval(wait); }, 300); }
