// Runs in the page on a rendered Adaptive Card's root element (.ac-adaptiveCard); returns what a person would see cut off.
// Every visible card element (text, buttons, fact sets, inputs, images) must lie inside the card's box, and no element
// may hide part of its text: an element that clips (overflow other than visible, or text-overflow: ellipsis) must not
// have more content than it shows.
(card) => {
  const problems = [];
  const slack = 1; // sub-pixel rounding
  const cardBox = card.getBoundingClientRect();
  const describe = (el) => {
    const text = (el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent || el.value || '').trim().replace(/\s+/g, ' ');
    const kind = [...el.classList].find(c => c.startsWith('ac-')) || el.tagName.toLowerCase();
    return `${kind} "${text.length > 60 ? text.slice(0, 60) + '…' : text}"`;
  };
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const elements = '.ac-textBlock, .ac-richTextBlock, .ac-factset, .ac-image, .ac-input, input, textarea, select, button';
  for (const el of card.querySelectorAll(elements)) {
    if (!visible(el)) continue;
    const box = el.getBoundingClientRect();
    if (box.left < cardBox.left - slack || box.right > cardBox.right + slack || box.top < cardBox.top - slack || box.bottom > cardBox.bottom + slack) {
      problems.push(`${describe(el)} runs past the card's edge (element ${Math.round(box.left)}..${Math.round(box.right)} x ${Math.round(box.top)}..${Math.round(box.bottom)}, card ${Math.round(cardBox.left)}..${Math.round(cardBox.right)} x ${Math.round(cardBox.top)}..${Math.round(cardBox.bottom)})`);
    }
  }
  for (const el of [card, ...card.querySelectorAll('*')]) {
    if (!visible(el) || !(el.textContent || '').trim()) continue;
    const style = getComputedStyle(el);
    const clipsX = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
    const clipsY = style.overflowY !== 'visible' || style.webkitLineClamp !== 'none';
    if (clipsX && el.scrollWidth > el.clientWidth + slack) {
      problems.push(`${describe(el)} is cut off: ${el.scrollWidth}px of content in ${el.clientWidth}px`);
    } else if (clipsY && el.scrollHeight > el.clientHeight + slack) {
      problems.push(`${describe(el)} is cut off: ${el.scrollHeight}px high content in ${el.clientHeight}px`);
    }
  }
  return problems;
}
